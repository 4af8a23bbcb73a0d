// The attribution lexicon as sorted lines "form\tlemma|pos|class,class|forms", one per word form. esbuild.mjs adds it
// to the bundled model (`lexiconTable`), so a process looks up only the forms it meets, by binary search, instead of
// building all 16,000 entries (and collecting them as garbage) at its first check. A model without it (training,
// cross-validation, tests on the sources) is decoded as before; test/unit/attribution-lexicon.test.ts holds the two
// to the same answers for every form.
import { DecodedTable, packLines } from '../entities/table';
import type { LexInfo } from './model';

const PLAIN = /^[^|\t\n]*$/;

/** The decoded lexicon as a table, or undefined when some entry would not survive the line format. */
export function packLexiconTable(lex: ReadonlyMap<string, LexInfo>): string | undefined {
  const lines: Array<[string, string]> = [];
  for (const [form, e] of lex) {
    if (!form || !PLAIN.test(form) || !PLAIN.test(e.lemma) || !PLAIN.test(e.pos) || !PLAIN.test(e.forms)) return;
    if (e.classes.some((c) => !c || c.includes(',') || !PLAIN.test(c))) return;
    lines.push([form, `${e.lemma}|${e.pos}|${e.classes.join(',')}|${e.forms}`]);
  }
  return packLines(lines);
}

/** Lookups in a packed table; each form found is decoded once and then handed out as the same object. */
export class LexiconTable extends DecodedTable<LexInfo> {
  constructor(lines: string) {
    super(lines, (value) => {
      const [lemma = '', pos = '', classes = '', forms = ''] = value.split('|');
      return { lemma, pos, classes: classes ? classes.split(',') : [], forms };
    });
  }
}
