// The reading conventions of the engine, in one place. Every parser takes its choices from here, and the README
// repeats them. A news article is read against its publication date (dct, "D" below); days are calendar days of
// the place and time the article was written (the date as the dct states it, whatever the zone).

import type { IsoWeekday } from "./calendar";

// ---------------------------------------------------------------------------------------------------------------
// Weeks

/**
 * Weeks are ISO 8601 weeks, Monday to Sunday. Why: the TIMEX3 value of a week is an ISO week («2016-W49»), and the
 * interval we report must be the same week as the value, or the reasoning shown to users would contradict itself.
 * Syrian calendars start the week on Saturday and the working week on Sunday, but a Saturday–Friday week has no
 * TIMEX3 value; the one or two edge days this moves are a smaller error than a value that disagrees with its days.
 */
export const WEEK_START: IsoWeekday = 1;

// ---------------------------------------------------------------------------------------------------------------
// Days

/** Offsets from D, in days, of the casual day words. */
export const DAY_OFFSETS = {
  /** «اليوم»: D. */
  today: 0,
  /** «أمس», «بالأمس», «البارحة»: D − 1. «البارحة» is MSA "yesterday" (in Levantine speech also "last night"). */
  yesterday: -1,
  /** «أول أمس», «أمس الأول», «أول من أمس»: D − 2. */
  dayBeforeYesterday: -2,
  /** «غداً», «الغد»: D + 1. */
  tomorrow: 1,
  /** «بعد غد», «بعد الغد»: D + 2. */
  dayAfterTomorrow: 2,
} as const;

/**
 * «الآن», «حالياً» (now): the publication day itself, TIMEX3 value PRESENT_REF, interval [D, D]. Tagged even in
 * «النظام السوري الآن حصن…»: the sentence does say "as of the publication date", which is what a timeline needs.
 */
export const NOW_VALUE = "PRESENT_REF";

/**
 * A night belongs to the day of its evening and runs into the next morning: «الليلة الماضية», «ليلة أمس»,
 * «ليل أمس» = the night of D − 1, value (D−1)TNI, interval [D − 1, D]; «الليلة» alone (tonight) = the night of D,
 * interval [D, D + 1]. «ليلة <weekday>» follows the same rule (the night after that day's evening), the modern news
 * reading, not the classical one in which «ليلة الجمعة» precedes Friday.
 */
export const NIGHT_SPANS_INTO_NEXT_DAY = true;

// ---------------------------------------------------------------------------------------------------------------
// Parts of the day

/**
 * TIMEX3 part-of-day codes. TIMEX3 has no dawn: «فجر» is the start of the morning, MO with mod START. «منتصف الليل»
 * (midnight) after a day word is the midnight that ends that day: value <day>T24:00, granularity "hour".
 */
export const PART_OF_DAY_CODES = {
  dawn: "MO",
  morning: "MO",
  noon: "MI",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
} as const;
export type PartOfDay = keyof typeof PART_OF_DAY_CODES;

/**
 * «منذ <day or part of day>» («منذ صباح الأحد», «منذ مساء أمس»): the stated point is the value (…TMO) and the span
 * runs from that day to D: interval [that day, D], mod ON_OR_AFTER.
 */
export const SINCE_MOD = "ON_OR_AFTER" as const;

/**
 * «ساعات الصباح الأولى» (the early hours of the morning) with no day word: the morning of D (a report filed that
 * day about the night just past), value DTMO, mod START.
 */
export const EARLY_MORNING_DEFAULT_OFFSET = 0;

// ---------------------------------------------------------------------------------------------------------------
// Weekdays

/**
 * A bare weekday («الأحد», «يوم الأحد») is read as news reads it: the most recent such day on or before D (D itself
 * when D is that weekday). Earlier in its clause, «سوف» or «من المقرر/المنتظر/المتوقع/المزمع أن» (scheduled,
 * expected) make it the first such day on or after D. Future verb prefixes (سـ) are not used: too many nouns start
 * with the same letters («سيطرة», «سنة»).
 */
export const BARE_WEEKDAY_DIRECTION = "on-or-before" as const;

/**
 * «الأحد الماضي», «يوم الجمعة الماضية»: strictly before D (on a Sunday, «الأحد الماضي» is a week earlier).
 * «الخميس المقبل/القادم»: strictly after D (on a Wednesday it is tomorrow).
 */
export const PAST_WEEKDAY_STRICT = true;
export const NEXT_WEEKDAY_STRICT = true;

// ---------------------------------------------------------------------------------------------------------------
// Relative calendar units

/**
 * «الأسبوع الماضي/الجاري/المقبل», «الشهر …», «العام/السنة …»: the whole calendar unit before, containing, or after
 * D (ISO week, calendar month, calendar year), e.g. on 2016-06-15 «الشهر الماضي» = 2016-05, [2016-05-01, 2016-05-31].
 */
export const RELATIVE_UNIT_IS_CALENDAR_UNIT = true;

/**
 * Parts of a week («مطلع/منتصف/نهاية الأسبوع الماضي»), approx, mod START/MID/END: days of the ISO week, Monday = 1.
 * END runs to Sunday so that it holds the weekend whichever the country (Friday–Saturday in Syria).
 */
export const WEEK_PART_DAYS = { START: [1, 2], MID: [3, 4], END: [5, 7] } as const;

/**
 * «في مثل هذا اليوم من العام الماضي»: the same calendar day a year (month, week) earlier, exact; «في مثل هذا الوقت من
 * العام الماضي»: the same, approx (the day stands for "around then").
 */
export const SAME_TIME_IS_SAME_DAY = true;

// ---------------------------------------------------------------------------------------------------------------
// Expressions anchored on an earlier expression

/**
 * «في اليوم التالي», «بعد ذلك بيومين», «في اليوم نفسه», «في الشهر نفسه» take the closest earlier expression of the
 * same text whose granularity is fine enough (a day for day offsets, a month for «الشهر نفسه»), resolved against its
 * first day. With none, they stay unresolved (anchor "unresolved") rather than fall back to the publication date.
 * «في الوقت نفسه/ذاته» and «في السياق ذاته» are discourse connectives ("meanwhile", "in the same context") in news
 * and are not tagged.
 */
export const ANCHOR_FALLS_BACK_TO_PUBLICATION = false;

// ---------------------------------------------------------------------------------------------------------------
// Absolute dates, counted and vague expressions, durations (the month-name, numeric, Hijri, month-part, counted,
// vague, duration and set parsers)

/**
 * A month named without a year («في 22 ديسمبر», «في شباط») is the LATEST such month that starts on or before D:
 * D's year when the month is not after D's month, else the year before. News reports mostly look back; a date later
 * in D's own month (an announced meeting) stays in D's year. «الماضي» after the month: strictly before D's month
 * (on 13 December, «كانون الأول الماضي» is last year's); «المقبل/القادم»: strictly after it; «الجاري/الحالي»: D's
 * year. With a stated weekday («السبت 21/09»), the year among D's year ±1 nearest to that choice where the weekday
 * agrees wins.
 */
export type MonthMarker = "past" | "next" | "current" | null;
export function yearOfMonthWithoutYear(month: number, d: { year: number; month: number }, marker: MonthMarker): number {
  if (marker === "current") return d.year;
  if (marker === "past") return month < d.month ? d.year : d.year - 1;
  if (marker === "next") return month > d.month ? d.year : d.year + 1;
  return month <= d.month ? d.year : d.year - 1;
}

/**
 * Parts of a month or a year are thirds of it, mod START/MID/END, approx: a month's days 1–10 (مطلع، أوائل، بداية),
 * 11–20 (منتصف، أواسط) and 21 to the last (أواخر، نهاية); a year's January–April, May–August, September–December.
 * Duckling's own «أوائل/أواخر آذار» are the same first and last thirds of the month.
 */
export const MONTH_PART_DAYS = { START: [1, 10], MID: [11, 20], END: [21, 31] } as const;
export const YEAR_PART_MONTHS = { START: [1, 4], MID: [5, 8], END: [9, 12] } as const;

/**
 * Counted expressions. «قبل/بعد N <unit>» is a point: the calendar unit (day, ISO week, month, year) containing
 * D ∓ N units («قبل 9 سنوات» on 2020-02-17 = 2011); hours and minutes stay on D unless the dct gives a time.
 * «منذ N <unit>», «خلال الـN <unit> الماضية» are spans up to D: DURATION PnU with the interval [D − N units, D]
 * (the day the span starts, to D); «خلال الـN <unit> المقبلة», «في غضون N <unit>» the mirror [D, D + N units].
 * «بعد/قبيل N <unit> من <event>» is an offset from an event, not from D: a DURATION without interval.
 * «منذ N …» is read as the span "for N … up to now", as the issue asks; it is also used for "N … ago" in news, which
 * the span covers at its start.
 */
export const COUNTED_POINT_IS_CALENDAR_UNIT = true;

/**
 * Vague plurals without a number («الأسابيع الماضية», «الأيام الأخيرة», «منذ عدة أشهر», «منذ سنوات») count as
 * VAGUE_PLURAL_COUNT units: DURATION PXU with the interval [D − 3 units, D] (or [D, D + 3 units] with «المقبلة»),
 * approx. Three is the smallest Arabic plural (the dual covers two), so the span is the least it can mean.
 */
export const VAGUE_PLURAL_COUNT = 3;

/**
 * «قبل أيام/أسابيع/أشهر» ("a few … ago"): DATE PAST_REF, approx, the interval from VAGUE_AGO_UNITS.from units before
 * D to VAGUE_AGO_UNITS.to units before it («قبل أيام» on 2016-12-13 = [2016-12-07, 2016-12-11]); «بعد أيام» the
 * mirror, FUTURE_REF.
 */
export const VAGUE_AGO_UNITS = { from: 6, to: 2 } as const;

/** «مؤخراً», «في الآونة الأخيرة» (recently): DATE PAST_REF, approx, the RECENTLY_MONTHS month(s) up to D. */
export const RECENTLY_MONTHS = 1;

/**
 * Hijri dates go through the tabular Islamic calendar (lib/time/hijri.ts), which can differ from Umm al-Qura or a
 * sighted month by ±2 days: Hijri expressions are approx, their rule names the Hijri date.
 */
export const HIJRI_IS_TABULAR = true;
