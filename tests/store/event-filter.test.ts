// The timeline's event filter is SQL written by hand (lib/store/event-filter.ts), with one form per provider and, on
// PostgreSQL, two forms of the place/actor test (probed per event in a narrow window, left to the planner in a wide
// one). Here every form is held to a plain reading of the filters over the stored corpus: for windows narrow, wide,
// open-ended and absent, alone and combined with places (with the places under them), actors, outlet, categories and
// date sources, the count, the ids in timeline order and the per-day counts must be exactly what the reading says.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { EventCategory } from "../../lib/events/types";
import { loadAnalyse } from "../../lib/store/analysis";
import { correctEventDate } from "../../lib/store/corrections";
import { COLLECT, eventFilterSql, eventOrderSql, planEventFilter, type FilterPlan } from "../../lib/store/event-filter";
import { ingestArticles } from "../../lib/store/ingest";
import { countEvents, countEventsByDay, listEvents, loadWindow } from "../../lib/store/timeline";
import { withDescendants } from "../../lib/view/entities";
import { EMPTY_FILTERS, type ViewFilters } from "../../lib/view/state";
import { corpusReadings } from "./support/corpus";
import { createTestDatabase, describeEachProvider, type TestDatabase } from "./support/databases";

interface Stored {
  id: string;
  start: string | null;
  end: string | null;
  category: string;
  dateSource: string;
  dateOrigin: string;
  outlet: string | null;
  mentions: { role: string; entityId: string }[];
}

/** The filters as a reader states them, over plain rows. */
function reading(e: Stored, from: string | null, to: string | null, f: ViewFilters): boolean {
  if ((from || to) && (!e.start || !e.end)) return false;
  if (to && e.start! > to) return false;
  if (from && e.end! < from) return false;
  const names = (role: string, ids: string[]) => {
    const wanted = new Set(ids.flatMap(withDescendants));
    return e.mentions.some((m) => m.role === role && wanted.has(m.entityId));
  };
  if (f.outlets.length && !f.outlets.includes(e.outlet ?? "")) return false;
  if (f.places.length && !names("place", f.places)) return false;
  if (f.actors.length && !names("actor", f.actors)) return false;
  if (f.categories.length && !f.categories.includes(e.category as EventCategory)) return false;
  if (f.dateSources.length) {
    const explicit = ["clause", "sentence", "narrative"].includes(e.dateSource);
    const ok =
      (f.dateSources.includes("explicit") && explicit) ||
      (f.dateSources.includes("reported") && e.dateSource === "publication") ||
      (f.dateSources.includes("corrected") && e.dateOrigin !== "inferred");
    if (!ok) return false;
  }
  return true;
}

/** Timeline order: start, end, id; undated last. */
function timelineOrder(a: Stored, b: Stored): number {
  const key = (x: Stored) => [x.start ?? "\uffff", x.end ?? "\uffff", x.id] as const;
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < 3; i += 1) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
  return 0;
}

const WINDOWS: [string | null, string | null][] = [
  ["2016-12-01", "2016-12-31"], // a month: probed per event on PostgreSQL
  ["2016-11-10", "2016-11-20"],
  ["2016-06-14", "2016-06-14"], // one day
  ["2016-01-01", "2020-12-31"], // wider than a year: the planner's join
  ["2020-02-01", "2020-02-29"],
  [null, "2016-06-30"], // open-ended
  ["2020-01-01", null],
  [null, null], // no window: undated events too
];

const FILTERS: Partial<ViewFilters>[] = [
  {},
  { places: ["place:aleppo"] },
  { places: ["place:aleppo/east", "place:palmyra"] },
  { actors: ["actor:syrian-government"] },
  { actors: ["actor:russia", "actor:turkey"] },
  { outlets: ["العربي الجديد"] },
  { categories: ["battles", "explosions-remote-violence"] },
  { dateSources: ["explicit"] },
  { dateSources: ["reported", "corrected"] },
  { places: ["place:aleppo"], actors: ["actor:syrian-government"], categories: ["battles"], dateSources: ["explicit"] },
];

describeEachProvider("the timeline's event filter", (provider) => {
  let t: TestDatabase;
  let stored: Stored[];
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const analyse = await loadAnalyse();
    await ingestArticles(t.db, await corpusReadings(), { analyse, analysisVersion: "filter" });
    // The SANA article again with no publication date: its events with relative dates are stored undated.
    const withoutDate = await corpusReadings("undated-", (a) => ({ ...a, published: null, publishedConfidence: null }));
    await ingestArticles(t.db, withoutDate.filter((r) => r.ok && r.article.id.startsWith("undated-002")), { analyse, analysisVersion: "filter" });
    // One corrected event, so "corrected" selects something.
    const first = await t.db.event.findFirstOrThrow({ where: { start: { not: null } }, orderBy: { id: "asc" } });
    await correctEventDate(t.db, first.id, { interval: { start: "2016-12-05", end: "2016-12-05" }, granularity: "day", reason: "test", expectedVersion: first.version }, "test");
    const rows = await t.db.event.findMany({ include: { article: { select: { outlet: true } }, mentions: { select: { role: true, entityId: true } } } });
    stored = rows.map((r) => ({ ...r, outlet: r.article.outlet }));
  }, 120_000);
  afterAll(async () => t?.destroy());

  it("has a corpus that exercises every filter", () => {
    expect(stored.length).toBeGreaterThan(50);
    for (const f of FILTERS.slice(1)) expect(stored.some((e) => reading(e, null, null, { ...EMPTY_FILTERS, ...f })), JSON.stringify(f)).toBe(true);
    expect(stored.some((e) => !e.start)).toBe(true); // undated events, which only an open view shows
  });

  it("selects, counts, orders and counts per day exactly as the filters read", async () => {
    let nonEmpty = 0;
    for (const [from, to] of WINDOWS) {
      for (const over of FILTERS) {
        const filters = { ...EMPTY_FILTERS, ...over };
        const label = `${from}…${to} ${JSON.stringify(over)}`;
        const expected = stored.filter((e) => reading(e, from, to, filters)).sort(timelineOrder);
        if (expected.length) nonEmpty += 1;
        const q = { range: from && to ? { start: from, end: to } : null, from, to, filters };
        expect(await countEvents(q, t.db), label).toBe(expected.length);
        const page = await listEvents({ ...q, limit: 1000, offset: 0 }, t.db);
        expect(page.events.map((e) => e.id), label).toEqual(expected.map((e) => e.id));
        expect(page.total, label).toBe(expected.length);
        // A later page: the count and the page side by side.
        const later = await listEvents({ ...q, limit: 3, offset: 2 }, t.db);
        expect(later.events.map((e) => e.id), label).toEqual(expected.slice(2, 5).map((e) => e.id));
        expect(later.total, label).toBe(expected.length);
        // Both forms of the place and actor tests, whichever the plan would choose here.
        for (const plan of [COLLECT, { place: "probe", actor: "probe" }] satisfies FilterPlan[]) {
          const { where, params } = eventFilterSql(q, provider, plan);
          const rows = await t.db.$queryRawUnsafe<{ id: string }[]>(`SELECT e."id" FROM "Event" e WHERE ${where} ORDER BY ${eventOrderSql(q)}`, ...params);
          expect(rows.map((r) => r.id), `${label} ${JSON.stringify(plan)}`).toEqual(expected.map((e) => e.id));
        }
        if (from && to) {
          const perDay = new Map<string, number>();
          for (const e of expected) perDay.set(e.start!, (perDay.get(e.start!) ?? 0) + 1);
          const got = await countEventsByDay({ start: from, end: to }, filters, t.db);
          expect(new Map(got.map((d) => [d.day, d.count])), label).toEqual(perDay);
          // What the timeline loads: the page when it fits, else the density with the same total.
          const fits = await loadWindow({ start: from, end: to }, filters, Math.max(1, expected.length), t.db);
          expect(fits.density, label).toBeNull();
          expect(fits.page.events.map((e) => e.id), label).toEqual(expected.map((e) => e.id));
          expect(fits.page.total, label).toBe(expected.length);
          if (expected.length > 1) {
            const crowded = await loadWindow({ start: from, end: to }, filters, expected.length - 1, t.db);
            expect(crowded.page.events, label).toEqual([]);
            expect(crowded.page.total, label).toBe(expected.length);
            expect(crowded.density!.buckets.reduce((n, b) => n + b.count, 0), label).toBe(expected.length);
          }
        }
      }
    }
    expect(nonEmpty).toBeGreaterThan(WINDOWS.length * 3);
  }, 120_000);

  it("gives a retelling the id of the first telling (004: Faylaq al-Rahman's attack, told in the lead and again)", async () => {
    const page = await loadWindow({ start: "2016-06-14", end: "2016-06-14" }, { ...EMPTY_FILTERS, actors: ["actor:faylaq-al-rahman"] }, 100, t.db);
    const lead = page.page.events.find((e) => e.summary.includes("هجوماً سيطر خلاله على نقاط"))!;
    const again = page.page.events.find((e) => e.summary.includes("تمكن خلاله من السيطرة على عدة طرق"))!;
    expect(lead.retells).toBeNull();
    expect(again.retells).toBe(lead.id);
  });

  it("probes a window's events for a place that is named more often than the window has events, else collects", async () => {
    const filters = (places: string[]) => ({ ...EMPTY_FILTERS, places });
    // One day holds a handful of events; Aleppo and its neighbourhoods are named dozens of times.
    const day = { from: "2016-12-12", to: "2016-12-12" };
    const inDay = stored.filter((e) => reading(e, day.from, day.to, EMPTY_FILTERS)).length;
    const aleppo = stored.flatMap((e) => e.mentions).filter((m) => m.role === "place" && withDescendants("place:aleppo").includes(m.entityId)).length;
    expect(aleppo).toBeGreaterThan(inDay);
    expect(await planEventFilter(t.db, { ...day, filters: filters(["place:aleppo"]) })).toEqual({ place: "probe", actor: "collect" });
    // Palmyra is named a few times; every dated event is in the window of all years.
    expect(await planEventFilter(t.db, { from: "2000-01-01", to: "2030-12-31", filters: filters(["place:palmyra"]) })).toEqual(COLLECT);
    // No window: nothing to probe.
    expect(await planEventFilter(t.db, { from: null, to: null, filters: filters(["place:aleppo"]) })).toEqual(COLLECT);
  });
});
