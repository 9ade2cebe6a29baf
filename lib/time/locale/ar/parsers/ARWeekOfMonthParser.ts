// Days and weeks counted inside a month: «أول ثلاثاء من شهر عشرة», «ثالث ثلاثاء في أيلول 2014», «آخر اثنين من
// شهر آذار», «الاثنين الأخير من الشهر القادم», «اليوم الأخير من شهر عشرة سنة 2015», «ثالث يوم من شهر عشرة»,
// «أول أسبوع بشهر أكتوبر 2014», «الأسبوع الأخير في أيلول 2014». Weeks are ISO weeks (conventions.ts: WEEK_START):
// the first week of a month is the first one that starts (Monday) in it, the last one the last that ends (Sunday)
// in it. «الثلاثاء الثالث من أيلول» reads as a date when the 3rd is a Tuesday (ARMonthNameDateParser) and as the
// third Tuesday otherwise (nthWeekdayOfMonth there).

import { GAP } from "../../../../text/boundaries";
import { addDays, daysInMonth, endOfIsoWeek, formatDay, formatIsoWeek, weekdayOnOrAfter, weekdayOnOrBefore, type CalendarDay, type IsoWeekday } from "../../../calendar";
import { yearOfMonthWithoutYear, type MonthMarker } from "../../../conventions";
import { dayResolution, type Reference, type Resolution, type TimexDraft } from "../../../draft";
import { MONTH_TRIGGER_SOURCE } from "../months";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";
import { MARKER, MARKERS, monthGroup, monthNumberOf, nthWeekdayOfMonth, yearGroup } from "./ARMonthNameDateParser";

const WEEKDAY_BARE: Record<string, IsoWeekday> = {
  اثنين: 1, ثلاثاء: 2, ثلاثا: 2, اربعاء: 3, اربعا: 3, خميس: 4, جمعه: 5, سبت: 6, احد: 7,
};
const WD = `(?:${Object.keys(WEEKDAY_BARE).sort((a, b) => b.length - a.length).join("|")})`;
const ORD: Record<string, number> = {
  اول: 1, اولي: 1, ثاني: 2, ثانيه: 2, ثان: 2, ثالث: 3, ثالثه: 3, رابع: 4, رابعه: 4, خامس: 5, خامسه: 5, اخر: -1, اخير: -1, اخيره: -1,
};
const ORD_BEFORE = "(?:اول|ثاني|ثان|ثالث|رابع|خامس|اخر)";
const ORD_AFTER = "(?:ال(?:اولي|اول|ثانيه|ثاني|ثالثه|ثالث|رابعه|رابع|خامسه|خامس|اخيره|اخير))";
const IN = `(?:(?:${GAP}(?:من|في)${GAP})|${GAP}ب)`;
const MONTH_REF =
  `(?:(?:شهر${GAP})?(?:${monthGroup("")})(?:${yearGroup("")}|${GAP}(?:ال)?(?<relYear>عام|سنه)${GAP}(?<relYearMarker>${MARKER})ه?|${GAP}(?<marker>${MARKER}))?` +
  `|الشهر${GAP}(?<relMonth>${MARKER})|(?<thisMonth>هذا${GAP}الشهر))`;

const PATTERN =
  "(?:" +
  [
    // «ثالث (يوم) ثلاثاء من أيلول», «آخر اثنين من شهر آذار»
    `(?<o1>${ORD_BEFORE})${GAP}(?:يوم${GAP})?(?<w1>${WD})`,
    // «الاثنين الأخير من شهر ثلاثة» (the ordinal forms are the month-name parser's)
    `ال(?<w2>${WD})${GAP}(?<o2>الاخير|الاخيره)`,
    // «آخر يوم بشهر عشرة», «ثالث يوم من شهر عشرة», «اليوم الأخير من شهر عشرة»
    `(?<o3>${ORD_BEFORE})${GAP}يوم|اليوم${GAP}(?<o4>الاخير)`,
    // «أول أسبوع بشهر أكتوبر 2014», «الأسبوع الأول من شهر عشرة 2014», «آخر أسبوع في سبتمبر»
    `(?<o5>${ORD_BEFORE})${GAP}اسبوع|الاسبوع${GAP}(?<o6>${ORD_AFTER})`,
  ].join("|") +
  `)${IN}${MONTH_REF}`;

const TRIGGER: Trigger = { words: new RegExp(`(?:${MONTH_TRIGGER_SOURCE}|شهر|الشهر)(?![\\p{L}\\p{M}])`, "u"), lookback: 48 };

/** The n-th or last ISO week of a month: the n-th that starts in it, or the last that ends in it. */
function nthWeekOfMonth(year: number, month: number, n: number): CalendarDay | null {
  const monday = n < 0
    ? weekdayOnOrBefore({ year, month, day: daysInMonth(year, month) - 6 }, 1)
    : addDays(weekdayOnOrAfter({ year, month, day: 1 }, 1), 7 * (n - 1));
  return monday.month === month ? monday : null;
}

function ordinal(text: string | undefined): number | null {
  return text === undefined ? null : (ORD[text.replace(/^ال/, "")] ?? null);
}

export default class ARWeekOfMonthParser extends AbstractArabicParser {
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray): TimexDraft | null {
    const g = match.groups ?? {};
    const n = ordinal(g.o1 ?? g.o2 ?? g.o3 ?? g.o4 ?? g.o5 ?? g.o6);
    if (n === null) return null;
    const weekday = g.w1 !== undefined ? WEEKDAY_BARE[g.w1] : g.w2 !== undefined ? WEEKDAY_BARE[g.w2] : undefined;
    const kind = weekday !== undefined ? "weekday" : g.o3 !== undefined || g.o4 !== undefined ? "day" : "week";
    const explicitYear = g.year !== undefined ? Number(g.year) : null;
    const month = monthNumberOf(g, "");
    const relYear = g.relYearMarker !== undefined ? (MARKERS[g.relYearMarker] ?? null) : null;
    const relMonth: MonthMarker = g.thisMonth !== undefined ? "current" : g.relMonth !== undefined ? (MARKERS[g.relMonth] ?? null) : null;
    if (month === null && relMonth === null) return null;
    const marker: MonthMarker = g.marker !== undefined ? (MARKERS[g.marker] ?? null) : null;

    const monthOf = (ref: Reference | null): { year: number; month: number } => {
      if (month === null) {
        const shift = relMonth === "past" ? -1 : relMonth === "next" ? 1 : 0;
        const index = ref!.day.year * 12 + ref!.day.month - 1 + shift;
        return { year: Math.floor(index / 12), month: (index % 12) + 1 };
      }
      if (explicitYear !== null) return { year: explicitYear, month };
      if (relYear !== null) return { year: ref!.day.year + (relYear === "past" ? -1 : relYear === "next" ? 1 : 0), month };
      return { year: yearOfMonthWithoutYear(month, ref!.day, marker), month };
    };
    const resolve = (ref: Reference | null): Resolution => {
      const m = monthOf(ref);
      if (kind === "weekday") {
        const day = nthWeekdayOfMonth(m.year, m.month, weekday!, n);
        return day ? dayResolution(day) : { value: "", interval: null, flags: [`no ${n}th weekday ${weekday} in ${m.year}-${m.month}`] };
      }
      if (kind === "day") {
        const d = n < 0 ? daysInMonth(m.year, m.month) : n;
        return dayResolution({ year: m.year, month: m.month, day: d });
      }
      const monday = nthWeekOfMonth(m.year, m.month, n);
      if (!monday) return { value: "", interval: null, flags: [`no week ${n} in ${m.year}-${m.month}`] };
      return { value: formatIsoWeek(monday), interval: { start: formatDay(monday), end: formatDay(endOfIsoWeek(monday)) } };
    };
    return {
      rule: `ar/absolute:${kind}-of-month`,
      type: "DATE",
      granularity: kind === "week" ? "week" : "day",
      anchor: explicitYear !== null && month !== null ? "absolute" : "publication",
      resolve,
    };
  }
}
