// Test helpers: run the pipeline on corpus articles (memoised) and find events and stage results by the words of
// the text they cover, never by position, so a test names what a reader would check by hand.
import { analyseArticle, type ArticleAnalysis } from "../../lib/pipeline";
import type { Article } from "../../lib/article/types";
import type { ExtractedEvent } from "../../lib/events/types";
import { corpusArticle } from "./corpus";

const cache = new Map<string, ArticleAnalysis>();

export function analysed(idPrefix: string): { article: Article; analysis: ArticleAnalysis } {
  const article = corpusArticle(idPrefix);
  let analysis = cache.get(article.id);
  if (!analysis) {
    analysis = analyseArticle(article);
    cache.set(article.id, analysis);
  }
  return { article, analysis };
}

/** Offset of the n-th occurrence of `needle` in `text`; throws when absent so tests fail loudly. */
export function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`«${needle}» (occurrence ${i}) not in text`);
  }
  return at;
}

/** The event whose clause covers the first occurrence of `needle` (undefined when that clause is no event). */
export function eventAt(article: Article, events: readonly ExtractedEvent[], needle: string, nth = 0): ExtractedEvent | undefined {
  const at = offsetOf(article.text, needle, nth);
  return events.find((e) => e.clause.start <= at && at + needle.length <= e.clause.end);
}

/** Like eventAt, but fails the test when there is no event there. */
export function mustEventAt(article: Article, events: readonly ExtractedEvent[], needle: string, nth = 0): ExtractedEvent {
  const e = eventAt(article, events, needle, nth);
  if (!e) throw new Error(`no event covers «${needle}»`);
  return e;
}

export const ids = (mentions: readonly { id: string }[]) => mentions.map((m) => m.id);
