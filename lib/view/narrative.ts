// The narrative view: the filtered events as a chronological list, day by day.
import type { TimelineEvent } from "./types";
import { intervalDays } from "./dates";

export interface NarrativeDay {
  /** YYYY-MM-DD: the first day of the events listed under it. */
  day: string;
  events: TimelineEvent[];
}

export interface Narrative {
  /** Periods that began before the window and run into it («منذ مطلع العام»): read first, not under a far-off day. */
  earlier: TimelineEvent[];
  days: NarrativeDay[];
  undated: TimelineEvent[];
}

/**
 * Events under the day their interval starts; within a day, precise events before vague periods,
 * then by article and position so that the same input always reads the same way. With `from` (the window's first
 * day), events that started earlier are listed apart, oldest start first.
 */
export function buildNarrative(events: readonly TimelineEvent[], from: string | null = null): Narrative {
  const byDay = new Map<string, TimelineEvent[]>();
  const undated: TimelineEvent[] = [];
  const earlier: TimelineEvent[] = [];
  for (const e of events) {
    if (!e.interval) {
      undated.push(e);
      continue;
    }
    if (from !== null && e.interval.start < from) {
      earlier.push(e);
      continue;
    }
    const list = byDay.get(e.interval.start) ?? [];
    list.push(e);
    byDay.set(e.interval.start, list);
  }
  const byReading = (a: TimelineEvent, b: TimelineEvent) =>
    intervalDays(a.interval!) - intervalDays(b.interval!) ||
    (a.published ?? "").localeCompare(b.published ?? "") ||
    a.articleId.localeCompare(b.articleId) ||
    a.ordinal - b.ordinal;
  const days = [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, list]) => ({
      day,
      events: list.sort(byReading),
    }));
  earlier.sort((a, b) => (a.interval!.start < b.interval!.start ? -1 : a.interval!.start > b.interval!.start ? 1 : byReading(a, b)));
  undated.sort((a, b) => a.articleId.localeCompare(b.articleId) || a.ordinal - b.ordinal);
  return { earlier, days, undated };
}
