// Sentence stages: names the tagger breaks at a joining word — an ampersand ("Marks & Spencer"), a Portuguese
// particle ("Banco do Brasil") or a possessive that belongs to the name ("Moody's Investors Service") — or cuts at a
// common first word ("Adobe Systems", "Sun Microsystems Inc").
import type { DocTokens } from '../features';
import { COMPANY_TAILS } from '../lists';
import type { RawSpan } from './spans';
import { CAPITALISED, POSSESSIVE_S } from './words';

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

/** "Moody's Investors Service cut …", "Standard & Poor's affirmed …", "Moody's said": a name whose "'s" a verb follows
 * (a possessive is followed by what is owned) or a company's tail word ("Service", "Restaurants") is a firm named in
 * the possessive, "'s" and all: the tagger ends it before the "'s" or leaves it out. The verbs are a firm's (rating,
 * reporting, saying), none that "'s" as "is" comes before ("Smith's expected to …"); a person's whole or given name
 * before them has said or cut ("Ada Lind's said goodbye") and stays a person's. */
export function possessiveNames(d: DocTokens, spans: RawSpan[], from: number, to: number): RawSpan[] {
  let out = spans;
  for (let i = from + 1; i + 1 < to; i++) {
    if (!POSSESSIVE_S.test(d.words[i]!) || d.sentOf(i + 1) !== d.sentOf(i)) continue;
    const own = out.find((s) => s.b === i);
    // A person's whole name or given name before "'s said" is a person who has said ("Ada Lind's said goodbye").
    if (
      own?.type === 'MISC' ||
      (own?.type === 'PERSON' && (own.b - own.a > 1 || d.gazetteer.first.has(d.words[own.a]!)))
    )
      continue;
    if (!own && !NAME_WORD.test(d.words[i - 1]!)) continue;
    let b = i + 1;
    if (FIRM_VERBS.has(d.lower[i + 1]!)) b = i + 1;
    else {
      let j = i + 1;
      while (j < to && j < i + 4 && d.flags[j]! & 1 && d.sentOf(j) === d.sentOf(i)) j++;
      if (j === i + 1 || !FIRM_TAILS.has(d.lower[j - 1]!)) continue;
      b = j;
    }
    const a = own ? own.a : i - 1;
    if (out.some((s) => s.a < b && a < s.b && (s.a < a || s.b > b))) continue;
    out = out.filter((s) => !(s.a < b && a < s.b));
    out.push({ a, b, type: 'ORG', conf: 2 });
    out.sort((x, y) => x.a - y.a);
  }
  return out;
}

/** What a firm does straight after its name: rates, reports, says. */
const FIRM_VERBS = new Set(
  `said says cut cuts raised raises affirmed affirms downgraded downgrades upgraded upgrades lowered lowers reported
   reports posted posts rated rates warned warns put puts placed places kept keeps revised revises assigned assigns`.split(
    /\s+/,
  ),
);

/** Last words of firms named in the possessive ("Moody's Investors Service", "McDonald's Restaurants"). */
const FIRM_TAILS = new Set(
  `service services corp corp. corporation inc inc. ltd ltd. plc group restaurants stores holdings company`.split(
    /\s+/,
  ),
);

/** "Adobe Systems and Netscape said …", "Sun Microsystems Inc unveiled …": a sentence opening with a capitalised word
 * (no article or preposition) and a company's trade or tail ("Systems", "Industries") before a
 * lower-case word, or before a company the tagger found that ends in a legal form, opens with the company: the tagger
 * leaves such a name out or cuts its first word off, a common one ("Adobe", "Sun"). Spans inside it give way. */
export function companyOpenings(d: DocTokens, spans: RawSpan[], from: number, to: number): RawSpan[] {
  let out = spans;
  for (let k = d.sentOf(from); k < d.sents.length && d.sents[k]![0] < to; k++) {
    const [a, end] = d.sents[k]!;
    if (a < from || end - a < 3 || !CAPITALISED.test(d.words[a]!) || !(d.flags[a + 1]! & 1)) continue;
    if (OPENING_NOT_NAME.has(d.lower[a]!)) continue;
    // A given name there is someone named before it ("Sara, First Union Securities" in a signature).
    if (d.gazetteer.first.has(d.words[a]!)) continue;
    let b = -1;
    if (COMPANY_TAILS.has(d.lower[a + 1]!) && !(d.flags[a + 2]! & 1) && d.flags[a + 2]! & 4) b = a + 2;
    else {
      const next = out.find((s) => s.a === a + 1);
      if (next?.type === 'ORG' && LEGAL_FORMS.has(d.lower[next.b - 1]!)) b = next.b;
    }
    if (b < 0 || out.some((s) => s.a < b && a < s.b && (s.a < a || s.b > b))) continue;
    out = out.filter((s) => !(s.a < b && a < s.b));
    out.push({ a, b, type: 'ORG', conf: 2 });
    out.sort((x, y) => x.a - y.a);
  }
  return out;
}

/** Words that open a sentence before a company's name without being part of it. */
const OPENING_NOT_NAME = new Set(
  `the a an and but or as at by for from in of on to with after before while when if shares stock analysts rival
   unlike like`.split(/\s+/),
);

/** A company's legal form ending its name. */
const LEGAL_FORMS = new Set([
  'inc',
  'inc.',
  'corp',
  'corp.',
  'co',
  'co.',
  'ltd',
  'ltd.',
  'plc',
  'llc',
  'ag',
  'sa',
  'nv',
]);

/** "YouTube's parent Alphabet", "its parent company, Kervell,": the capitalised word after an organisation's "parent"
 * (or "parent company") is its parent, an organisation, which the tagger leaves out when it is a common word; its owner is a company too.
 * Not a person's parent ("Ada Lind's parent Jo Varga"): no owner with a given name. */
export function parentCompanies(d: DocTokens, spans: RawSpan[], from: number, to: number): RawSpan[] {
  let out = spans;
  for (let i = from + 1; i + 1 < to; i++) {
    if (d.lower[i] !== 'parent' || d.flags[i]! & 1) continue;
    let j = i + 1;
    const company = d.lower[j] === 'company';
    if (company) j++;
    if (d.words[j] === ',') j++;
    if (j >= to || !NAME_WORD.test(d.words[j]!) || d.sentOf(j) !== d.sentOf(i)) continue;
    const owner = POSSESSIVE_S.test(d.words[i - 1]!) ? out.find((s) => s.b === i - 1) : undefined;
    // A person's parent is a person: an owner with a given name ("Ada Lind's parent"), or none but "parent company".
    if (!company && (!owner || owner.type === 'MISC' || d.gazetteer.first.has(d.words[owner.a]!))) continue;
    if (owner?.type === 'PERSON') out = out.map((s): RawSpan => (s === owner ? { ...s, type: 'ORG' } : s));
    const at = out.find((s) => s.a <= j && j < s.b);
    if (at) {
      if (at.type !== 'ORG' && at.a === j && at.b === j + 1)
        out = out.map((s): RawSpan => (s === at ? { ...s, type: 'ORG' } : s));
      continue;
    }
    const parent: RawSpan = { a: j, b: j + 1, type: 'ORG', conf: 2 };
    out = [...out, parent].sort((x, y) => x.a - y.a);
  }
  return out;
}
