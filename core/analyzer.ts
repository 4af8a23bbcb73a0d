// The analyser: what the façade's functions run on. It owns everything the analysis keeps between calls (the kernel
// caches of core/text/memo.ts, the last check's word counts, working arrays) and the models it runs, the way
// vscode-markdown-languageservice's createLanguageService owns its caches: an editor or a batch makes one and calls it
// for every article; two analysers share nothing they could change (the bundled models are read-only).
import type { Annotations, CheckResult, Claim, Finding, Fix } from './types';
import { resolveConfig, severityOf, type CopydeskConfig } from './config';
import { annotateText } from './pipeline';
import { crossCheck, ReferenceIndex, type RawFinding } from './xref/index';
import { excluding } from './xref/exclude';
import { applySuppressions } from './suppress';
import { startingIn } from './text/spans';
import { clipText } from './xref/excerpt';
import { applyLedger, type Ledger } from './ledger/index';
import { placeholderFix, referenceSources, sourceFix, vagueSourceFix, vaguePlaceholderFix } from './attributionFixes';
import { analysisStarted, CacheScope, runIn } from './text/memo';
import { NER_MODEL, type NerModel } from './entities/index';
import { ATTRIBUTION_MODEL, type AttributionModel } from './attribution/model';

export interface AnalyzerOptions {
  /** Keep kernel caches between calls (default true). Off: every call computes afresh (tests compare the two). */
  caches?: boolean;
  /** The entity tagger to run (default: the bundled models/ner-model.json). */
  nerModel?: NerModel;
  /** The attribution model to run (default: the bundled one); training scores a model it has just built. */
  attributionModel?: AttributionModel;
}

export interface Analyzer {
  /** Entities, quantities, quotes and assertions of one article. */
  annotate(text: string, config?: Partial<CopydeskConfig>): Annotations;
  /** Everything Copydesk reports on one article: attribution findings, and cross-checks when references are given. */
  check(
    text: string,
    config?: Partial<CopydeskConfig>,
    references?: ReferenceIndex,
    options?: CheckOptions,
  ): CheckResult;
  /** Runs f as this analyser (with its caches and models): for tests and scripts that call a stage directly. */
  run<T>(f: () => T): T;
}

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const scope = new CacheScope(options.caches ?? true);
  if (options.nerModel) NER_MODEL.setIn(scope, options.nerModel);
  if (options.attributionModel) ATTRIBUTION_MODEL.setIn(scope, options.attributionModel);
  const analysis = <T>(f: () => T): T =>
    runIn(scope, () => {
      analysisStarted();
      return f();
    });
  return {
    annotate: (text, config = {}) => analysis(() => annotateWith(text, config)),
    check: (text, config = {}, references, checkOptions = {}) =>
      analysis(() => checkWith(text, config, references, checkOptions)),
    run: (f) => runIn(scope, f),
  };
}

/** Entities, quantities, quotes and assertions of one article. */
function annotateWith(text: string, config: Partial<CopydeskConfig>): Annotations {
  return annotateText(text, resolveConfig(config).articleDate);
}

export interface CheckOptions {
  /**
   * The article's own id in the reference index, when the reference globs also match it: the check then leaves that
   * document out, since an article is never its own reference (its sentences would corroborate all it says).
   */
  self?: string;
  /** The verification ledger of the article's repository (core/ledger/): verified and disputed claims. */
  ledger?: Ledger;
}

/** Everything Copydesk reports on one article: attribution findings, and cross-checks when references are given. */
function checkWith(
  text: string,
  config: Partial<CopydeskConfig>,
  references: ReferenceIndex | undefined,
  options: CheckOptions,
): CheckResult {
  const cfg = resolveConfig(config);
  if (references && options.self !== undefined) references = excluding(references, options.self);
  const annotations = annotateText(text, cfg.articleDate);
  // Names spelled two ways are found with or without references; the rest of the cross-check needs them.
  const x = crossCheck(text, annotations, references ?? NO_REFERENCES, cfg);
  const claims = x.claims;
  const raw = assertionFindings(text, annotations, claims, references);
  // One at a time: spreading an unbounded list into push() overflows the stack past ~128k findings.
  for (let i = 0; i < x.findings.length; i++) raw.push(x.findings[i]!);
  // The ledger settles claims after the references have had their say (a checker's word outranks their silence).
  const { findings: all, claims: settled } = options.ledger
    ? applyLedger(text, annotations, raw, claims, options.ledger)
    : { findings: raw, claims };
  // Every raw finding is an object made by this analysis and used only here: each takes its severity in place (the
  // copy of every finding at every keystroke was half of this function's own time and most of its allocation).
  const withSeverity: Finding[] = [];
  for (let i = 0; i < all.length; i++) {
    const f = all[i]!;
    const sev = severityOf(cfg, f.code);
    if (sev === 'off') continue;
    const g = f as Finding;
    g.severity = sev;
    withSeverity.push(g);
  }
  const findings = applySuppressions(text, withSeverity, (d, codes) => {
    const sev = severityOf(cfg, 'unused-suppression');
    if (sev === 'off') return null;
    return {
      code: 'unused-suppression',
      severity: sev,
      start: d.start,
      end: d.end,
      message: `Unused suppression${codes ? ` for ${codes.join(', ')}` : ''}: nothing here was reported.`,
      related: [],
      fixes: [],
    };
  });
  // Ordinal, not localeCompare: the order must not depend on the locale the editor or the CI runner runs in.
  findings.sort((a, b) => a.start - b.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { annotations, findings, claims: settled };
}

/**
 * The findings on the article's assertions: a check-worthy claim with no source, a vague attribution; each with the
 * fixes that name the source a reference gives, then a placeholder. The fix lists are built by plain loops: an array
 * mapped from an empty list and one mapped from a full one differ in V8's eyes (elements kinds), and `.filter` on
 * either had the optimised checkWith thrown away and compiled again three times over the first edits of an article.
 */
function assertionFindings(
  text: string,
  annotations: Annotations,
  claims: readonly Claim[],
  references: ReferenceIndex | undefined,
): RawFinding[] {
  const raw: RawFinding[] = [];
  // Each sentence is offered only the claims that start inside it (all claims per sentence is quadratic).
  const byStart = [...claims].sort((p, q) => p.start - q.start);
  const claimsIn = (a: { start: number; end: number }) => startingIn(byStart, a.start, a.end);
  // Index loops: this runs over every assertion at every keystroke, mostly unoptimised (a for-of step allocates).
  const assertions = annotations.assertions;
  for (let k = 0; k < assertions.length; k++) {
    const a = assertions[k]!;
    if (a.status === 'unattributed') {
      const fixes: Fix[] = [];
      const sources = referenceSources(a, claimsIn(a), references, annotations.entities);
      for (let i = 0; i < sources.length; i++) {
        const fix = sourceFix(text, a, sources[i]!);
        if (fix) fixes.push(fix);
      }
      const placeholders = placeholderFix(text, a);
      for (let i = 0; i < placeholders.length; i++) fixes.push(placeholders[i]!);
      raw.push({
        code: 'unattributed-assertion',
        start: a.start,
        end: a.end,
        message: `Check-worthy claim with no source${a.reasons?.length ? ` (${a.reasons.join(', ')})` : ''}.`,
        related: [],
        fixes,
      });
    } else if (a.status === 'vague') {
      const fixes: Fix[] = [];
      for (const who of referenceSources(a, claimsIn(a), references, annotations.entities)) {
        const fix =
          vagueSourceFix(text, a, who, `Attribute to ${who}, as the reference does`) ?? sourceFix(text, a, who);
        if (fix) fixes.push(fix);
      }
      const placeholder = vaguePlaceholderFix(text, a);
      if (placeholder) fixes.push(placeholder);
      else for (const fix of placeholderFix(text, a)) fixes.push(fix);
      raw.push({
        code: 'vague-attribution',
        start: a.start,
        end: a.end,
        message: `Vague attribution${a.cue ? ` ("${clipText(a.cue)}")` : ''}: name who says so.`,
        related: [],
        fixes,
      });
    }
  }
  return raw;
}

/** Stands in when no references are configured: the checks that need none still run. */
const NO_REFERENCES = new ReferenceIndex();
