// overlapping(from, to) selects exactly the events whose interval overlaps the window, short and long spans alike,
// on SQLite and PostgreSQL.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Article } from "../../lib/article/types";
import type { Analysis } from "../../lib/store/analysis";
import { ingestArticles } from "../../lib/store/ingest";
import { isLongSpan, LONG_SPAN_DAYS, overlapping } from "../../lib/store/window";
import { corpusReadings } from "./support/corpus";
import { createTestDatabase, describeEachProvider, type TestDatabase } from "./support/databases";

// Intervals around the edges: one day, a month, exactly LONG_SPAN_DAYS, one day more, years.
const INTERVALS = [
  ["2016-12-01", "2016-12-01"],
  ["2016-11-30", "2016-11-30"],
  ["2016-11-15", "2016-12-14"],
  ["2016-10-01", "2016-12-01"], // 62 days: short
  ["2016-09-30", "2016-12-01"], // 63 days: long
  ["2016-09-29", "2016-11-30"], // 63 days, ends the day before the window
  ["2011-03-15", "2020-02-17"],
  ["2016-12-31", "2017-01-01"],
  ["2017-01-01", "2017-01-31"],
] as const;

/** One event per interval above, on the article's first sentence (storage is what is tested here). */
function intervalsAnalysis(article: Article): Analysis {
  return {
    timexes: [],
    events: INTERVALS.map(([start, end], ordinal) => ({
      ordinal,
      sentence: { start: 0, end: 10 },
      clause: { start: 0, end: 10 },
      summary: article.text.slice(0, 10),
      category: "battles",
      trigger: "",
      places: [],
      actors: [],
      sources: [],
      interval: { start, end },
      granularity: "day",
      dateSource: "clause",
      timexIndex: null,
      dateRule: "test",
      confidence: 1,
      relations: [],
    })),
  };
}

describeEachProvider("events overlapping a window", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await ingestArticles(t.db, (await corpusReadings()).slice(0, 1), { analyse: intervalsAnalysis, analysisVersion: "t" });
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it("marks long spans by LONG_SPAN_DAYS", async () => {
    expect(LONG_SPAN_DAYS).toBe(62);
    const rows = await t.db.event.findMany({ orderBy: { ordinal: "asc" } });
    expect(rows.map((r) => r.longSpan)).toEqual(INTERVALS.map(([start, end]) => isLongSpan({ start, end })));
    expect(rows.map((r) => r.longSpan)).toEqual([false, false, false, false, true, true, true, false, false]);
  });

  it.each([
    ["2016-12-01", "2016-12-31"],
    ["2016-12-02", "2016-12-02"],
    ["2016-01-01", "2016-11-30"],
    ["2017-01-01", "2017-12-31"],
    ["2010-01-01", "2011-03-15"],
  ])("the window %s..%s selects exactly the overlapping events", async (from, to) => {
    const all = await t.db.event.findMany({ select: { id: true, start: true, end: true } });
    const expected = all.filter((e) => e.start! <= to && e.end! >= from).map((e) => e.id).sort();
    const found = (await t.db.event.findMany({ where: overlapping(from, to), select: { id: true } })).map((e) => e.id).sort();
    expect(found).toEqual(expected);
  });
});
