import { describe, expect, it } from "vitest";
import type { TimeExpression } from "@/lib/time/types";
import { csvCell, toCsv, toJson, toTimelineJs, toTimeMl, toTimeMlCollection, CSV_COLUMNS } from "@/lib/view/export";
import { readCorpusArticle, spanOf } from "./corpus";
import { aleppoEvents } from "./fixtures";
import { readCsv } from "./csv";
import { findAll, parseXml, textOf } from "./xml-check";
import { readFileSync } from "node:fs";
import { analyseArticle } from "@/lib/pipeline";
import { readMarkdownArticle } from "@/lib/article/markdown";

function expr(text: string, body: string, over: Partial<TimeExpression>, nth = 0): TimeExpression {
  return {
    text,
    ...spanOf(body, text, nth),
    type: "DATE",
    value: "XXXX",
    mod: null,
    interval: null,
    granularity: "day",
    approx: false,
    anchor: { kind: "absolute" },
    rule: "test",
    ...over,
  };
}

describe("exports of the filtered events", () => {
  it("JSON holds every event and the query that selected them", () => {
    const doc = JSON.parse(toJson(aleppoEvents, { query: "p=place:aleppo", total: aleppoEvents.length }));
    expect(doc.count).toBe(aleppoEvents.length);
    expect(doc.events.map((e: { id: string }) => e.id)).toEqual(aleppoEvents.map((e) => e.id));
    expect(doc.query).toBe("p=place:aleppo");
  });

  it("CSV round-trips Arabic text with commas, quotes and newlines, and defuses formulas", () => {
    const tricky = { ...aleppoEvents[1]!, summary: `=HYPERLINK("x") ، «حلب», "قال"\nسطر`, outlet: "-1+2" };
    const rows = readCsv(toCsv([aleppoEvents[0]!, tricky]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows[1]![col("summary")]).toBe(aleppoEvents[0]!.summary);
    expect(rows[1]![col("start")]).toBe("2016-10-23");
    expect(rows[1]![col("approx")]).toBe("true");
    expect(rows[2]![col("summary")]).toBe(`'${tricky.summary}`);
    expect(rows[2]![col("outlet")]).toBe("'-1+2");
    expect(rows[2]![col("places")]).toBe("place:aleppo/al-shaykh-said|place:aleppo");
    expect(csvCell(null)).toBe("");
  });

  it("TimelineJS JSON has the documented shape, escaped HTML, and only dated events", () => {
    const hostile = { ...aleppoEvents[2]!, summary: `<img src=x onerror="alert(1)"> ${aleppoEvents[2]!.summary}` };
    const doc = toTimelineJs([...aleppoEvents, hostile], "ar", "حلب 2016");
    expect(doc.events).toHaveLength(aleppoEvents.length); // the undated one is left out, the hostile one is in
    for (const s of doc.events) {
      expect(s.start_date!.year).toMatch(/^\d{4}$/);
      expect(Number(s.start_date!.month)).toBeGreaterThanOrEqual(1);
      expect(s.text!.headline!.length).toBeGreaterThan(0);
      expect(s.unique_id).toMatch(/^[A-Za-z0-9_-]+$/);
    }
    const range = doc.events.find((s) => s.unique_id!.startsWith("000_98164b258b84e6eb_0"))!;
    expect(range.start_date).toEqual({ year: "2016", month: "10", day: "23" });
    expect(range.end_date).toEqual({ year: "2016", month: "11", day: "12" });
    expect(range.display_date).toBe("من 23 تشرين الأول/أكتوبر إلى 12 تشرين الثاني/نوفمبر 2016");
    const h = doc.events.at(-1)!;
    expect(h.text!.headline).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(h.text!.headline).not.toContain("<img");
  });

  it("TimeML is well-formed and carries the engine's TIMEX3 values over the original text", () => {
    const a = readCorpusArticle("004_9b3dba44908ffe05");
    const expressions = [
      expr("اليوم", a.text, { value: "2016-06-15", anchor: { kind: "publication", date: "2016-06-15" }, interval: { start: "2016-06-15", end: "2016-06-15" } }),
      expr("أمس", a.text, { value: "2016-06-14", anchor: { kind: "publication", date: "2016-06-15" } }),
      expr("منذ مساء أمس", a.text, { value: "2016-06-14TEV", type: "TIME", mod: "ON_OR_AFTER", anchor: { kind: "publication", date: "2016-06-15" } }),
      // overlaps the previous one: TimeML cannot nest TIMEX3, so it is left out
      expr("مساء أمس", a.text, { value: "2016-06-14TEV", type: "TIME", anchor: { kind: "expression", index: 2, text: "منذ مساء أمس" } }),
    ];
    const xml = toTimeMl({ id: a.id, published: a.published, text: a.text, expressions });
    const doc = parseXml(xml);
    expect(doc.name).toBe("TimeML");
    const text = findAll(doc, "TEXT")[0]!;
    expect(textOf(text)).toBe(a.text); // nothing lost, nothing added
    const timex = findAll(text, "TIMEX3");
    expect(timex.map((t) => [t.attrs.tid, t.attrs.value, textOf(t)])).toEqual([
      ["t1", "2016-06-15", "اليوم"],
      ["t2", "2016-06-14", "أمس"],
      ["t3", "2016-06-14TEV", "منذ مساء أمس"],
    ]);
    expect(timex[2]!.attrs).toMatchObject({ mod: "ON_OR_AFTER", temporalFunction: "true", anchorTimeID: "t0" });
    const dct = findAll(findAll(doc, "DCT")[0]!, "TIMEX3")[0]!;
    expect(dct.attrs).toMatchObject({ tid: "t0", value: "2016-06-15", functionInDocument: "CREATION_TIME" });
  });

  it("TimeML escapes hostile text and drops characters XML forbids", () => {
    const body = `<script>alert("x")</script> & أمس \u0000\u0007 «حلب»`;
    const xml = toTimeMlCollection([
      { id: "hostile&1", published: null, text: body, expressions: [expr("أمس", body, { value: "XXXX-XX-XX", anchor: { kind: "unresolved", reason: "undated" } })] },
      { id: "b", published: "2016-12-12", text: "حلب", expressions: [] },
    ]);
    const doc = parseXml(xml);
    const docs = findAll(doc, "TimeML");
    expect(docs).toHaveLength(2);
    expect(textOf(findAll(docs[0]!, "TEXT")[0]!)).toBe(body.replace(/[\u0000\u0007]/g, ""));
    expect(textOf(findAll(docs[0]!, "DOCID")[0]!)).toBe("hostile&1");
    expect(findAll(docs[0]!, "TIMEX3")[0]!.attrs.temporalFunction).toBe("false");
    expect(xml).not.toContain("<script>");
  });
});

describe("the strict XML check used above", () => {
  it.each(["<a><b></a></b>", "<a>&</a>", "<a>x<b></a>", '<a x="1" x="2"/>', "<a/><b/>", "<a>&foo;</a>", "<a x=1/>"])("rejects %s", (bad) => {
    expect(() => parseXml(bad)).toThrow();
  });
});

describe("TimeML events and links, on a corpus article through the whole pipeline", () => {
  const file = "002_bd2704263292804c.md";
  const reading = readMarkdownArticle(readFileSync(new URL(`../../corpus/${file}`, import.meta.url), "utf8"), file);
  if (!reading.ok) throw new Error(`corpus article ${file} does not read`);
  const a = reading.article;
  const { timexes, events } = analyseArticle(a);
  const xml = toTimeMl({
    id: a.id,
    published: a.published,
    text: a.text,
    expressions: timexes,
    events: events.map((e) => ({ ordinal: e.ordinal, clause: e.clause, trigger: e.trigger, category: e.category, timexIndex: e.timexIndex, relations: e.relations })),
  });
  const doc = parseXml(xml);
  const text = findAll(doc, "TEXT")[0]!;
  const tagged = findAll(text, "EVENT");
  const links = findAll(doc, "TLINK");
  const instanceOf = new Map(findAll(doc, "MAKEINSTANCE").map((m) => [m.attrs.eventID!, m.attrs.eiid!]));
  const eventAt = (trigger: string) => tagged.find((t) => textOf(t) === trigger);

  it("keeps the text whole and tags each event's trigger, never inside a time expression", () => {
    expect(textOf(text)).toBe(a.text);
    expect(tagged.length).toBe(events.length);
    for (const t of tagged) expect(findAll(t, "TIMEX3")).toHaveLength(0);
    // Statements are REPORTING events, the rest OCCURRENCE.
    expect(eventAt("نفت")?.attrs.class).toBe("REPORTING");
    expect(eventAt("تحرير")?.attrs.class).toBe("OCCURRENCE");
    expect(instanceOf.size).toBe(tagged.length);
  });

  it("links the recapture of al-Asila to «أمس» (2016-12-11) and the Palmyra fighting to «منذ صباح الأحد»", () => {
    // «أعادت أمس الأمن والاستقرار»: the trigger holds the time expression, so its first word is tagged.
    const asila = eventAt("أعادت")!;
    const yesterday = findAll(text, "TIMEX3").find((t) => textOf(t) === "أمس")!;
    expect(yesterday.attrs.value).toBe("2016-12-11");
    expect(links).toContainEqual(
      expect.objectContaining({ attrs: expect.objectContaining({ relType: "IS_INCLUDED", eventInstanceID: instanceOf.get(asila.attrs.eid!), relatedToTime: yesterday.attrs.tid }) }),
    );
    const fighting = eventAt("معارك")!;
    const since = findAll(text, "TIMEX3").find((t) => textOf(t) === "منذ صباح الأحد")!;
    expect(links).toContainEqual(
      expect.objectContaining({ attrs: expect.objectContaining({ relType: "BEGUN_BY", eventInstanceID: instanceOf.get(fighting.attrs.eid!), relatedToTime: since.attrs.tid }) }),
    );
  });

  it("states «عقب»: the fighting comes after ISIS took the city", () => {
    const fighting = instanceOf.get(eventAt("معارك")!.attrs.eid!);
    const takeover = instanceOf.get(eventAt("سيطرة")!.attrs.eid!);
    expect(links.map((l) => [l.attrs.eventInstanceID, l.attrs.relType, l.attrs.relatedToEventInstance])).toContainEqual([fighting, "AFTER", takeover]);
    expect(new Set(links.map((l) => l.attrs.lid)).size).toBe(links.length);
  });
});
