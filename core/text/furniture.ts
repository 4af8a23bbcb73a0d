// Page furniture: headlines, captions, bylines, credits, ads and navigation left over from scraped pages.
import type { Span } from '../types';

const FURNITURE_LINE =
  /^(advertisement|advert|sponsored|read more|related|related articles?|other topics of interest|share|share this( article)?|subscribe.*|sign up.*|follow us.*|click here.*|watch:?.*|listen:?.*|recommended|most read|trending|skip to .*|\d+:\d+( \/ \d+:\d+)?|photo:.*|image:.*|video:.*|getty images|.*\b(reporting|editing|writing) by\b.*)$/i;

const CREDIT = /\((photo|photograph|image|picture|video)s? (by|credit|:)|\bphoto(graph)?s? by\b|\/ ?(afp|ap|reuters|getty images)\)?$|^\(?(photo|image|file photo|handout)\b/i;
const BYLINE = /^(by|from|with)\s+[\p{Lu}][\p{L}.’'-]+(\s+[\p{Lu}][\p{L}.’'-]+){0,3}(\s*(,|and)\s*[\p{Lu}][\p{L}.’'-]+(\s+[\p{Lu}][\p{L}.’'-]+){0,3})*\s*$/u;
const CAPTION_START = /^(this|a|an|the)\s+(handout\s+)?(photo(graph)?|picture|image|file photo|screenshot|video grab|still)\b/i;
const DATELINE_ONLY = /^(published|updated|posted|last updated)\b/i;

/**
 * A sentence is furniture when its paragraph is a line that reads like one: no closing punctuation
 * and title-like (a headline), a byline, a credit, a caption, or a known navigation label.
 */
export function isFurniture(text: string, s: Span, para: Span, firstParagraph: boolean): boolean {
  const sentence = text.slice(s.start, s.end).trim();
  const line = text.slice(para.start, para.end).trim();
  if (FURNITURE_LINE.test(line) || FURNITURE_LINE.test(sentence)) return true;
  if (CREDIT.test(sentence) || BYLINE.test(line) || DATELINE_ONLY.test(line)) return true;
  if (CAPTION_START.test(line)) return true;
  // Headline-like: a short single-sentence line with no terminal punctuation.
  const words = line.split(/\s+/).length;
  if (!/[.!?:”"’)]$/.test(line) && words <= 16 && (firstParagraph || isTitleCase(line) || words <= 8)) return true;
  return false;
}

function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (words.length === 0) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.6;
}
