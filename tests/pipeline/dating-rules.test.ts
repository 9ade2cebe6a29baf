// Dating rules on short Arabic texts written like the corpus, for the cases the five articles do not show.
import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../lib/pipeline";
import type { Article } from "../../lib/article/types";
import { mustEventAt } from "../events/helpers";

function article(text: string, published: string | null = "2016-12-13"): Article {
  return { id: "t", outlet: null, url: null, title: null, language: "ar", published, publishedSource: "given", publishedConfidence: 1, text };
}

describe("dating rules", () => {
  it("a pure duration does not date an event («بعد ثلاثة أيام من المعارك»)", () => {
    const a = article("قتل خمسة مدنيين في قصف على حي الشعار بعد ثلاثة أيام من المعارك العنيفة.");
    const { events, timexes } = analyseArticle(a);
    expect(timexes.map((t) => [t.text, t.type])).toEqual([["ثلاثة أيام", "DURATION"]]);
    const e = mustEventAt(a, events, "قتل خمسة مدنيين");
    expect(e).toMatchObject({ dateSource: "publication", interval: { start: "2016-12-13", end: "2016-12-13" }, timexIndex: null });
  });

  it("a set does not date an event («يومياً»)", () => {
    const a = article("وشن الطيران الحربي غارات على حي الشعار يومياً.");
    const { events, timexes } = analyseArticle(a);
    expect(timexes.map((t) => t.type)).toEqual(["SET"]);
    expect(mustEventAt(a, events, "غارات")).toMatchObject({ dateSource: "publication", timexIndex: null });
  });

  it("a clause's own expression beats the sentence's; the nearest one of the sentence beats a farther one", () => {
    const a = article("قصفت الطائرات حي الشعار أمس، فيما انسحبت الفصائل من حي الصاخور اليوم، بينما خرج المدنيون من المدينة.");
    const { events } = analyseArticle(a);
    expect(mustEventAt(a, events, "قصفت الطائرات")).toMatchObject({ interval: { start: "2016-12-12", end: "2016-12-12" }, dateSource: "clause" });
    expect(mustEventAt(a, events, "انسحبت الفصائل")).toMatchObject({ interval: { start: "2016-12-13", end: "2016-12-13" }, dateSource: "clause" });
    expect(mustEventAt(a, events, "خرج المدنيون")).toMatchObject({ interval: { start: "2016-12-13", end: "2016-12-13" }, dateSource: "sentence" });
  });

  it("a change of topic stops the narrative («من ناحية أخرى»)", () => {
    const a = article("اقتحمت قوات النظام حي الشعار أمس. وانسحبت الفصائل من حي الصاخور. من ناحية أخرى انفجرت سيارة مفخخة في إدلب.");
    const { events } = analyseArticle(a);
    expect(mustEventAt(a, events, "وانسحبت الفصائل")).toMatchObject({ dateSource: "narrative", interval: { start: "2016-12-12", end: "2016-12-12" } });
    expect(mustEventAt(a, events, "انفجرت سيارة مفخخة")).toMatchObject({ dateSource: "publication" });
  });

  it("an absolute date stands in an undated article; a relative one does not", () => {
    const a = article("سيطرت قوات النظام على حي الشعار في 22 كانون الأول 2016. وانسحبت الفصائل من حي الصاخور أمس.", null);
    const { events } = analyseArticle(a);
    expect(mustEventAt(a, events, "سيطرت قوات النظام")).toMatchObject({ interval: { start: "2016-12-22", end: "2016-12-22" }, dateSource: "clause" });
    const relative = mustEventAt(a, events, "وانسحبت الفصائل");
    expect(relative).toMatchObject({ interval: null, dateSource: "undated" });
    expect(relative.flags).toContain("undated");
  });

  it("the confidence of a vague expression is lowered («خلال الأسابيع الماضية»)", () => {
    const a = article("سيطرت قوات النظام على حي الشعار أمس. وتقدمت القوات في حي الصاخور خلال الأسابيع الماضية.");
    const { events } = analyseArticle(a);
    const exact = mustEventAt(a, events, "سيطرت قوات النظام");
    const vague = mustEventAt(a, events, "وتقدمت القوات");
    expect(vague.approx).toBe(true);
    expect(vague.granularity).toBe("week");
    expect(vague.confidence).toBeLessThan(exact.confidence);
  });
});
