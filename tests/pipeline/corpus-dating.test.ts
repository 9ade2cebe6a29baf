// Dating of events on the five corpus articles, checked by hand against the text and its publication date.
import { describe, expect, it } from "vitest";
import { DATING_CONFIDENCE } from "../../lib/events/stages/8-dating";
import { analysed, eventAt, ids, mustEventAt } from "../events/helpers";

describe("dating corpus events", () => {
  it("002: the army's recapture of al-Asila is 2016-12-11, from «أمس» in its own clause", () => {
    const { article, analysis } = analysed("002_");
    const e = mustEventAt(article, analysis.events, "حى الأصيلة");
    expect(e).toMatchObject({
      interval: { start: "2016-12-11", end: "2016-12-11" },
      granularity: "day",
      dateSource: "clause",
      dateRule: "clause expression «أمس»",
      category: "battles",
      subEventType: "government-regains-territory",
    });
    expect(analysis.timexes[e.timexIndex!]!.text).toBe("أمس");
    expect(ids(e.places)).toEqual(expect.arrayContaining(["place:aleppo/al-asila", "place:aleppo/karm-al-dada"]));
    expect(ids(e.actors)[0]).toBe("actor:syrian-army");
  });

  it("002: what SANA's military source said «اليوم الاثنين» is dated 2016-12-12", () => {
    const { article, analysis } = analysed("002_");
    const statement = mustEventAt(article, analysis.events, "أحياء الشيخ سعيد والشحادين");
    expect(statement).toMatchObject({ interval: { start: "2016-12-12", end: "2016-12-12" }, dateSource: "clause" });
    expect(analysis.timexes[statement.timexIndex!]!.text).toBe("اليوم الاثنين");
    expect(ids(statement.sources)).toEqual(["source:generic/military", "source:sana"]);
    // The next clause of the same sentence («فيما تواصل القوات تقدمها …») takes the same day from its sentence.
    const advance = mustEventAt(article, analysis.events, "فيما تواصل القوات تقدمها");
    expect(advance).toMatchObject({ interval: { start: "2016-12-12", end: "2016-12-12" }, dateSource: "sentence" });
    expect(ids(advance.places)).toEqual(["place:aleppo/al-kalasa", "place:aleppo/bustan-al-qasr", "place:aleppo/souq-al-hal"]);
  });

  it("004: Faylaq al-Rahman's attack in the Eastern Ghouta is 2016-06-14, from «أمس»", () => {
    const { article, analysis } = analysed("004_");
    const attack = mustEventAt(article, analysis.events, 'بعد أن شن "فيلق الرحمن" أمس');
    expect(attack).toMatchObject({ interval: { start: "2016-06-14", end: "2016-06-14" }, dateSource: "clause", category: "battles" });
    expect(ids(attack.actors)).toContain("actor:faylaq-al-rahman");
    expect(ids(attack.places)).toEqual(["place:eastern-ghouta"]);
    const again = mustEventAt(article, analysis.events, "الذي شن هجوماً مباغتاً");
    expect(again.interval).toEqual({ start: "2016-06-14", end: "2016-06-14" });
    expect(ids(again.actors)).toEqual(["actor:faylaq-al-rahman"]);
    // The calm «اليوم» came after it: 15 June, and related by «بعد أن».
    const calm = mustEventAt(article, analysis.events, "بينما هدأت حدة المعارك");
    expect(calm.interval).toEqual({ start: "2016-06-15", end: "2016-06-15" });
    expect(calm.relations).toContainEqual({ type: "after", ordinal: attack.ordinal, marker: "بعد أن" });
  });

  it("003: the civilians killed by air strikes on Raqqa died 2016-12-12 («أمس»)", () => {
    const { article, analysis } = analysed("003_");
    const e = mustEventAt(article, analysis.events, "لقي ما لا يقل عن 21 مدنيا");
    expect(e).toMatchObject({
      interval: { start: "2016-12-12", end: "2016-12-12" },
      dateSource: "clause",
      category: "explosions-remote-violence",
      subEventType: "air-drone-strike",
    });
    expect(ids(e.places)).toContain("place:raqqa");
    expect(ids(e.actors)).toContain("actor:civilians");
  });

  it("an event with no expression in its sentence is reported on the publication date, with low confidence", () => {
    const { article, analysis } = analysed("003_");
    const lavrov = mustEventAt(article, analysis.events, "أكد وزير الخارجية الروسي سيرجي لافروف");
    expect(lavrov).toMatchObject({ interval: { start: "2016-12-13", end: "2016-12-13" }, dateSource: "publication", timexIndex: null, category: "statement" });
    expect(lavrov.dateRule).toMatch(/^reported on 2016-12-13 \(publication date\)/);
    expect(lavrov.confidence).toBeLessThan(0.3);
    expect(ids(lavrov.actors)[0]).toBe("actor:russia/lavrov");
  });

  it("the narrative carries a day to the next sentence («وسط تجدد للقصف المدفعي» after «بدأ الجيش السوري أمس»)", () => {
    const { article, analysis } = analysed("003_");
    const shelling = mustEventAt(article, analysis.events, "وسط تجدد للقصف المدفعي");
    expect(shelling).toMatchObject({ interval: { start: "2016-12-12", end: "2016-12-12" }, dateSource: "narrative" });
    expect(shelling.subEventType).toBe("shelling-artillery-missile-attack");
    const begun = mustEventAt(article, analysis.events, "بدأ الجيش السوري أمس");
    expect(shelling.confidence).toBeLessThan(begun.confidence);
  });

  it("a pluperfect background («كانت … قد») inherits no date from the narrative", () => {
    const { article, analysis } = analysed("003_");
    const appeal = mustEventAt(article, analysis.events, "كانت الفصائل السورية المعارضة قد أطلقت");
    expect(appeal).toMatchObject({ dateSource: "publication", interval: { start: "2016-12-13", end: "2016-12-13" } });
    expect(appeal.flags).toContain("background");
    // …but keeps a date of its own: «وكانت قوات الأسد قد أحكمت سيطرتها … في عام 2016».
    const a001 = analysed("001_");
    const east = mustEventAt(a001.article, a001.analysis.events, "قد أحكمت سيطرتها على الأحياء الشرقية");
    expect(east).toMatchObject({ interval: { start: "2016-01-01", end: "2016-12-31" }, granularity: "year", dateSource: "clause" });
    expect(east.flags).toContain("background");
  });

  it("«منذ …» makes the event a span up to the publication date", () => {
    const { article, analysis } = analysed("002_");
    const palmyra = mustEventAt(article, analysis.events, "يخوض الجيش السورى، منذ صباح الأحد");
    expect(palmyra).toMatchObject({ interval: { start: "2016-12-11", end: "2016-12-12" }, dateSource: "clause" });
    expect(palmyra.flags).toContain("since");
    const a004 = analysed("004_");
    const offensive = mustEventAt(a004.article, a004.analysis.events, "الذين شنوا هجوماً، منذ مساء أمس");
    expect(offensive.interval).toEqual({ start: "2016-06-14", end: "2016-06-15" });
  });

  it("001: «قبل 9 سنوات» after «منذ اندلاع الثورة» dates the revolution, not the regime's control of Aleppo's belt", () => {
    const { article, analysis } = analysed("001_");
    const belt = mustEventAt(article, analysis.events, "السيطرة على كامل الحزام المحيط");
    expect(belt.interval).toEqual({ start: "2020-02-17", end: "2020-02-17" });
    expect(belt.dateSource).toBe("publication");
  });

  it("001: a span of the sentence («خلال الأسابيع الثلاثة الماضية») dates the losses of the campaign", () => {
    const { article, analysis } = analysed("001_");
    const losses = mustEventAt(article, analysis.events, "591 قتيلاً");
    expect(losses).toMatchObject({ interval: { start: "2020-01-27", end: "2020-02-17" }, granularity: "week", dateSource: "clause" });
    const idlib = mustEventAt(article, analysis.events, "فرض سيطرتها على عشرات المواقع");
    expect(idlib).toMatchObject({ interval: { start: "2020-01-27", end: "2020-02-17" }, dateSource: "sentence" });
  });

  it("004: «الشهر الماضي» dates the regime's earlier advance in the Ghouta to May 2016", () => {
    const { article, analysis } = analysed("004_");
    const may = mustEventAt(article, analysis.events, "وسيطرت الشهر الماضي");
    expect(may).toMatchObject({ interval: { start: "2016-05-01", end: "2016-05-31" }, granularity: "month", subEventType: "government-regains-territory" });
    expect(ids(may.actors)[0]).toBe("actor:syrian-army");
    expect(eventAt(article, analysis.events, "ويُعتبر هجوم المعارضة هذا")).toBeUndefined();
  });

  it("confidence follows the documented rule: clause > sentence > narrative > publication", () => {
    const { article, analysis } = analysed("004_");
    const clause = mustEventAt(article, analysis.events, "تمكنوا، اليوم");
    const sentence = mustEventAt(article, analysis.events, "أحرزت فصائل");
    const narrative = mustEventAt(article, analysis.events, "تجدد غارات طيران النظام الحربي");
    expect(clause.dateSource).toBe("clause");
    expect(sentence.dateSource).toBe("sentence");
    expect(narrative.dateSource).toBe("narrative");
    expect(clause.confidence).toBeGreaterThan(sentence.confidence);
    expect(sentence.confidence).toBeGreaterThan(narrative.confidence);
    // The clause rule's confidence × the article's publication-date confidence (0.85), for a relative «اليوم».
    expect(DATING_CONFIDENCE.clause).toBe(0.9);
    expect(clause.confidence).toBe(Math.round(DATING_CONFIDENCE.clause * 0.85 * 100) / 100);
    expect(article.publishedConfidence).toBe(0.85);
  });
});
