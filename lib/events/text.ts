// The article text as every stage reads it: normalised once (lib/text/normalise.ts), with lexicon matches computed
// once per lexicon. Stages work in NORMALISED offsets; only the pipeline's output converts them back to the original
// text (UTF-16, end exclusive), which is what every ExtractedEvent offset points into.
import { normaliseText, type NormalisedText } from "../text/normalise";
import { allLexicons } from "./gazetteer";
import { findAll, type Lexicon, type PhraseMatch } from "./lexicon";

export interface Span {
  start: number;
  end: number;
}

export interface ArticleText {
  readonly original: string;
  readonly norm: NormalisedText;
  /** The normalised text (shorthand for norm.text). */
  readonly text: string;
  /** A normalised span → the original span it came from. */
  toOriginal(span: Span): Span;
  /** An original offset → the first normalised offset at or after it. */
  toNormal(offset: number): number;
  /** Original text of a normalised span. */
  originalText(span: Span): string;
  /** All matches of a lexicon in the article (memoised). */
  matches<T>(lexicon: Lexicon<T>): PhraseMatch<T>[];
}

export function articleText(original: string): ArticleText {
  const norm = normaliseText(original);
  const cache = new Map<Lexicon<unknown>, PhraseMatch<unknown>[]>();
  const toOriginal = (span: Span): Span => ({ start: norm.toOriginalStart(span.start), end: norm.toOriginalEnd(span.end) });
  return {
    original,
    norm,
    text: norm.text,
    toOriginal,
    toNormal(offset: number): number {
      // toOriginalStart is non-decreasing: binary search for the first unit that starts at or after `offset`.
      let lo = 0;
      let hi = norm.text.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (norm.toOriginalStart(mid) < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    originalText(span: Span): string {
      const o = toOriginal(span);
      return original.slice(o.start, o.end);
    },
    matches<T>(lexicon: Lexicon<T>): PhraseMatch<T>[] {
      let found = cache.get(lexicon as Lexicon<unknown>);
      if (!found) {
        // The gazetteer's lexicons are matched together in one pass over the words, the first time one is asked for.
        if (cache.size === 0 && allLexicons.includes(lexicon as Lexicon<unknown>)) {
          findAll(norm, allLexicons).forEach((matches, i) => cache.set(allLexicons[i]!, matches));
          found = cache.get(lexicon as Lexicon<unknown>)!;
        } else {
          found = lexicon.find(norm) as PhraseMatch<unknown>[];
          cache.set(lexicon as Lexicon<unknown>, found);
        }
      }
      return found as PhraseMatch<T>[];
    },
  };
}

/** Matches lying inside a span. */
export function within<T extends Span>(items: readonly T[], span: Span): T[] {
  return items.filter((m) => m.start >= span.start && m.end <= span.end);
}

/** Number of words between two normalised offsets (a ≤ b). */
export function wordsBetween(text: string, a: number, b: number): number {
  if (b <= a) return 0;
  const gap = text.slice(a, b).trim();
  return gap ? gap.split(/[\s,;:()"«»“”]+/u).filter(Boolean).length : 0;
}
