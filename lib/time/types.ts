// The contract of the time-expression engine: what `resolveTimeExpressions` returns for one article.
// The CLI (`zaman resolve`), the store and the web app all consume this shape; change it deliberately.

/** TIMEX3 types (ISO-TimeML). */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** TIMEX3 `mod` values we produce. */
export type TimexMod =
  | "START"
  | "MID"
  | "END"
  | "APPROX"
  | "BEFORE"
  | "AFTER"
  | "ON_OR_BEFORE"
  | "ON_OR_AFTER"
  | "LESS_THAN"
  | "MORE_THAN"
  | "EQUAL_OR_LESS"
  | "EQUAL_OR_MORE";

/** The finest unit the text actually states. */
export type Granularity = "minute" | "hour" | "part-of-day" | "day" | "week" | "month" | "year" | "decade" | "century";

/** Inclusive ISO calendar days (YYYY-MM-DD) that an expression covers. */
export interface DayInterval {
  start: string;
  end: string;
}

/** What an expression was resolved against: this is the reasoning the web app shows users. */
export type Anchor =
  | { kind: "publication"; date: string } // the article's publication date (document creation time)
  | { kind: "expression"; index: number; text: string } // an earlier expression of the same text (index into the result list)
  | { kind: "absolute" } // the text states the date itself
  | { kind: "unresolved"; reason: string }; // relative, but there is nothing to resolve it against (undated article)

export interface TimeExpression {
  /** The original text of the span (not the normalised one). */
  text: string;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  type: TimexType;
  /** TIMEX3 value: 2016-12-11, 2016-12-11TEV, 2016-W49, 2016-11, 2016, P3W, PAST_REF, XXXX-XX-XX … */
  value: string;
  mod: TimexMod | null;
  /** Days covered, inclusive; null for a pure duration, a set, or an unresolved relative expression. */
  interval: DayInterval | null;
  granularity: Granularity;
  /** True for vague expressions («الأسابيع الماضية», «قبل أيام») whose interval is a documented convention. */
  approx: boolean;
  anchor: Anchor;
  /** Name of the rule (parser/refiner) that produced it, e.g. "ar/casual-day:yesterday". */
  rule: string;
  /** Warnings a reader should see, e.g. "weekday-mismatch: text says الأحد, date is a Monday". */
  flags?: string[];
}

export interface ResolveOptions {
  /** Publication date (document creation time): YYYY-MM-DD or an ISO date-time. null = undated article. */
  dct: string | null;
}
