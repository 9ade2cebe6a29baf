// Dates written with a month name: «15 كانون الأول/ديسمبر 2016», «في 22 ديسمبر», «الخامس عشر من تشرين الثاني»,
// «أول شباط», «الاثنين 18 شباط», «الأربعاء الموافق الثالث عشر من شباط 2013», «كانون الثاني 2016», «شباط الماضي»,
// «الخامس عشر من الشهر الجاري», «السبت السادس عشر». Levantine, Egyptian/Gulf and Maghrebi names and their combined
// forms (lib/time/locale/ar/months.ts). Without a year, the year comes from the publication date
// (conventions.ts: yearOfMonthWithoutYear); a stated weekday is checked (and picks the year when none is written).

import type { ParsingContext } from "chrono-node";
import { GAP, wordAlternation } from "../../../../text/boundaries";
import { normaliseWord } from "../../../../text/normalise";
import { ORDINAL_PATTERN, parseCardinalWords, parseDayNumber } from "../../../../text/numbers";
import { addDays, addMonths, daysInMonth, isoWeekday, weekdayOnOrAfter, weekdayOnOrBefore, type CalendarDay, type IsoWeekday } from "../../../calendar";
import { yearOfMonthWithoutYear, type MonthMarker } from "../../../conventions";
import { dayResolution, monthResolution, type Reference, type TimexDraft } from "../../../draft";
import { WEEKDAY_NAMES, WEEKDAYS } from "../constants";
import { MONTH_PHRASE_PATTERN, parseMonthPhrase , MONTH_TRIGGER_SOURCE } from "../months";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";

/** Weekday names, with the hamza-less spellings «الثلاثا», «الاربعا» seen in informal text. */
const WEEKDAY_BY_NORMALISED = new Map<string, IsoWeekday>([
  ...Object.entries(WEEKDAYS).map(([name, w]) => [normaliseWord(name), w] as [string, IsoWeekday]),
  ["الثلاثا", 2],
  ["الاربعا", 3],
]);
const WEEKDAY = wordAlternation(WEEKDAY_BY_NORMALISED.keys());
export const MARKERS: Record<string, Exclude<MonthMarker, null>> = {
  الماضي: "past", المنصرم: "past", الفائت: "past", السابق: "past",
  المقبل: "next", القادم: "next", الجاري: "current", الحالي: "current",
};
export const MARKER = `(?:${Object.keys(MARKERS).join("|")})`;

/**
 * The month: a (combined) name, optionally after «شهر», or a number after «شهر» («شهر 3», «شهر ثلاثة», «الشهر
 * التاسع»). `n` suffixes the group names: one regex may not repeat a group name.
 */
export function monthGroup(n: string): string {
  const number = `(?:شهر${GAP}(?<monthNum${n}>1[0-2]|0?[1-9]|\\p{L}+(?:${GAP}عشر)?)|الشهر${GAP}(?<monthOrd${n}>${ORDINAL_PATTERN}))`;
  return `(?:(?:شهر${GAP})?${MONTH_PHRASE_PATTERN.replace("(", `(?<month${n}>`)}|${number})`;
}
export function yearGroup(n: string): string {
  return `(?:(?:${GAP})?,?(?:${GAP})?(?:(?:(?:من|في)${GAP}|[لب])?(?:عام|سنه|العام)${GAP})?(?<year${n}>1[89]\\d\\d|2[01]\\d\\d)(?:(?:${GAP})?م(?!\\p{L}))?)`;
}
/** The current/previous/next month by a relative phrase: «من الشهر الجاري», «من هذا الشهر». */
const RELATIVE_MONTH = `(?:(?<thisMonth>هذا${GAP}الشهر)|الشهر${GAP}(?<relMarker>${MARKER}))`;
const DAY = `(?:(?<dayNum>[0-3]?\\d)|(?<dayOrd>${ORDINAL_PATTERN}))`;
const WEEKDAY_PREFIX = `(?:(?<weekday>${WEEKDAY})(?:${GAP})?,?${GAP}(?:الموافق${GAP}(?:ل)?|في${GAP})?)`;

const PATTERN = [
  // [weekday] day [من] month [year | marker]
  `(?:${WEEKDAY_PREFIX}?(?:اليوم${GAP})?${DAY}${GAP}(?:من${GAP})?(?:${monthGroup("")}|${RELATIVE_MONTH})(?:${yearGroup("")}|${GAP}(?<marker>${MARKER}))?)`,
  // weekday + ordinal day alone: «السبت السادس عشر»
  `(?:(?<weekdayOnly>${WEEKDAY})${GAP}(?<ordOnly>${ORDINAL_PATTERN}))`,
  // month [year | marker] without a day
  `(?:${monthGroup("2")}(?:${yearGroup("2")}|${GAP}(?<marker2>${MARKER}))?)`,
].join("|");

/** Words before a bare ambiguous month name that make it a month («في مارس», «منذ آب»…). */
const MONTH_CONTEXT_BEFORE = /(?:^|[^\p{L}\p{M}])(?:[وف]?(?:في|منذ|حتى|خلال|مطلع|اوائل|منتصف|اواسط|اواخر|نهايه|بدايه|بحلول|قبل|بعد)|شهر)[ \t]+$/u;

/** The month matched by `monthGroup(n)`. */
export function monthNumberOf(g: Record<string, string | undefined>, suffix?: string): number | null {
  if (suffix !== undefined) {
    return monthNumberOf({ month: g[`month${suffix}`], monthNum: g[`monthNum${suffix}`], monthOrd: g[`monthOrd${suffix}`] });
  }
  const name = g.month ?? g.month2;
  if (name) return parseMonthPhrase(name)?.month ?? null;
  const num = g.monthNum ?? g.monthNum2;
  const n = num ? (/^\d+$/.test(num) ? Number(num) : parseCardinalWords(num)) : null;
  const ordText = g.monthOrd ?? g.monthOrd2;
  const ord = ordText ? parseDayNumber(ordText) : null;
  const m = n ?? ord;
  return m !== null && m >= 1 && m <= 12 ? m : null;
}

/** The n-th (1..5) or last (-1) given weekday of a month; null when the month has no such day. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: IsoWeekday, n: number): CalendarDay | null {
  if (n < 0) return weekdayOnOrBefore({ year, month, day: daysInMonth(year, month) }, weekday);
  const day = addDays(weekdayOnOrAfter({ year, month, day: 1 }, weekday), 7 * (n - 1));
  return day.month === month ? day : null;
}

/**
 * «الثلاثاء الثالث من أيلول 2014»: the 3rd of September when it is a Tuesday, else the third Tuesday of September
 * (an ordinal up to the fifth after a weekday, without «الموافق», reads either way; the weekday decides).
 */
function weekdayOrdinalDay(year: number, month: number, day: number, weekday: IsoWeekday | null, nthAllowed: boolean): CalendarDay {
  const date = { year, month, day: Math.min(day, daysInMonth(year, month)) };
  if (!nthAllowed || weekday === null || isoWeekday(date) === weekday) return date;
  return nthWeekdayOfMonth(year, month, weekday, day) ?? date;
}

/** The year for a month without one, honouring a stated weekday (the agreeing year nearest the default). */
function chooseYear(month: number, day: number | null, ref: Reference, marker: MonthMarker, weekday: IsoWeekday | null): number {
  const base = yearOfMonthWithoutYear(month, ref.day, marker);
  if (weekday === null || day === null || marker !== null) return base;
  for (const year of [base, base + 1, base - 1]) {
    if (day <= daysInMonth(year, month) && isoWeekday({ year, month, day }) === weekday) return year;
  }
  return base;
}

/** For «السبت السادس عشر»: the month around D (this one first, then the next, then the last) where the day is that weekday. */
function monthForWeekdayDay(ref: Reference, day: number, weekday: IsoWeekday): CalendarDay | null {
  for (const shift of [0, 1, -1]) {
    const m = addMonths({ ...ref.day, day: 1 }, shift);
    if (day <= daysInMonth(m.year, m.month) && isoWeekday({ ...m, day }) === weekday) return { ...m, day };
  }
  return null;
}

/** Every phrase contains one of these within 64 characters of its start (see triggeredPattern.ts). */
const WEEKDAY_TRIGGER = /^(?:اثنين|ثلاثاء?|اربعاء?|خميس|جمعه|سبت|احد)$/u;
const TRIGGER: Trigger = { words: new RegExp(`(?:${MONTH_TRIGGER_SOURCE}|شهر|اثنين|ثلاثاء?|اربعاء?|خميس|جمعه|سبت|احد)(?![\\p{L}\\p{M}])`, "u"), lookback: (t) => (WEEKDAY_TRIGGER.test(t) ? 4 : 64) };

export default class ARMonthNameDateParser extends AbstractArabicParser {
  // A weekday starts its phrase («السبت السادس عشر», «الاثنين 18 شباط»): only its clitics come before it.
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray, context: ParsingContext): TimexDraft | null {
    const g = match.groups ?? {};
    const weekdayText = g.weekday ?? g.weekdayOnly;
    const weekday = weekdayText ? (WEEKDAY_BY_NORMALISED.get(weekdayText) ?? null) : null;
    const statedWeekday = weekday ? { statedWeekday: { weekday, text: WEEKDAY_NAMES[weekday] } } : {};

    if (g.ordOnly !== undefined) {
      const day = parseDayNumber(g.ordOnly);
      if (day === null || day < 1 || day > 31 || weekday === null) return null;
      return {
        rule: "ar/absolute:weekday-ordinal-day",
        type: "DATE",
        granularity: "day",
        anchor: "publication",
        ...statedWeekday,
        resolve: (ref) => {
          const found = monthForWeekdayDay(ref!, day, weekday);
          return found ? dayResolution(found) : { ...dayResolution({ ...ref!.day, day: Math.min(day, daysInMonth(ref!.day.year, ref!.day.month)) }), flags: ["weekday-day-not-found"] };
        },
      };
    }

    const dayText = g.dayNum ?? g.dayOrd;
    const day = dayText === undefined ? null : parseDayNumber(dayText);
    if (dayText !== undefined && (day === null || day < 1 || day > 31)) return null;
    const yearText = g.year ?? g.year2;
    const year = yearText ? Number(yearText) : null;
    const markerWord = g.marker ?? g.marker2 ?? g.relMarker;
    const marker: MonthMarker = g.thisMonth ? "current" : markerWord ? (MARKERS[markerWord] ?? null) : null;

    // «الخامس عشر من الشهر الجاري»: the month is relative to D.
    if (g.thisMonth !== undefined || g.relMarker !== undefined) {
      if (day === null) return null;
      const shift = marker === "past" ? -1 : marker === "next" ? 1 : 0;
      return {
        rule: "ar/absolute:day-of-relative-month",
        type: "DATE",
        granularity: "day",
        anchor: "publication",
        ...statedWeekday,
        resolve: (ref) => {
          const m = addMonths({ ...ref!.day, day: 1 }, shift);
          return dayResolution({ ...m, day: Math.min(day, daysInMonth(m.year, m.month)) });
        },
      };
    }

    const month = monthNumberOf(g);
    if (month === null) return null;
    const monthName = g.month ?? g.month2;
    const phrase = monthName ? parseMonthPhrase(monthName) : null;
    // An ambiguous name alone («مارس» the verb, «آب» father) needs a day, a year, a marker, «شهر» or a preposition.
    if (phrase?.ambiguous && day === null && year === null && marker === null && !/^شهر/u.test(match[0])) {
      const before = context.text.slice(Math.max(0, (match.index ?? 0) - 12), match.index ?? 0);
      if (!MONTH_CONTEXT_BEFORE.test(before)) return null;
    }
    if (day !== null && year !== null && day > daysInMonth(year, month)) return null;

    if (day === null) {
      const rule = year !== null ? "ar/absolute:month-year" : "ar/absolute:month";
      if (year !== null) {
        return { rule, type: "DATE", granularity: "month", anchor: "absolute", resolve: () => monthResolution({ year, month, day: 1 }) };
      }
      return {
        rule,
        type: "DATE",
        granularity: "month",
        anchor: "publication",
        resolve: (ref) => monthResolution({ year: yearOfMonthWithoutYear(month, ref!.day, marker), month, day: 1 }),
      };
    }
    const nthAllowed = g.weekday !== undefined && g.dayOrd !== undefined && day <= 5 && !/الموافق/u.test(match[0]);
    if (year !== null) {
      return {
        rule: "ar/absolute:day-month-year",
        type: "DATE",
        granularity: "day",
        anchor: "absolute",
        ...statedWeekday,
        resolve: () => dayResolution(weekdayOrdinalDay(year, month, day, weekday, nthAllowed)),
      };
    }
    return {
      rule: "ar/absolute:day-month",
      type: "DATE",
      granularity: "day",
      anchor: "publication",
      ...statedWeekday,
      resolve: (ref) => {
        if (nthAllowed) return dayResolution(weekdayOrdinalDay(yearOfMonthWithoutYear(month, ref!.day, marker), month, day, weekday, true));
        const y = chooseYear(month, day, ref!, marker, weekday);
        if (day > daysInMonth(y, month)) return { ...dayResolution({ year: y, month, day: daysInMonth(y, month) }), flags: [`no-such-day: ${day}/${month}/${y}`] };
        return dayResolution({ year: y, month, day });
      },
    };
  }
}

