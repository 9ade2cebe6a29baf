// The whole pipeline on the five corpus articles, stored on SQLite and on PostgreSQL, with the real outcomes the
// issue names: the army's recapture of al-Asila dated 2016-12-11 from «أمس» in the article of 2016-12-12, the
// Palmyra events of the two December articles grouped, re-ingest changing nothing, an edited article updated with
// its corrections kept, a malformed file among good ones failing alone.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { collectArticleFiles, readArticleFile } from "../../lib/article/files";
import type { ArticleReading } from "../../lib/article/types";
import { loadAnalyse, type Analyse } from "../../lib/store/analysis";
import { correctEventDate } from "../../lib/store/corrections";
import { regroupEvents } from "../../lib/store/groups";
import { ingestArticles } from "../../lib/store/ingest";
import { CORPUS_DIR, snapshot } from "./support/corpus";
import { createTestDatabase, describeEachProvider, type TestDatabase } from "./support/databases";

async function readAll(paths: string[]): Promise<ArticleReading[]> {
  const { files, problems } = await collectArticleFiles(paths);
  const out: ArticleReading[] = problems.map((problem) => ({ ok: false, problem }));
  for (const f of files) for await (const r of readArticleFile(f)) out.push(r);
  return out;
}

describeEachProvider("the corpus through the real pipeline", (provider) => {
  let t: TestDatabase;
  let analyse: Analyse;
  let inbox: string;
  const A002 = "002_bd2704263292804c";
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    analyse = await loadAnalyse();
    // The corpus, plus a malformed file among the good ones.
    inbox = mkdtempSync(path.join(os.tmpdir(), "zaman-corpus-"));
    for (const f of readdirSync(CORPUS_DIR)) writeFileSync(path.join(inbox, f), readFileSync(path.join(CORPUS_DIR, f)));
    writeFileSync(path.join(inbox, "broken.md"), "---\nid: broken\npublished: 2016-13-01\n---\nنص قصير عن حلب.\n");
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it("stores the corpus; the malformed file fails alone", async () => {
    const summary = await ingestArticles(t.db, await readAll([inbox]), { analyse, analysisVersion: "pipeline" });
    expect(summary).toMatchObject({ added: 5, failed: 1 });
    expect(summary.problems[0]).toMatchObject({ file: path.join(inbox, "broken.md"), field: "published" });
    expect(summary.events).toBe(await t.db.event.count());
  });

  it("dates the army's recapture of al-Asila 2016-12-11, from «أمس» in the article of 2016-12-12", async () => {
    const asila = await t.db.event.findFirstOrThrow({
      where: { articleId: A002, mentions: { some: { role: "place", entityId: "place:aleppo/al-asila" } } },
      include: { timex: true },
    });
    expect(asila).toMatchObject({ start: "2016-12-11", end: "2016-12-11", granularity: "day", dateSource: "clause" });
    expect(asila.timex).toMatchObject({ text: "أمس", anchorKind: "publication", anchorRef: "2016-12-12" });
  });

  it("groups the Palmyra events of the two December articles, each keeping its own dates", async () => {
    const palmyra = await t.db.event.findMany({
      where: { mentions: { some: { role: "place", entityId: "place:palmyra" } }, groupId: { not: null } },
      select: { articleId: true, groupId: true, start: true, end: true },
    });
    const articles = (g: string) => new Set(palmyra.filter((e) => e.groupId === g).map((e) => e.articleId));
    const shared = [...new Set(palmyra.map((e) => e.groupId!))].filter((g) => articles(g).has(A002) && articles(g).has("003_3fa513781c5a54af"));
    expect(shared).toHaveLength(1);
    const group = await t.db.eventGroup.findUniqueOrThrow({ where: { id: shared[0]! }, include: { events: true } });
    expect(group.score).toBeGreaterThan(0.6);
    const dates = new Set(group.events.map((e) => `${e.start}..${e.end}`));
    expect(dates.size).toBeGreaterThan(1); // the disagreement in dates is kept, not averaged away
  });

  it("a scoped regroup leaves the same groups a full one computes", async () => {
    const before = await t.db.event.findMany({ select: { id: true, groupId: true }, orderBy: { id: "asc" } });
    await regroupEvents(t.db, null);
    expect(await t.db.event.findMany({ select: { id: true, groupId: true }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("re-ingesting the corpus changes nothing", async () => {
    const before = await snapshot(t.db, "");
    const groups = await t.db.eventGroup.findMany({ orderBy: { id: "asc" } });
    const summary = await ingestArticles(t.db, await readAll([CORPUS_DIR]), { analyse, analysisVersion: "pipeline" });
    expect(summary).toMatchObject({ added: 0, updated: 0, skipped: 5, failed: 0 });
    expect(await snapshot(t.db, "")).toEqual(before);
    expect(await t.db.eventGroup.findMany({ orderBy: { id: "asc" } })).toEqual(groups);
  });

  it("an edited article is updated and keeps its corrections", async () => {
    const asila = await t.db.event.findFirstOrThrow({ where: { articleId: A002, mentions: { some: { entityId: "place:aleppo/al-asila" } } } });
    await correctEventDate(t.db, asila.id, { interval: { start: "2016-12-10", end: "2016-12-11" }, granularity: "day", reason: "two days", expectedVersion: asila.version }, "رهف");
    const readings = await readAll([CORPUS_DIR]);
    const edited = readings.map((r) => (r.ok && r.article.id === A002 ? { ...r, article: { ...r.article, title: "الجيش يتقدم في حلب" } } : r));
    const summary = await ingestArticles(t.db, edited, { analyse, analysisVersion: "pipeline" });
    expect(summary).toMatchObject({ updated: 1, skipped: 4 });
    expect(await t.db.event.findUniqueOrThrow({ where: { id: asila.id } })).toMatchObject({ start: "2016-12-10", end: "2016-12-11", inferredStart: "2016-12-11", dateOrigin: "event-correction" });
    expect((await t.db.article.findUniqueOrThrow({ where: { id: A002 } })).title).toBe("الجيش يتقدم في حلب");
  });
});
