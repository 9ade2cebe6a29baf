// Stage 8: the days each event happened, and the rule that says so, strongest first:
//   clause      a time expression in the event's own clause;
//   sentence    else the nearest one elsewhere in its sentence;
//   narrative   else the date of the last explicitly dated event of the previous sentence, when the narrative goes
//               on (no «من ناحية أخرى»-like change of topic) and the event is not a pluperfect background; a day or
//               a part of one is carried, a span («منذ …», «خلال الأسابيع …») is not;
//   publication else the publication date, "reported on", with low confidence;
//   undated     no publication date either (a relative expression of an undated article stays unresolved).
// An expression dates an event when the engine gave it days: dates, times, and anchored spans («منذ أربع سنوات»,
// «خلال الأسابيع الثلاثة الماضية»); a pure duration or a set never does. An expression right after «منذ + noun»
// («منذ اندلاع الثورة السورية قبل 9 سنوات») dates that noun, not the event. A «منذ …» expression makes the event a
// span up to the publication date. A pluperfect clause («كان … قد») keeps its own date but inherits none, and no
// other clause takes a date from it.
import type { DateSource, EventFlag } from "../types";
import type { DayInterval, Granularity, TimeExpression } from "../../time/types";
import { lexicons, modality } from "../gazetteer";
import { within, wordsBetween, type ArticleText, type Span } from "../text";
import type { Sentence } from "./1-sentences";
import type { Clause } from "./2-clauses";
import type { ClauseReading } from "./4-triggers";
import type { DraftEvent } from "./7-events";

/**
 * Confidence of a date, by rule. Multiplied by APPROX for a vague expression («الأسابيع الماضية»), by FLAGGED when
 * the engine flagged the expression (e.g. a weekday that disagrees with the date), by the article's publication-date
 * confidence when the date hangs on it (a relative expression, or "reported on"), and by BACKGROUND for a pluperfect
 * background dated only by publication.
 */
export const DATING_CONFIDENCE = { clause: 0.9, sentence: 0.7, narrative: 0.5, publication: 0.25, undated: 0 } as const;
export const APPROX = 0.75;
export const FLAGGED = 0.8;
export const BACKGROUND = 0.6;

export interface Dating {
  interval: DayInterval | null;
  granularity: Granularity | null;
  dateSource: DateSource;
  timexIndex: number | null;
  dateRule: string;
  confidence: number;
  approx: boolean;
  flags: EventFlag[];
}

export type DatedEvent = DraftEvent & { dating: Dating };

interface Placed extends Span {
  index: number;
  timex: TimeExpression;
  clause: number;
  sentence: number;
  /** Gives days: a date, a time, an anchored span. */
  usable: boolean;
  unresolved: boolean;
  /** After «منذ + noun»: the date of that noun. */
  reference: boolean;
  since: boolean;
  pluperfect: boolean;
}

function place(article: ArticleText, timexes: readonly TimeExpression[], clauses: readonly Clause[], readings: readonly ClauseReading[]): Placed[] {
  const markers = article.matches(lexicons.referenceMarkers);
  const out: Placed[] = [];
  timexes.forEach((timex, index) => {
    const start = article.toNormal(timex.start);
    const end = Math.max(start, article.toNormal(timex.end));
    const clause = clauses.find((c) => c.start <= start && start < c.end);
    if (!clause) return;
    const ownSince = /^منذ(?:\s|$)/u.test(article.text.slice(start, end));
    const before = within(markers, { start: clause.start, end: start }).filter((m) => m.end <= start);
    const nearest = before[before.length - 1];
    const gap = nearest ? wordsBetween(article.text, nearest.end, start) : -1;
    out.push({
      start,
      end,
      index,
      timex,
      clause: clause.index,
      sentence: clause.sentence,
      usable: timex.interval !== null && timex.type !== "SET",
      unresolved: timex.interval === null && timex.anchor.kind === "unresolved",
      reference: !ownSince && gap >= 1 && gap <= modality.referencePoint.maxGap,
      since: ownSince || gap === 0,
      pluperfect: readings[clause.index]!.pluperfect,
    });
  });
  return out;
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** Dates before durations, then the nearest to `to`. */
function best(candidates: readonly Placed[], to: Span): Placed | undefined {
  return [...candidates].sort(
    (a, b) => Number(a.timex.type === "DURATION") - Number(b.timex.type === "DURATION") || distance(a, to) - distance(b, to) || a.start - b.start,
  )[0];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

interface Options {
  published: string | null;
  publishedConfidence: number | null;
}

function fromExpression(p: Placed, source: "clause" | "sentence" | "narrative", options: Options, background: boolean): Dating {
  const t = p.timex;
  const flags: EventFlag[] = background ? ["background"] : [];
  let interval = t.interval!;
  let rule = source === "narrative" ? `carried over from the previous sentence («${t.text}»)` : `${source} expression «${t.text}»`;
  if (p.since) {
    flags.push("since");
    if (options.published && interval.end < options.published) interval = { start: interval.start, end: options.published };
    rule += options.published ? `: a span up to the publication date ${options.published}` : ": a span up to the publication date";
  }
  const onPublication = t.anchor.kind === "publication" || (t.anchor.kind === "expression" && options.published !== null);
  const confidence =
    DATING_CONFIDENCE[source] *
    (t.approx ? APPROX : 1) *
    (t.flags && t.flags.length > 0 ? FLAGGED : 1) *
    (onPublication ? (options.publishedConfidence ?? 1) : 1);
  return { interval, granularity: t.granularity, dateSource: source, timexIndex: p.index, dateRule: rule, confidence: round(confidence), approx: t.approx, flags };
}

function fallback(options: Options, background: boolean, unresolved: Placed | undefined): Dating {
  const flags: EventFlag[] = background ? ["background"] : [];
  if (options.published) {
    const why = background ? "told as past background («كان … قد») with no date of its own" : "no time expression dates it";
    const confidence = DATING_CONFIDENCE.publication * (options.publishedConfidence ?? 1) * (background ? BACKGROUND : 1);
    return {
      interval: { start: options.published, end: options.published },
      granularity: "day",
      dateSource: "publication",
      timexIndex: null,
      dateRule: `reported on ${options.published} (publication date): ${why}`,
      confidence: round(confidence),
      approx: false,
      flags,
    };
  }
  return {
    interval: null,
    granularity: null,
    dateSource: "undated",
    timexIndex: unresolved?.index ?? null,
    dateRule: unresolved
      ? `«${unresolved.timex.text}» is relative and the article has no publication date`
      : "no time expression dates it and the article has no publication date",
    confidence: 0,
    approx: false,
    flags: [...flags, "undated"],
  };
}

export function dateEvents(
  article: ArticleText,
  events: readonly DraftEvent[],
  sentences: readonly Sentence[],
  clauses: readonly Clause[],
  readings: readonly ClauseReading[],
  timexes: readonly TimeExpression[],
  options: Options,
): DatedEvent[] {
  const placed = place(article, timexes, clauses, readings);
  const out: DatedEvent[] = [];
  for (const event of events) {
    const background = event.reading.pluperfect;
    const trigger = event.kind.trigger;
    const own = placed.filter((p) => p.clause === event.clause.index && !p.reference);
    const inSentence = placed.filter((p) => p.sentence === event.sentence.index && p.clause !== event.clause.index && !p.reference && !p.pluperfect);
    let dating: Dating | null = null;
    // An expression the engine could not resolve (a relative one in an undated article) still says when the event
    // was, relative to a date we do not have: it stops the search, the event is undated rather than dated elsewhere.
    const ownUnresolved = own.find((p) => p.unresolved);
    const sentenceUnresolved = background ? undefined : inSentence.find((p) => p.unresolved);
    const clauseHit = best(own.filter((p) => p.usable), trigger);
    if (clauseHit) dating = fromExpression(clauseHit, "clause", options, background);
    if (!dating && !background && !ownUnresolved) {
      const sentenceHit = best(inSentence.filter((p) => p.usable), event.clause);
      if (sentenceHit) dating = fromExpression(sentenceHit, "sentence", options, background);
    }
    if (!dating && !background && !ownUnresolved && !sentenceUnresolved) dating = narrative(event, out, sentences, clauses, placed, options);
    if (!dating) dating = fallback(options, background, ownUnresolved ?? sentenceUnresolved);
    out.push({ ...event, dating: { ...dating, flags: [...new Set([...event.flags, ...dating.flags])] } });
  }
  return out;
}

/** The date of the last explicitly dated event of the previous sentence, if the narrative continues it. */
function narrative(
  event: DraftEvent,
  done: readonly DatedEvent[],
  sentences: readonly Sentence[],
  clauses: readonly Clause[],
  placed: readonly Placed[],
  options: Options,
): Dating | null {
  const first = clauses.find((c) => c.sentence === event.sentence.index);
  if (event.sentence.index === 0 || (first?.opener?.kind === "connective" && first.opener.narrative === "shift")) return null;
  const previous = sentences[event.sentence.index - 1]!;
  const carrier = [...done]
    .reverse()
    .find((e) => e.sentence.index === previous.index && (e.dating.dateSource === "clause" || e.dating.dateSource === "sentence") && !e.dating.flags.includes("background"));
  if (!carrier || carrier.dating.timexIndex === null) return null;
  const p = placed.find((x) => x.index === carrier.dating.timexIndex);
  // A span («منذ صباح الأحد», «خلال الأسابيع الثلاثة الماضية») measures its own event; it does not set the scene.
  if (!p || p.since || p.timex.type === "DURATION") return null;
  return fromExpression(p, "narrative", options, false);
}
