import { describe, expect, it } from "vitest";
import { corpusArticle } from "../support/corpus-articles";
import { overlapping, resolveAt, resolveText } from "../support/resolve-helpers";

// Every expression of the absolute, counted, vague, duration and negative families in the five corpus articles,
// checked by hand against the publication dates of issue 2 (000: Sun 2016-11-13, 001: Mon 2020-02-17,
// 002: Mon 2016-12-12, 003: Tue 2016-12-13, 004: Wed 2016-06-15).

const FAMILIES = /^ar\/(absolute|numeric-date|hijri|month-part|counted|vague|duration|set)\b/;

function familyExpressions(prefix: string) {
  const a = corpusArticle(prefix);
  return { a, found: resolveText(a.text, a.published).filter((t) => FAMILIES.test(t.rule)) };
}

describe("article 000 (2016-11-13)", () => {
  it("has exactly «خلال الأسابيع الماضية» and «(24) ساعة»", () => {
    const { a, found } = familyExpressions("000_");
    expect(found.map((t) => t.text)).toEqual(["خلال الأسابيع الماضية", "(24) ساعة"]);
    expect(resolveAt(a.text, a.published, "الأسابيع الماضية")).toMatchObject({
      value: "PXW",
      interval: { start: "2016-10-23", end: "2016-11-13" },
      approx: true,
    });
    expect(resolveAt(a.text, a.published, "(24) ساعة")).toMatchObject({ type: "DURATION", value: "PT24H", interval: null });
  });
});

describe("article 001 (2020-02-17)", () => {
  it("has «بعد أسابيع», «قبل 9 سنوات», «قبيل ساعات», «خلال الأسابيع الثلاثة الماضية», «عام 2016» in order", () => {
    const { a, found } = familyExpressions("001_");
    expect(found.map((t) => t.text)).toEqual([
      "أسابيع",
      "قبل 9 سنوات",
      "ساعات",
      "خلال الأسابيع الثلاثة الماضية",
      "عام 2016",
    ]);
    expect(resolveAt(a.text, a.published, "أسابيع")).toMatchObject({ type: "DURATION", value: "PXW", interval: null });
    expect(resolveAt(a.text, a.published, "ساعات")).toMatchObject({ type: "DURATION", value: "PTXH", interval: null });
    expect(resolveAt(a.text, a.published, "قبل 9 سنوات")).toMatchObject({
      value: "2011",
      interval: { start: "2011-01-01", end: "2011-12-31" },
    });
    expect(resolveAt(a.text, a.published, "الأسابيع الثلاثة")).toMatchObject({
      value: "P3W",
      interval: { start: "2020-01-27", end: "2020-02-17" },
    });
    expect(resolveAt(a.text, a.published, "عام 2016")).toMatchObject({
      value: "2016",
      interval: { start: "2016-01-01", end: "2016-12-31" },
      anchor: { kind: "absolute" },
    });
  });

  it("does not date «المرة الأولى» or «الحالية»", () => {
    const a = corpusArticle("001_");
    const found = resolveText(a.text, a.published);
    expect(overlapping(found, a.text, "المرة الأولى")).toEqual([]);
    expect(overlapping(found, a.text, "العسكرية الحالية")).toEqual([]);
  });
});

describe("article 002 (2016-12-12)", () => {
  it("has «منذ أربع سنوات» and «منذ عدة أشهر»", () => {
    const { a, found } = familyExpressions("002_");
    expect(found.map((t) => t.text)).toEqual(["منذ أربع سنوات", "منذ عدة أشهر"]);
    expect(resolveAt(a.text, a.published, "منذ أربع سنوات")).toMatchObject({
      value: "P4Y",
      interval: { start: "2012-12-12", end: "2016-12-12" },
    });
    expect(resolveAt(a.text, a.published, "منذ عدة أشهر")).toMatchObject({
      value: "PXM",
      interval: { start: "2016-09-12", end: "2016-12-12" },
    });
  });
});

describe("article 003 (2016-12-13)", () => {
  it("has none of these families, and leaves the distances untagged", () => {
    const { a, found } = familyExpressions("003_");
    expect(found).toEqual([]);
    const all = resolveText(a.text, a.published);
    expect(overlapping(all, a.text, "أربعة كيلومترات")).toEqual([]);
    expect(overlapping(all, a.text, "4 كيلومترات")).toEqual([]);
  });
});

describe("article 004 (2016-06-15)", () => {
  it("has none of these families («في غضون ذلك» is 'meanwhile')", () => {
    const { found } = familyExpressions("004_");
    expect(found).toEqual([]);
  });
});
