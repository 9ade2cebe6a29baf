// Word boundaries for Arabic regexes. JavaScript's `\b` is ASCII-only (it never matches next to an Arabic letter),
// so every pattern here uses Unicode look-arounds, and words may carry attached proclitics:
//   conjunction  و ف           («وأمس», «فاليوم»)
//   preposition  ب ل ك         («بأمس»)
//   article      ال            («الأمس»); ل + ال is written «لل» («للأسبوع»)
// in that order, each optional unless a pattern requires the article. Patterns are written in NORMALISED spelling
// (see lib/text/normalise.ts: ا for every alef, ي for ى, ه for ة, no tashkeel) and run on normalised text.

import { normaliseWord } from "./normalise";

/** One character that continues a word: any letter, combining mark, digit, or underscore. */
export const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}_]";
/**
 * The word characters of the scripts news text uses (Arabic letters and marks, Latin, digits), as explicit BMP
 * ranges. Testing a `\p{…}` class at every position of the text is what made the scans slow (about 5× here), and
 * the leading look-behind is tested at EVERY position; this narrow class is tested instead, and
 * AbstractArabicParser re-checks each match with the exact class (`isWordStart`), so a letter of another script
 * before a match still rejects it.
 */
const SCRIPT_WORD_CHAR =
  "[\\u0610-\\u061A\\u0620-\\u0669\\u066E-\\u06D3\\u06D5-\\u06DC\\u06DF-\\u06E8\\u06EA-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFFA-Za-z0-9_\\u00C0-\\u024F]";
/** Zero-width: no word character before this point (pre-filter; see SCRIPT_WORD_CHAR). */
export const WORD_START = `(?<!${SCRIPT_WORD_CHAR})`;
/** Zero-width: no word character after this point. */
export const WORD_END = `(?!${WORD_CHAR})`;
/** Space between the words of one phrase: stays on the same line (a phrase never spans paragraphs). */
export const GAP = "[ \\t]+";

/** Conjunction proclitics. Captured apart by `phrasePattern` so a span can leave them out («وأمس» → «أمس»). */
export const CONJUNCTION = "[وف]";

/** Which proclitics (besides the conjunction) a word takes; "bare" = none at all («أمس» but not «لامس», a verb). */
export type ArticleUse = "bare" | "none" | "optional" | "required";

/**
 * Proclitics (without the conjunction) that may precede a word, as regex source without capture groups.
 * - "bare": nothing;
 * - "none": a glued preposition only (ب ل ك);
 * - "optional": a preposition, the article, both («بال», «كال»), or «لل» (ل + ال);
 * - "required": the article, possibly after ب/ك, or «لل».
 */
export function proclitics(article: ArticleUse): string {
  switch (article) {
    case "bare":
      return "";
    case "none":
      return "[بلك]?";
    case "optional":
      return "(?:[بك]?ال|لل|[بلك])?";
    case "required":
      return "(?:[بك]?ال|لل)";
  }
}

/** A word (regex source, already normalised) with its allowed proclitics, without boundaries or captures. */
export function cliticWord(core: string, article: ArticleUse = "none", conjunction = true): string {
  return `${conjunction ? `${CONJUNCTION}?` : ""}${proclitics(article)}(?:${core})`;
}

/**
 * A whole phrase as regex source: word start, capture group 1 = the conjunction (possibly empty), the first word's
 * proclitics, then `core` (whose own groups therefore start at 2), then word end.
 * `core` is regex source in normalised spelling; it may contain several words joined by GAP.
 */
export function phrasePattern(core: string, article: ArticleUse = "none"): string {
  return `${WORD_START}(${CONJUNCTION}?)${proclitics(article)}(?:${core})${WORD_END}`;
}

/** Compile a pattern for chrono: Unicode, no global flag (chrono slices the text itself and re-runs `exec`). */
export function compile(source: string): RegExp {
  return new RegExp(source, "u");
}

/** Escape literal text for use inside a regex. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * Alternation of literal words or phrases, normalised, longest first (so «أمس الأول» wins over «أمس»), with the
 * spaces inside a phrase matching any GAP. Regex source, non-capturing.
 */
export function wordAlternation(words: Iterable<string>): string {
  const unique = [...new Set([...words].map((w) => normaliseWord(w.trim())))].sort((a, b) => b.length - a.length);
  return `(?:${unique.map((w) => w.split(/\s+/).map(escapeRegex).join(GAP)).join("|")})`;
}

const WORD_CHAR_RE = new RegExp(WORD_CHAR, "u");

/** True when `text[index]` starts a word (nothing word-like right before it). Checks the full text, not a slice. */
export function isWordStart(text: string, index: number): boolean {
  if (index <= 0) return true;
  const before = text.codePointAt(index - 1) ?? 0;
  // A low surrogate: look at the whole code point.
  const ch = before >= 0xdc00 && before <= 0xdfff && index >= 2 ? String.fromCodePoint(text.codePointAt(index - 2) ?? 0) : String.fromCodePoint(before);
  return !WORD_CHAR_RE.test(ch);
}

/** True when `text[index - 1]` ends a word (nothing word-like at `index`). */
export function isWordEnd(text: string, index: number): boolean {
  if (index >= text.length) return true;
  return !WORD_CHAR_RE.test(String.fromCodePoint(text.codePointAt(index) ?? 0));
}
