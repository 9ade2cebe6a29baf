// The article pipeline: one article in, its time expressions and the events it reports out. Pure and deterministic:
// no clock, no time zone, no I/O. The stages run in reading order (lib/events/stages/1-… to 9-…), each a small pure
// function over plain data; the words they look for live in lib/events/gazetteer/*.json.
//
//   normalise → sentences → clauses → time expressions → mentions → triggers → classification → attribution
//   → events → dating → ordering/relations
import type { Article } from "./article/types";
import { articleText, type ArticleText, type Span } from "./events/text";
import { splitSentences } from "./events/stages/1-sentences";
import { splitClauses } from "./events/stages/2-clauses";
import { findMentions, type EntityMention } from "./events/stages/3-mentions";
import { readClauses } from "./events/stages/4-triggers";
import { classifyClauses } from "./events/stages/5-classify";
import { attributeSources } from "./events/stages/6-attribution";
import { assembleEvents } from "./events/stages/7-events";
import { dateEvents } from "./events/stages/8-dating";
import { orderEvents, type RelatedEvent } from "./events/stages/9-ordering";
import { markRepeats } from "./events/stages/10-repeats";
import type { ExtractedEvent, Mention } from "./events/types";
import { resolveTimeExpressions } from "./time/resolve";
import type { TimeExpression } from "./time/types";

export interface ArticleAnalysis {
  timexes: TimeExpression[];
  /** In chronological order (`sequence`); `ordinal` is the order of the text. */
  events: ExtractedEvent[];
}

export function analyseArticle(article: Article): ArticleAnalysis {
  const text = articleText(article.text);
  const sentences = splitSentences(text);
  const clauses = splitClauses(text, sentences);
  const timexes = resolveTimeExpressions(article.text, { dct: article.published });
  const mentions = findMentions(text);
  const readings = readClauses(text, clauses);
  const kinds = classifyClauses(text, clauses, readings, mentions);
  const sources = attributeSources(text, sentences, clauses, readings, mentions);
  const drafts = assembleEvents(text, sentences, clauses, readings, kinds, mentions, sources);
  const dated = dateEvents(text, drafts, sentences, clauses, readings, timexes, {
    published: article.published,
    publishedConfidence: article.publishedConfidence,
  });
  const events = markRepeats(orderEvents(text, dated)).map((e) => toExtractedEvent(text, e));
  return { timexes, events };
}

function mention(text: ArticleText, m: EntityMention): Mention {
  const span = text.toOriginal(m);
  return { id: m.id, name: m.name, kind: m.kind, text: text.original.slice(span.start, span.end), start: span.start, end: span.end };
}

function toExtractedEvent(text: ArticleText, e: RelatedEvent): ExtractedEvent {
  const original = (s: Span) => text.toOriginal(s);
  return {
    ordinal: e.ordinal,
    sentence: original(e.sentence),
    clause: original(e.clause),
    summary: e.summary,
    category: e.kind.category,
    subEventType: e.kind.subEventType,
    trigger: text.originalText(e.kind.trigger),
    places: e.places.map((m) => mention(text, m)),
    actors: e.actors.map((m) => mention(text, m)),
    sources: e.sources.map((m) => mention(text, m)),
    interval: e.dating.interval,
    granularity: e.dating.granularity,
    dateSource: e.dating.dateSource,
    timexIndex: e.dating.timexIndex,
    dateRule: e.dating.dateRule,
    confidence: e.dating.confidence,
    approx: e.dating.approx,
    sequence: e.sequence,
    flags: e.dating.flags,
    relations: [...e.relations].sort((a, b) => a.ordinal - b.ordinal),
  };
}
