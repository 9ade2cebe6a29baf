import { describe, expect, it } from "vitest";
import type { TimeExpression } from "@/lib/time/types";
import { countDays, explainDate } from "@/lib/view/reasoning";
import { readCorpusArticle, spanOf } from "./corpus";

// «بدأ الجيش السوري أمس عملية السيطرة البرية…» published 2016-12-13: «أمس» is 12 December.
const article = readCorpusArticle("003_3fa513781c5a54af");
const ams = spanOf(article.text, "أمس");
const yesterday: TimeExpression = {
  text: article.text.slice(ams.start, ams.end),
  ...ams,
  type: "DATE",
  value: "2016-12-12",
  mod: null,
  interval: { start: "2016-12-12", end: "2016-12-12" },
  granularity: "day",
  approx: false,
  anchor: { kind: "publication", date: article.published! },
  rule: "ar/casual-day:yesterday",
};

describe("the reasoning behind a date, in words", () => {
  it("shows the arithmetic from the publication date", () => {
    const input = {
      expression: yesterday,
      dateSource: "clause" as const,
      published: article.published,
      interval: yesterday.interval,
      inferredInterval: yesterday.interval,
      corrected: false,
    };
    const en = explainDate(input, "en");
    expect(en.chain).toBe("«أمس» ← published 2016-12-13 − 1 day → 2016-12-12");
    expect(en.result).toBe("12 December 2016");
    const ar = explainDate(input, "ar");
    expect(ar.chain).toBe("«أمس» ← تاريخ النشر 2016-12-13 − يوم واحد ← 2016-12-12");
    expect(ar.result).toBe("12 كانون الأول/ديسمبر 2016");
    expect(ar.notes).toEqual([]);
  });

  it("explains a vague period and says it is a convention", () => {
    const a = readCorpusArticle("000_98164b258b84e6eb");
    const s = spanOf(a.text, "الأسابيع الماضية");
    const weeks: TimeExpression = {
      text: "الأسابيع الماضية",
      ...s,
      type: "DATE",
      value: "PAST_REF",
      mod: "APPROX",
      interval: { start: "2016-10-23", end: "2016-11-12" },
      granularity: "week",
      approx: true,
      anchor: { kind: "publication", date: a.published! },
      rule: "ar/vague:past-weeks",
    };
    const r = explainDate(
      { expression: weeks, dateSource: "clause", published: a.published, interval: weeks.interval, inferredInterval: weeks.interval, corrected: false },
      "ar",
    );
    expect(r.chain).toBe("«الأسابيع الماضية» ← تاريخ النشر 2016-11-13 ← 2016-10-23..2016-11-12");
    expect(r.result).toBe("من 23 تشرين الأول/أكتوبر إلى 12 تشرين الثاني/نوفمبر 2016");
    expect(r.notes.join(" ")).toContain("اصطلاح");
    expect(r.notes.join(" ")).toContain("APPROX");
  });

  it("says when only the publication date dated the event, and when a person corrected it", () => {
    const reported = explainDate(
      { expression: null, dateSource: "publication", published: "2016-12-12", interval: { start: "2016-12-12", end: "2016-12-12" }, inferredInterval: { start: "2016-12-12", end: "2016-12-12" }, corrected: false },
      "en",
    );
    expect(reported.chain).toContain("dated by publication 2016-12-12");
    const corrected = explainDate(
      { expression: yesterday, dateSource: "clause", published: "2016-12-13", interval: { start: "2016-12-11", end: "2016-12-11" }, inferredInterval: { start: "2016-12-12", end: "2016-12-12" }, corrected: true },
      "en",
    );
    expect(corrected.notes[0]).toBe("Corrected by hand: inferred 2016-12-12, now 2016-12-11");
    expect(corrected.result).toBe("11 December 2016");
  });

  it("explains unresolved and anchored-on-another-expression cases", () => {
    const unresolved = explainDate(
      { expression: { ...yesterday, interval: null, anchor: { kind: "unresolved", reason: "undated article" } }, dateSource: "undated", published: null, interval: null, inferredInterval: null, corrected: false },
      "en",
    );
    expect(unresolved.chain).toBe("«أمس»: relative, nothing to resolve it against (undated article)");
    expect(unresolved.result).toBe("undated");
    const chained = explainDate(
      { expression: { ...yesterday, text: "في اليوم التالي", interval: { start: "2016-12-13", end: "2016-12-13" }, anchor: { kind: "expression", index: 0, text: "12 كانون الأول" } }, dateSource: "clause", published: "2016-12-20", interval: { start: "2016-12-13", end: "2016-12-13" }, inferredInterval: null, corrected: false },
      "en",
    );
    expect(chained.chain).toBe("«في اليوم التالي» ← the earlier expression «12 كانون الأول» → 2016-12-13");
  });

  it("counts days the Arabic way", () => {
    expect([1, 2, 3, 10, 11, 100].map((n) => countDays(n, "ar"))).toEqual(["يوم واحد", "يومان", "3 أيام", "10 أيام", "11 يوماً", "100 يوماً"]);
    expect(countDays(-2, "en")).toBe("2 days");
  });
});
