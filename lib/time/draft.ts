// How a parser says what it found. Every parser of the Arabic locale returns a chrono ParsingResult and attaches a
// TimexDraft to it: the TIMEX3 metadata (type, granularity, mod, approx, rule) plus HOW to compute the value and the
// interval from a reference, rather than the values themselves. resolve.ts then supplies the reference (the
// publication day, an earlier expression of the same text, or nothing for an absolute date) and builds the
// TimeExpression. This keeps parsers free of the publication date, lets an undated article still be parsed, and lets
// «في اليوم التالي» be resolved against whatever expression precedes it.

import type { ParsingOption, ParsingResult } from "chrono-node";
import { endOfIsoWeek, endOfMonth, formatDay, formatIsoWeek, formatMonth, startOfIsoWeek } from "./calendar";
import type { CalendarDay, IsoWeekday } from "./calendar";
import type { DayInterval, Granularity, TimexMod, TimexType } from "./types";

/** What a draft is resolved against. */
export type DraftAnchor =
  | "publication" // relative to the article's publication date («أمس», «الشهر الماضي», «قبل 3 أيام»)
  | "expression" // relative to an earlier expression of the same text («في اليوم التالي», «في الشهر نفسه»)
  | "absolute"; // the text states it fully («15 كانون الأول 2016», «48 ساعة», «يومياً»)

/** The reference a draft is resolved against. */
export interface Reference {
  /** The reference day: the publication day, or the first day of the earlier expression. */
  day: CalendarDay;
  /** Wall-clock time of the publication when the dct gave one («2016-12-13T01:30:00+02:00» → 01:30), else null. */
  time: { hour: number; minute: number } | null;
  /** The reference's own interval and granularity (for the publication: that day, "day" or "minute"). */
  interval: DayInterval;
  granularity: Granularity;
  /** TIMEX3 value of the reference (for an earlier expression; the ISO day for the publication). */
  value: string;
}

/** What `resolve` computes. Optional fields override the draft's own. */
export interface Resolution {
  value: string;
  /** Inclusive ISO days covered; null for a pure duration or a set. */
  interval: DayInterval | null;
  type?: TimexType;
  mod?: TimexMod | null;
  granularity?: Granularity;
  flags?: string[];
}

export interface TimexDraft {
  /** Rule that fired, shown to users: "ar/<family>:<case>", e.g. "ar/casual-day:yesterday". */
  rule: string;
  type: TimexType;
  granularity: Granularity;
  mod?: TimexMod | null;
  /** Vague expression whose interval is a documented convention. */
  approx?: boolean;
  anchor: DraftAnchor;
  /**
   * For anchor "expression": the coarsest granularity an earlier expression must have to serve as reference
   * («في اليوم التالي» needs a day or finer, «في الشهر نفسه» a month or finer). Default "day".
   */
  needs?: Granularity;
  /**
   * Compute value and interval. `ref` is the publication reference (anchor "publication"), the earlier expression
   * (anchor "expression"), or null (anchor "absolute"). Called only when the reference exists.
   */
  resolve(ref: Reference | null): Resolution;
  /** Value when a relative draft has no reference (undated article); default from the granularity (XXXX-XX-XX…). */
  unresolvedValue?: string;
  /** The weekday the text states alongside the date («اليوم الاثنين»): checked against the resolved day. */
  statedWeekday?: { weekday: IsoWeekday; text: string };
  /** Warnings known at parse time. */
  flags?: string[];
}

const drafts = new WeakMap<ParsingResult, TimexDraft>();

/** Attach the TIMEX draft to a chrono result (a result without a draft is ignored by resolve.ts). */
export function attachDraft<R extends ParsingResult>(result: R, draft: TimexDraft): R {
  drafts.set(result, draft);
  return result;
}

export function draftOf(result: ParsingResult): TimexDraft | undefined {
  return drafts.get(result);
}

// A parser resolves a publication-anchored draft once to give chrono its components (AbstractArabicParser), and
// resolve.ts resolves it again against the same reference: remember the last resolution per draft so the second
// call is a lookup. Keyed on the resolve function and the reference object, so a draft a refiner changed, or a
// different reference, is computed afresh; a Resolution is only ever read, never mutated.
const resolutions = new WeakMap<TimexDraft, { resolve: TimexDraft["resolve"]; ref: Reference | null; resolution: Resolution }>();

/** `draft.resolve(ref)`, computed once per draft and reference object. */
export function resolveDraftOnce(draft: TimexDraft, ref: Reference | null): Resolution {
  const known = resolutions.get(draft);
  if (known && known.resolve === draft.resolve && known.ref === ref) return known.resolution;
  const resolution = draft.resolve(ref);
  resolutions.set(draft, { resolve: draft.resolve, ref, resolution });
  return resolution;
}

/** Placeholder TIMEX value for an unresolved relative expression of this granularity. */
export function unresolvedValueFor(granularity: Granularity): string {
  switch (granularity) {
    case "year":
      return "XXXX";
    case "decade":
      return "XXX";
    case "century":
      return "XX";
    case "month":
      return "XXXX-XX";
    case "week":
      return "XXXX-WXX";
    default:
      return "XXXX-XX-XX";
  }
}

/** Finer-or-equal test on granularities (minute is the finest). */
const ORDER: Granularity[] = ["minute", "hour", "part-of-day", "day", "week", "month", "year", "decade", "century"];
export function isAtLeastAsFine(g: Granularity, than: Granularity): boolean {
  return ORDER.indexOf(g) <= ORDER.indexOf(than);
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution helpers shared by parsers: the value and interval of one calendar unit.

/** One day: value YYYY-MM-DD (plus an optional TIMEX3 time suffix such as "TEV"), interval [day, day]. */
export function dayResolution(day: CalendarDay, timeSuffix = ""): Resolution {
  const iso = formatDay(day);
  return { value: iso + timeSuffix, interval: { start: iso, end: iso } };
}

/** The ISO week containing `day`: value YYYY-Www, interval Monday..Sunday. */
export function weekResolution(day: CalendarDay): Resolution {
  return {
    value: formatIsoWeek(day),
    interval: { start: formatDay(startOfIsoWeek(day)), end: formatDay(endOfIsoWeek(day)) },
  };
}

/** The calendar month containing `day`: value YYYY-MM. */
export function monthResolution(day: CalendarDay): Resolution {
  return {
    value: formatMonth(day.year, day.month),
    interval: { start: formatDay({ ...day, day: 1 }), end: formatDay(endOfMonth(day)) },
  };
}

/** The calendar year `year`: value YYYY. */
export function yearResolution(year: number): Resolution {
  return {
    value: String(year).padStart(4, "0"),
    interval: { start: formatDay({ year, month: 1, day: 1 }), end: formatDay({ year, month: 12, day: 31 }) },
  };
}

/** The parsing option resolve.ts hands to chrono: the publication reference travels with the context. */
export interface ArabicParsingOption extends ParsingOption {
  /** The publication reference; null for an undated article. */
  publication: Reference | null;
}

/** The publication reference of a parsing context (null when undated or when parsing outside resolve.ts). */
export function publicationOf(context: { option: ParsingOption }): Reference | null {
  return (context.option as Partial<ArabicParsingOption>).publication ?? null;
}
