// Checks one article: its config (walking up), its references (loaded once per distinct set), the file itself.
// Runs on the main thread or inside a worker; it only returns data, and the caller decides what to print.
import { dirname, resolve } from 'node:path';
import { createAnalyzer, resolveConfig, type CopydeskConfig } from '../core/index';
import { readTextFile, InputError } from '../host/readText';
import { ConfigCache, ConfigError } from '../host/configFile';
import {
  configScope,
  listReferenceFiles,
  loadReferences,
  selfId,
  type LoadResult,
  type ReferenceScope,
} from '../host/references';
import { readLedger, type LedgerFile } from '../host/ledger';
import type { Ledger } from '../core/ledger/index';
import type { FileReport } from './formats/shared';

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
  /** Folder of the persistent reference index (host/indexCache.ts); undefined: none (--no-cache, or no home folder). */
  cacheDir?: string;
  /** Print what indexing the references cost (COPYDESK_TIMING=1). */
  timing?: boolean;
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
  private readonly configs: ConfigCache;
  private readonly refs = new Map<string, LoadResult>();
  private readonly ledgers = new Map<string, LedgerFile>();
  /** One analyser for the batch: files that share references share what checking against them computed. */
  private readonly analyzer = createAnalyzer();

  constructor(private readonly options: CheckerOptions) {
    this.configs = new ConfigCache([options.cwd]);
  }

  /**
   * `onStart` is called once the config and references are ready, as the article itself is read and checked. `text`:
   * the article's text when it does not come from the file (--stdin), which still names it for config and references.
   */
  checkFile(file: string, onStart?: () => void, text?: string): Checked {
    const messages: Message[] = [];
    try {
      const loaded = this.configs.for(resolve(this.options.cwd, file));
      for (const w of loaded.warnings ?? []) messages.push({ text: `warning: ${w}`, once: true });
      const cliLayer: Partial<CopydeskConfig> = this.options.articleDate
        ? { articleDate: this.options.articleDate }
        : {};
      const config = resolveConfig(loaded.config, cliLayer);
      const cliRefs = this.options.references;
      // --references is the user's own choice and may name anything; a config file's list stays inside its folder.
      const refs = cliRefs?.length
        ? this.referencesFor(cliRefs, { baseDir: this.options.cwd }, messages)
        : config.references.length
          ? this.referencesFor(
              config.references,
              configScope(
                loaded.dir ?? dirname(resolve(this.options.cwd, file)),
                loaded.file,
                'pass --references on the command line to read others',
              ),
              messages,
            )
          : undefined;
      onStart?.();
      const path = resolve(this.options.cwd, file);
      text ??= readTextFile(path, MAX_CHECK_BYTES);
      if (!text.replace(/^\uFEFF/, '').trim())
        messages.push({ text: `warning: ${file}: empty file, nothing to check` });
      // An article the reference globs also match is left out of its own corpus.
      const self = refs ? selfId(refs.realIds, path) : undefined;
      const ledger = this.ledgerFor(loaded.dir ?? this.options.cwd, messages);
      return {
        report: { file, text, result: this.analyzer.check(text, config, refs?.index, { self, ledger }) },
        messages,
      };
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

  private referencesFor(patterns: string[], scope: ReferenceScope, messages: Message[]): LoadResult {
    const key = `${scope.baseDir}\0${scope.root ?? ''}\0${patterns.join('\0')}`;
    let r = this.refs.get(key);
    if (!r) {
      const started = performance.now();
      const listed = listReferenceFiles(patterns, scope);
      r = loadReferences(
        listed,
        undefined,
        this.options.cacheDir
          ? { dir: this.options.cacheDir, onError: (m) => messages.push({ text: `warning: ${m}`, once: true }) }
          : undefined,
      );
      // COPYDESK_TIMING=1: what indexing cost, and what the persistent index spared (npm run bench:index reads it).
      if (this.options.timing) {
        const c = r.cache;
        const t = r.timing!;
        messages.push({
          text: `timing: references ${patterns.join(', ')}: ${listed.files.length} files; indexing ${Math.round(t.indexMs)} ms (${Math.round(t.indexCpuMs ?? 0)} ms CPU), reading ${Math.round(t.readMs)} ms, listing, reading and indexing ${Math.round(performance.now() - started)} ms${c ? ` (cache: ${c.snapshot ? 'the whole corpus from its snapshot' : `${c.hits} files reused, ${c.misses} indexed`}, ${c.rejected} entries and ${c.badFiles} files refused)` : ' (no cache)'}`,
        });
      }
      if (listed.files.length === 0 && listed.errors.length === 0)
        r.errors.push(`${patterns.join(', ')}: no reference files match (relative to ${scope.baseDir})`);
      this.refs.set(key, r);
    }
    for (const e of r.errors) messages.push({ text: `reference ${e}`, once: true, inputError: true });
    return r;
  }

  /** The verification ledger of a repository (beside its .copydesk.json), read once per run; broken lines named once. */
  private ledgerFor(root: string, messages: Message[]): Ledger | undefined {
    let l = this.ledgers.get(root);
    if (!l) {
      l = readLedger(root);
      this.ledgers.set(root, l);
    }
    for (const e of l.errors) messages.push({ text: e, once: true, inputError: true });
    return l.records.length ? l.ledger : undefined;
  }
}
