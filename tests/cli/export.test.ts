// `zaman export` on a stored database, on SQLite and PostgreSQL: every event with its evidence, in JSON Lines and
// CSV, ids stable across re-ingest.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { ingestArticles } from "../../lib/store/ingest";
import { exportEvents, type ExportedEvent } from "../../lib/store/export";
import { CSV_COLUMNS, csvCell } from "../../cli/commands/export";
import { corpusReadings } from "../store/support/corpus";
import { createTestDatabase, describeEachProvider, type TestDatabase } from "../store/support/databases";
import { fakeAnalyse } from "../store/support/fake-analysis";
import { zaman } from "../store/support/cli";

// Each step starts the real CLI (a few seconds on a busy 2-core machine).
vi.setConfig({ testTimeout: 120_000 });

/** Splits RFC 4180 CSV into rows of cells (quoted cells may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell), rows.push(row), (row = []), (cell = ""), (i += 1);
    } else cell += ch;
  }
  return rows;
}

describeEachProvider("zaman export", (provider) => {
  let t: TestDatabase;
  let stored: ExportedEvent[] = [];
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await ingestArticles(t.db, await corpusReadings(), { analyse: fakeAnalyse, analysisVersion: "t" });
    for await (const e of exportEvents(t.db)) stored.push(e);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it("prints every event as JSON Lines with its evidence", async () => {
    const run = await zaman(["export", "--format", "jsonl"], t.url);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as ExportedEvent);
    expect(lines.length).toBe(await t.db.event.count());
    expect(lines.length).toBeGreaterThan(10);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    for (const l of lines) expect(l.id).toBe(`${l.articleId}-e${l.ordinal}`);
    const asila = lines.find((l) => l.articleId === "002_bd2704263292804c" && l.summary.includes("الأصيلة"));
    expect(asila).toMatchObject({
      published: "2016-12-12",
      start: "2016-12-11",
      end: "2016-12-11",
      granularity: "day",
      dateSource: "clause",
      dateOrigin: "inferred",
      expression: { text: "أمس", value: "2016-12-11" },
      places: [{ id: "place:aleppo", name: null, text: "حلب" }],
    });
  });

  it("prints CSV with a header and one row per event, quoting what needs it", async () => {
    const run = await zaman(["export", "--format", "csv", "--article", "002_bd2704263292804c"], t.url);
    expect(run.status).toBe(0);
    const rows = parseCsv(run.stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const expected = stored.filter((e) => e.articleId === "002_bd2704263292804c");
    expect(rows.slice(1).map((r) => r[0])).toEqual(expected.map((e) => e.id));
    const summaryColumn = CSV_COLUMNS.indexOf("summary");
    expect(rows.slice(1).map((r) => r[summaryColumn])).toEqual(expected.map((e) => e.summary));
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell('قال "لا"، ثم')).toBe('"قال ""لا""، ثم"');
  });

  it("keeps event ids across a re-ingest of a changed article", async () => {
    const edited = await corpusReadings("", (a) => (a.id === "002_bd2704263292804c" ? { ...a, title: "حلب" } : a));
    const summary = await ingestArticles(t.db, edited, { analyse: fakeAnalyse, analysisVersion: "t" });
    expect(summary.updated).toBe(1);
    const after: string[] = [];
    for await (const e of exportEvents(t.db)) after.push(e.id);
    expect(after).toEqual(stored.map((e) => e.id));
  });

  it("refuses an unknown format", async () => {
    const run = await zaman(["export", "--format", "xml"], t.url);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown format «xml»");
  });
});

