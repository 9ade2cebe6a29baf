// Holidays: Islamic ones through the tabular Hijri calendar (approx, ±2 days: conventions.ts HIJRI_IS_TABULAR) —
// «عيد الفطر» (1 Shawwal), «عيد الأضحى» (10 Dhu al-Hijja), «رأس السنة الهجرية» (1 Muharram), «المولد النبوي»
// (12 Rabi' al-Awwal), «عاشوراء» (10 Muharram), «رمضان 2019» (the month) — and Christian ones: «عيد الميلاد» /
// «كريسماس» (25 December), «عيد الفصح» (Western Easter, computed; Orthodox Easter can be up to five weeks later),
// «رأس السنة الميلادية» (1 January). With a Gregorian year: that year's; with a Hijri year: that one; with
// «المقبل/القادم»: the next after D; otherwise the latest on or before D, like a month without a year.
// Also «ثالث ثلاثاء بعد كريسماس 2014»: the n-th weekday after the holiday.

import { GAP } from "../../../../text/boundaries";
import { addDays, compareDays, formatDay, weekdayAfter, type CalendarDay, type IsoWeekday } from "../../../calendar";
import { dayResolution, type Reference, type Resolution, type TimexDraft } from "../../../draft";
import { gregorianToHijri, hijriMonthToGregorian, hijriToGregorian, type CalendarDay as HijriDay } from "../../../hijri";
import { HIJRI_ERA_PATTERN } from "../months";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";

type Holiday =
  | { kind: "hijri-day"; key: string; month: number; day: number }
  | { kind: "hijri-month"; key: string; month: number }
  | { kind: "gregorian"; key: string; month: number; day: number }
  | { kind: "easter"; key: string };

const HOLIDAYS: Array<[string, Holiday]> = [
  ["عيد الفطر(?: السعيد)?", { kind: "hijri-day", key: "eid-al-fitr", month: 10, day: 1 }],
  ["عيد الاضحي(?: المبارك)?", { kind: "hijri-day", key: "eid-al-adha", month: 12, day: 10 }],
  ["راس السنه الهجريه", { kind: "hijri-day", key: "islamic-new-year", month: 1, day: 1 }],
  ["المولد النبوي(?: الشريف)?", { kind: "hijri-day", key: "mawlid", month: 3, day: 12 }],
  ["(?:يوم )?عاشوراء", { kind: "hijri-day", key: "ashura", month: 1, day: 10 }],
  ["(?:شهر )?رمضان(?: المبارك)?", { kind: "hijri-month", key: "ramadan", month: 9 }],
  ["عيد الميلاد(?: المجيد)?|كريسماس|الكريسماس", { kind: "gregorian", key: "christmas", month: 12, day: 25 }],
  ["راس السنه الميلاديه", { kind: "gregorian", key: "new-year", month: 1, day: 1 }],
  ["عيد الفصح(?: المجيد)?", { kind: "easter", key: "easter" }],
];

const WEEKDAYS: Record<string, IsoWeekday> = { اثنين: 1, ثلاثاء: 2, ثلاثا: 2, اربعاء: 3, اربعا: 3, خميس: 4, جمعه: 5, سبت: 6, احد: 7 };
const ORDS: Record<string, number> = { اول: 1, ثاني: 2, ثان: 2, ثالث: 3, رابع: 4, خامس: 5 };

const PATTERN =
  `(?:(?<ord>${Object.keys(ORDS).join("|")})${GAP}(?:يوم${GAP})?(?<wd>${Object.keys(WEEKDAYS).join("|")})${GAP}بعد${GAP})?` +
  `(?:${HOLIDAYS.map(([p], i) => `(?<h${i}>${p.replace(/ /g, GAP)})`).join("|")})` +
  `(?:(?:${GAP})?(?:(?:عام|سنه|لعام)${GAP})?(?:(?<gyear>(?:19|20|21)\\d\\d)(?![ \\t]*${HIJRI_ERA_PATTERN})|(?<hyear>1[34]\\d\\d)(?:${GAP})?${HIJRI_ERA_PATTERN}?)` +
  `|${GAP}(?<next>المقبل|القادم))?`;

const TRIGGER: Trigger = { words: /عيد|راس|المولد|عاشوراء|رمضان|كريسماس/u, lookback: 24 };

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian computus. */
export function westernEaster(year: number): CalendarDay {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  return { year, month: Math.floor((h + l - 7 * m + 114) / 31), day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The holiday's days in Hijri year `hy` (first and last day). */
function hijriOccurrence(h: Extract<Holiday, { kind: "hijri-day" | "hijri-month" }>, hy: number): { first: HijriDay; last: HijriDay } {
  if (h.kind === "hijri-month") return hijriMonthToGregorian(hy, h.month);
  const day = hijriToGregorian({ year: hy, month: h.month, day: h.day });
  return { first: day, last: day };
}

/** Occurrences around a Gregorian year, in order: [first day, last day]. */
function occurrences(h: Holiday, gyear: number): Array<{ first: CalendarDay; last: CalendarDay }> {
  if (h.kind === "gregorian") return [gyear - 1, gyear, gyear + 1].map((y) => ({ first: { year: y, month: h.month, day: h.day }, last: { year: y, month: h.month, day: h.day } }));
  if (h.kind === "easter") return [gyear - 1, gyear, gyear + 1].map((y) => ({ first: westernEaster(y), last: westernEaster(y) }));
  const hy = gregorianToHijri({ year: gyear, month: 1, day: 1 }).year;
  return [hy - 1, hy, hy + 1, hy + 2].map((y) => hijriOccurrence(h, y));
}

const span = (o: { first: CalendarDay; last: CalendarDay }): Resolution => {
  if (compareDays(o.first, o.last) === 0) return dayResolution(o.first);
  const start = formatDay(o.first);
  const end = formatDay(o.last);
  return { value: `${start}/${end}`, interval: { start, end } };
};

export default class ARHolidayParser extends AbstractArabicParser {
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray): TimexDraft | null {
    const g = match.groups ?? {};
    const index = HOLIDAYS.findIndex((_, i) => g[`h${i}`] !== undefined);
    const holiday = HOLIDAYS[index]?.[1];
    if (!holiday) return null;
    // «رمضان» alone is also a name: the month needs «شهر» or a year.
    if (holiday.key === "ramadan" && !/^شهر/u.test(g[`h${index}`] ?? "") && g.gyear === undefined && g.hyear === undefined) return null;
    const gyear = g.gyear !== undefined ? Number(g.gyear) : null;
    const hyear = g.hyear !== undefined ? Number(g.hyear) : null;
    if (hyear !== null && holiday.kind !== "hijri-day" && holiday.kind !== "hijri-month") return null;
    const nth = g.ord !== undefined && g.wd !== undefined ? { n: ORDS[g.ord]!, weekday: WEEKDAYS[g.wd]! } : null;

    const pick = (ref: Reference | null): { first: CalendarDay; last: CalendarDay } => {
      if (hyear !== null && (holiday.kind === "hijri-day" || holiday.kind === "hijri-month")) return hijriOccurrence(holiday, hyear);
      if (gyear !== null) {
        const inYear = occurrences(holiday, gyear).filter((o) => o.first.year === gyear);
        return inYear[0] ?? occurrences(holiday, gyear)[1]!;
      }
      const d = ref!.day;
      const all = occurrences(holiday, d.year);
      if (g.next !== undefined) return all.find((o) => compareDays(o.first, d) > 0) ?? all[all.length - 1]!;
      return [...all].reverse().find((o) => compareDays(o.first, d) <= 0) ?? all[0]!;
    };
    const resolve = (ref: Reference | null): Resolution => {
      const o = pick(ref);
      if (!nth) return span(o);
      let day = weekdayAfter(o.last, nth.weekday);
      day = addDays(day, 7 * (nth.n - 1));
      return dayResolution(day);
    };
    const hijri = holiday.kind === "hijri-day" || holiday.kind === "hijri-month";
    return {
      rule: `ar/holiday:${holiday.key}${nth ? "+nth-weekday-after" : ""}`,
      type: "DATE",
      granularity: holiday.kind === "hijri-month" && !nth ? "month" : "day",
      approx: hijri,
      anchor: gyear !== null || hyear !== null ? "absolute" : "publication",
      resolve,
    };
  }
}
