// Editor settings arrive untyped (any LSP client, any settings file): keep only well-formed values, and say what was
// dropped, so a typo is reported instead of silently doing nothing or reaching the editor as a diagnostic with no
// severity.
import {
  FINDING_CODES,
  SEVERITY_LEVELS,
  closestCode,
  isCalendarDate,
  type CopydeskConfig,
  type SeveritySetting,
} from '../core/config';

export interface SanitizedSettings {
  settings: Partial<CopydeskConfig>;
  /** One line per value that was dropped, naming the setting. */
  problems: string[];
}

const shown = (v: unknown) => {
  const s = typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v) ?? v);
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
};

export function sanitizeSettings(s: Record<string, unknown> | null | undefined): SanitizedSettings {
  const settings: Partial<CopydeskConfig> = {};
  const problems: string[] = [];
  if (!s || typeof s !== 'object') return { settings, problems };
  if (Array.isArray(s.references))
    settings.references = s.references.filter((x): x is string => typeof x === 'string' && x.length > 0);
  else if (s.references !== undefined && s.references !== null)
    problems.push('copydesk.references must be a list of globs or folders; ignored');
  if (s.severity && typeof s.severity === 'object' && !Array.isArray(s.severity)) {
    const severity: Record<string, SeveritySetting> = {};
    for (const [code, level] of Object.entries(s.severity as Record<string, unknown>)) {
      if (!(code in FINDING_CODES)) {
        const near = closestCode(code);
        problems.push(
          `copydesk.severity: unknown finding code "${code}" ignored${near ? ` (did you mean "${near}"?)` : ''}`,
        );
        continue;
      }
      if (!SEVERITY_LEVELS.includes(level as SeveritySetting)) {
        problems.push(
          `copydesk.severity: ${shown(level)} for "${code}" is not off, hint, info, warning or error; its default is used`,
        );
        continue;
      }
      severity[code] = level as SeveritySetting;
    }
    settings.severity = severity;
  } else if (s.severity !== undefined && s.severity !== null)
    problems.push('copydesk.severity must be an object of code: level; ignored');
  if (typeof s.articleDate === 'string' && s.articleDate) {
    if (isCalendarDate(s.articleDate)) settings.articleDate = s.articleDate;
    else
      problems.push(
        `copydesk.articleDate: ${shown(s.articleDate)} is not a real date, YYYY-MM-DD like 2025-02-12; ignored`,
      );
  }
  if (typeof s.reportUnverified === 'boolean') settings.reportUnverified = s.reportUnverified;
  return { settings, problems };
}
