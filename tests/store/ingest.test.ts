// Ingest into a real database, on SQLite and on PostgreSQL: the corpus lands with its evidence, re-ingest changes
// nothing, an edited article is updated with its corrections kept, and a bad input fails alone.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Article, ArticleReading } from "../../lib/article/types";
import type { Analyse, Analysis } from "../../lib/store/analysis";
import { correctEventDate } from "../../lib/store/corrections";
import { ingestArticles, type IngestOptions } from "../../lib/store/ingest";
import { corpusReadings, snapshot } from "./support/corpus";
import { createTestDatabase, describeEachProvider, type TestDatabase } from "./support/databases";
import { fakeAnalyse } from "./support/fake-analysis";

const options = (over: Partial<IngestOptions> = {}): IngestOptions => ({ analyse: fakeAnalyse, analysisVersion: "test-1", ...over });

describeEachProvider("ingest", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it("stores the five corpus articles with their text, dates, expressions and events", async () => {
    const readings = await corpusReadings("a/");
    const expected = readings.map((r) => (r.ok ? fakeAnalyse(r.article) : null));
    const summary = await ingestArticles(t.db, readings, options());
    expect(summary).toMatchObject({ added: 5, updated: 0, skipped: 0, failed: 0 });
    expect(summary.expressions).toBe(expected.reduce((n, a) => n + (a?.timexes.length ?? 0), 0));
    expect(summary.events).toBe(expected.reduce((n, a) => n + (a?.events.length ?? 0), 0));

    const stored = await t.db.article.findUnique({ where: { id: "a/002_bd2704263292804c" } });
    const source = readings.find((r) => r.ok && r.article.id === "a/002_bd2704263292804c");
    expect(source?.ok && stored?.body === source.article.text).toBe(true);
    expect(stored).toMatchObject({ published: "2016-12-12", ingestedPublished: "2016-12-12", publishedSource: "inferred", undated: false, version: 1 });

    // The al-Asila sentence: «أمس» in the article of 2016-12-12 is 2016-12-11.
    const asila = await t.db.event.findFirst({
      where: { articleId: "a/002_bd2704263292804c", summary: { contains: "الأصيلة" } },
      include: { timex: true, mentions: true },
    });
    expect(asila).toMatchObject({ start: "2016-12-11", end: "2016-12-11", inferredStart: "2016-12-11", dateOrigin: "inferred", version: 1 });
    expect(asila?.timex?.text).toBe("أمس");
    expect(asila?.timex?.anchorKind).toBe("publication");
    expect(asila?.timex?.anchorRef).toBe("2016-12-12");
    expect(asila?.mentions.map((m) => m.entityId)).toContain("place:aleppo");
  });

  it("re-ingesting the same articles skips them all and changes nothing", async () => {
    const before = await snapshot(t.db, "a/");
    const summary = await ingestArticles(t.db, await corpusReadings("a/"), options());
    expect(summary).toMatchObject({ added: 0, updated: 0, skipped: 5, failed: 0, expressions: 0, events: 0 });
    expect(await snapshot(t.db, "a/")).toEqual(before);
  });

  it("updates an edited article, keeps and re-applies the corrections made on it, leaves the others alone", async () => {
    await ingestArticles(t.db, await corpusReadings("b/"), options());
    const id = "b/002_bd2704263292804c";
    const asila = await t.db.event.findFirstOrThrow({ where: { articleId: id, summary: { contains: "الأصيلة" } } });
    const fix = await correctEventDate(
      t.db,
      asila.id,
      { interval: { start: "2016-12-10", end: "2016-12-11" }, granularity: "day", reason: "the army took al-Asila over two days", expectedVersion: asila.version },
      "رهف",
    );
    const others = await snapshot(t.db, "b/00");
    const otherArticles = (others as { articles: { id: string }[] }).articles.filter((a) => a.id !== id).map((a) => a.id);

    // The edit: a sentence added at the very start shifts every offset of the article.
    const lead = "وفي آخر التطورات الميدانية في مدينة حلب.\n";
    const summary = await ingestArticles(
      t.db,
      await corpusReadings("b/", (a) => (a.id === id ? { ...a, text: lead + a.text } : a)),
      options(),
    );
    expect(summary).toMatchObject({ added: 0, updated: 1, skipped: 4, failed: 0 });

    const article = await t.db.article.findUniqueOrThrow({ where: { id } });
    expect(article.body.startsWith(lead)).toBe(true);
    expect(article.version).toBe(2);
    const after = await t.db.event.findUniqueOrThrow({ where: { id: asila.id } });
    // Same event id; its clause moved with the text; the person's dating is still in force, the inference kept.
    expect(after.clauseStart).toBe(asila.clauseStart + lead.length);
    expect(after).toMatchObject({ start: "2016-12-10", end: "2016-12-11", dateOrigin: "event-correction", inferredStart: "2016-12-11" });
    expect(after.version).toBeGreaterThanOrEqual(fix.event.version);
    expect(await t.db.correction.count({ where: { targetId: asila.id, revertedAt: null } })).toBe(1);
    for (const other of otherArticles) {
      const row = await t.db.article.findUniqueOrThrow({ where: { id: other } });
      expect(row.version).toBe(1);
    }
  });

  it("re-analyses unchanged articles when the analysis code changed", async () => {
    const summary = await ingestArticles(t.db, await corpusReadings("a/"), options({ analysisVersion: "test-2" }));
    expect(summary).toMatchObject({ updated: 5, skipped: 0 });
    const again = await ingestArticles(t.db, await corpusReadings("a/"), options({ analysisVersion: "test-2" }));
    expect(again).toMatchObject({ updated: 0, skipped: 5 });
  });

  it("reports a malformed input and an article that cannot be stored, and still stores the others", async () => {
    const good = await corpusReadings("c/");
    const broken: ArticleReading = { ok: false, problem: { file: "bad.jsonl", line: 3, field: "published", reason: "«2016-02-30» is impossible" } };
    // An analysis whose two events share an ordinal breaks a unique constraint: its batch fails and is retried
    // one article per transaction, so only that article fails.
    const faulty: Analyse = (a) => {
      const analysis = fakeAnalyse(a);
      if (a.id !== "c/003_3fa513781c5a54af" || analysis.events.length < 2) return analysis;
      return { ...analysis, events: analysis.events.map((e) => ({ ...e, ordinal: 0 })) };
    };
    const outcomes: string[] = [];
    const summary = await ingestArticles(t.db, [good[0]!, broken, ...good.slice(1)], {
      ...options({ analyse: faulty }),
      onOutcome: (o) => outcomes.push(o.status === "failed" ? `failed ${o.problem.file}` : `${o.status} ${o.articleId}`),
    });
    expect(summary).toMatchObject({ added: 4, failed: 2 });
    expect(summary.problems[0]).toMatchObject({ file: "bad.jsonl", line: 3, field: "published" });
    expect(summary.problems[1]?.reason).toMatch(/^could not be stored: /);
    expect(outcomes).toEqual([
      "added c/000_98164b258b84e6eb",
      "failed bad.jsonl",
      "added c/001_6e308240e8d3b8a3",
      "added c/002_bd2704263292804c",
      expect.stringMatching(/^failed .*003_3fa513781c5a54af\.md$/),
      "added c/004_9b3dba44908ffe05",
    ]);
    expect(await t.db.article.findUnique({ where: { id: "c/003_3fa513781c5a54af" } })).toBeNull();
    expect(await t.db.event.count({ where: { articleId: "c/003_3fa513781c5a54af" } })).toBe(0);
  });

  it("stores an undated article as undated: relative expressions unresolved, events flagged", async () => {
    const [reading] = await corpusReadings("u/", (a) => ({ ...a, published: null, publishedConfidence: null }));
    const summary = await ingestArticles(t.db, [reading!], options());
    expect(summary.added).toBe(1);
    const article = await t.db.article.findFirstOrThrow({ where: { id: { startsWith: "u/" } } });
    expect(article).toMatchObject({ published: null, undated: true });
    const unresolved = await t.db.timeExpression.findMany({ where: { articleId: article.id, anchorKind: "unresolved" } });
    expect(unresolved.length).toBeGreaterThan(0);
    for (const e of unresolved) expect(e.intervalStart).toBeNull();
    expect(await t.db.event.count({ where: { articleId: article.id, dateSource: "undated", start: null } })).toBeGreaterThan(0);
  });

  it("analyses handed off and run by this thread while it waits land as on one thread; a failing one fails alone", async () => {
    const failing = "001_6e308240e8d3b8a3";
    const analyse: Analyse = (a) => {
      if (a.id.endsWith(failing)) throw new Error("the engine choked");
      return fakeAnalyse(a);
    };
    // Handed-off analyses wait in a queue nothing else serves: ingest completes only if it runs them itself.
    const queue: { article: Article; resolve: (a: Analysis) => void; reject: (e: Error) => void }[] = [];
    const ran: string[] = [];
    const handedOff: Partial<IngestOptions> = {
      analyseAsync: (article) => new Promise((resolve, reject) => queue.push({ article, resolve, reject })),
      helpAnalyse: (wanted) => {
        let i = queue.findIndex((task) => task.article === wanted);
        const given = i >= 0;
        if (!given) i = queue.length - 1;
        if (i < 0) return null;
        const [task] = queue.splice(i, 1);
        ran.push(task!.article.id);
        try {
          task!.resolve(analyse(task!.article));
        } catch (err) {
          task!.reject(err as Error);
        }
        return given ? "given" : "other";
      },
    };
    const plain = await ingestArticles(t.db, await corpusReadings("h1/"), options({ analyse }));
    const helped = await ingestArticles(t.db, await corpusReadings("h2/"), options({ analyse, ...handedOff }));
    for (const summary of [plain, helped]) {
      expect(summary).toMatchObject({ added: 4, failed: 1 });
      expect(summary.problems[0]?.reason).toBe("analysis failed: the engine choked");
    }
    expect(ran).toHaveLength(5);
    // Every stored row the same, ids (and the hashes and write times that differ with them) aside.
    const rows = async (prefix: string) => {
      const json = JSON.stringify(await snapshot(t.db, prefix), (key, value: unknown) => (["ingestedAt", "updatedAt", "contentHash"].includes(key) ? undefined : value));
      return JSON.parse(json.replaceAll(prefix, "")) as unknown;
    };
    expect(await rows("h2/")).toEqual(await rows("h1/"));
  });

  it("takes the same id twice in one run as an update of the first", async () => {
    const [first] = await corpusReadings("d/");
    if (!first?.ok) throw new Error("no reading");
    const second: ArticleReading = { ...first, article: { ...first.article, title: "عنوان جديد" } };
    const summary = await ingestArticles(t.db, [first, second], options());
    expect(summary).toMatchObject({ added: 1, updated: 1 });
    expect((await t.db.article.findUniqueOrThrow({ where: { id: first.article.id } })).title).toBe("عنوان جديد");
  });
});
