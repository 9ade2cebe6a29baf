// Dates as Syrian readers expect them: both month names, «12 كانون الأول/ديسمبر 2016». Pure UTC arithmetic:
// results never depend on the machine's zone.
import type { DayInterval } from "../time/types";
import type { Lang } from "./state";

/** Levantine (Syriac) month name / the Egyptian-Gulf (Western) one, as Syrian media print them. */
export const MONTHS_AR = [
  "كانون الثاني/يناير",
  "شباط/فبراير",
  "آذار/مارس",
  "نيسان/أبريل",
  "أيار/مايو",
  "حزيران/يونيو",
  "تموز/يوليو",
  "آب/أغسطس",
  "أيلول/سبتمبر",
  "تشرين الأول/أكتوبر",
  "تشرين الثاني/نوفمبر",
  "كانون الأول/ديسمبر",
] as const;

export const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export const WEEKDAYS_AR = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"] as const;
export const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

const DAY_MS = 86_400_000;

export interface CalendarDay {
  year: number;
  month: number; // 1..12
  day: number;
}

/** Parse YYYY-MM-DD strictly (2016-02-30 is an error, not March). */
export function parseDay(iso: string): CalendarDay {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO day: «${iso}»`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) {
    throw new Error(`not a real day: «${iso}»`);
  }
  return { year, month, day };
}

/** Epoch ms of the day's UTC midnight. */
export function dayToTime(iso: string): number {
  const d = parseDay(iso);
  return Date.UTC(d.year, d.month - 1, d.day);
}

export function timeToDay(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(
    d.getUTCDate(),
  ).padStart(2, "0")}`;
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToTime(b) - dayToTime(a)) / DAY_MS);
}

export function addDays(iso: string, n: number): string {
  return timeToDay(dayToTime(iso) + n * DAY_MS);
}

export function weekday(iso: string, lang: Lang): string {
  const i = new Date(dayToTime(iso)).getUTCDay();
  return (lang === "ar" ? WEEKDAYS_AR : WEEKDAYS_EN)[i]!;
}

export function monthName(month: number, lang: Lang): string {
  return (lang === "ar" ? MONTHS_AR : MONTHS_EN)[month - 1]!;
}

/** «12 كانون الأول/ديسمبر 2016» / «12 December 2016». */
export function formatDay(iso: string, lang: Lang): string {
  const d = parseDay(iso);
  return `${d.day} ${monthName(d.month, lang)} ${d.year}`;
}

/** «الاثنين 12 كانون الأول/ديسمبر 2016»: the narrative view's day headings. */
export function formatDayWithWeekday(iso: string, lang: Lang): string {
  return lang === "ar" ? `${weekday(iso, lang)} ${formatDay(iso, lang)}` : `${weekday(iso, lang)}, ${formatDay(iso, lang)}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * An interval in words: one day, a whole month, a whole year, or «من 5 إلى 11 كانون الأول/ديسمبر 2016».
 * Arabic uses words for ranges because a dash between numbers reorders under right-to-left layout.
 */
export function formatInterval(interval: DayInterval, lang: Lang): string {
  const a = parseDay(interval.start);
  const b = parseDay(interval.end);
  if (interval.start === interval.end) return formatDay(interval.start, lang);
  const wholeMonths = a.day === 1 && b.day === lastDayOfMonth(b.year, b.month);
  if (wholeMonths && a.month === 1 && b.month === 12) {
    if (a.year === b.year) return String(a.year);
    return lang === "ar" ? `من ${a.year} إلى ${b.year}` : `${a.year}–${b.year}`;
  }
  if (wholeMonths && a.year === b.year && a.month === b.month) return `${monthName(a.month, lang)} ${a.year}`;
  let from: string;
  let to: string;
  if (wholeMonths) {
    from = a.year === b.year ? monthName(a.month, lang) : `${monthName(a.month, lang)} ${a.year}`;
    to = `${monthName(b.month, lang)} ${b.year}`;
  } else if (a.year === b.year && a.month === b.month) {
    from = String(a.day);
    to = formatDay(interval.end, lang);
  } else if (a.year === b.year) {
    from = `${a.day} ${monthName(a.month, lang)}`;
    to = formatDay(interval.end, lang);
  } else {
    from = formatDay(interval.start, lang);
    to = formatDay(interval.end, lang);
  }
  return lang === "ar" ? `من ${from} إلى ${to}` : `${from} – ${to}`;
}

/** Number of days covered, inclusive. */
export function intervalDays(interval: DayInterval): number {
  return daysBetween(interval.start, interval.end) + 1;
}
