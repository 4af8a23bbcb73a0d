// The repo config file `.copydesk.json`, found by walking up from an article; read by both the CLI and the server.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CopydeskConfig } from '../core/config';

export const CONFIG_FILE = '.copydesk.json';

export interface LoadedConfig {
  /** The config file's path, or undefined when none was found. */
  file?: string;
  dir?: string;
  config: Partial<CopydeskConfig>;
}

export class ConfigError extends Error {
  constructor(readonly file: string, readonly line: number, reason: string) {
    super(`${file}:${line}: invalid config: ${reason}`);
  }
}

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

/** Parses a config file's text; errors name the file and the line. */
export function parseConfig(file: string, text: string): Partial<CopydeskConfig> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : 1;
    throw new ConfigError(file, line, msg.replace(/^JSON\.parse: /, ''));
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(file, 1, 'expected a JSON object');
  const obj = data as Record<string, unknown>;
  const lineOf = (key: string) => {
    const i = text.indexOf(`"${key}"`);
    return i < 0 ? 1 : text.slice(0, i).split('\n').length;
  };
  if (obj.references !== undefined && (!Array.isArray(obj.references) || obj.references.some((r) => typeof r !== 'string'))) {
    throw new ConfigError(file, lineOf('references'), '"references" must be an array of glob strings');
  }
  if (obj.severity !== undefined) {
    if (!obj.severity || typeof obj.severity !== 'object' || Array.isArray(obj.severity)) throw new ConfigError(file, lineOf('severity'), '"severity" must be an object of code: level');
    for (const [code, level] of Object.entries(obj.severity)) {
      if (!['off', 'hint', 'info', 'warning', 'error'].includes(level as string)) throw new ConfigError(file, lineOf(code), `severity of "${code}" must be off, hint, info, warning or error`);
    }
  }
  if (obj.articleDate !== undefined && (typeof obj.articleDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(obj.articleDate))) {
    throw new ConfigError(file, lineOf('articleDate'), '"articleDate" must be a date like 2025-02-12');
  }
  return obj as Partial<CopydeskConfig>;
}

export function loadConfigFor(articlePath: string): LoadedConfig {
  const file = findConfigFile(dirname(resolve(articlePath)));
  if (!file) return { config: {} };
  return { file, dir: dirname(file), config: parseConfig(file, readFileSync(file, 'utf8')) };
}
