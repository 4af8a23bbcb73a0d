// A fast, lossless-offset word tokenizer shared by every layer of the core.

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner apostrophes, hyphens, periods of initialisms ("U.S.") and digit groups ("1,200.5").
// A word keeps its possessive ("Trump’s" is one token; the entity layer trims it); a detached "’s" is its own token.
// Initialisms are bounded ({2,8}) so a long run of "A.A.A." cannot make the scan quadratic.
const TOKEN_RE =
  /(?:[A-Za-z]\.){2,8}(?![A-Za-z])|\$?\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|['’](?:s|S)(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
export const isAllCaps = (w: string): boolean => /^[\p{Lu}\d.&-]+$/u.test(w) && /\p{Lu}/u.test(w);
