// Corrections through the store, on SQLite and PostgreSQL: an event's date (with optimistic versions), an article's
// publication date (re-resolving what hangs on it, sparing what a person dated by hand), reverts, and history.
import { afterAll, beforeAll, expect, it } from "vitest";
import { articleHistory, correctArticlePublished, correctEventDate, eventHistory, revertCorrection } from "../../lib/store/corrections";
import { StoreRefusal } from "../../lib/store/errors";
import { ingestArticles } from "../../lib/store/ingest";
import { corpusReadings } from "./support/corpus";
import { createTestDatabase, describeEachProvider, type TestDatabase } from "./support/databases";
import { fakeAnalyse } from "./support/fake-analysis";

const reanalysis = { analyse: fakeAnalyse };

async function refusal(promise: Promise<unknown>): Promise<StoreRefusal> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof StoreRefusal) return err;
    throw err;
  }
  throw new Error("expected a refusal");
}

describeEachProvider("corrections", (provider) => {
  let t: TestDatabase;
  const A003 = "003_3fa513781c5a54af";
  const A002 = "002_bd2704263292804c";
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const summary = await ingestArticles(t.db, await corpusReadings(), { analyse: fakeAnalyse, analysisVersion: "test" });
    expect(summary.added).toBe(5);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  const yesterdayEvent = (articleId: string) =>
    t.db.event.findFirstOrThrow({ where: { articleId, timex: { text: "أمس" } }, orderBy: { ordinal: "asc" } });

  it("corrects an event's date: new version, the inference kept, the correction in its history", async () => {
    const event = await yesterdayEvent(A002);
    expect(event).toMatchObject({ start: "2016-12-11", version: 1 });
    const result = await correctEventDate(
      t.db,
      event.id,
      { interval: { start: "2016-12-10", end: "2016-12-11" }, granularity: "day", reason: "SANA reports two days of fighting", expectedVersion: 1 },
      "رهف",
    );
    expect(result.event).toEqual({ id: event.id, version: 2, interval: { start: "2016-12-10", end: "2016-12-11" }, granularity: "day" });
    expect(result.correction).toMatchObject({
      targetKind: "event",
      targetId: event.id,
      field: "date",
      before: { interval: { start: "2016-12-11", end: "2016-12-11" }, granularity: "day" },
      after: { interval: { start: "2016-12-10", end: "2016-12-11" }, granularity: "day" },
      author: "رهف",
      version: 2,
      revertedAt: null,
    });
    const stored = await t.db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored).toMatchObject({ start: "2016-12-10", end: "2016-12-11", inferredStart: "2016-12-11", inferredEnd: "2016-12-11", dateOrigin: "event-correction" });
    const history = await eventHistory(t.db, event.id);
    expect(history?.target).toMatchObject({ kind: "event", version: 2, interval: { start: "2016-12-10", end: "2016-12-11" } });
    expect(history?.corrections.map((c) => c.id)).toEqual([result.correction.id]);
  });

  it("refuses a stale version with a conflict that says what the event is now, and changes nothing", async () => {
    const event = await yesterdayEvent(A002);
    const conflict = await refusal(
      correctEventDate(t.db, event.id, { interval: { start: "2016-12-01", end: "2016-12-01" }, granularity: "day", reason: "late edit", expectedVersion: 1 }, "سامي"),
    );
    expect(conflict.code).toBe("conflict");
    expect(conflict.status).toBe(409);
    expect(conflict.extra.current).toMatchObject({ version: 2, interval: { start: "2016-12-10", end: "2016-12-11" } });
    expect(conflict.extra.latest).toMatchObject({ author: "رهف" });
    expect(await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ start: "2016-12-10", version: 2 });
    expect(await t.db.correction.count({ where: { targetId: event.id } })).toBe(1);
  });

  it("refuses unknown ids", async () => {
    expect((await refusal(correctEventDate(t.db, `${A002}-e999`, { interval: { start: "2016-12-01", end: "2016-12-01" }, granularity: "day", reason: "x", expectedVersion: 1 }, "x"))).code).toBe("not-found");
    expect((await refusal(correctEventDate(t.db, "no-such-event", { interval: { start: "2016-12-01", end: "2016-12-01" }, granularity: "day", reason: "x", expectedVersion: 1 }, "x"))).code).toBe("not-found");
    expect((await refusal(correctArticlePublished(t.db, "nope", { published: "2016-12-01", reason: "x", expectedVersion: null }, "x", reanalysis))).code).toBe("not-found");
    expect((await refusal(revertCorrection(t.db, "c-000000000000", { reason: null }, "x", reanalysis))).code).toBe("not-found");
    expect(await eventHistory(t.db, "no-such-event")).toBeNull();
  });

  it("a new publication date re-resolves the article: anchored events move, hand-dated ones stay", async () => {
    const before = await t.db.event.findMany({ where: { articleId: A003 }, orderBy: { ordinal: "asc" } });
    const yesterday = await yesterdayEvent(A003);
    expect(yesterday.start).toBe("2016-12-12");
    // A person dates one of the «أمس» events by hand first.
    const others = before.filter((e) => e.id !== yesterday.id && e.start === "2016-12-12");
    const handDated = others[0];
    expect(handDated).toBeDefined(); // 003 has two «أمس»
    if (handDated) {
      await correctEventDate(t.db, handDated.id, { interval: { start: "2016-12-12", end: "2016-12-12" }, granularity: "day", reason: "confirmed by SANA", expectedVersion: handDated.version }, "رهف");
    }
    const result = await correctArticlePublished(t.db, A003, { published: "2016-12-14", reason: "the print edition is of the 14th", expectedVersion: 1 }, "سامي", reanalysis);
    expect(result.article).toEqual({ id: A003, version: 2, published: "2016-12-14" });
    expect(result.correction).toMatchObject({ targetKind: "article", field: "published", before: { published: "2016-12-13" }, after: { published: "2016-12-14" }, version: 2 });
    expect(result.moved).toContainEqual({ eventId: yesterday.id, summary: yesterday.summary, before: { start: "2016-12-12", end: "2016-12-12" }, after: { start: "2016-12-13", end: "2016-12-13" } });
    if (handDated) {
      expect(result.keptByHand).toContain(handDated.id);
      expect(result.moved.map((m) => m.eventId)).not.toContain(handDated.id);
      expect(await t.db.event.findUniqueOrThrow({ where: { id: handDated.id } })).toMatchObject({ start: "2016-12-12", dateOrigin: "event-correction" });
    }
    const article = await t.db.article.findUniqueOrThrow({ where: { id: A003 } });
    expect(article).toMatchObject({ published: "2016-12-14", publishedSource: "corrected", ingestedPublished: "2016-12-13", ingestedPublishedSource: "inferred" });
    const moved = await t.db.event.findUniqueOrThrow({ where: { id: yesterday.id }, include: { timex: true } });
    expect(moved).toMatchObject({ start: "2016-12-13", inferredStart: "2016-12-12", dateOrigin: "article-correction", version: yesterday.version + 1 });
    expect(moved.timex).toMatchObject({ text: "أمس", intervalStart: "2016-12-13", anchorRef: "2016-12-14" });
    expect((await articleHistory(t.db, A003))?.corrections.map((c) => c.id)).toEqual([result.correction.id]);
  });

  it("reverting the publication date puts the events back and records the revert", async () => {
    const history = await articleHistory(t.db, A003);
    const correction = history!.corrections[0]!;
    const yesterday = await yesterdayEvent(A003);
    const result = await revertCorrection(t.db, correction.id, { reason: "the web edition date was right" }, "رهف", reanalysis);
    expect(result.reverted).toMatchObject({ id: correction.id, revertedBy: "رهف" });
    expect(result.reverted.revertedAt).not.toBeNull();
    expect(result.revert).toMatchObject({ revertsId: correction.id, before: { published: "2016-12-14" }, after: { published: "2016-12-13" }, reason: "the web edition date was right" });
    expect(result.moved).toContainEqual(expect.objectContaining({ eventId: yesterday.id, after: { start: "2016-12-12", end: "2016-12-12" } }));
    expect(await t.db.article.findUniqueOrThrow({ where: { id: A003 } })).toMatchObject({ published: "2016-12-13", publishedSource: "inferred" });
    expect(await t.db.event.findUniqueOrThrow({ where: { id: yesterday.id } })).toMatchObject({ start: "2016-12-12", dateOrigin: "inferred" });

    expect((await refusal(revertCorrection(t.db, correction.id, { reason: null }, "x", reanalysis))).code).toBe("already-reverted");
    expect((await refusal(revertCorrection(t.db, result.revert.id, { reason: null }, "x", reanalysis))).code).toBe("not-revertible");
    expect((await articleHistory(t.db, A003))?.corrections.map((c) => c.id)).toEqual([result.revert.id, correction.id]);
  });

  it("only the newest correction of an event can be reverted; reverting it restores the one before", async () => {
    const event = await yesterdayEvent(A002);
    const [first] = (await eventHistory(t.db, event.id))!.corrections;
    const second = await correctEventDate(t.db, event.id, { interval: { start: "2016-12-01", end: "2016-12-31" }, granularity: "month", reason: "only the month is sure", expectedVersion: event.version }, "سامي");
    const superseded = await refusal(revertCorrection(t.db, first!.id, { reason: null }, "x", reanalysis));
    expect(superseded.code).toBe("not-revertible");
    await revertCorrection(t.db, second.correction.id, { reason: null }, "رهف", reanalysis);
    expect(await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ start: "2016-12-10", end: "2016-12-11", granularity: "day", dateOrigin: "event-correction" });
    await revertCorrection(t.db, first!.id, { reason: null }, "رهف", reanalysis);
    expect(await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ start: "2016-12-11", end: "2016-12-11", dateOrigin: "inferred" });
  });

  it("dates an undated article: its relative expressions resolve and its events get dates", async () => {
    const reading = (await corpusReadings("undated-", (a) => ({ ...a, published: null, publishedConfidence: null }))).find((r) => r.ok && r.article.id === `undated-${A002}`)!;
    await ingestArticles(t.db, [reading], { analyse: fakeAnalyse, analysisVersion: "test" });
    const id = `undated-${A002}`;
    expect(await t.db.event.count({ where: { articleId: id, start: { not: null } } })).toBe(0);
    const result = await correctArticlePublished(t.db, id, { published: "2016-12-12", reason: "the SANA statement is of Monday 12 December", expectedVersion: null }, "رهف", reanalysis);
    expect(result.article.published).toBe("2016-12-12");
    const yesterday = await yesterdayEvent(id);
    expect(yesterday).toMatchObject({ start: "2016-12-11", inferredStart: null, dateOrigin: "article-correction" });
    expect(result.moved).toContainEqual(expect.objectContaining({ eventId: yesterday.id, before: null, after: { start: "2016-12-11", end: "2016-12-11" } }));
    expect(await t.db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ undated: false, ingestedPublished: null });
  });
});
