// Checks one article: its config (walking up), its references (loaded once per distinct set), the file itself.
// Runs on the main thread or inside a worker; it only returns data, and the caller decides what to print. The file's
// analysis is turned into its part of the output right here, so that only that part outlives the check (and crosses
// from a worker): a run over thousands of articles holds their output, not their analyses.
import { dirname, resolve } from 'node:path';
import { check, resolveConfig, type CopydeskConfig } from '../core/index';
import { readTextFile, InputError } from '../host/readText';
import { ConfigCache, ConfigError } from '../host/configFile';
import { configScope, listReferenceFiles, loadReferences, selfId, type LoadResult, type ReferenceScope } from '../host/references';
import { totals, type FilePart, type FileReport, type FormatContext, type Totals } from './formats/shared';
import { FORMAT_OBJECTS } from './formats/index';

/**
 * The largest article `check` reads (annotate keeps host's general limit). Checking costs memory in proportion to the
 * text; measured as the live heap after a full collection, per MB of text (README, "Large archives"): 45–85 MB for
 * news-like prose and plain numbers, 240–310 MB for adversarial prose (figure-dense, short quotes, run-on sentences),
 * ~1.5 GB for text that is nothing but figures (a finding every two characters). At 4 MB every shape but the last fits
 * a 1.2 GB heap (the default budget of two workers on a 7 GB CI machine); a file that still exceeds its worker's
 * budget is reported (exit 2) and the other files are checked.
 */
export const MAX_CHECK_BYTES = 4 * 1024 * 1024;

export interface CheckerOptions {
  cwd: string;
  /** --references: overrides every config file's "references". */
  references?: string[];
  articleDate?: string;
  /** How each file's part of the output is made (the format, its context, --quiet). */
  output: OutputOptions;
}

export interface OutputOptions {
  format: string;
  ctx: FormatContext;
  /** --quiet: only error-level findings are shown (the exit code still counts every finding). */
  quiet: boolean;
}

/** A line for stderr; `once` lines (a broken config or reference) are printed only the first time. */
export interface Message {
  text: string;
  once?: boolean;
  /** Counts towards exit code 2. */
  inputError?: boolean;
}

export interface Checked {
  /** The file's part of the output. */
  part: FilePart;
  /** Every finding of the file by severity, whatever --quiet shows (for the exit code). */
  totals: Totals;
  messages: Message[];
}

/** A file's part of the output and its totals, from its report. */
export function checkedFrom(report: FileReport, index: number, output: OutputOptions, messages: Message[]): Checked {
  const format = FORMAT_OBJECTS[output.format]!;
  const shown = output.quiet && report.result ? { ...report, result: { ...report.result, findings: report.result.findings.filter((f) => f.severity === 'error') } } : report;
  return { part: format.part(shown, index, output.ctx), totals: totals([report]), messages };
}

/** A file that could not be checked, for the reason given. */
export function failedFile(file: string, index: number, reason: string, output: OutputOptions): Checked {
  return checkedFrom({ file, text: '', error: reason }, index, output, [{ text: `${file}: ${reason}`, inputError: true }]);
}

export class Checker {
  private readonly configs: ConfigCache;
  private readonly refs = new Map<string, LoadResult>();

  constructor(private readonly options: CheckerOptions) {
    this.configs = new ConfigCache([options.cwd]);
  }

  /**
   * `index` is the file's place in the run (its part of the output is made here); `onStart` is called once the config
   * and references are ready, as the article itself is read and checked.
   */
  checkFile(file: string, index: number, onStart?: () => void): Checked {
    const messages: Message[] = [];
    const output = this.options.output;
    try {
      const loaded = this.configs.for(resolve(this.options.cwd, file));
      for (const w of loaded.warnings ?? []) messages.push({ text: `warning: ${w}`, once: true });
      const cliLayer: Partial<CopydeskConfig> = this.options.articleDate ? { articleDate: this.options.articleDate } : {};
      const config = resolveConfig(loaded.config, cliLayer);
      const cliRefs = this.options.references;
      // --references is the user's own choice and may name anything; a config file's list stays inside its folder.
      const refs = cliRefs?.length
        ? this.referencesFor(cliRefs, { baseDir: this.options.cwd }, messages)
        : config.references.length
          ? this.referencesFor(config.references, configScope(loaded.dir ?? dirname(resolve(this.options.cwd, file)), loaded.file, 'pass --references on the command line to read others'), messages)
          : undefined;
      onStart?.();
      const path = resolve(this.options.cwd, file);
      const text = readTextFile(path, MAX_CHECK_BYTES);
      if (!text.replace(/^\uFEFF/, '').trim()) messages.push({ text: `warning: ${file}: empty file, nothing to check` });
      // An article the reference globs also match is left out of its own corpus.
      const self = refs ? selfId(refs.realIds, path) : undefined;
      return checkedFrom({ file, text, result: check(text, config, refs?.index, { self }) }, index, output, messages);
    } catch (e) {
      if (!(e instanceof InputError || e instanceof ConfigError)) {
        // A bug in the analysis must not end a run over 10,000 articles: report it against this file and go on.
        const reason = `internal error while checking (${(e as Error)?.message ?? e}); please report it`;
        messages.push({ text: `${file}: ${reason}`, inputError: true });
        return checkedFrom({ file, text: '', error: reason }, index, output, messages);
      }
      const message = e instanceof InputError ? `${file}: ${e.message.slice(e.file.length + 2)}` : e.message;
      messages.push({ text: message, once: e instanceof ConfigError, inputError: true });
      return checkedFrom({ file, text: '', error: message }, index, output, messages);
    }
  }

  private referencesFor(patterns: string[], scope: ReferenceScope, messages: Message[]): LoadResult {
    const key = `${scope.baseDir}\0${scope.root ?? ''}\0${patterns.join('\0')}`;
    let r = this.refs.get(key);
    if (!r) {
      const listed = listReferenceFiles(patterns, scope);
      r = loadReferences(listed);
      if (listed.files.length === 0 && listed.errors.length === 0) r.errors.push(`${patterns.join(', ')}: no reference files match (relative to ${scope.baseDir})`);
      this.refs.set(key, r);
    }
    for (const e of r.errors) messages.push({ text: `reference ${e}`, once: true, inputError: true });
    return r;
  }
}

