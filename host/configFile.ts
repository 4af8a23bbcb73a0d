// The repo config file `.copydesk.json`, found by walking up from an article; read by both the CLI and the server.
import { existsSync, lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_CONFIG, FINDING_CODES, closestCode, isCalendarDate, type CopydeskConfig } from '../core/config';
import { InputError, MAX_CONFIG_BYTES, describeFsError, readTextFile } from './readText';
import { inside, realOr } from './references';

export const CONFIG_FILE = '.copydesk.json';

export interface LoadedConfig {
  /** The config file's path, or undefined when none was found. */
  file?: string;
  dir?: string;
  config: Partial<CopydeskConfig>;
  /** Non-fatal remarks such as an unknown key (a typo would otherwise silently do nothing). */
  warnings?: string[];
}

export class ConfigError extends Error {
  constructor(readonly file: string, readonly line: number, reason: string) {
    super(`${file}:${line}: invalid config: ${reason}`);
  }
}

const LEVELS = ['off', 'hint', 'info', 'warning', 'error'];
const KNOWN_KEYS = new Set([...Object.keys(DEFAULT_CONFIG), 'articleDate', '$schema']);

export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** 1-based line of a JSON.parse error: V8 reports a character position ("at position 42") or says the input ended. */
export function jsonErrorLine(text: string, message: string): number {
  const pos = /position (\d+)/.exec(message);
  if (pos) return text.slice(0, Number(pos[1])).split('\n').length;
  const lc = /line (\d+)/.exec(message);
  if (lc) return Number(lc[1]);
  if (/end of (JSON )?input/i.test(message)) return text.split('\n').length;
  return 1;
}

/** Parses a config file's text; errors name the file and the line. */
export function parseConfig(file: string, text: string, warnings: string[] = []): Partial<CopydeskConfig> {
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const msg = (e as Error).message;
    throw new ConfigError(file, jsonErrorLine(body, msg), jsonReason(msg));
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(file, 1, 'expected a JSON object');
  const obj = data as Record<string, unknown>;
  const lineOf = (key: string) => {
    const i = body.indexOf(`"${key}"`);
    return i < 0 ? 1 : body.slice(0, i).split('\n').length;
  };
  if (obj.references !== undefined && (!Array.isArray(obj.references) || obj.references.some((r) => typeof r !== 'string'))) {
    throw new ConfigError(file, lineOf('references'), '"references" must be an array of glob strings');
  }
  if (obj.severity !== undefined) {
    if (!obj.severity || typeof obj.severity !== 'object' || Array.isArray(obj.severity)) throw new ConfigError(file, lineOf('severity'), '"severity" must be an object of code: level');
    for (const [code, level] of Object.entries(obj.severity)) {
      if (!LEVELS.includes(level as string)) throw new ConfigError(file, lineOf(code), `severity of "${code}" must be off, hint, info, warning or error`);
      // Codes are stable, so an unknown one is almost always a typo that would silently do nothing. A warning, not an
      // error: a config written for a newer Copydesk (with a code this one lacks) still works here.
      if (!(code in FINDING_CODES)) {
        const near = closestCode(code);
        warnings.push(`${file}:${lineOf(code)}: unknown finding code "${code}" in "severity" ignored${near ? ` (did you mean "${near}"?)` : ''}`);
      }
    }
  }
  if (obj.articleDate !== undefined && (typeof obj.articleDate !== 'string' || !isCalendarDate(obj.articleDate))) {
    throw new ConfigError(file, lineOf('articleDate'), '"articleDate" must be a real date, YYYY-MM-DD like 2025-02-12');
  }
  if (obj.reportUnverified !== undefined && typeof obj.reportUnverified !== 'boolean') {
    throw new ConfigError(file, lineOf('reportUnverified'), '"reportUnverified" must be true or false');
  }
  for (const key of Object.keys(obj)) if (!KNOWN_KEYS.has(key)) warnings.push(`${file}:${lineOf(key)}: unknown key "${key}" ignored`);
  return obj as Partial<CopydeskConfig>;
}

/**
 * V8's JSON.parse messages quote the text around the error (`Unexpected token 'A', "AWS_SECRET"... is not valid
 * JSON`): the reason keeps the kind of error and drops the quoted text, so a config file that is something else
 * (a link to a key file) never has its content printed.
 */
export function jsonReason(message: string): string {
  const m = message.replace(/^JSON\.parse: /, '').replace(/\s*\(line \d+ column \d+\)/, '');
  if (/is not valid JSON$/.test(m) || /^Unexpected token/.test(m)) return 'not valid JSON (unexpected character)';
  return m.replace(/"[^]*"/g, '…');
}

/**
 * Reads a config file, bounded like every read. A config file that is a symbolic link is followed only to a file
 * inside its own folder or one of `roots` (the working directory, the workspace folders): anything else would let a
 * repository point its "config" at a file elsewhere on the machine.
 */
export function loadConfigFile(file: string, roots: readonly string[] = []): LoadedConfig {
  let text: string;
  try {
    if (lstatSync(file).isSymbolicLink()) {
      const real = realOr(file);
      if (![dirname(file), ...roots].some((r) => inside(real, realOr(resolve(r))))) throw new ConfigError(file, 1, `a link to a file outside ${dirname(file)}, refused`);
    }
    text = readTextFile(file, MAX_CONFIG_BYTES);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const reason = e instanceof InputError ? e.message.slice(e.file.length + 2) : describeFsError(e);
    throw new ConfigError(file, 1, `cannot read (${reason})`);
  }
  const warnings: string[] = [];
  return { file, dir: dirname(file), config: parseConfig(file, text, warnings), warnings };
}

export function loadConfigFor(articlePath: string, roots: readonly string[] = []): LoadedConfig {
  const file = findConfigFile(dirname(resolve(articlePath)));
  if (!file) return { config: {} };
  return loadConfigFile(file, roots);
}

/** One lookup and one parse per folder for a batch run over thousands of articles; a broken file is remembered too. */
export class ConfigCache {
  constructor(private readonly roots: readonly string[] = []) {}

  private readonly byDir = new Map<string, LoadedConfig | ConfigError>();
  private readonly byFile = new Map<string, LoadedConfig | ConfigError>();

  for(articlePath: string): LoadedConfig {
    const dir = dirname(resolve(articlePath));
    let r = this.byDir.get(dir);
    if (!r) {
      const file = findConfigFile(dir);
      if (!file) r = { config: {} };
      else {
        r = this.byFile.get(file);
        if (!r) {
          try {
            r = loadConfigFile(file, this.roots);
          } catch (e) {
            if (!(e instanceof ConfigError)) throw e;
            r = e;
          }
          this.byFile.set(file, r);
        }
      }
      this.byDir.set(dir, r);
    }
    if (r instanceof ConfigError) throw r;
    return r;
  }
}
