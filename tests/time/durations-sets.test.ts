import { describe, expect, it } from "vitest";
import { corpusArticle } from "../support/corpus-articles";
import { resolveAt, resolveText } from "../support/resolve-helpers";

describe("durations", () => {
  it("«(24) ساعة» in article 000 is a 24-hour duration with no days of its own", () => {
    const a = corpusArticle("000_");
    expect(resolveAt(a.text, a.published, "(24) ساعة")).toMatchObject({
      text: "(24) ساعة",
      type: "DURATION",
      value: "PT24H",
      mod: null,
      interval: null,
      granularity: "hour",
      approx: false,
    });
  });

  it.each([
    ["أمهل الجيش المسلحين 48 ساعة للخروج", "48 ساعة", "PT48H", "hour"],
    ["استمر الحصار ثلاث سنوات", "ثلاث سنوات", "P3Y", "year"],
    ["قضى أربع سنوات في السجن", "أربع سنوات", "P4Y", "year"],
    ["توقف القصف عشرة أيام", "عشرة أيام", "P10D", "day"],
    ["استمرت المعركة ١٢ يوماً", "١٢ يوماً", "P12D", "day"],
    ["هدنة لمدة يومين", "يومين", "P2D", "day"],
    ["اجتماع استمر ساعتين", "ساعتين", "PT2H", "hour"],
    ["بعد دقيقتين من الانفجار", "دقيقتين", "PT2M", "minute"],
    ["حكم عليه بالسجن عامين", "عامين", "P2Y", "year"],
    ["أمضى سنتين في المعتقل", "سنتين", "P2Y", "year"],
    ["خمسة ساعات من القصف", "خمسة ساعات", "PT5H", "hour"],
    ["استمر القصف أسبوعاً كاملاً", "أسبوعاً", "P1W", "week"],
    ["بعد شهر من المعارك", "شهر", "P1M", "month"],
    ["ستمتد المفاوضات سبعة أسابيع", "سبعة أسابيع", "P7W", "week"],
  ])("«%s»", (text, needle, value, granularity) => {
    expect(resolveAt(text, "2016-12-13", needle)).toMatchObject({
      text: needle,
      type: "DURATION",
      value,
      interval: null,
      granularity,
    });
  });

  it("«خلال 48 ساعة» without «الماضية» is a duration", () => {
    expect(resolveAt("سيتم إجلاء المدنيين خلال 48 ساعة", "2016-12-13", "48")).toMatchObject({
      type: "DURATION",
      value: "PT48H",
      interval: null,
    });
  });

  it("does not take a month of a named month («شهر رمضان», «شهر آب») for a one-month duration", () => {
    const found = resolveText("خلال شهر آب الماضي", "2016-12-13");
    expect(found.some((t) => t.value === "P1M")).toBe(false);
  });
});

describe("sets", () => {
  it.each([
    ["تتعرض المدينة للقصف يومياً", "يومياً", "P1D"],
    ["تتعرض المدينة للقصف يوميا", "يوميا", "P1D"],
    ["تدخل القوافل كل أسبوع", "كل أسبوع", "P1W"],
    ["تعقد اللجنة اجتماعاً أسبوعياً", "أسبوعياً", "P1W"],
    ["يسقط قتلى كل يوم", "كل يوم", "P1D"],
    ["تصدر الأمم المتحدة تقريراً شهرياً", "شهرياً", "P1M"],
    ["يجدد مجلس الأمن التفويض سنوياً", "سنوياً", "P1Y"],
    ["يتظاهر الأهالي كل يوم جمعة", "كل يوم جمعة", "XXXX-WXX-5"],
  ])("«%s»", (text, needle, value) => {
    expect(resolveAt(text, "2016-12-13", needle)).toMatchObject({
      text: needle,
      type: "SET",
      value,
      interval: null,
    });
  });
});
