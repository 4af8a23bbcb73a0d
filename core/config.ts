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
  'unattributed-assertion': {
    severity: 'hint',
    description: 'A check-worthy claim (a number, superlative, prediction, evaluation…) with no source.',
  },
  'vague-attribution': {
    severity: 'warning',
    description: 'A claim attributed to nobody in particular ("experts say").',
  },
  'number-mismatch': {
    severity: 'warning',
    description: 'A number, amount or count disagrees with what the references say about the same thing.',
  },
  'date-mismatch': {
    severity: 'warning',
    description: "A date disagrees with the references' date for the same event.",
  },
  'quote-mismatch': {
    severity: 'warning',
    description: "A direct quote's wording differs from the references' wording of that quote.",
  },
  'quote-misattributed': {
    severity: 'warning',
    description: 'A quote is given to a different speaker than in the references.',
  },
  'entity-spelling': {
    severity: 'warning',
    description: 'A name that looks like a misspelling of a name in the references.',
  },
  'entity-inconsistent': {
    severity: 'warning',
    description: 'The same person or organisation is spelled two ways in one article.',
  },
  'unverified-claim': { severity: 'hint', description: 'A number, date or quote that no reference mentions.' },
  'unused-suppression': { severity: 'warning', description: 'A copydesk-disable comment that suppressed nothing.' },
  'verified-claim-contradicted': {
    severity: 'warning',
    description:
      'A claim the verification ledger marks verified, which a reference the checker had not seen disagrees with.',
  },
  'disputed-claim': { severity: 'warning', description: 'A claim the verification ledger marks disputed.' },
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
    if (Array.isArray(layer.references) && layer.references.length)
      out.references = layer.references.filter((r) => typeof r === 'string');
    // Only real levels: an editor setting of "loud" would otherwise reach the editor as a diagnostic with no severity.
    if (layer.severity && typeof layer.severity === 'object') {
      for (const [code, level] of Object.entries(layer.severity))
        if (SEVERITY_LEVELS.includes(level as SeveritySetting)) out.severity[code] = level;
    }
    if (typeof layer.articleDate === 'string' && isCalendarDate(layer.articleDate)) out.articleDate = layer.articleDate;
    if (typeof layer.reportUnverified === 'boolean') out.reportUnverified = layer.reportUnverified;
  }
  return out;
}

/** YYYY-MM-DD naming a day that exists (2024-02-29 does, 2025-02-29 and 2025-13-45 do not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
}

export const SEVERITY_LEVELS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** The known finding code closest to a mistyped one (at most a third of its letters off), for "did you mean". */
export function closestCode(code: string): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(code.length / 3)) + 1;
  for (const known of Object.keys(FINDING_CODES)) {
    const d = editDistance(code.toLowerCase(), known);
    if (d < bestD) {
      best = known;
      bestD = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

export function severityOf(config: CopydeskConfig, code: string): SeveritySetting {
  const set = config.severity[code];
  if (set) return set;
  return (FINDING_CODES as Record<string, { severity: SeveritySetting }>)[code]?.severity ?? 'warning';
}
