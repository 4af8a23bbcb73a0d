// The last stage: each entity's canonical name, the fullest form of the name in the document ("Zelensky" ->
// "Volodymyr Zelensky", an acronym -> its expansion) and a country's usual name ("U.S." -> "United States").
import { KernelCache, LastCall } from '../../text/memo';
import type { Entity, EntityType } from '../../types';
import type { DocTokens } from '../features';
import type { Gazetteer } from '../gazetteer';
import type { Acronyms } from './spans';

/** Sets each entity's canonical name: its fullest form in the document, a country's usual name. */
export function fillCanonicalNames(d: DocTokens, out: Entity[], acronyms: Acronyms): void {
  // The fullest form of each name reads only the names and their types, in order, and the acronyms: a keystroke
  // seldom changes any of them.
  const inputs: unknown[] = [d.gazetteer];
  acronyms.forEach((a, acr) => inputs.push(acr, a.type, a.full));
  inputs.push(acronyms.size);
  for (let k = 0; k < out.length; k++) inputs.push(out[k]!.type, out[k]!.text);
  const canonicals = lastCanonicals.get(inputs, () => {
    fillCanonical(out, acronyms);
    usualCountryNames(d, out);
    return out.map((e) => e.canonical);
  });
  for (let k = 0; k < out.length; k++) out[k]!.canonical = canonicals[k]!;
}

const lastCanonicals = new LastCall<string[]>();

/** Other names of a country take its usual name ("US", "U.S.", "America" -> "United States"). */
function usualCountryNames(d: DocTokens, out: Entity[]): void {
  const countryNames = new Map<string, string | undefined>();
  for (let k = 0; k < out.length; k++) {
    const e = out[k]!;
    if (e.type !== 'PLACE') continue;
    let c = countryNames.get(e.canonical);
    if (!countryNames.has(e.canonical)) countryNames.set(e.canonical, (c = usualName(d.gazetteer, e.canonical)));
    if (c) e.canonical = c;
  }
}

// A country's usual name by another of its names, kept between analyses (per name list: training may run another).
const usualNames = new WeakMap<Gazetteer, KernelCache<string, string | null>>();

function usualName(g: Gazetteer, name: string): string | undefined {
  let cache = usualNames.get(g);
  if (!cache) usualNames.set(g, (cache = new KernelCache(4000)));
  return cache.get(name, (n) => g.canonicalOf(n) ?? null) ?? undefined;
}

const norm = (s: string) => s.replace(/^the\s+/i, '').toLowerCase();

/** A name without a leading "the", in lower case, and its words; the same names come back at every keystroke. */
const normalisedNames = new KernelCache<string, { n: string; ws: readonly string[]; spaced: boolean }>(8000);

const normalisedName = (text: string) =>
  normalisedNames.get(text, (t) => {
    const n = norm(t);
    const ws = n.split(/\s+/);
    return { n, ws, spaced: ws.join(' ') === n };
  });

/** Whether ws[from, from + words.length) are `words`. */
function sameWords(ws: readonly string[], from: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (ws[from + i] !== words[i]) return false;
  return true;
}

/** Whether `inner` occurs in `outer` with a space or an end of `outer` on each side (` ${outer} ` holds ` ${inner} `),
 * or a comma after it ("Torvald Systems" in "Torvald Systems, Inc"). */
function holdsSpaced(outer: string, inner: string): boolean {
  const SPACE = 32;
  const COMMA = 44;
  for (let at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
    const end = at + inner.length;
    const after = outer.charCodeAt(end);
    if (
      (at === 0 || outer.charCodeAt(at - 1) === SPACE) &&
      (end === outer.length || after === SPACE || after === COMMA)
    )
      return true;
    if (at >= outer.length) break;
  }
  return false;
}

/** The fullest same-type form of each name in the document: "Zelensky" -> "Volodymyr Zelensky", "CES" -> its expansion. */
export function fillCanonical(ents: Entity[], acronyms: Map<string, { type: EntityType; full: string }>): void {
  // Names indexed by type and word: a fuller form must contain every word of the shorter one, so only names that
  // share its first word are compared (linear in the names, not quadratic). Maps by type, then by text or word: no
  // key is built by concatenation, and each distinct name is normalised and split once.
  const byType = new Map<EntityType, { names: Map<string, NameForm>; byWord: Map<string, NameForm[]> }>();
  for (const e of ents) {
    let t = byType.get(e.type);
    if (!t) byType.set(e.type, (t = { names: new Map(), byWord: new Map() }));
    if (t.names.has(e.text)) continue;
    const { n, ws, spaced } = normalisedName(e.text);
    const form: NameForm = { text: e.text, n, ws, spaced, best: undefined };
    t.names.set(e.text, form);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (ws.indexOf(w) < i) continue; // listed once per name
      const list = t.byWord.get(w);
      if (list) list.push(form);
      else t.byWord.set(w, [form]);
    }
  }
  for (let k = 0; k < ents.length; k++) {
    const e = ents[k]!;
    const acr = acronyms.get(e.text);
    if (acr && acr.type === e.type) {
      e.canonical = acr.full;
      continue;
    }
    const t = byType.get(e.type)!;
    const form = t.names.get(e.text)!;
    if (form.best !== undefined) {
      e.canonical = form.best;
      continue;
    }
    const me = form.n;
    const words = form.ws;
    let best = e.text;
    let bestLen = me.length;
    const others = t.byWord.get(words[0]!);
    // A person's fuller form ends or starts with the name's words; another's holds the name between spaces. Both are
    // tested on the strings as they are, without building any.
    const person = e.type === 'PERSON';
    if (others && (!person || form.spaced))
      for (let i = 0; i < others.length; i++) {
        const { text: other, n: o, ws: ow } = others[i]!;
        if (o.length <= bestLen || ow.length <= words.length) continue;
        const fits = person
          ? sameWords(ow, ow.length - words.length, words) || sameWords(ow, 0, words)
          : holdsSpaced(o, me);
        if (fits) {
          best = other;
          bestLen = o.length;
        }
      }
    form.best = best;
    e.canonical = best;
  }
}

interface NameForm {
  text: string;
  /** The name without a leading "the", in lower case, and its words. */
  n: string;
  ws: readonly string[];
  /** The words joined by single spaces give back the name (a person's name is matched word by word only then). */
  spaced: boolean;
  /** Its fullest form, once found. */
  best: string | undefined;
}
