// From an article, the people's corrections that apply to it and the analysis pipeline, the rows the database holds
// for it: the article, its time expressions, its events (the engine's inference kept beside the current dating) and
// their mentions. Pure: ingest (new or changed article), publication-date corrections and reverts all write what this
// computes, so the rules below hold the same everywhere.
//
// - The inference is the analysis against the article's ingested publication date; it is never overwritten.
// - The current dating is the analysis against the effective publication date (the newest active correction of it,
//   else the ingested one), except for events a person corrected by hand, which keep that correction.
// - An event's version goes up whenever what a person sees of it (dating, summary) changes.
import type { Article } from "../article/types";
import type { EventDateValue, MovedEventRecord } from "../corrections/types";
import type { ExtractedEvent, Mention } from "../events/types";
import type { DayInterval, TimeExpression } from "../time/types";
import type { Analyse, Analysis } from "./analysis";
import type { Prisma } from "./client";
import { eventId, timexId } from "./ids";
import { isLongSpan } from "./window";

/** The corrections in force for one article: the newest active one per target. */
export interface ActiveCorrections {
  /** The corrected publication day (null: a person marked it undated), or undefined when none is in force. */
  published?: string | null;
  /** Event id → the dating a person gave it. */
  events: ReadonlyMap<string, EventDateValue>;
}

/** What the database held for an event before: to carry its version and group, and to say what moved. */
export interface PreviousEvent {
  id: string;
  version: number;
  groupId: string | null;
  start: string | null;
  end: string | null;
  granularity: string | null;
  summary: string;
}

export interface ArticleMeta {
  contentHash: string;
  analysisVersion: string;
  sourcePath: string | null;
}

export interface Materialised {
  article: Omit<Prisma.ArticleCreateManyInput, "version" | "ingestedAt" | "updatedAt">;
  expressions: Prisma.TimeExpressionCreateManyInput[];
  events: Prisma.EventCreateManyInput[];
  mentions: Prisma.EventMentionCreateManyInput[];
  /** Events whose current interval differs from what the database held before. */
  moved: MovedEventRecord[];
  /** Events that depend on the publication date but keep a person's dating. */
  keptByHand: string[];
  /** The analysis against the effective publication date (counts for reports). */
  current: Analysis;
}

function sameInterval(a: DayInterval | null, b: DayInterval | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}

function intervalOf(start: string | null | undefined, end: string | null | undefined): DayInterval | null {
  return start && end ? { start, end } : null;
}

function expressionRow(articleId: string, t: TimeExpression, index: number): Prisma.TimeExpressionCreateManyInput {
  const anchor = t.anchor;
  return {
    id: timexId(articleId, index),
    articleId,
    index,
    start: t.start,
    end: t.end,
    text: t.text,
    type: t.type,
    value: t.value,
    mod: t.mod,
    intervalStart: t.interval?.start ?? null,
    intervalEnd: t.interval?.end ?? null,
    granularity: t.granularity,
    approx: t.approx,
    anchorKind: anchor.kind,
    anchorRef:
      anchor.kind === "publication" ? anchor.date : anchor.kind === "expression" ? String(anchor.index) : anchor.kind === "unresolved" ? anchor.reason : null,
    anchorText: anchor.kind === "expression" ? anchor.text : null,
    rule: t.rule,
    flags: t.flags && t.flags.length > 0 ? JSON.stringify(t.flags) : null,
  };
}

/** Fields the pipeline may add to its events and mentions (stored when present). */
type PipelineEvent = ExtractedEvent & { subEventType?: string; sequence?: number; flags?: string[]; approx?: boolean };
type PipelineMention = Mention & { name?: string; kind?: string };

function mentionRows(id: string, role: "place" | "actor" | "source", mentions: readonly PipelineMention[]): Prisma.EventMentionCreateManyInput[] {
  return mentions.map((m, position) => ({
    eventId: id,
    role,
    position,
    entityId: m.id,
    name: m.name ?? null,
    kind: m.kind ?? null,
    text: m.text,
    start: m.start,
    end: m.end,
  }));
}

/** Does this event's engine dating hang on the publication date (relative expression, "reported on", undated)? */
function dependsOnPublication(event: ExtractedEvent, timexes: readonly TimeExpression[]): boolean {
  if (event.dateSource === "publication" || event.dateSource === "undated") return true;
  const timex = event.timexIndex === null ? undefined : timexes[event.timexIndex];
  return timex !== undefined && timex.anchor.kind !== "absolute";
}

export function materialiseArticle(input: {
  article: Article;
  meta: ArticleMeta;
  corrections: ActiveCorrections;
  analyse: Analyse;
  previous?: ReadonlyMap<string, PreviousEvent>;
}): Materialised {
  const { article, meta, corrections, analyse } = input;
  const previous = input.previous ?? new Map<string, PreviousEvent>();
  const publicationCorrected = corrections.published !== undefined;
  const effective = publicationCorrected ? (corrections.published ?? null) : article.published;

  const inferred = analyse(article);
  const current =
    effective === article.published
      ? inferred
      : analyse({ ...article, published: effective, publishedSource: "corrected", publishedConfidence: effective === null ? null : 1 });
  const inferredByOrdinal = new Map(inferred.events.map((e) => [e.ordinal, e]));

  const expressions = current.timexes.map((t, i) => expressionRow(article.id, t, i));
  const events: Prisma.EventCreateManyInput[] = [];
  const mentions: Prisma.EventMentionCreateManyInput[] = [];
  const moved: MovedEventRecord[] = [];
  const keptByHand: string[] = [];

  for (const engine of current.events as PipelineEvent[]) {
    const id = eventId(article.id, engine.ordinal);
    const guess = inferredByOrdinal.get(engine.ordinal) ?? engine;
    const hand = corrections.events.get(id);
    const timexIndex = engine.timexIndex !== null && engine.timexIndex < current.timexes.length ? engine.timexIndex : null;
    const timex = timexIndex === null ? null : current.timexes[timexIndex]!;
    const interval = hand ? hand.interval : engine.interval;
    const granularity = hand ? hand.granularity : engine.granularity;
    const dateOrigin = hand
      ? "event-correction"
      : publicationCorrected && (!sameInterval(engine.interval, guess.interval) || engine.granularity !== guess.granularity)
        ? "article-correction"
        : "inferred";
    if (hand && dependsOnPublication(engine, current.timexes)) keptByHand.push(id);

    const before = previous.get(id);
    const start = interval?.start ?? null;
    const end = interval?.end ?? null;
    const changed =
      !before || before.start !== start || before.end !== end || before.granularity !== (granularity ?? null) || before.summary !== engine.summary;
    if (before && (before.start !== start || before.end !== end)) {
      moved.push({ eventId: id, summary: engine.summary, before: intervalOf(before.start, before.end), after: interval });
    }

    events.push({
      id,
      articleId: article.id,
      ordinal: engine.ordinal,
      sentenceStart: engine.sentence.start,
      sentenceEnd: engine.sentence.end,
      clauseStart: engine.clause.start,
      clauseEnd: engine.clause.end,
      summary: engine.summary,
      category: engine.category,
      subEventType: engine.subEventType ?? null,
      trigger: engine.trigger,
      sequence: engine.sequence ?? null,
      flags: engine.flags && engine.flags.length > 0 ? JSON.stringify(engine.flags) : null,
      start,
      end,
      granularity: granularity ?? null,
      dateSource: engine.dateSource,
      dateRule: engine.dateRule,
      timexId: timexIndex === null ? null : timexId(article.id, timexIndex),
      timexIndex,
      approx: hand ? false : (engine.approx ?? timex?.approx ?? false),
      confidence: hand ? 1 : engine.confidence,
      dateOrigin,
      inferredStart: guess.interval?.start ?? null,
      inferredEnd: guess.interval?.end ?? null,
      inferredGranularity: guess.granularity,
      inferredDateSource: guess.dateSource,
      inferredDateRule: guess.dateRule,
      inferredTimexIndex: guess.timexIndex,
      inferredConfidence: guess.confidence,
      relations: JSON.stringify(engine.relations),
      groupId: before?.groupId ?? null,
      version: before ? before.version + (changed ? 1 : 0) : 1,
      longSpan: isLongSpan(interval),
    });
    mentions.push(...mentionRows(id, "place", engine.places), ...mentionRows(id, "actor", engine.actors), ...mentionRows(id, "source", engine.sources));
  }

  return {
    article: {
      id: article.id,
      outlet: article.outlet,
      url: article.url,
      language: article.language,
      title: article.title,
      body: article.text,
      contentHash: meta.contentHash,
      analysisVersion: meta.analysisVersion,
      sourcePath: meta.sourcePath,
      published: effective,
      publishedSource: publicationCorrected ? "corrected" : article.publishedSource,
      publishedConfidence: publicationCorrected ? (effective === null ? null : 1) : article.publishedConfidence,
      ingestedPublished: article.published,
      ingestedPublishedSource: article.publishedSource,
      ingestedPublishedConfidence: article.publishedConfidence,
      undated: effective === null,
    },
    expressions,
    events,
    mentions,
    moved,
    keptByHand,
    current,
  };
}
