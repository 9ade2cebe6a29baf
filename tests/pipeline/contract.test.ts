// What every consumer of analyseArticle relies on, checked on all five corpus articles: offsets into the original
// text, consistent dating evidence, chronological order, determinism, and articles without a publication date.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../lib/pipeline";
import { corpusArticle, readCorpus } from "../events/corpus";
import { eventAt, mustEventAt } from "../events/helpers";

const corpus = readCorpus();

describe("analyseArticle: the contract", () => {
  it.each(corpus.map((a) => [a.id, a] as const))("%s: offsets point into the original text", (_id, article) => {
    const { events, timexes } = analyseArticle(article);
    expect(events.length).toBeGreaterThan(10);
    for (const e of events) {
      expect(e.sentence.start).toBeLessThanOrEqual(e.clause.start);
      expect(e.clause.end).toBeLessThanOrEqual(e.sentence.end);
      const clause = article.text.slice(e.clause.start, e.clause.end);
      expect(clause).toContain(e.summary.replace(/ …$/, ""));
      expect(clause).toContain(e.trigger);
      for (const m of [...e.places, ...e.actors, ...e.sources]) {
        expect(article.text.slice(m.start, m.end)).toBe(m.text);
        expect(m.start).toBeGreaterThanOrEqual(e.sentence.start);
        expect(m.end).toBeLessThanOrEqual(e.sentence.end);
      }
      // The dating expression lies where its rule says it does.
      if (e.dateSource === "clause" || e.dateSource === "sentence") {
        const t = timexes[e.timexIndex!]!;
        const span = e.dateSource === "clause" ? e.clause : e.sentence;
        expect(t.start).toBeGreaterThanOrEqual(span.start);
        expect(t.end).toBeLessThanOrEqual(span.end);
        expect(e.dateRule).toContain(`«${t.text}»`);
      }
      if (e.dateSource === "publication") {
        expect(e.interval).toEqual({ start: article.published, end: article.published });
        expect(e.timexIndex).toBeNull();
      }
      expect(e.confidence).toBeGreaterThanOrEqual(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });

  it.each(corpus.map((a) => [a.id, a] as const))("%s: events come in chronological order, ordinals in text order", (_id, article) => {
    const { events } = analyseArticle(article);
    expect(events.map((e) => e.sequence)).toEqual(events.map((_, i) => i));
    expect([...events.map((e) => e.ordinal)].sort((a, b) => a - b)).toEqual(events.map((_, i) => i));
    for (let i = 1; i < events.length; i += 1) {
      const a = events[i - 1]!.interval;
      const b = events[i]!.interval;
      if (a && b) expect(a.start <= b.start).toBe(true);
    }
    const byOrdinal = [...events].sort((a, b) => a.ordinal - b.ordinal);
    for (let i = 1; i < byOrdinal.length; i += 1) expect(byOrdinal[i]!.clause.start).toBeGreaterThan(byOrdinal[i - 1]!.clause.start);
    // Relations point both ways, between events of this article.
    for (const e of events) {
      for (const r of e.relations) {
        const other = events.find((x) => x.ordinal === r.ordinal)!;
        const back = r.type === "after" ? "before" : r.type === "before" ? "after" : r.type;
        expect(other.relations).toContainEqual({ type: back, ordinal: e.ordinal, marker: r.marker });
      }
    }
  });

  it("within one interval an event said to come after another is ordered after it", () => {
    const article = corpusArticle("002_");
    const { events } = analyseArticle(article);
    const battle = mustEventAt(article, events, "يخوض الجيش السورى");
    const capture = mustEventAt(article, events, "عقب سيطرة تنظيم داعش");
    expect(battle.interval).toEqual(capture.interval);
    expect(capture.sequence!).toBeLessThan(battle.sequence!);
  });

  it("is deterministic: the same article gives the same analysis", () => {
    for (const article of corpus) expect(analyseArticle(article)).toEqual(analyseArticle(article));
  });

  it("does not depend on the machine's time zone", () => {
    const script = path.join(import.meta.dirname, "support/analyse-corpus.ts");
    const run = (tz: string) =>
      execFileSync(process.execPath, ["--import", "tsx", script], { env: { ...process.env, TZ: tz }, encoding: "utf8", maxBuffer: 1 << 26 });
    const here = JSON.stringify(corpus.map((a) => analyseArticle(a)));
    expect(run("America/Los_Angeles")).toBe(here);
    expect(run("Pacific/Kiritimati")).toBe(here);
  });
});

describe("an article without a publication date", () => {
  const undated = { ...corpusArticle("002_"), published: null, publishedConfidence: null };
  const { events, timexes } = analyseArticle(undated);

  it("flags events dated by a relative expression as undated instead of guessing", () => {
    const asila = mustEventAt(undated, events, "حى الأصيلة");
    expect(asila).toMatchObject({ interval: null, granularity: null, dateSource: "undated", confidence: 0 });
    expect(asila.flags).toContain("undated");
    expect(asila.dateRule).toBe("«أمس» is relative and the article has no publication date");
    expect(timexes[asila.timexIndex!]!.anchor.kind).toBe("unresolved");
  });

  it("never falls back to a publication date it does not have", () => {
    expect(events.length).toBeGreaterThan(10);
    for (const e of events) {
      expect(e.dateSource).toBe("undated");
      expect(e.interval).toBeNull();
    }
  });

  it("still dates an event by an absolute expression", () => {
    const article = { ...corpusArticle("001_"), published: null, publishedConfidence: null };
    const { events: own } = analyseArticle(article);
    const east = mustEventAt(article, own, "قد أحكمت سيطرتها على الأحياء الشرقية");
    expect(east).toMatchObject({ interval: { start: "2016-01-01", end: "2016-12-31" }, dateSource: "clause" });
    expect(eventAt(article, own, "استعادت السيطرة على 32 منطقة")?.dateSource).toBe("undated");
  });
});

describe("input it was not written for", () => {
  it("an empty text and a text without Arabic have no events", () => {
    const base = { ...corpusArticle("002_") };
    expect(analyseArticle({ ...base, text: "" })).toEqual({ timexes: [], events: [] });
    expect(analyseArticle({ ...base, text: "The army retook the district yesterday." }).events).toEqual([]);
  });

  it("a long article stays linear enough to analyse (fifty corpus articles in one text)", () => {
    const text = Array.from({ length: 10 }, () => corpus.map((a) => a.text).join("\n")).join("\n");
    const { events } = analyseArticle({ ...corpusArticle("003_"), text });
    const single = corpus.reduce((n, a) => n + analyseArticle(a).events.length, 0);
    expect(events.length).toBeGreaterThanOrEqual(single * 10 - 10);
  });
});
