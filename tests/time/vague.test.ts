import { describe, expect, it } from "vitest";
import { corpusArticle } from "../support/corpus-articles";
import { resolveAt, resolveText } from "../support/resolve-helpers";

// Convention (lib/time/conventions.ts): an unnumbered plural («الأسابيع الماضية», «منذ عدة أشهر») counts as three
// units; «قبل <plural>» is the point between six and two units before the publication date; «مؤخراً» is the month up
// to it. All of them are approximate.

describe("vague spans up to the publication date", () => {
  it("«خلال الأسابيع الماضية» in article 000", () => {
    const a = corpusArticle("000_");
    expect(resolveAt(a.text, a.published, "الأسابيع الماضية")).toMatchObject({
      text: "خلال الأسابيع الماضية",
      type: "DURATION",
      value: "PXW",
      interval: { start: "2016-10-23", end: "2016-11-13" },
      granularity: "week",
      approx: true,
      anchor: { kind: "publication", date: "2016-11-13" },
    });
  });

  it("«منذ عدة أشهر» in article 002", () => {
    const a = corpusArticle("002_");
    expect(resolveAt(a.text, a.published, "منذ عدة أشهر")).toMatchObject({
      text: "منذ عدة أشهر",
      type: "DURATION",
      value: "PXM",
      interval: { start: "2016-09-12", end: "2016-12-12" },
      granularity: "month",
      approx: true,
    });
  });

  it.each([
    ["تصاعدت الغارات في الأيام الأخيرة", "الأيام الأخيرة", "PXD", "2016-12-10"],
    ["قتل العشرات خلال الأيام الماضية", "خلال الأيام الماضية", "PXD", "2016-12-10"],
    ["تقدمت القوات في الأشهر الماضية", "الأشهر الماضية", "PXM", "2016-09-13"],
    ["نزح الآلاف خلال السنوات الأخيرة", "خلال السنوات الأخيرة", "PXY", "2013-12-13"],
    ["الحرب المستمرة منذ سنوات", "منذ سنوات", "PXY", "2013-12-13"],
    ["تحاصر القوات المدينة منذ أشهر", "منذ أشهر", "PXM", "2016-09-13"],
  ])("«%s»", (text, needle, value, start) => {
    expect(resolveAt(text, "2016-12-13", needle)).toMatchObject({
      text: needle,
      type: "DURATION",
      value,
      interval: { start, end: "2016-12-13" },
      approx: true,
    });
  });

  it("«الأيام المقبلة» is the mirror span after the publication date", () => {
    expect(resolveAt("يتوقع أن تستمر المعارك في الأيام المقبلة", "2016-12-13", "الأيام المقبلة")).toMatchObject({
      value: "PXD",
      interval: { start: "2016-12-13", end: "2016-12-16" },
      approx: true,
    });
  });
});

describe("vague points in the past", () => {
  it("«قبل أيام» is PAST_REF between six and two days before", () => {
    expect(resolveAt("وكان التنظيم قد سيطر قبل أيام على المدينة", "2016-12-13", "قبل أيام")).toMatchObject({
      text: "قبل أيام",
      type: "DATE",
      value: "PAST_REF",
      interval: { start: "2016-12-07", end: "2016-12-11" },
      granularity: "day",
      approx: true,
    });
  });

  it("«قبل أسابيع» and «قبل أشهر»", () => {
    expect(resolveAt("قبل أسابيع", "2016-12-13", "قبل")?.interval).toEqual({ start: "2016-11-01", end: "2016-11-29" });
    expect(resolveAt("قبل عدة أشهر", "2016-12-13", "قبل")?.interval).toEqual({ start: "2016-06-13", end: "2016-10-13" });
  });

  it("«مؤخراً» is PAST_REF over the month up to the publication date", () => {
    expect(resolveAt("وكانت الفصائل قد أعلنت مؤخراً عن تشكيل جيش حلب", "2016-12-13", "مؤخراً")).toMatchObject({
      type: "DATE",
      value: "PAST_REF",
      interval: { start: "2016-11-13", end: "2016-12-13" },
      approx: true,
    });
  });

  it("«بعد أسابيع من الاشتباكات» in article 001 is a vague duration, not a date", () => {
    const a = corpusArticle("001_");
    const t = resolveAt(a.text, a.published, "أسابيع");
    expect(t).toMatchObject({ type: "DURATION", value: "PXW", interval: null, approx: true });
    expect(t?.text).toContain("أسابيع");
  });

  it("does not tag «الأيام» used as an ordinary noun", () => {
    expect(resolveText("هذه الأيام صعبة على أهل حلب", "2016-12-13").filter((t) => t.value.startsWith("PX"))).toEqual([]);
  });
});
