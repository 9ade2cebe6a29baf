// Cut a text into runs by the marks that cover them (time expressions, the event's clause…), so the page
// can render each run as a text node inside its own element: article text never becomes HTML.

export interface Mark<T = unknown> {
  start: number;
  end: number;
  data: T;
}

export interface Run<T = unknown> {
  text: string;
  start: number;
  end: number;
  /** Marks covering this run, outermost (earliest start, then longest) first. */
  marks: Mark<T>[];
}

/** Runs covering the whole text in order; marks out of range are clipped, empty ones dropped. */
export function splitByMarks<T>(text: string, marks: readonly Mark<T>[]): Run<T>[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    runs.push({ text: text.slice(start, end), start, end, marks: valid.filter((m) => m.start <= start && m.end >= end) });
  }
  return runs;
}
