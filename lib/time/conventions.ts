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
 * when D is that weekday). A future marker next to it («المقبل», «القادم») makes it the first such day after D.
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
