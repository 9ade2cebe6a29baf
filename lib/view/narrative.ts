// The narrative view: the filtered events as a chronological list, day by day.
import type { TimelineEvent } from "./types";
import { intervalDays } from "./dates";

export interface NarrativeDay {
  /** YYYY-MM-DD: the first day of the events listed under it. */
  day: string;
  events: TimelineEvent[];
}

export interface Narrative {
  days: NarrativeDay[];
  undated: TimelineEvent[];
}

/**
 * Events under the day their interval starts; within a day, precise events before vague periods,
 * then by article and position so that the same input always reads the same way.
 */
export function buildNarrative(events: readonly TimelineEvent[]): Narrative {
  const byDay = new Map<string, TimelineEvent[]>();
  const undated: TimelineEvent[] = [];
  for (const e of events) {
    if (!e.interval) {
      undated.push(e);
      continue;
    }
    const list = byDay.get(e.interval.start) ?? [];
    list.push(e);
    byDay.set(e.interval.start, list);
  }
  const days = [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, list]) => ({
      day,
      events: list.sort(
        (a, b) =>
          intervalDays(a.interval!) - intervalDays(b.interval!) ||
          (a.published ?? "").localeCompare(b.published ?? "") ||
          a.articleId.localeCompare(b.articleId) ||
          a.ordinal - b.ordinal,
      ),
    }));
  undated.sort((a, b) => a.articleId.localeCompare(b.articleId) || a.ordinal - b.ordinal);
  return { days, undated };
}
