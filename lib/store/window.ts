// "Events in a window": an event is in [from, to] when its interval overlaps it (start ≤ to and end ≥ from; ISO days
// compare as text). Written that way, a database can only bound one side of its index scan, and a window in the
// middle of the data read every event before it (100 ms and more at 10,000 articles). Nearly all events span days
// or weeks, so events are split by `longSpan`: the short ones can only overlap the window if they start at most
// LONG_SPAN_DAYS before it, which bounds the scan on both sides; the few long ones are scanned as before. Use
// `overlapping(from, to)` for the window condition of a Prisma event query; the timeline's own queries write the
// same condition in SQL (event-filter.ts), from `earliestShortStart`.
import type { DayInterval } from "../time/types";
import type { Prisma } from "./client";

/** Longer intervals than this are "long spans" (Event.longSpan). Changing it needs a migration of that column. */
export const LONG_SPAN_DAYS = 62;

function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

function shiftDay(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** Is this interval a long span (Event.longSpan)? */
export function isLongSpan(interval: DayInterval | null): boolean {
  return interval !== null && dayNumber(interval.end) - dayNumber(interval.start) + 1 > LONG_SPAN_DAYS;
}

/** The Prisma condition "the event's current interval overlaps [from, to]"; either end may be open (null). */
export function overlapping(from: string | null, to: string | null): Prisma.EventWhereInput {
  if (from && to) {
    return {
      OR: [
        { longSpan: false, start: { gte: earliestShortStart(from), lte: to }, end: { gte: from } },
        { longSpan: true, start: { lte: to }, end: { gte: from } },
      ],
    };
  }
  if (to) return { start: { lte: to } };
  if (from) return { end: { gte: from } };
  return {};
}

/** The first start day a short-span event overlapping a window starting `from` can have (see `overlapping`). */
export function earliestShortStart(from: string): string {
  return shiftDay(from, -(LONG_SPAN_DAYS - 1));
}
