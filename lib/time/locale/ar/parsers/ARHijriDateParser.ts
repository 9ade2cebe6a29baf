// Hijri dates, converted to Gregorian days by the tabular Islamic calendar (lib/time/hijri.ts; ±2 days against Umm
// al-Qura or a sighted moon, so every result is approx and its rule names the Hijri date):
// «15 ربيع الأول 1438 هـ», «الخامس عشر من رمضان 1437», «شهر رمضان 1437 هـ», «عام 1438 هـ», and without a year
// «15 رمضان», «شهر رمضان» (the latest such Hijri month that starts on or before the publication date). Hijri month
// names are also words or names («صفر» zero, «رمضان», «رجب», «شعبان» as names), so a month alone needs «شهر».

import type { ParsingContext } from "chrono-node";
import { GAP } from "../../../../text/boundaries";
import { ORDINAL_PATTERN, parseDayNumber } from "../../../../text/numbers";
import { compareDays, dayOf } from "../../../calendar";
import { dayResolution, type Resolution, type TimexDraft } from "../../../draft";
import {
  gregorianToHijri, hijriMonthLength, hijriMonthToGregorian, hijriToGregorian, isoDay, type CalendarDay,
} from "../../../hijri";
import { HIJRI_ERA_PATTERN, HIJRI_MONTH_PATTERN, lookupHijriMonth , HIJRI_TRIGGER_SOURCE } from "../months";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";

const YEAR = `(?:(?:${GAP})?,?(?:${GAP})?(?:(?:عام|سنه|العام|لعام)${GAP})?(?<year>1[2-5]\\d\\d)(?:(?:${GAP})?(?<era>${HIJRI_ERA_PATTERN}))?)`;
const PATTERN = [
  `(?:(?:(?<day>[0-3]?\\d)|(?<dayOrd>${ORDINAL_PATTERN}))${GAP}(?:من${GAP})?(?:شهر${GAP})?(?<month>${HIJRI_MONTH_PATTERN})${YEAR}?)`,
  `(?:(?<shahr>شهر${GAP})?(?<month2>${HIJRI_MONTH_PATTERN})(?:${GAP})?,?(?:${GAP})?(?:(?:عام|سنه|لعام)${GAP})?(?<year2>1[2-5]\\d\\d)(?:(?:${GAP})?(?<era2>${HIJRI_ERA_PATTERN}))?)`,
  `(?:شهر${GAP}(?<month3>${HIJRI_MONTH_PATTERN}))`,
  `(?:(?:(?:عام|سنه|العام)${GAP})?(?<year4>1[2-5]\\d\\d)(?:${GAP})?(?<era4>${HIJRI_ERA_PATTERN}))`,
].join("|");

const span = (first: CalendarDay, last: CalendarDay): Resolution => ({ value: isoDay(first), interval: { start: isoDay(first), end: isoDay(last) } });

function monthSpan(year: number, month: number): Resolution {
  const { first, last } = hijriMonthToGregorian(year, month);
  // TIMEX3 has no Hijri calendar: the value is the Gregorian month of the first day when the month sits in one, else
  // the first day itself; the interval says exactly which days.
  const r = span(first, last);
  return { ...r, value: first.month === last.month ? r.value.slice(0, 7) : r.value };
}

/** The Hijri year whose month `month` is the latest to start on or before the reference day. */
function latestHijriYear(month: number, ref: CalendarDay): number {
  const h = gregorianToHijri(ref);
  const thisYear = hijriToGregorian({ year: h.year, month, day: 1 });
  return compareDays(thisYear, ref) <= 0 ? h.year : h.year - 1;
}

/** Every phrase contains one of these within 40 characters of its start (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: new RegExp(`(?:${HIJRI_TRIGGER_SOURCE})(?![\\p{L}\\p{M}])|1[2-5]\\d\\d`, "u"), lookback: 40 };

export default class ARHijriDateParser extends AbstractArabicParser {
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray, context: ParsingContext): TimexDraft | null {
    const g = match.groups ?? {};
    const base = { type: "DATE" as const, approx: true };
    // After a day that was rejected («30 صفر 1438»: Safar has 29 days), chrono retries further on: do not let the
    // month and year stand alone.
    if (g.month2 !== undefined && /\d[ \t]+(?:من[ \t]+)?$/u.test(context.text.slice(Math.max(0, (match.index ?? 0) - 8), match.index ?? 0))) {
      return null;
    }

    if (g.year4 !== undefined) {
      const year = Number(g.year4);
      return {
        ...base, rule: `ar/hijri:year ${year}`, granularity: "year", anchor: "absolute",
        resolve: () => {
          const first = hijriToGregorian({ year, month: 1, day: 1 });
          const last = hijriToGregorian({ year, month: 12, day: hijriMonthLength(year, 12) });
          return { ...span(first, last), value: `${isoDay(first).slice(0, 4)}` === `${isoDay(last).slice(0, 4)}` ? isoDay(first).slice(0, 4) : isoDay(first) };
        },
      };
    }

    const monthName = g.month ?? g.month2 ?? g.month3;
    const month = monthName ? lookupHijriMonth(monthName) : null;
    if (month === null) return null;
    const yearText = g.year ?? g.year2;
    const year = yearText !== undefined ? Number(yearText) : null;
    // A Hijri month with a bare four-digit number and no era is still a Hijri date only within Hijri years in use.
    if (year !== null && (year < 1300 || year > 1500)) return null;
    const dayText = g.day ?? g.dayOrd;
    const day = dayText !== undefined ? parseDayNumber(dayText) : null;
    if (dayText !== undefined && (day === null || day < 1 || day > 30)) return null;
    // «صفر» (zero), names («رمضان», «رجب»): without a day, a year needs to be written, or «شهر» before the month.
    if (day === null && year === null && g.month3 === undefined) return null;
    if (day !== null && year !== null && day > hijriMonthLength(year, month)) return null;

    const label = `${day ?? ""}${day ? " " : ""}${monthName} ${year ?? ""}`.trim();
    if (day !== null) {
      const resolveDay = (y: number): Resolution => {
        const d = Math.min(day, hijriMonthLength(y, month));
        return dayResolution(dayOf(isoDay(hijriToGregorian({ year: y, month, day: d }))));
      };
      if (year !== null) {
        return { ...base, rule: `ar/hijri:day ${label}`, granularity: "day", anchor: "absolute", resolve: () => resolveDay(year) };
      }
      return {
        ...base, rule: `ar/hijri:day ${label}`, granularity: "day", anchor: "publication",
        resolve: (ref) => resolveDay(latestHijriYear(month, ref!.day)),
      };
    }
    if (year !== null) {
      return { ...base, rule: `ar/hijri:month ${label}`, granularity: "month", anchor: "absolute", resolve: () => monthSpan(year, month) };
    }
    return {
      ...base, rule: `ar/hijri:month ${label}`, granularity: "month", anchor: "publication",
      resolve: (ref) => monthSpan(latestHijriYear(month, ref!.day), month),
    };
  }
}
