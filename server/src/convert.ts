// LSP conversions at the edge: offsets -> positions, findings -> diagnostics, evidence -> locations.
import { DiagnosticSeverity, type Diagnostic, type Location, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import {
  lineStarts,
  positionAt,
  type Evidence,
  type Finding,
  type Severity,
  type ReferenceIndex,
} from '../../core/index';

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function refUri(ref: string): string {
  return /^[a-z][a-z0-9+.-]+:/i.test(ref) && !isAbsolute(ref) ? ref : pathToFileURL(ref).toString();
}

/** Evidence -> LSP location, computing the range from the reference text the index holds. */
export function evidenceLocation(ev: Evidence, refs: ReferenceIndex | undefined): Location {
  const doc = refs?.get(ev.ref);
  const starts = doc ? doc.lines : lineStarts('');
  const range = doc
    ? { start: positionAt(starts, ev.start), end: positionAt(starts, ev.end) }
    : { start: { line: ev.line, character: 0 }, end: { line: ev.line, character: 0 } };
  return { uri: refUri(ev.ref), range };
}

/**
 * What a diagnostic with quick fixes carries: the version of the article it was published for. The fixes themselves
 * are read from that version's analysis when the client asks for them (codeActions.ts).
 */
export interface FixData {
  version: number;
}

export function toDiagnostic(doc: TextDocument, f: Finding, refs: ReferenceIndex | undefined): Diagnostic {
  const d: Diagnostic = {
    range: rangeOf(doc, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: 'copydesk',
    message: f.message,
  };
  // Empty lists are left out: an article's diagnostics are republished on every keystroke, hundreds at a time.
  // The passage itself, not the reference's title: the location already names the file, and the hover the title.
  if (f.related.length)
    d.relatedInformation = f.related.map((ev) => ({
      location: evidenceLocation(ev, refs),
      message: `“${clip(ev.excerpt, 160)}”`,
    }));
  // The fixes' offsets are the analysed version's: the version travels with the diagnostic (see quickFixes).
  if (f.fixes.length) d.data = { version: doc.version } satisfies FixData;
  return d;
}

/** One line of at most `max` characters, cut at a word boundary when it must be cut. */
export function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A single very long word is cut where it must be.
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '') + '…';
}
