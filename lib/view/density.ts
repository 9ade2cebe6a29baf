// When a window holds more events than can be drawn, the timeline shows how many there are per period
// (day, week, month or year, whichever gives a readable number of bars) until the user zooms in.
import { dayToTime, parseDay, timeToDay } from "./dates";

export type DensityUnit = "day" | "week" | "month" | "year";

export interface DensityBucket {
  start: string;
  end: string;
  count: number;
}

const DAY_MS = 86_400_000;

/** The finest unit that gives at most `maxBars` bars over the window. */
export function densityUnit(fromDay: string, toDay: string, maxBars = 80): DensityUnit {
  const days = (dayToTime(toDay) - dayToTime(fromDay)) / DAY_MS + 1;
  if (days <= maxBars) return "day";
  if (days / 7 <= maxBars) return "week";
  if (days / 30.44 <= maxBars) return "month";
  return "year";
}

/** The bucket a day falls into: weeks start on Saturday, as in Syria's calendar. */
export function bucketOf(day: string, unit: DensityUnit): { start: string; end: string } {
  const d = parseDay(day);
  switch (unit) {
    case "day":
      return { start: day, end: day };
    case "week": {
      const t = dayToTime(day);
      const back = (new Date(t).getUTCDay() + 1) % 7; // days since Saturday
      return { start: timeToDay(t - back * DAY_MS), end: timeToDay(t + (6 - back) * DAY_MS) };
    }
    case "month":
      return { start: timeToDay(Date.UTC(d.year, d.month - 1, 1)), end: timeToDay(Date.UTC(d.year, d.month, 0)) };
    case "year":
      return { start: `${String(d.year).padStart(4, "0")}-01-01`, end: `${String(d.year).padStart(4, "0")}-12-31` };
  }
}

/** Sum per-day counts into buckets, in order. */
export function bucketCounts(perDay: readonly { day: string; count: number }[], unit: DensityUnit): DensityBucket[] {
  const out = new Map<string, DensityBucket>();
  for (const { day, count } of perDay) {
    const b = bucketOf(day, unit);
    const cur = out.get(b.start) ?? { ...b, count: 0 };
    cur.count += count;
    out.set(b.start, cur);
  }
  return [...out.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
}
