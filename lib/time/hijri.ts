// Hijri (Islamic) dates ↔ Gregorian, by the tabular ("arithmetical") Islamic calendar.
//
// Why tabular: it is a fixed rule (30-year cycle, 11 leap years, months alternating 30/29 days), so a conversion
// needs no table and never depends on the machine. What it is not: the calendar newspapers actually date by. Saudi
// and Gulf outlets follow Umm al-Qura (astronomical, computed for Mecca); Levantine and Egyptian ones follow
// announced moon sightings. Both can differ from the tabular date by one day, rarely two, in either direction. So
// every Gregorian day converted here is ±HIJRI_UNCERTAINTY_DAYS uncertain: parsers mark Hijri dates `approx` and keep
// the stated Hijri value in their rule, so a reader can check it against the outlet's own calendar.
//
// Variant used: the common civil tabular calendar (leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each
// 30-year cycle; epoch 1 Muharram 1 AH = Friday 16 July 622 Julian = 19 July 622 proleptic Gregorian).
// All arithmetic is on Julian Day Numbers (integers): no Date object, no time zone.

export interface CalendarDay {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

/** How many days a tabular Hijri date may differ from Umm al-Qura or from a sighted month start. */
export const HIJRI_UNCERTAINTY_DAYS = 2;

/** Julian Day Number of 1 Muharram 1 AH (civil epoch). */
const HIJRI_EPOCH_JDN = 1948440;

/** Leap year of the 30-year cycle: Dhu al-Hijja has 30 days instead of 29. */
export function isHijriLeapYear(year: number): boolean {
  return (((14 + 11 * year) % 30) + 30) % 30 < 11;
}

/** Days in a Hijri month: odd months 30, even months 29, Dhu al-Hijja 30 in leap years. */
export function hijriMonthLength(year: number, month: number): number {
  if (month === 12 && isHijriLeapYear(year)) return 30;
  return month % 2 === 1 ? 30 : 29;
}

function isValidHijri(d: CalendarDay): boolean {
  return (
    Number.isInteger(d.year) && Number.isInteger(d.month) && Number.isInteger(d.day) &&
    d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 &&
    d.day >= 1 && d.day <= hijriMonthLength(d.year, d.month)
  );
}

export function hijriToJdn(d: CalendarDay): number {
  return (
    d.day +
    Math.ceil(29.5 * (d.month - 1)) +
    (d.year - 1) * 354 +
    Math.floor((3 + 11 * d.year) / 30) +
    HIJRI_EPOCH_JDN - 1
  );
}

export function jdnToHijri(jdn: number): CalendarDay {
  const year = Math.floor((30 * (jdn - HIJRI_EPOCH_JDN) + 10646) / 10631);
  const month = Math.min(12, Math.ceil((jdn - (29 + hijriToJdn({ year, month: 1, day: 1 }))) / 29.5) + 1);
  const day = jdn - hijriToJdn({ year, month, day: 1 }) + 1;
  return { year, month, day };
}

/** Proleptic Gregorian date → Julian Day Number (Fliegel–Van Flandern, integer arithmetic). */
export function gregorianToJdn(d: CalendarDay): number {
  const a = Math.floor((14 - d.month) / 12);
  const y = d.year + 4800 - a;
  const m = d.month + 12 * a - 3;
  return d.day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

export function jdnToGregorian(jdn: number): CalendarDay {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** A Hijri date → the Gregorian day the tabular calendar gives (±HIJRI_UNCERTAINTY_DAYS, see above). */
export function hijriToGregorian(d: CalendarDay): CalendarDay {
  if (!isValidHijri(d)) {
    throw new RangeError(`not a Hijri date: ${d.year}-${d.month}-${d.day}`);
  }
  return jdnToGregorian(hijriToJdn(d));
}

/** A Gregorian day → its tabular Hijri date. */
export function gregorianToHijri(d: CalendarDay): CalendarDay {
  return jdnToHijri(gregorianToJdn(d));
}

/** The Gregorian days, first and last inclusive, that a whole Hijri month covers. */
export function hijriMonthToGregorian(year: number, month: number): { first: CalendarDay; last: CalendarDay } {
  const first = hijriToGregorian({ year, month, day: 1 });
  const last = hijriToGregorian({ year, month, day: hijriMonthLength(year, month) });
  return { first, last };
}

/** YYYY-MM-DD of a calendar day (years 0..9999). */
export function isoDay(d: CalendarDay): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
