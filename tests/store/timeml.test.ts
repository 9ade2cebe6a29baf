// The TimeML export's data from a real store (SQLite and PostgreSQL): the corpus ingested through the pipeline, then
// read back as TimeML with EVENT, MAKEINSTANCE and TLINK — what a researcher feeds to TimeML tools.
import { afterAll, beforeAll, expect, it } from "vitest";
import { collectArticleFiles, readArticleFile } from "../../lib/article/files";
import type { ArticleReading } from "../../lib/article/types";
import { loadAnalyse } from "../../lib/store/analysis";
import { correctEventDate } from "../../lib/store/corrections";
import { ingestArticles } from "../../lib/store/ingest";
import { getTimeMlArticles } from "../../lib/store/timeml";
import { toTimeMl } from "../../lib/view/export";
import { findAll, parseXml, textOf } from "../view/xml-check";
import { CORPUS_DIR } from "./support/corpus";
import { createTestDatabase, describeEachProvider, type TestDatabase } from "./support/databases";

const A002 = "002_bd2704263292804c";

describeEachProvider("TimeML from the store", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const { files } = await collectArticleFiles([CORPUS_DIR]);
    const readings: ArticleReading[] = [];
    for (const f of files) for await (const r of readArticleFile(f)) readings.push(r);
    await ingestArticles(t.db, readings, { analyse: await loadAnalyse(), analysisVersion: "pipeline" });
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it("annotates every event of an article, and links al-Asila's recapture to «أمس»", async () => {
    const [a] = await getTimeMlArticles([A002], null, t.db);
    const stored = await t.db.event.count({ where: { articleId: A002 } });
    const doc = parseXml(toTimeMl(a!));
    const text = findAll(doc, "TEXT")[0]!;
    expect(textOf(text)).toBe(a!.text);
    expect(findAll(text, "EVENT")).toHaveLength(stored);
    const asila = await t.db.event.findFirstOrThrow({
      where: { articleId: A002, mentions: { some: { role: "place", entityId: "place:aleppo/al-asila" } } },
    });
    const link = findAll(doc, "TLINK").find((l) => l.attrs.eventInstanceID === `ei${asila.ordinal + 1}` && l.attrs.relatedToTime);
    const timex = findAll(text, "TIMEX3").find((x) => x.attrs.tid === link?.attrs.relatedToTime);
    expect([link?.attrs.relType, timex && textOf(timex), timex?.attrs.value]).toEqual(["IS_INCLUDED", "أمس", "2016-12-11"]);
  });

  it("links the two tellings of the army's Sunday gains south of the citadel with IDENTITY", async () => {
    const [a] = await getTimeMlArticles([A002], null, t.db);
    const doc = parseXml(toTimeMl(a!));
    const events = await t.db.event.findMany({ where: { articleId: A002 }, orderBy: { ordinal: "asc" } });
    const first = events.find((e) => e.summary.includes("أعادت أمس الأمن والاستقرار إلى حى الأصيلة"))!;
    const again = events.find((e) => e.summary.includes("المكاسب الجديدة التى حققها الجيش السورى يوم الأحد الماضى"))!;
    const identity = findAll(doc, "TLINK").filter((l) => l.attrs.relType === "IDENTITY");
    expect(identity.map((l) => [l.attrs.eventInstanceID, l.attrs.relatedToEventInstance])).toEqual(
      expect.arrayContaining([[`ei${again.ordinal + 1}`, `ei${first.ordinal + 1}`]]),
    );
  });

  it("annotates only the events asked for, and drops the link to a time expression once the date is corrected", async () => {
    const events = await t.db.event.findMany({ where: { articleId: A002 }, orderBy: { ordinal: "asc" } });
    const dated = events.find((e) => e.timexIndex !== null)!;
    const [only] = await getTimeMlArticles([A002], new Set([dated.id]), t.db);
    expect(only!.events!.map((e) => e.ordinal)).toEqual([dated.ordinal]);

    await correctEventDate(
      t.db,
      dated.id,
      { interval: { start: "2016-12-10", end: "2016-12-10" }, granularity: "day", reason: "the source says Saturday", expectedVersion: dated.version },
      "test",
    );
    const [after] = await getTimeMlArticles([A002], new Set([dated.id]), t.db);
    const doc = parseXml(toTimeMl(after!));
    expect(findAll(doc, "EVENT")).toHaveLength(1);
    expect(findAll(doc, "TLINK").filter((l) => l.attrs.relatedToTime)).toHaveLength(0);
  });
});
