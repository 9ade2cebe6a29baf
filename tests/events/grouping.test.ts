import { describe, expect, it } from "vitest";
import { groupEvents, MAX_SPAN_DAYS, THRESHOLD, type GroupInput } from "../../lib/events/grouping";
import type { ExtractedEvent } from "../../lib/events/types";
import { readCorpus } from "./corpus";
import { analysed, mustEventAt } from "./helpers";

function corpusInputs(): GroupInput[] {
  return readCorpus().flatMap((article) =>
    analysed(article.id).analysis.events.map((event) => ({ articleId: article.id, outlet: article.outlet, published: article.published, event })),
  );
}

const key = (articleId: string, e: ExtractedEvent) => `${articleId}#${e.ordinal}`;

describe("grouping mentions of the same event across articles", () => {
  const inputs = corpusInputs();
  const groups = groupEvents(inputs);
  const groupOf = (articleId: string, e: ExtractedEvent) =>
    groups.find((g) => g.members.some((m) => m.articleId === articleId && m.ordinal === e.ordinal));

  const a002 = analysed("002_");
  const a003 = analysed("003_");
  const capture002 = mustEventAt(a002.article, a002.analysis.events, "عقب سيطرة تنظيم داعش");
  const attack003 = mustEventAt(a003.article, a003.analysis.events, "الهجوم الذي نفذه مسلحو تنظيم");

  it("groups ISIS's Palmyra offensive told by 002 (12 December) and 003 (13 December)", () => {
    const g = groupOf(a002.article.id, capture002);
    expect(g).toBeDefined();
    expect(g).toBe(groupOf(a003.article.id, attack003));
    expect(g!.category).toBe("battles");
    expect(g!.places).toEqual(["place:palmyra"]);
    expect(g!.actors).toContain("actor:isis");
    expect(g!.score).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it("keeps each member's own date and reports the spread instead of averaging", () => {
    const g = groupOf(a002.article.id, capture002)!;
    const mine = g.members.find((m) => m.articleId === a002.article.id && m.ordinal === capture002.ordinal)!;
    const theirs = g.members.find((m) => m.articleId === a003.article.id && m.ordinal === attack003.ordinal)!;
    expect(mine.interval).toEqual({ start: "2016-12-11", end: "2016-12-12" });
    expect(theirs.interval).toEqual({ start: "2016-12-13", end: "2016-12-13" });
    expect(theirs.dateSource).toBe("publication");
    expect(g.spread).toEqual({ start: "2016-12-11", end: "2016-12-13", days: 3, agree: false });
  });

  it("does not group unrelated events", () => {
    const raqqa = mustEventAt(a003.article, a003.analysis.events, "لقي ما لا يقل عن 21 مدنيا");
    expect(groupOf(a003.article.id, raqqa)).toBeUndefined();
    const asila = mustEventAt(a002.article, a002.analysis.events, "حى الأصيلة");
    expect(groupOf(a002.article.id, asila)).not.toBe(groupOf(a002.article.id, capture002));
    const russianRaids = mustEventAt(a003.article, a003.analysis.events, "شن الطيران الروسي 64 غارة جوية");
    expect(groupOf(a003.article.id, russianRaids)).toBeUndefined();
    // Nothing from June 2016 (004), November 2016 (000) or February 2020 (001) meets anything else.
    for (const id of ["000_", "001_", "004_"]) {
      expect(groups.some((g) => g.members.some((m) => m.articleId.startsWith(id)))).toBe(false);
    }
    for (const g of groups) {
      expect(new Set(g.members.map((m) => m.articleId)).size).toBeGreaterThanOrEqual(2);
      const places = new Set(g.members.flatMap((m) => inputs.find((i) => i.articleId === m.articleId && i.event.ordinal === m.ordinal)!.event.places.map((p) => p.id)));
      expect(places.has("place:palmyra") && places.has("place:aleppo")).toBe(false);
    }
  });

  it("does not merge statements of different speakers (Ryabkov on 12 December, Lavrov on 13 December)", () => {
    const ryabkov = mustEventAt(a002.article, a002.analysis.events, "قال نائب وزير الخارجية الروسى");
    const lavrov = mustEventAt(a003.article, a003.analysis.events, "أكد وزير الخارجية الروسي سيرجي لافروف");
    const g = groupOf(a002.article.id, ryabkov);
    expect(g === undefined || g !== groupOf(a003.article.id, lavrov)).toBe(true);
  });

  it("keeps every group within a bounded reach (members start within two event windows of each other)", () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const shifted = readCorpus().flatMap((article, a) =>
      Array.from({ length: 40 }, (_, copy) =>
        analysed(article.id).analysis.events.map((event) => {
          const by = (copy * 3 + a) % 50;
          const move = (iso: string) => new Date((day(iso) + by) * 86_400_000).toISOString().slice(0, 10);
          return {
            articleId: `${article.id}-${copy}`,
            outlet: null,
            published: article.published && move(article.published),
            event: { ...event, interval: event.interval && { start: move(event.interval.start), end: move(event.interval.end) } },
          };
        }),
      ).flat(),
    );
    const many = groupEvents(shifted);
    expect(many.length).toBeGreaterThan(20);
    for (const g of many) {
      const starts = g.members.map((m) => day(m.interval!.start));
      expect(Math.max(...starts) - Math.min(...starts)).toBeLessThanOrEqual(2 * (MAX_SPAN_DAYS + 2 * 30));
    }
  });

  it("is deterministic and independent of the input order", () => {
    const reversed = groupEvents([...inputs].reverse());
    expect(reversed).toEqual(groups);
    expect(groups.map((g) => g.id)).toEqual([...groups.map((g) => g.id)].sort());
  });

  it("never groups undated mentions, mentions too vague to name one event, or mentions far apart in time", () => {
    const base = inputs.find((i) => key(i.articleId, i.event) === key(a003.article.id, attack003))!;
    const copy = (over: Partial<ExtractedEvent>, articleId = "copy"): GroupInput => ({ ...base, articleId, event: { ...base.event, ...over } });
    const palmyra = inputs.find((i) => key(i.articleId, i.event) === key(a002.article.id, capture002))!;
    expect(groupEvents([palmyra, copy({ interval: { start: "2016-12-12", end: "2016-12-12" }, dateSource: "clause" })])).toHaveLength(1);
    expect(groupEvents([palmyra, copy({ interval: null, dateSource: "undated", granularity: null })])).toEqual([]);
    expect(groupEvents([palmyra, copy({ interval: { start: "2017-01-20", end: "2017-01-20" }, dateSource: "clause" })])).toEqual([]);
    const wide = copy({ interval: { start: "2016-11-01", end: "2016-12-31" }, dateSource: "clause", granularity: "month" });
    expect(61).toBeGreaterThan(MAX_SPAN_DAYS);
    expect(groupEvents([palmyra, wide])).toEqual([]);
    // Another category or an unrelated place is another event, whatever the date.
    expect(groupEvents([palmyra, copy({ category: "explosions-remote-violence", interval: { start: "2016-12-12", end: "2016-12-12" } })])).toEqual([]);
    const raqqa = { id: "place:raqqa", name: "الرقة", text: "الرقة", start: 0, end: 5 };
    expect(groupEvents([palmyra, copy({ places: [raqqa], interval: { start: "2016-12-12", end: "2016-12-12" } })])).toEqual([]);
  });
});
