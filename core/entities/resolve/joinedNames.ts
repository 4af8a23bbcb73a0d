// Sentence stages: names the tagger breaks at a joining word — an ampersand ("Marks & Spencer") or a Portuguese
// particle ("Banco do Brasil").
import type { DocTokens } from '../features';
import type { RawSpan } from './spans';

/** Capitalised words on both sides of "&" name one firm (a retailer, an engine maker, a law firm, a publisher), which
 * the tagger breaks at the ampersand and reads the second part of as a surname ("Spencer"). Each side is the span the
 * tagger found there, or the one word; spans inside the joined name give way to it. Two given names alone are left to
 * the tagger (a show's title, "Tom & Jerry"), and so are headlines and lines in capitals, words the tagger took for no
 * name at all (a heading, "Astrology & Palmistry"), a title ("Kermie & Mr Spam"), a person's whole name or a place
 * on either side, and authors cited with a year ("(Lind & Varga 2019)"). */
export function ampersandNames(d: DocTokens, spans: RawSpan[], from: number, to: number): RawSpan[] {
  // "Q&A", "M&A", "R&D": abbreviations of common nouns, which the tagger takes for a company's initials ("AT&T").
  const commonAbbreviation = (s: RawSpan) =>
    s.b === s.a + 3 && d.words[s.a + 1] === '&' && COMMON_AMPERSANDS.has(`${d.words[s.a]}&${d.words[s.a + 2]}`);
  let out = spans.some(commonAbbreviation) ? spans.filter((s) => !commonAbbreviation(s)) : spans;
  // Pairs of people ("Jo Lind & Ada Berg", presenters or authors) are no firm, and places joined are a list or a
  // crossing ("Tempe & Mesa", "Priest & Washington").
  const apart = (s: RawSpan | undefined) =>
    s !== undefined && ((s.type === 'PERSON' && s.b - s.a > 1) || s.type === 'PLACE');
  for (let i = from + 1; i < to - 1; i++) {
    if (d.words[i] !== '&' || d.shout[i] || d.headline[i]) continue;
    const sent = d.sentOf(i);
    if (d.sentOf(i - 1) !== sent || d.sentOf(i + 1) !== sent) continue;
    if (!NAME_WORD.test(d.words[i - 1]!) || !NAME_WORD.test(d.words[i + 1]!)) continue;
    if (d.gazetteer.first.has(d.words[i - 1]!) && d.gazetteer.first.has(d.words[i + 1]!)) continue;
    if (TITLES.has(d.lower[i + 1]!) || TITLES.has(d.lower[i - 1]!)) continue;
    const left = out.find((s) => s.b === i && s.a < i);
    const right = out.find((s) => s.a === i + 1);
    if (!(left || right) || apart(left) || apart(right)) continue;
    const a = left ? left.a : i - 1;
    const b = right ? right.b : i + 2;
    if (citedYear(d, b, to)) continue;
    if (out.some((s) => s.a < b && a < s.b && (s.a < a || s.b > b))) continue;
    out = out.filter((s) => !(s.a < b && a < s.b));
    out.push({ a, b, type: 'ORG', conf: 2 });
    out.sort((x, y) => x.a - y.a);
  }
  return out;
}

/** A capitalised word with a lower-case letter ("Spencer", "McKenzie"; not "Q", "AT"). */
const NAME_WORD = /^\p{Lu}\p{L}*\p{Ll}\p{L}*$/u;

/** Ampersand abbreviations of common nouns: questions and answers, mergers and acquisitions, research and development,
 * rhythm and blues, bed and breakfast, profit and loss, food and beverage, terms and conditions. */
const COMMON_AMPERSANDS = new Set(['Q&A', 'M&A', 'R&D', 'R&B', 'B&B', 'P&L', 'F&B', 'T&C', 'T&Cs']);

/** Titles and the street abbreviation, which open the next name ("& Mr Spam", "& St Paul"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sir', 'prof']);

/** A year after token b - 1, straight or after a comma: a citation's authors ("Lind & Varga 2019", "…, 2019"). */
function citedYear(d: DocTokens, b: number, to: number): boolean {
  const j = b < to && d.words[b] === ',' ? b + 1 : b;
  return j < to && YEAR.test(d.words[j]!);
}

const YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;

/** "Banco do Brasil", "Vale do Rio Doce": two names joined by a Portuguese particle ("do", "da", "dos", "das"; no
 * English word) are one, which the tagger breaks at the particle. An organisation on either side makes the whole an
 * organisation; otherwise it keeps the first part's type ("Lula da Silva" a person). */
export function particleNames(d: DocTokens, spans: RawSpan[], from: number, to: number): RawSpan[] {
  let out = spans;
  for (let k = 0; k + 1 < out.length; k++) {
    const x = out[k]!;
    const y = out[k + 1]!;
    if (x.a < from || y.b > to || y.a !== x.b + 1 || !PARTICLES.has(d.words[x.b]!)) continue;
    if (d.sentOf(x.a) !== d.sentOf(y.a) || x.type === 'MISC' || y.type === 'MISC') continue;
    const type = x.type === 'ORG' || y.type === 'ORG' ? 'ORG' : x.type;
    if (out === spans) out = spans.slice();
    out.splice(k, 2, { a: x.a, b: y.b, type, conf: 2 });
    k--;
  }
  return out;
}

const PARTICLES = new Set(['do', 'da', 'dos', 'das']);
