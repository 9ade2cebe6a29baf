// Dates written in digits: «2016/12/22», «2016-12-22», «22-12-2016», «22/12/2016», «5.1.2017» (day first, as Arabic
// news writes them), «2/2013» (a month), and «21/09» without a year only after a weekday («يوم السبت 21/09»), which
// also picks the year. Digits of any script (normalisation turns them into ASCII). Impossible dates are rejected;
// scores and ratios («3-1») never have the year these forms need.

import { GAP, wordAlternation } from "../../../../text/boundaries";
import { normaliseWord } from "../../../../text/normalise";
import { daysInMonth, isoWeekday, type CalendarDay, type IsoWeekday } from "../../../calendar";
import { yearOfMonthWithoutYear } from "../../../conventions";
import { dayResolution, monthResolution, type TimexDraft } from "../../../draft";
import { WEEKDAY_NAMES, WEEKDAYS } from "../constants";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";

const WEEKDAY_BY_NORMALISED = new Map<string, IsoWeekday>(
  Object.entries(WEEKDAYS).map(([name, w]) => [normaliseWord(name), w]),
);
const WEEKDAY = wordAlternation(Object.keys(WEEKDAYS));

const PATTERN = [
  `(?:(?<weekday>${WEEKDAY})(?:${GAP})?,?(?:${GAP})(?:الموافق${GAP})?)?(?:`,
  // year first: 2016/12/22, 2016-12-22
  `(?<y1>\\d{4})(?<s1>[/.-])(?<m1>\\d{1,2})\\k<s1>(?<d1>\\d{1,2})`,
  // day first: 22/12/2016, 22-12-2016, 5.1.2017, 22/12/16
  `|(?<d2>\\d{1,2})(?<s2>[/.-])(?<m2>\\d{1,2})\\k<s2>(?<y2>\\d{4}|\\d{2})`,
  // month and year: 2/2013, 12/2016
  `|(?<m3>\\d{1,2})\\/(?<y3>\\d{4})`,
  // day and month, only after a weekday: السبت 21/09
  `|(?<d4>\\d{1,2})\\/(?<m4>\\d{1,2})(?![/.-]?\\d)`,
  `)`,
].join("");

/** «السبت 21/09»: the year (D's by yearOfMonthWithoutYear, or the one next to it) in which that day is that weekday. */
export function dayMonthNearWeekday(d: CalendarDay, day: number, month: number, weekday: IsoWeekday | null): CalendarDay {
  const base = yearOfMonthWithoutYear(month, d, null);
  const year =
    (weekday === null ? undefined : [base, base + 1, base - 1].find((y) => day <= daysInMonth(y, month) && isoWeekday({ year: y, month, day }) === weekday)) ?? base;
  return { year, month, day: Math.min(day, daysInMonth(year, month)) };
}

const plausibleYear = (y: number) => y >= 1800 && y <= 2199;
const twoDigitYear = (y: number) => (y < 50 ? 2000 + y : 1900 + y);

/** Every phrase contains one of these within 40 characters of its start (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /\d[/.-]\d/u, lookback: 40, scope: "text" };

export default class ARNumericDateParser extends AbstractArabicParser {
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray): TimexDraft | null {
    const g = match.groups ?? {};
    const weekday = g.weekday ? (WEEKDAY_BY_NORMALISED.get(g.weekday) ?? null) : null;
    const statedWeekday = weekday ? { statedWeekday: { weekday, text: WEEKDAY_NAMES[weekday] } } : {};

    if (g.m3 !== undefined && g.y3 !== undefined) {
      const month = Number(g.m3);
      const year = Number(g.y3);
      if (month < 1 || month > 12 || !plausibleYear(year) || weekday) return null;
      return { rule: "ar/numeric-date:month-year", type: "DATE", granularity: "month", anchor: "absolute", resolve: () => monthResolution({ year, month, day: 1 }) };
    }
    if (g.d4 !== undefined && g.m4 !== undefined) {
      const day = Number(g.d4);
      const month = Number(g.m4);
      if (weekday === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return null;
      return {
        rule: "ar/numeric-date:day-month",
        type: "DATE",
        granularity: "day",
        anchor: "publication",
        ...statedWeekday,
        resolve: (ref) => dayResolution(dayMonthNearWeekday(ref!.day, day, month, weekday)),
      };
    }
    const yearText = g.y1 ?? g.y2;
    const year = yearText === undefined ? NaN : yearText.length === 2 ? twoDigitYear(Number(yearText)) : Number(yearText);
    const month = Number(g.m1 ?? g.m2);
    const day = Number(g.d1 ?? g.d2);
    if (!plausibleYear(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    // A two-digit year needs the slash or the dot of a date, not a dash («12-3-14» is too often something else).
    if (yearText?.length === 2 && g.s2 === "-") return null;
    return {
      rule: "ar/numeric-date:day-month-year",
      type: "DATE",
      granularity: "day",
      anchor: "absolute",
      ...statedWeekday,
      resolve: () => dayResolution({ year, month, day }),
    };
  }
}
