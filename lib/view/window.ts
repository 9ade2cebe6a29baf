// Windows of the timeline: the span it opens on, and the range of days to fetch around what is visible.
import type { DayInterval } from "../time/types";
import { dayToTime, timeToDay } from "./dates";
import type { ViewWindow } from "./state";

const DAY_MS = 86_400_000;

/**
 * Events drawn at most per window; beyond that the timeline shows densities until the user zooms in. vis-timeline
 * measures every drawn item, so the cost of a redraw grows with this (bench:ui): 500 keeps a window responsive.
 */
export const PAGE_LIMIT = 500;

/** The corpus span with a margin on both sides, so the first and last events are not on the edge. */
export function windowForSpan(span: DayInterval | null): ViewWindow {
  if (!span) return { start: Date.UTC(2016, 0, 1), end: Date.UTC(2017, 0, 1) };
  const start = dayToTime(span.start);
  const end = dayToTime(span.end) + DAY_MS;
  // Wide enough that a box centred on the first or last day keeps its label inside the window.
  const margin = Math.max(2 * DAY_MS, Math.round((end - start) * 0.12));
  return { start: start - margin, end: end + margin };
}

/** Whole seconds: enough for any zoom level, and a shorter URL. */
export function roundWindow(w: ViewWindow): ViewWindow {
  return { start: Math.round(w.start / 1000) * 1000, end: Math.round(w.end / 1000) * 1000 };
}

/**
 * Days to fetch for a visible window: the window plus half its width on each side, in whole UTC days,
 * so that small pans and zooms are served from what is already loaded.
 */
export function fetchRange(w: ViewWindow): DayInterval {
  const pad = (w.end - w.start) / 2;
  return { start: timeToDay(w.start - pad), end: timeToDay(w.end + pad - 1) };
}

/** Does the loaded range cover the visible window? */
export function covers(range: DayInterval, w: ViewWindow): boolean {
  return dayToTime(range.start) <= w.start && dayToTime(range.end) + DAY_MS >= w.end;
}

/** Does an event interval intersect a window? */
export function intersects(interval: DayInterval, w: ViewWindow): boolean {
  return dayToTime(interval.start) < w.end && dayToTime(interval.end) + DAY_MS > w.start;
}

/** Two windows that differ by less than a pixel's worth of time are the same for drawing purposes. */
export function sameWindow(a: ViewWindow, b: ViewWindow, tolerance = 0.001): boolean {
  const width = Math.max(a.end - a.start, b.end - b.start);
  return Math.abs(a.start - b.start) <= width * tolerance && Math.abs(a.end - b.end) <= width * tolerance;
}

/** A window showing an interval in context: three times its length, at least two weeks. */
export function windowAround(interval: DayInterval): ViewWindow {
  const start = dayToTime(interval.start);
  const end = dayToTime(interval.end) + DAY_MS;
  const width = Math.max(14 * DAY_MS, (end - start) * 3);
  const mid = (start + end) / 2;
  return { start: mid - width / 2, end: mid + width / 2 };
}
