// An article's publication date as files state it: a calendar day, or an ISO date-time whose day is taken as written
// (the publisher's own calendar day: 2016-12-12T01:30+03:00 is the 12th, whatever the machine's zone). Strict:
// «2016-02-30» is an error, never rolled over to March.

const DAY_OR_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The calendar day (YYYY-MM-DD) a date or date-time names, or the reason it names none. */
export function parsePublicationDay(raw: string): { day: string } | { problem: string } {
  const text = raw.trim();
  const m = DAY_OR_DATE_TIME.exec(text);
  if (!m) return { problem: `«${text}» is not a date (YYYY-MM-DD or an ISO date-time)` };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000) return { problem: `«${text}» has an implausible year` };
  if (month < 1 || month > 12) return { problem: `«${text}» is impossible: there is no month ${month}` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { problem: `«${text}» is impossible: ${MONTH_NAMES[month - 1]} ${year} has ${last} days` };
  }
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
    return { problem: `«${text}» has an impossible time of day` };
  }
  return { day: `${m[1]}-${m[2]}-${m[3]}` };
}
