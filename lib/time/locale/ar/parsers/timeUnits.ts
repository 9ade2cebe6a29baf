// Time units as counted expressions write them, shared by the counted, vague, duration and set parsers: the
// singular («يوم»، «يوماً»), the dual («يومين»، «يومان») and the plural («أيام»)، with the arithmetic that moves a
// day by N units and the TIMEX3 duration value of N units. Words are in normalised spelling (ا ي ه, no tanween).

import { addDays, addMonths, addWeeks, addYears, type CalendarDay } from "../../../calendar";
import { dayResolution, monthResolution, weekResolution, yearResolution, type Reference, type Resolution } from "../../../draft";
import type { Granularity } from "../../../types";

export type TimeUnit = "minute" | "hour" | "day" | "week" | "month" | "year" | "decade";
export type GrammaticalNumber = "singular" | "dual" | "plural";

interface UnitWord {
  unit: TimeUnit;
  number: GrammaticalNumber;
}

/** Every form of every unit, normalised. Accusative singular («يوما») counts as singular (after 11–99). */
const WORDS: Record<string, UnitWord> = {};
function forms(unit: TimeUnit, singular: string[], dual: string[], plural: string[]): void {
  for (const w of singular) WORDS[w] = { unit, number: "singular" };
  for (const w of dual) WORDS[w] = { unit, number: "dual" };
  for (const w of plural) WORDS[w] = { unit, number: "plural" };
}
forms("minute", ["دقيقه"], ["دقيقتين", "دقيقتان"], ["دقائق"]);
forms("hour", ["ساعه"], ["ساعتين", "ساعتان"], ["ساعات"]);
forms("day", ["يوم", "يوما"], ["يومين", "يومان"], ["ايام"]);
forms("week", ["اسبوع", "اسبوعا"], ["اسبوعين", "اسبوعان"], ["اسابيع"]);
forms("month", ["شهر", "شهرا"], ["شهرين", "شهران"], ["اشهر", "شهور"]);
forms("year", ["عام", "عاما", "سنه"], ["عامين", "عامان", "سنتين", "سنتان"], ["اعوام", "سنوات", "سنين"]);
forms("decade", ["عقد"], ["عقدين", "عقدان"], ["عقود"]);

const alt = (words: string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`;
const byNumber = (n: GrammaticalNumber, exclude: TimeUnit[] = []) =>
  alt(Object.entries(WORDS).filter(([, w]) => w.number === n && !exclude.includes(w.unit)).map(([k]) => k));

/** Regex sources (normalised spelling, no capture groups). */
export const UNIT_SINGULAR = byNumber("singular");
export const UNIT_DUAL = byNumber("dual");
export const UNIT_PLURAL = byNumber("plural");
export const UNIT_ANY = alt(Object.keys(WORDS));
/** Plural units that make sense with «الماضية/الأخيرة» and vague counts (no decades: «العقود الماضية» is rare). */
export const UNIT_PLURAL_CALENDAR = byNumber("plural", ["decade"]);

export function lookupUnit(word: string): UnitWord | null {
  return WORDS[word.replace(/^ال/, "")] ?? WORDS[word] ?? null;
}

/** Granularity reported for a unit. */
export function unitGranularity(unit: TimeUnit): Granularity {
  return unit === "decade" ? "decade" : unit;
}

/** TIMEX3 duration value: P3D, P2W, PT24H, P1DE; `count` "X" for an unstated number (PXW). */
export function durationValue(count: number | "X", unit: TimeUnit): string {
  switch (unit) {
    case "minute": return `PT${count}M`;
    case "hour": return `PT${count}H`;
    case "day": return `P${count}D`;
    case "week": return `P${count}W`;
    case "month": return `P${count}M`;
    case "year": return `P${count}Y`;
    case "decade": return `P${count}DE`;
  }
}

/**
 * The day `n` units after `ref` (before when n < 0). Hours and minutes count from the publication's wall-clock time
 * when the dct gave one (so «قبل 3 ساعات» at 01:30 is the previous day), else stay on the reference day.
 */
export function shiftDay(ref: Reference, n: number, unit: TimeUnit): CalendarDay {
  switch (unit) {
    case "minute":
    case "hour": {
      if (!ref.time) return { ...ref.day };
      const minutes = ref.time.hour * 60 + ref.time.minute + n * (unit === "hour" ? 60 : 1);
      return addDays(ref.day, Math.floor(minutes / 1440));
    }
    case "day": return addDays(ref.day, n);
    case "week": return addWeeks(ref.day, n);
    case "month": return addMonths(ref.day, n);
    case "year": return addYears(ref.day, n);
    case "decade": return addYears(ref.day, 10 * n);
  }
}

/** The calendar unit (day, ISO week, month, year, decade) containing `day`. */
export function containingUnit(day: CalendarDay, unit: TimeUnit): Resolution {
  switch (unit) {
    case "minute":
    case "hour":
    case "day": return dayResolution(day);
    case "week": return weekResolution(day);
    case "month": return monthResolution(day);
    case "year": return yearResolution(day.year);
    case "decade": {
      const first = Math.floor(day.year / 10) * 10;
      const start = yearResolution(first).interval!.start;
      const end = yearResolution(first + 9).interval!.end;
      return { value: String(first / 10).padStart(3, "0"), interval: { start, end } };
    }
  }
}
