// One typed configuration, with defaults merged in exactly one place (resolveConfig).
import type { Severity } from './types';

export type SeveritySetting = Severity | 'off';

/**
 * Every finding code Copydesk can emit, with its default severity. Codes are stable: never rename one.
 * Nothing is an error by default: a reference disagreeing is evidence for an editor to weigh, so `copydesk check`
 * reports and exits 0 unless a newsroom makes its gate strict (`--max-warnings 0`, or codes raised to "error").
 */
export const FINDING_CODES = {
  // A hint, not an info squiggle: most sentences of ordinary copy carry a claim without a source of their own, and a
  // page underlined throughout reads as an error list. Still counted in the lenses and listed in the side bar.
  'unattributed-assertion': { severity: 'hint', description: 'A check-worthy claim (a number, superlative, prediction, evaluation…) with no source.' },
  'vague-attribution': { severity: 'warning', description: 'A claim attributed to nobody in particular ("experts say").' },
  'number-mismatch': { severity: 'warning', description: 'A number, amount or count disagrees with what the references say about the same thing.' },
  'date-mismatch': { severity: 'warning', description: "A date disagrees with the references' date for the same event." },
  'quote-mismatch': { severity: 'warning', description: "A direct quote's wording differs from the references' wording of that quote." },
  'quote-misattributed': { severity: 'warning', description: 'A quote is given to a different speaker than in the references.' },
  'entity-spelling': { severity: 'warning', description: 'A name that looks like a misspelling of a name in the references.' },
  'entity-inconsistent': { severity: 'warning', description: 'The same person or organisation is spelled two ways in one article.' },
  'unverified-claim': { severity: 'hint', description: 'A number, date or quote that no reference mentions.' },
  'unused-suppression': { severity: 'warning', description: 'A copydesk-disable comment that suppressed nothing.' },
} as const satisfies Record<string, { severity: SeveritySetting; description: string }>;

export type FindingCode = keyof typeof FINDING_CODES;

export interface CopydeskConfig {
  /** Globs (relative to the config file) or folders of reference articles. */
  references: string[];
  /** Per-code severity overrides. */
  severity: Partial<Record<string, SeveritySetting>>;
  /** The article's publication date (YYYY-MM-DD) for resolving "on Tuesday"; otherwise taken from front matter or dateline. */
  articleDate?: string;
  /** Report unverified claims (numbers, dates, quotes no reference mentions). */
  reportUnverified: boolean;
}

export const DEFAULT_CONFIG: CopydeskConfig = {
  references: [],
  severity: {},
  reportUnverified: true,
};

/** Merges partial settings (repo file, editor settings, CLI flags, in increasing priority) over the defaults. */
export function resolveConfig(...layers: Array<Partial<CopydeskConfig> | undefined>): CopydeskConfig {
  const out: CopydeskConfig = { ...DEFAULT_CONFIG, severity: { ...DEFAULT_CONFIG.severity } };
  for (const layer of layers) {
    if (!layer) continue;
    if (Array.isArray(layer.references) && layer.references.length) out.references = layer.references.filter((r) => typeof r === 'string');
    if (layer.severity && typeof layer.severity === 'object') Object.assign(out.severity, layer.severity);
    if (typeof layer.articleDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(layer.articleDate)) out.articleDate = layer.articleDate;
    if (typeof layer.reportUnverified === 'boolean') out.reportUnverified = layer.reportUnverified;
  }
  return out;
}

export function severityOf(config: CopydeskConfig, code: string): SeveritySetting {
  const set = config.severity[code];
  if (set) return set;
  return (FINDING_CODES as Record<string, { severity: SeveritySetting }>)[code]?.severity ?? 'warning';
}
