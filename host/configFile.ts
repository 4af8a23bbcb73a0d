// The repo config file `.copydesk.json`, found by walking up from an article; read by both the CLI and the server.
import { existsSync, lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseTree, getNodeValue, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
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
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
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

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** jsonc-parser's error codes ("PropertyNameExpected") as words ("property name expected"). */
function jsonErrorKind(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Parses a config file's text; errors name the file and the line. The file is JSON with comments and trailing commas
 * ("JSONC"), as VS Code edits it.
 */
export function parseConfig(file: string, text: string, warnings: string[] = []): Partial<CopydeskConfig> {
  const body = text.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  // The first error's line and kind only, never the text around it: the file may be something else (a link to a key).
  if (errors.length || !tree) {
    const e = errors[0];
    throw new ConfigError(
      file,
      e ? lineAt(body, e.offset) : 1,
      `not valid JSON (${e ? jsonErrorKind(printParseErrorCode(e.error)) : 'empty file'})`,
    );
  }
  if (tree.type !== 'object') throw new ConfigError(file, 1, 'expected a JSON object');
  const obj = getNodeValue(tree) as Record<string, unknown>;
  // Lines come from the parse tree, so a key mentioned in a comment or a string never takes the blame.
  const lineOf = (key: string, parent: JsonNode | undefined = tree) => {
    const prop = parent?.children?.find((c) => c.type === 'property' && c.children?.[0]?.value === key);
    return prop ? lineAt(body, prop.offset) : 1;
  };
  const severityNode = tree.children?.find((c) => c.children?.[0]?.value === 'severity')?.children?.[1];
  if (
    obj.references !== undefined &&
    (!Array.isArray(obj.references) || obj.references.some((r) => typeof r !== 'string'))
  ) {
    throw new ConfigError(file, lineOf('references'), '"references" must be an array of glob strings');
  }
  if (obj.severity !== undefined) {
    if (!obj.severity || typeof obj.severity !== 'object' || Array.isArray(obj.severity))
      throw new ConfigError(file, lineOf('severity'), '"severity" must be an object of code: level');
    for (const [code, level] of Object.entries(obj.severity)) {
      if (!LEVELS.includes(level as string))
        throw new ConfigError(
          file,
          lineOf(code, severityNode),
          `severity of "${code}" must be off, hint, info, warning or error`,
        );
      // Codes are stable, so an unknown one is almost always a typo that would silently do nothing. A warning, not an
      // error: a config written for a newer Copydesk (with a code this one lacks) still works here.
      if (!(code in FINDING_CODES)) {
        const near = closestCode(code);
        warnings.push(
          `${file}:${lineOf(code, severityNode)}: unknown finding code "${code}" in "severity" ignored${near ? ` (did you mean "${near}"?)` : ''}`,
        );
      }
    }
  }
  if (obj.articleDate !== undefined && (typeof obj.articleDate !== 'string' || !isCalendarDate(obj.articleDate))) {
    throw new ConfigError(file, lineOf('articleDate'), '"articleDate" must be a real date, YYYY-MM-DD like 2025-02-12');
  }
  if (obj.reportUnverified !== undefined && typeof obj.reportUnverified !== 'boolean') {
    throw new ConfigError(file, lineOf('reportUnverified'), '"reportUnverified" must be true or false');
  }
  for (const key of Object.keys(obj))
    if (!KNOWN_KEYS.has(key)) warnings.push(`${file}:${lineOf(key)}: unknown key "${key}" ignored`);
  return obj as Partial<CopydeskConfig>;
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
      if (![dirname(file), ...roots].some((r) => inside(real, realOr(resolve(r)))))
        throw new ConfigError(file, 1, `a link to a file outside ${dirname(file)}, refused`);
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
