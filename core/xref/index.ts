// The reference corpus and the cross-check of an article against it.
import type { Annotations, Claim, Evidence, Finding } from '../types';
import type { CopydeskConfig } from '../config';
import { annotateText } from '../pipeline';
import { lineStarts, positionAt } from '../text/lines';
import { frontMatterLength } from '../text/segment';

export interface ReferenceDoc {
  id: string;
  title: string;
  text: string;
  lines: number[];
  annotations: Annotations;
}

/** Reference articles, indexed once and updated one file at a time. */
export class ReferenceIndex {
  private readonly byId = new Map<string, ReferenceDoc>();

  set(id: string, text: string): ReferenceDoc {
    const doc: ReferenceDoc = { id, title: referenceTitle(text, id), text, lines: lineStarts(text), annotations: annotateText(text) };
    this.byId.set(id, doc);
    return doc;
  }

  get(id: string): ReferenceDoc | undefined {
    return this.byId.get(id);
  }

  delete(id: string): boolean {
    return this.byId.delete(id);
  }

  get size(): number {
    return this.byId.size;
  }

  docs(): IterableIterator<ReferenceDoc> {
    return this.byId.values();
  }

  /** Mentions of a name across the corpus: same canonical name, or the same surname. */
  mentionsOf(canonical: string, surface: string): Evidence[] {
    const key = (s: string) => s.toLowerCase().split(/\s+/).pop() ?? '';
    const want = new Set([canonical.toLowerCase(), surface.toLowerCase()]);
    const last = key(canonical);
    const out: Evidence[] = [];
    for (const doc of this.byId.values()) {
      for (const e of doc.annotations.entities) {
        if (want.has(e.canonical.toLowerCase()) || want.has(e.text.toLowerCase()) || (last.length > 2 && key(e.canonical) === last)) out.push(this.evidence(doc, e.start, e.end));
      }
    }
    return out;
  }

  evidence(doc: ReferenceDoc, start: number, end: number): Evidence {
    return { ref: doc.id, title: doc.title, start, end, excerpt: doc.text.slice(start, end), line: positionAt(doc.lines, start).line };
  }
}

/** Front matter "title:", else the first non-empty line. */
export function referenceTitle(text: string, fallback: string): string {
  const fmLen = frontMatterLength(text);
  const t = /^title:\s*["']?(.+?)["']?\s*$/m.exec(text.slice(0, fmLen));
  if (t) return t[1]!;
  const first = text.slice(fmLen).split(/\r?\n/).find((l) => l.trim());
  return first ? first.trim().replace(/^#+\s*/, '').slice(0, 120) : fallback;
}

export type RawFinding = Omit<Finding, 'severity'>;

export function crossCheck(_text: string, _ann: Annotations, _index: ReferenceIndex, _config: CopydeskConfig): { findings: RawFinding[]; claims: Claim[] } {
  return { findings: [], claims: [] };
}
