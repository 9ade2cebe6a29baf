// The read-side queries on a real database (SQLite, and PostgreSQL when the suite has one).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countEvents,
  countEventsByDay,
  createSavedView,
  getArticleDetail,
  getArticlesWithExpressions,
  getEventDetail,
  getFacets,
  getSavedView,
  listAllEvents,
  listEvents,
  loadWindow,
  SLUG_PATTERN,
  TooMany,
} from "@/lib/store/timeline";
import { decodeView } from "@/lib/view/url";
import { EMPTY_FILTERS, type ViewFilters } from "@/lib/view/state";
import { createTestDatabase, describeEachProvider, type TestDatabase } from "../store/support/databases";
import { ahram, IDS, insertAleppoFixture, sana } from "./store-fixture";

const q = (over: Partial<ViewFilters> = {}, range: [string, string] | null = ["2016-10-01", "2016-12-31"], limit = 100, offset = 0) => ({
  range: range ? { start: range[0], end: range[1] } : null,
  from: range?.[0] ?? null,
  to: range?.[1] ?? null,
  filters: { ...EMPTY_FILTERS, ...over },
  limit,
  offset,
});

describeEachProvider("timeline read side", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await insertAleppoFixture(t.db);
  });
  afterAll(async () => t?.destroy());

  it("lists the events overlapping a window, in time order", async () => {
    const page = await listEvents(q(), t.db);
    expect(page.events.map((e) => e.id)).toEqual([IDS.sohrWeeks, IDS.sohrTruce, IDS.sanaAdvance, IDS.ahramAdvance, IDS.lavrov]);
    expect(page.total).toBe(5);
    expect(page.next).toBeNull();
    // A window inside the vague period still shows it: intervals overlap.
    const inside = await listEvents(q({}, ["2016-11-01", "2016-11-05"]), t.db);
    // The government (the gazetteer's parent) covers the army.
    expect((await listEvents(q({ actors: ["actor:syrian-government"] }), t.db)).events.map((e) => e.id)).toEqual([IDS.sanaAdvance, IDS.ahramAdvance]);
    expect(inside.events.map((e) => e.id)).toEqual([IDS.sohrWeeks]);
    // No window: every event, undated ones last.
    const all = await listEvents(q({}, null), t.db);
    expect(all.events.at(-1)!.id).toBe(IDS.undated);
  });

  it("maps rows to what the timeline draws", async () => {
    const page = await listEvents(q(), t.db);
    const sanaEvent = page.events.find((e) => e.id === IDS.sanaAdvance)!;
    expect(sanaEvent.interval).toEqual({ start: "2016-12-12", end: "2016-12-12" });
    expect(sanaEvent.places.map((p) => p.id)).toEqual(["place:aleppo/al-shaykh-said", "place:aleppo"]);
    expect(sanaEvent.published).toBe("2016-12-12");
    expect(sanaEvent.summary.startsWith("وحدات الجيش السورى")).toBe(true);
    const weeks = page.events.find((e) => e.id === IDS.sohrWeeks)!;
    expect(weeks.approx).toBe(true);
    expect(weeks.granularity).toBe("week");
    expect(page.events.find((e) => e.id === IDS.sohrTruce)!.corrected).toBe(true);
    expect(page.events.find((e) => e.id === IDS.lavrov)!.dateSource).toBe("publication");
  });

  it("pages with a cursor", async () => {
    const first = await listEvents(q({}, ["2016-10-01", "2016-12-31"], 2), t.db);
    expect(first.events).toHaveLength(2);
    expect(first.next).toBe("2");
    const second = await listEvents(q({}, ["2016-10-01", "2016-12-31"], 2, 2), t.db);
    expect(second.events.map((e) => e.id)).toEqual([IDS.sanaAdvance, IDS.ahramAdvance]);
    const last = await listEvents(q({}, ["2016-10-01", "2016-12-31"], 2, 4), t.db);
    expect(last.events.map((e) => e.id)).toEqual([IDS.lavrov]);
    expect(last.next).toBeNull();
  });

  it("filters by place (with the places under it), actor, outlet, category and date source", async () => {
    const ids = async (f: Partial<ViewFilters>) => (await listEvents(q(f), t.db)).events.map((e) => e.id);
    expect(await ids({ places: ["place:aleppo/al-shaykh-said"] })).toEqual([IDS.sanaAdvance]);
    expect(await ids({ places: ["place:aleppo"] })).toEqual([IDS.sohrWeeks, IDS.sohrTruce, IDS.sanaAdvance, IDS.ahramAdvance]);
    expect(await ids({ actors: ["actor:russia"] })).toEqual([IDS.lavrov]);
    expect(await ids({ outlets: ["الأهرام"] })).toEqual([IDS.ahramAdvance, IDS.lavrov]);
    expect(await ids({ categories: ["statement", "strategic-developments"] })).toEqual([IDS.sohrTruce, IDS.lavrov]);
    // Dated by publication only, corrected by hand or not.
    expect(await ids({ dateSources: ["reported"] })).toEqual([IDS.sohrTruce, IDS.lavrov]);
    expect(await ids({ dateSources: ["corrected"] })).toEqual([IDS.sohrTruce]);
    expect(await ids({ dateSources: ["explicit"] })).toEqual([IDS.sohrWeeks, IDS.sanaAdvance, IDS.ahramAdvance]);
    expect(await ids({ places: ["place:aleppo"], categories: ["battles"], dateSources: ["explicit"] })).toEqual([
      IDS.sohrWeeks,
      IDS.sanaAdvance,
      IDS.ahramAdvance,
    ]);
  });

  it("searches Arabic text normalised: «السوري» finds SANA's «السورى»", async () => {
    const page = await listEvents(q({ text: "الجيش السوري" }), t.db);
    expect(page.events.map((e) => e.id)).toEqual([IDS.sanaAdvance, IDS.ahramAdvance]);
    expect(page.total).toBe(2);
    const paged = await listEvents(q({ text: "الجيش السوري" }, ["2016-10-01", "2016-12-31"], 1, 1), t.db);
    expect(paged.events.map((e) => e.id)).toEqual([IDS.ahramAdvance]);
    expect(sana.text).toContain("الجيش السورى");
  });

  it("gives a window's events, or their density when there are more than it draws", async () => {
    const fits = await loadWindow({ start: "2016-12-01", end: "2016-12-31" }, EMPTY_FILTERS, 10, t.db);
    expect(fits.density).toBeNull();
    expect(fits.page.events.map((e) => e.id)).toEqual([IDS.sanaAdvance, IDS.ahramAdvance, IDS.lavrov]);
    const crowded = await loadWindow({ start: "2016-10-01", end: "2016-12-31" }, EMPTY_FILTERS, 3, t.db);
    expect(crowded.page).toEqual({ events: [], total: 5, next: null });
    expect(crowded.density!.unit).toBe("week");
    expect(crowded.density!.buckets.reduce((n, b) => n + b.count, 0)).toBe(5);
    expect(await countEvents({ from: "2016-10-01", to: "2016-12-31", filters: { ...EMPTY_FILTERS, text: "الجيش السوري" } }, t.db)).toBe(2);
  });

  it("keeps its search index in step with new articles", async () => {
    const before = await listEvents(q({ text: "مستشفى القدس" }), t.db);
    expect(before.total).toBe(0);
    const body = "قصفت الطائرات مستشفى القدس في حلب أمس.";
    await t.db.article.create({
      data: { id: "late_0001", language: "ar", body, contentHash: "late", analysisVersion: "test", published: "2016-12-10", publishedSource: "given", ingestedPublished: "2016-12-10", ingestedPublishedSource: "given", undated: false },
    });
    await t.db.event.create({
      data: {
        id: "late_0001-e0", articleId: "late_0001", ordinal: 0, sentenceStart: 0, sentenceEnd: body.length, clauseStart: 0, clauseEnd: body.length - 1,
        summary: body.slice(0, -1), category: "explosions-remote-violence", trigger: "قصفت", start: "2016-12-09", end: "2016-12-09", granularity: "day",
        dateSource: "clause", dateRule: "test", confidence: 0.7, inferredStart: "2016-12-09", inferredEnd: "2016-12-09", inferredDateSource: "clause", inferredDateRule: "test", inferredConfidence: 0.7,
      },
    });
    const after = await listEvents(q({ text: "مستشفى القدس" }), t.db);
    expect(after.events.map((e) => e.id)).toEqual(["late_0001-e0"]);
    await t.db.article.delete({ where: { id: "late_0001" } });
    expect((await listEvents(q({ text: "مستشفى القدس" }), t.db)).total).toBe(0);
  });

  it("counts events per start day for the density view", async () => {
    const days = await countEventsByDay({ start: "2016-10-01", end: "2016-12-31" }, EMPTY_FILTERS, t.db);
    expect(new Map(days.map((d) => [d.day, d.count]))).toEqual(
      new Map([
        ["2016-10-23", 1],
        ["2016-11-14", 1],
        ["2016-12-12", 2],
        ["2016-12-13", 1],
      ]),
    );
    const searched = await countEventsByDay({ start: "2016-10-01", end: "2016-12-31" }, { ...EMPTY_FILTERS, text: "الجيش السوري" }, t.db);
    expect(searched).toEqual([{ day: "2016-12-12", count: 2 }]);
  });

  it("gives an event with its sentence, expression, reasoning inputs and the other report of it", async () => {
    const d = (await getEventDetail(IDS.ahramAdvance, t.db))!;
    expect(d.sentenceText.startsWith("بدأ الجيش السوري أمس")).toBe(true);
    expect(d.sentenceText.slice(d.clause.start, d.clause.end)).toBe(d.summary);
    expect(d.expression!.text).toBe("أمس");
    expect(d.sentenceText.slice(d.expression!.sentenceStart, d.expression!.sentenceEnd)).toBe("أمس");
    expect(d.expression!.anchor).toEqual({ kind: "publication", date: "2016-12-13" });
    expect(d.expression!.rule).toBe("ar/casual-day:yesterday");
    expect(d.mentions.map((m) => [m.eventId, m.outlet, m.published])).toEqual([[IDS.sanaAdvance, null, "2016-12-12"]]);
    expect(d.publishedSource).toBe("given");
    const corrected = (await getEventDetail(IDS.sohrTruce, t.db))!;
    expect(corrected.inferredInterval).toEqual({ start: "2016-11-13", end: "2016-11-13" });
    expect(corrected.interval).toEqual({ start: "2016-11-14", end: "2016-11-14" });
    expect(corrected.expression).toBeNull();
    expect(await getEventDetail("nope-e0", t.db)).toBeNull();
  });

  it("gives an article with its text, expressions and events", async () => {
    const a = (await getArticleDetail(ahram.id, t.db))!;
    expect(a.text).toBe(ahram.text);
    expect(a.outlet).toBe("الأهرام");
    expect(a.expressions.map((x) => a.text.slice(x.start, x.end))).toEqual(["أمس"]);
    expect(a.events.map((e) => e.id)).toEqual([IDS.ahramAdvance, IDS.lavrov]);
    expect(await getArticleDetail("nope", t.db)).toBeNull();
  });

  it("offers facets with the names articles use and the span the timeline opens on", async () => {
    const f = await getFacets(t.db);
    expect(f.span).toEqual({ start: "2016-10-23", end: "2016-12-13" });
    expect(f.places[0]).toEqual({ id: "place:aleppo", name: "حلب", en: "Aleppo", count: 4 });
    expect(f.outlets).toEqual([{ id: "الأهرام", name: "الأهرام", count: 1 }]);
    expect(f.categories.find((c) => c.id === "battles")!.count).toBe(3);
    expect(f.actors.map((a) => a.id).sort()).toEqual(["actor:russia", "actor:syrian-army"]);
  });
});

describeEachProvider("share links and exports", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await insertAleppoFixture(t.db);
  });
  afterAll(async () => t?.destroy());

  it("stores a view under an unguessable slug and restores it exactly", async () => {
    const view = decodeView("v=1&w=2016-11-01~2016-12-31T06:30&p=place:aleppo&c=battles&q=الجيش السوري&g=outlet&e=" + IDS.ahramAdvance);
    const a = await createSavedView(view, t.db);
    const b = await createSavedView(view, t.db);
    expect(a.slug).toMatch(SLUG_PATTERN);
    expect(b.slug).not.toBe(a.slug);
    expect((await getSavedView(a.slug, t.db))!.view).toEqual(view);
    expect(await getSavedView("AAAAAAAAAAAAAAAA", t.db)).toBeNull();
    expect(await getSavedView("../../etc/passwd", t.db)).toBeNull();
  });

  it("refuses to read back a stored view that is no longer valid", async () => {
    await t.db.savedView.create({ data: { slug: "broken0000000000", view: JSON.stringify({ window: null, group: "river" }) } });
    await expect(getSavedView("broken0000000000", t.db)).rejects.toThrow(/invalid view/);
  });

  it("exports every matching event or says there are too many", async () => {
    const all = await listAllEvents(q(), 100, t.db);
    expect(all.map((e) => e.id)).toEqual([IDS.sohrWeeks, IDS.sohrTruce, IDS.sanaAdvance, IDS.ahramAdvance, IDS.lavrov]);
    await expect(listAllEvents(q(), 3, t.db)).rejects.toBeInstanceOf(TooMany);
    const articles = await getArticlesWithExpressions([ahram.id, sana.id], t.db);
    expect(articles.map((a) => a.id)).toEqual([sana.id, ahram.id]);
    expect(articles[1]!.expressions.map((x) => x.text)).toEqual(["أمس"]);
    expect(articles[0]!.text).toBe(sana.text);
  });
});

describe("fixture sanity", () => {
  it("uses the corpus texts", () => {
    expect(ahram.published).toBe("2016-12-13");
  });
});
