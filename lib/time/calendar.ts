// Pure proleptic-Gregorian calendar arithmetic on plain days. No Date object, no time zone: a day is
// {year, month, day} or its ISO string "YYYY-MM-DD", and all arithmetic goes through an integer day number
// (days since 1970-01-01), so the same input gives the same answer on any machine.

/** A calendar day (the same shape as lib/time/hijri.ts's CalendarDay). month 1..12, day 1..31. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDay(d: CalendarDay): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/** Days since 1970-01-01 (negative before). Algorithm: civil-from-days inverse, on integers only. */
export function toDayNumber(d: CalendarDay): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CalendarDay {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, "0");

/** "YYYY-MM-DD". */
export function formatDay(d: CalendarDay): string {
  return `${d.year < 0 ? "-" : ""}${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** "YYYY-MM". */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse "YYYY-MM-DD"; null when malformed or not a real day (2016-02-30). */
export function parseDay(iso: string): CalendarDay | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(d) ? d : null;
}

/** Parse "YYYY-MM-DD", throwing a clear error otherwise. */
export function dayOf(iso: string): CalendarDay {
  const d = parseDay(iso);
  if (!d) throw new Error(`not a calendar day: ${JSON.stringify(iso)}`);
  return d;
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function addDays(d: CalendarDay, n: number): CalendarDay {
  return n === 0 ? { ...d } : fromDayNumber(toDayNumber(d) + n);
}

export function addWeeks(d: CalendarDay, n: number): CalendarDay {
  return addDays(d, 7 * n);
}

/** Add months, clamping the day to the target month's length (2016-01-31 + 1 month = 2016-02-29). */
export function addMonths(d: CalendarDay, n: number): CalendarDay {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function addYears(d: CalendarDay, n: number): CalendarDay {
  return addMonths(d, 12 * n);
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: CalendarDay): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  const w = (((toDayNumber(d) + 3) % 7) + 7) % 7; // 0 = Monday
  return (w + 1) as IsoWeekday;
}

/** Monday of the ISO week containing `d`. */
export function startOfIsoWeek(d: CalendarDay): CalendarDay {
  return addDays(d, 1 - isoWeekday(d));
}

/** Sunday of the ISO week containing `d`. */
export function endOfIsoWeek(d: CalendarDay): CalendarDay {
  return addDays(d, 7 - isoWeekday(d));
}

/** ISO 8601 week-numbering year and week of `d` (the week's Thursday decides the year). */
export function isoWeek(d: CalendarDay): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor((toDayNumber(thursday) - toDayNumber(jan1)) / 7) + 1 };
}

/** "YYYY-Www" (TIMEX3 / ISO 8601 week value) of the week containing `d`. */
export function formatIsoWeek(d: CalendarDay): string {
  const { year, week } = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** Monday of ISO week `week` of week-year `year`. */
export function isoWeekStart(year: number, week: number): CalendarDay {
  const jan4 = { year, month: 1, day: 4 }; // always in week 1
  return addDays(startOfIsoWeek(jan4), 7 * (week - 1));
}

export function startOfMonth(d: CalendarDay): CalendarDay {
  return { year: d.year, month: d.month, day: 1 };
}

export function endOfMonth(d: CalendarDay): CalendarDay {
  return { year: d.year, month: d.month, day: daysInMonth(d.year, d.month) };
}

export function startOfYear(d: CalendarDay): CalendarDay {
  return { year: d.year, month: 1, day: 1 };
}

export function endOfYear(d: CalendarDay): CalendarDay {
  return { year: d.year, month: 12, day: 31 };
}

/** Days from `a` to `b` (b − a). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** The most recent day with ISO weekday `w` on or before `d` (`d` itself if it is one). */
export function weekdayOnOrBefore(d: CalendarDay, w: IsoWeekday): CalendarDay {
  return addDays(d, -((isoWeekday(d) - w + 7) % 7));
}

/** The most recent day with weekday `w` strictly before `d`. */
export function weekdayBefore(d: CalendarDay, w: IsoWeekday): CalendarDay {
  return weekdayOnOrBefore(addDays(d, -1), w);
}

/** The first day with weekday `w` on or after `d`. */
export function weekdayOnOrAfter(d: CalendarDay, w: IsoWeekday): CalendarDay {
  return addDays(d, (w - isoWeekday(d) + 7) % 7);
}

/** The first day with weekday `w` strictly after `d`. */
export function weekdayAfter(d: CalendarDay, w: IsoWeekday): CalendarDay {
  return weekdayOnOrAfter(addDays(d, 1), w);
}
