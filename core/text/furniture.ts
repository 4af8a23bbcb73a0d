// Page furniture: headlines, captions, bylines, credits, ads and navigation left over from scraped pages.
// Recognised by shape (no closing punctuation, title case, credit and byline patterns), never by listing one page's strings.
import type { Paragraph, Span } from '../types';

// Furniture lines are short; longer lines are judged as prose, which also keeps every test here cheap.
const MAX_FURNITURE_CHARS = 400;

const LABEL =
  /^(advertisements?|advert|sponsored( content)?|promoted|(read|see|watch|listen)(\s+(more|also|next|now)\b|:).*|related( \w+){0,3}|more (on|from|about) .*|share( this)?( \w+)?|subscribe\b.*|sign up\b.*|follow (us|me)\b.*|click here\b.*|tap here\b.*|skip to\b.*|back to top|top stories|most (read|popular|viewed)|trending( now)?|recommended( for you)?|editor'?s picks?|other topics of interest|live( updates| blog)?:?.*|exclusive:.*|breaking( news)?:?|topics|tags:?.*|comments?|loading\.*|print|email|twitter|facebook|linkedin|whatsapp|reddit|copy link|\d+ min(ute)? read|listen to (this|the) (article|story)\b.*)$/i;
// Reader-directed calls to action ("write to us here", "press Ctrl + Enter").
const CALL_TO_ACTION =
  /\b(you|your)\b|\b(us|here)$|\b(ctrl|cmd|alt)\s*\+|\b(newsletter|cookie|javascript|log ?in|sign ?in)\b/i;
// Site chrome addressed to the reader: cookie banners, newsletter boxes, copyright lines.
const READER_UI =
  /^(©|copyright\b)|\ball rights reserved\b|\b(you|your|we use)\b.*\b(cookies?|newsletter|inbox|browser|ad ?blocker|subscription|log ?in|sign ?in|sign up|subscribe)\b/i;
// "Updated:", "Published 3 March 2025", "Posted 2 hours ago" — but not prose such as "Updated figures show…".
const DATELINE_LABEL =
  /^(published|updated|posted|last updated|first published|modified)(\s*[:|,-]|\s*$|\s+(on\s+|at\s+)?(\d|a\s+(few|day|week)|an\s+hour|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*\d|yesterday|today|just now))/i;
const CONTRIBUTION =
  /^\(?(this|an earlier version of this) (story|article|report) (has been|was|is being) (updated|corrected|amended|changed)\b|^\(?this (article|story|report) (was|is|has been) (originally |first )?(published|written|produced|republished)\b|\b(contributed|contributing) (reporting )?(to )?(this|the) (report|story|article)\b|^(additional )?(reporting|editing|writing|research) by\b|^\(?(reporting|editing) by\b/i;
const CREDIT =
  /\((?:photo|photograph|image|picture|video|illustration|graphic)s?\s*(?:by|credit|:)|^(?:photo|photograph|image|picture|illustration|graphic|video|source|credit|file photo)s?\s*(?:by\b|:)|\bphoto(?:graph)?s?\s+by\b|[/(|]\s*(?:getty images|shutterstock|afp|ap photo|ap|reuters|epa|handout)\s*\)?\.?$|^(?:getty images|shutterstock|ap photo)\b/i;
const CREDIT_HINT = /[/(|]|photo|image|picture|illustration|graphic|video|source|credit|getty|shutterstock/i;
// "Jane Doe/The Daily Planet", "AP Photo/Jane Doe": a credit line after a caption.
const SLASH_CREDIT =
  /^(?:[\p{Lu}][\p{L}.’'-]*\s){0,4}[\p{Lu}][\p{L}.’'-]*\s?\/\s?(?:the\s)?[\p{Lu}][\p{L}.’'&-]*(?:\s[\p{Lu}][\p{L}.’'&-]*){0,4}\.?$/u;
const BYLINE =
  /^(by|from|with)\s+[\p{Lu}][\p{L}.’'-]+(\s+[\p{Lu}][\p{L}.’'-]+){0,3}(\s*(,|and|&)\s*[\p{Lu}][\p{L}.’'-]+(\s+[\p{Lu}][\p{L}.’'-]+){0,3})*\s*(,.*)?$/u;
const CAPTION_START =
  /^(this|a|an|the)\s+(handout\s+|file\s+|undated\s+)?(photo(graph)?|picture|image|file photo|screenshot|video grab|still|illustration)\b/i;
const TIME_ONLY = /^\d{1,2}:\d{2}(:\d{2})?(\s*(\/|of)\s*\d{1,2}:\d{2}(:\d{2})?)?(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?$/i;
const MD_HEADING = /^#{1,6}(\s|$)/;
const MD_RULE = /^([-*_=]\s*){3,}$/;
const MD_IMAGE_OR_LINK = /^!?\[[^\]]*\]\([^)]*\)$/;
const HTML_LINE = /^<!--|^<\/?[a-z][^>]*>$/i;
const TERMINAL = /[.!?…:;"”’)\]]$/;
const BIO =
  /^(?:[\p{Lu}][\p{L}.’'-]+\s){1,3}(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s){0,6}?(?:correspondent|reporter|journalist|writer|editor|columnist|contributor|producer|author|freelancer|photographer)\b/u;

const wordsOf = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Number of whitespace-separated words, without allocating them. */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function isTitleCase(line: string): boolean {
  const words = wordsOf(line).filter((w) => /^[\p{L}“"‘']/u.test(w) && w.replace(/[^\p{L}]/gu, '').length > 3);
  if (words.length === 0) return /^[\p{Lu}\d]/u.test(line);
  const caps = words.filter((w) => /^[“"‘']?\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.7;
}

/** Furniture judged on one short line alone. */
export function isFurnitureLine(line: string): boolean {
  if (line.length > MAX_FURNITURE_CHARS) return false;
  if (MD_HEADING.test(line) || MD_RULE.test(line) || MD_IMAGE_OR_LINK.test(line) || HTML_LINE.test(line)) return true;
  if (TIME_ONLY.test(line) || LABEL.test(line) || DATELINE_LABEL.test(line) || BYLINE.test(line)) return true;
  if (CONTRIBUTION.test(line) || CAPTION_START.test(line)) return true;
  const words = wordCount(line);
  const terminal = TERMINAL.test(line);
  // A Markdown bullet that reads as a sentence ("- Revenue rose 12% in 2024") is a claim, even without a full stop;
  // short or title-case bullets are navigation.
  if (/^[-*+•]\s+/.test(line) && words >= 6 && !isTitleCase(line.replace(/^[-*+•]\s+/, ''))) return false;
  // A line without closing punctuation is a headline, label, name, dateline or call to action, unless it is long prose
  // whose final period was lost in scraping.
  // Captions and headlines run to about twenty words; body prose without a final stop is rare and longer.
  // A finished quotation inside the line ("“… a long game.” - Jane Doe") makes it a quote with a credit, not a title.
  if (!terminal && /[.!?…]["”]/.test(line)) return false;
  if (!terminal && (words <= 20 || isTitleCase(line) || CALL_TO_ACTION.test(line)))
    return words <= 30 || isTitleCase(line);
  if (READER_UI.test(line)) return true;
  // Title-case teasers and headlines that end in a question or exclamation mark.
  if (/[?!]$/.test(line) && words <= 14 && isTitleCase(line)) return true;
  return false;
}

/**
 * A headline or subhead: a Markdown heading, or a short line without closing punctuation that is no other kind of
 * furniture (byline, label, dateline, credit, caption, call to action). Its figures and names are the article's most
 * visible claims, so the cross-check reads them even though attribution never flags them.
 */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > MAX_FURNITURE_CHARS) return false;
  if (MD_HEADING.test(t)) return t.replace(/^#+\s*/, '').length > 0;
  if (TERMINAL.test(t) || wordCount(t) > 25 || /^[-*+•]\s/.test(t)) return false;
  if (
    MD_RULE.test(t) ||
    MD_IMAGE_OR_LINK.test(t) ||
    HTML_LINE.test(t) ||
    TIME_ONLY.test(t) ||
    LABEL.test(t) ||
    DATELINE_LABEL.test(t) ||
    BYLINE.test(t)
  )
    return false;
  if (
    CONTRIBUTION.test(t) ||
    CAPTION_START.test(t) ||
    CREDIT.test(t) ||
    SLASH_CREDIT.test(t) ||
    READER_UI.test(t) ||
    CALL_TO_ACTION.test(t)
  )
    return false;
  // Front matter ("title: …") and "Key: value" lines are metadata, not copy.
  return !/^[\w-]+:\s/.test(t);
}

/** Furniture judged on one sentence: credits and labels inside an otherwise ordinary paragraph. */
export function isFurnitureSentence(text: string, s: Span): boolean {
  if (s.end - s.start > MAX_FURNITURE_CHARS) return false;
  const t = text.slice(s.start, s.end).trim();
  if (t.startsWith('<!--')) return true;
  // Cheap gates first: most body sentences have none of the marks a credit or contributor line needs.
  if (CREDIT_HINT.test(t) && (CREDIT.test(t) || SLASH_CREDIT.test(t))) return true;
  if (t.length <= 120 && (LABEL.test(t) || READER_UI.test(t))) return true;
  return /contribut|^\(?(additional |reporting|editing|writing|research)/i.test(t) && CONTRIBUTION.test(t);
}

// Lines that close a page header: after one of them, the body begins.
const isHeaderMarker = (line: string): boolean =>
  DATELINE_LABEL.test(line) || TIME_ONLY.test(line) || BYLINE.test(line) || /^\d+ min(ute)? read$/i.test(line);

// What one paragraph's text alone says about it (bits of a verdict): the rest of the decision reads its neighbours.
/** A short paragraph whose line is furniture by shape, a biography or a captioned photo. */
export const V_FURNITURE = 1;
/** A short paragraph that labels the next one as a caption ("Image caption"). */
export const V_CAPTION_LABEL = 2;
/** A short paragraph without closing punctuation of at most 25 words: the headline when it opens the body. */
export const V_HEADLINE = 4;
/** Its first 400 characters close a page header (a byline, "Updated:"). */
export const V_HEADER_MARKER = 8;
/** A short paragraph that is an author biography. */
export const V_BIO = 16;

/** The verdict bits of one paragraph, from its text alone (`para` is text[p.start, p.end)). */
export function paragraphVerdict(para: string): number {
  let v = 0;
  if (isHeaderMarker(para.length > MAX_FURNITURE_CHARS ? para.slice(0, MAX_FURNITURE_CHARS) : para))
    v |= V_HEADER_MARKER;
  if (para.length > MAX_FURNITURE_CHARS * 2) return v;
  const bio = BIO.test(para);
  if (bio) v |= V_BIO;
  if (/^(image|photo|video|picture)\s+(caption|source)\b/i.test(para)) v |= V_CAPTION_LABEL;
  if (isFurnitureLine(para) || bio || hasCaptionCredit(para)) v |= V_FURNITURE;
  if (!TERMINAL.test(para) && wordCount(para) <= 25) v |= V_HEADLINE;
  return v;
}

/**
 * Per-paragraph verdicts. Besides single-line shapes: a paragraph that ends in (or holds) a photo credit is a caption;
 * an author biography is furniture; and everything above a byline/"Updated:" marker near the top is page header.
 * `verdicts[i]`, when given, is paragraphVerdict of paragraph i (a caller may have it cached).
 */
export function furnitureOfParagraphs(
  text: string,
  paras: Paragraph[],
  frontMatterEnd: number,
  verdicts?: readonly number[],
): boolean[] {
  const verdict = (p: Paragraph): number =>
    verdicts ? verdicts[p.index]! : paragraphVerdict(text.slice(p.start, p.end));
  const out = paras.map(() => false);
  let inComment = false;
  let firstBody = -1;
  let afterCaptionLabel = false;
  for (const p of paras) {
    if (p.start < frontMatterEnd) {
      out[p.index] = true;
      continue;
    }
    const short = p.end - p.start <= MAX_FURNITURE_CHARS * 2;
    // Multi-line HTML comments (suppression directives) are furniture throughout.
    if (inComment || (p.end - p.start >= 4 && text.startsWith('<!--', p.start))) {
      const line = short ? text.slice(p.start, p.end) : text.slice(p.start, p.start + 80);
      out[p.index] = true;
      const close = short ? line.lastIndexOf('-->') : text.slice(p.end - 3, p.end) === '-->' ? 0 : -1;
      const open = line.lastIndexOf('<!--');
      inComment = close < 0 ? true : close < open;
      if (firstBody < 0) firstBody = -2;
      continue;
    }
    if (firstBody < 0) firstBody = p.index;
    if (!short) continue;
    const captioned = afterCaptionLabel;
    const v = verdict(p);
    afterCaptionLabel = (v & V_CAPTION_LABEL) !== 0;
    if (v & V_FURNITURE || captioned) out[p.index] = true;
    // The first line of the body without closing punctuation is the headline even when long.
    else if (p.index === firstBody && v & V_HEADLINE) out[p.index] = true;
  }
  markPageHeader(paras, out, frontMatterEnd, verdict);
  markBioTail(paras, out, verdict);
  return out;
}

// A caption: prose that carries a credit in its last sentence ("… on Jan. 16. Jane Doe/The Daily Planet").
function hasCaptionCredit(line: string): boolean {
  const lastStop = Math.max(line.lastIndexOf('. '), line.lastIndexOf('.) '));
  const tail = lastStop >= 0 ? line.slice(lastStop + 2).trim() : line;
  return CREDIT.test(tail) || SLASH_CREDIT.test(tail) || /\((?:photo|image|picture)\b[^)]*\)\.?$/i.test(line);
}

function markPageHeader(
  paras: Paragraph[],
  out: boolean[],
  frontMatterEnd: number,
  verdict: (p: Paragraph) => number,
): void {
  let marker = -1;
  let chars = 0;
  for (const p of paras) {
    if (p.start < frontMatterEnd) continue;
    chars += p.end - p.start;
    if (chars > 2500 || p.index > 15) break;
    if (verdict(p) & V_HEADER_MARKER) marker = p.index;
  }
  if (marker < 0) return;
  for (let i = 0; i <= marker; i++) if (paras[i]!.start >= frontMatterEnd) out[i] = true;
}

// After an author biography, the rest of a scraped page (social links, more bylines) is furniture too.
function markBioTail(paras: Paragraph[], out: boolean[], verdict: (p: Paragraph) => number): void {
  for (let i = paras.length - 1; i >= 0 && i >= paras.length - 8; i--) {
    const p = paras[i]!;
    if (p.end - p.start > MAX_FURNITURE_CHARS * 2) break;
    if (verdict(p) & V_BIO) {
      for (let k = i; k < paras.length; k++) out[k] = true;
      return;
    }
  }
}
