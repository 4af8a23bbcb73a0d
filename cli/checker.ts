// Checks one article: its config (walking up), its references (loaded once per distinct set), the file itself.
// Runs on the main thread or inside a worker; it only returns data, and the caller decides what to print.
import { dirname, resolve } from 'node:path';
import { check, resolveConfig, type CopydeskConfig } from '../core/index';
import { readTextFile, InputError } from '../host/readText';
import { ConfigCache, ConfigError } from '../host/configFile';
import { listReferenceFiles, loadReferences, type LoadResult } from '../host/references';
import type { FileReport } from './formats/shared';

export interface CheckerOptions {
  cwd: string;
  /** --references: overrides every config file's "references". */
  references?: string[];
  articleDate?: string;
}

/** A line for stderr; `once` lines (a broken config or reference) are printed only the first time. */
export interface Message {
  text: string;
  once?: boolean;
  /** Counts towards exit code 2. */
  inputError?: boolean;
}

export interface Checked {
  report: FileReport;
  messages: Message[];
}

export class Checker {
  private readonly configs = new ConfigCache();
  private readonly refs = new Map<string, LoadResult>();

  constructor(private readonly options: CheckerOptions) {}

  checkFile(file: string): Checked {
    const messages: Message[] = [];
    try {
      const loaded = this.configs.for(resolve(this.options.cwd, file));
      for (const w of loaded.warnings ?? []) messages.push({ text: `warning: ${w}`, once: true });
      const cliLayer: Partial<CopydeskConfig> = this.options.articleDate ? { articleDate: this.options.articleDate } : {};
      const config = resolveConfig(loaded.config, cliLayer);
      const cliRefs = this.options.references;
      const refs = cliRefs?.length
        ? this.referencesFor(cliRefs, this.options.cwd, messages)
        : config.references.length
          ? this.referencesFor(config.references, loaded.dir ?? dirname(resolve(this.options.cwd, file)), messages)
          : undefined;
      const text = readTextFile(resolve(this.options.cwd, file));
      if (!text.replace(/^\uFEFF/, '').trim()) messages.push({ text: `warning: ${file}: empty file, nothing to check` });
      return { report: { file, text, result: check(text, config, refs?.index) }, messages };
    } catch (e) {
      if (!(e instanceof InputError || e instanceof ConfigError)) {
        // A bug in the analysis must not end a run over 10,000 articles: report it against this file and go on.
        const reason = `internal error while checking (${(e as Error)?.message ?? e}); please report it`;
        messages.push({ text: `${file}: ${reason}`, inputError: true });
        return { report: { file, text: '', error: reason }, messages };
      }
      const message = e instanceof InputError ? `${file}: ${e.message.slice(e.file.length + 2)}` : e.message;
      messages.push({ text: message, once: e instanceof ConfigError, inputError: true });
      return { report: { file, text: '', error: message }, messages };
    }
  }

  private referencesFor(patterns: string[], baseDir: string, messages: Message[]): LoadResult {
    const key = baseDir + '\0' + patterns.join('\0');
    let r = this.refs.get(key);
    if (!r) {
      const files = listReferenceFiles(patterns, baseDir);
      r = loadReferences(files);
      if (files.length === 0) r.errors.push(`${patterns.join(', ')}: no reference files match (relative to ${baseDir})`);
      this.refs.set(key, r);
    }
    for (const e of r.errors) messages.push({ text: `reference ${e}`, once: true, inputError: true });
    return r;
  }
}
