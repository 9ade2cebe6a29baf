// The date a person gives a correction: one day or a range of days, with the precision they claim. Parsed strictly
// (2016-02-30 is refused, not rolled over to March) and checked for consistency, with an error code per mistake so
// the form can say it in Arabic or English. Same text format as the CLI: YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD.
import type { DayInterval } from "../time/types";

/** The precisions a person can give. */
export const CORRECTION_GRANULARITIES = ["day", "week", "month", "year"] as const;
export type CorrectionGranularity = (typeof CORRECTION_GRANULARITIES)[number];

export type DateIssueCode =
  | "date-missing"
  | "date-format"
  | "date-impossible"
  | "date-out-of-range"
  | "range-reversed"
  | "range-too-long"
  | "precision-unknown"
  | "precision-too-fine";

export interface DateIssue {
  code: DateIssueCode;
  message: string;
}

export type Checked<T, I> = { ok: true; value: T } | { ok: false; issue: I };

const DAY_MS = 86_400_000;
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;
/** Longer than any event a news article reports; longer is a typo. */
export const MAX_SPAN_DAYS = 100 * 366;
/** The fewest days a range must cover to be stated at that precision (a «month» of 3 days contradicts itself). */
export const MIN_DAYS: Record<CorrectionGranularity, number> = { day: 1, week: 7, month: 28, year: 365 };

function utcDay(year: number, month: number, day: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return t.getTime();
}

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round(utcDay(y, m, d) / DAY_MS);
}

export function dayFromNumber(n: number): string {
  const t = new Date(n * DAY_MS);
  return `${String(t.getUTCFullYear()).padStart(4, "0")}-${String(t.getUTCMonth() + 1).padStart(2, "0")}-${String(t.getUTCDate()).padStart(2, "0")}`;
}

export function shiftDay(iso: string, days: number): string {
  return dayFromNumber(dayNumber(iso) + days);
}

/** Inclusive length in days. */
export function spanDays(interval: DayInterval): number {
  return dayNumber(interval.end) - dayNumber(interval.start) + 1;
}

/** One calendar day, strictly. Western digits only: the form and the CLI both send ISO text. */
export function checkDay(text: string): Checked<string, DateIssue> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return { ok: false, issue: { code: "date-format", message: `«${text}» is not a date in the form YYYY-MM-DD` } };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(utcDay(year, month, day));
  if (month < 1 || month > 12 || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) {
    return { ok: false, issue: { code: "date-impossible", message: `${text.trim()} does not exist in the calendar` } };
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, issue: { code: "date-out-of-range", message: `${text.trim()} is outside the years ${MIN_YEAR}–${MAX_YEAR}` } };
  }
  return { ok: true, value: `${m[1]}-${m[2]}-${m[3]}` };
}

/** «2016-12-11» or «2016-12-01..2016-12-31» → an inclusive interval. */
export function parseDateText(text: string): Checked<DayInterval, DateIssue> {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, issue: { code: "date-missing", message: "a date is required" } };
  const parts = trimmed.split("..");
  if (parts.length > 2) return { ok: false, issue: { code: "date-format", message: `«${text}» is not YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD` } };
  return checkInterval(parts[0]!, parts[1] ?? parts[0]!);
}

export function checkInterval(startText: string, endText: string): Checked<DayInterval, DateIssue> {
  const start = checkDay(startText);
  if (!start.ok) return start;
  const end = checkDay(endText);
  if (!end.ok) return end;
  const interval = { start: start.value, end: end.value };
  const days = spanDays(interval);
  if (days < 1) {
    return { ok: false, issue: { code: "range-reversed", message: `the range ends (${end.value}) before it starts (${start.value})` } };
  }
  if (days > MAX_SPAN_DAYS) return { ok: false, issue: { code: "range-too-long", message: `a range of ${days} days is longer than 100 years` } };
  return { ok: true, value: interval };
}

/** The precision a bare interval states: a whole calendar year, a whole month, else days. */
export function impliedGranularity(interval: DayInterval): CorrectionGranularity {
  const [sy, sm, sd] = interval.start.split("-");
  const [ey, em] = interval.end.split("-");
  const endsMonth = shiftDay(interval.end, 1).endsWith("-01");
  if (sd === "01" && sm === "01" && endsMonth && em === "12" && sy === ey) return "year";
  if (sd === "01" && endsMonth && sy === ey && sm === em) return "month";
  return "day";
}

/** The interval must be long enough for the precision claimed. */
export function checkPrecision(interval: DayInterval, granularity: string | undefined | null): Checked<CorrectionGranularity, DateIssue> {
  if (granularity === undefined || granularity === null || granularity === "") return { ok: true, value: impliedGranularity(interval) };
  if (!(CORRECTION_GRANULARITIES as readonly string[]).includes(granularity)) {
    return {
      ok: false,
      issue: { code: "precision-unknown", message: `precision «${granularity}» is not one of ${CORRECTION_GRANULARITIES.join(", ")}` },
    };
  }
  const g = granularity as CorrectionGranularity;
  const days = spanDays(interval);
  if (days < MIN_DAYS[g]) {
    return {
      ok: false,
      issue: { code: "precision-too-fine", message: `a ${g} covers at least ${MIN_DAYS[g]} days; ${interval.start}..${interval.end} covers ${days}` },
    };
  }
  return { ok: true, value: g };
}

/** The whole unit around a day: what the form fills in when someone picks «month» and one day. */
export function expandToPrecision(day: string, granularity: CorrectionGranularity): DayInterval {
  const [y, m] = day.split("-") as [string, string, string];
  switch (granularity) {
    case "day":
      return { start: day, end: day };
    case "week": {
      // ISO week (Monday..Sunday), the engine's «2016-W49».
      const weekdayFromMonday = (new Date(dayNumber(day) * DAY_MS).getUTCDay() + 6) % 7;
      const start = shiftDay(day, -weekdayFromMonday);
      return { start, end: shiftDay(start, 6) };
    }
    case "month": {
      const start = `${y}-${m}-01`;
      const next = Number(m) === 12 ? `${String(Number(y) + 1).padStart(4, "0")}-01-01` : `${y}-${String(Number(m) + 1).padStart(2, "0")}-01`;
      return { start, end: shiftDay(next, -1) };
    }
    case "year":
      return { start: `${y}-01-01`, end: `${y}-12-31` };
  }
}

export function formatDateText(interval: DayInterval): string {
  return interval.start === interval.end ? interval.start : `${interval.start}..${interval.end}`;
}
