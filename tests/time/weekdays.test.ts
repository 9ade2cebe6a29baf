import { describe, expect, it } from "vitest";
import { corpusArticle } from "../support/corpus-articles";
import { resolveAt, resolveText } from "../support/resolve-helpers";

describe("a day word with its weekday", () => {
  it("«اليوم الاثنين» in article 002 (a Monday) is 2016-12-12 with no flag", () => {
    const a = corpusArticle("002_");
    const t = resolveAt(a.text, a.published, "اليوم الاثنين");
    expect(t).toMatchObject({
      text: "اليوم الاثنين",
      value: "2016-12-12",
      interval: { start: "2016-12-12", end: "2016-12-12" },
      rule: "ar/casual-day:today+weekday",
    });
    expect(t?.flags).toBeUndefined();
  });

  it("flags a weekday that disagrees with the day word, keeping the day word's date", () => {
    const t = resolveAt("قال المصدر اليوم الأحد إن القوات تقدمت", "2016-12-12", "اليوم الأحد");
    expect(t?.value).toBe("2016-12-12");
    expect(t?.flags).toEqual([expect.stringMatching(/^weekday-mismatch: text says الأحد \(Sunday\), 2016-12-12 is a Monday/)]);
  });

  it("«أمس الأحد» and «أمس، الأحد،» merge into one expression", () => {
    expect(resolveAt("سيطر التنظيم أمس الأحد على تدمر", "2016-12-12", "أمس الأحد")).toMatchObject({
      text: "أمس الأحد",
      value: "2016-12-11",
      rule: "ar/casual-day:yesterday+weekday",
    });
    const text = "وأعلن الجيش، أمس، السبت، السيطرة على الحي";
    const found = resolveText(text, "2016-12-12");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: "أمس، السبت", value: "2016-12-11" });
    expect(found[0]?.flags?.[0]).toMatch(/^weekday-mismatch/);
  });
});

describe("weekdays", () => {
  it("«يوم الأحد الماضي» in article 002 (Egyptian spelling «الماضى») is 2016-12-11", () => {
    const a = corpusArticle("002_");
    expect(resolveAt(a.text, a.published, "يوم الأحد الماضى")).toMatchObject({
      text: "يوم الأحد الماضى",
      value: "2016-12-11",
      rule: "ar/weekday:past",
    });
  });

  it.each([
    // publication Monday 2016-12-12
    ["أدى المصلون صلاة الجمعة الماضية في الجامع", "الجمعة الماضية", "2016-12-09"],
    ["يعقد مجلس الأمن جلسة الخميس المقبل", "الخميس المقبل", "2016-12-15"],
    ["تنتهي المهلة يوم السبت القادم", "يوم السبت القادم", "2016-12-17"],
    ["عقد الاجتماع الاثنين الماضي في جنيف", "الاثنين الماضي", "2016-12-05"],
    ["سيطرت القوات يوم الأحد على الحي", "يوم الأحد", "2016-12-11"],
    ["أعلن الجيش السبت السيطرة على الحي", "السبت", "2016-12-10"],
    ["قال المتحدث، الاثنين، إن الهدنة صامدة", "الاثنين", "2016-12-12"],
    ["من المقرر أن يصل الوفد الأربعاء إلى أنقرة", "الأربعاء", "2016-12-14"],
  ])("«%s»: «%s» → %s", (text, needle, day) => {
    expect(resolveAt(text, "2016-12-12", needle)).toMatchObject({
      text: needle,
      type: "DATE",
      value: day,
      interval: { start: day, end: day },
      granularity: "day",
      anchor: { kind: "publication", date: "2016-12-12" },
    });
  });

  it("a bare weekday is the most recent one not after the publication date", () => {
    // Wednesday 2016-06-15: «الأربعاء» is that day, «الخميس» the Thursday before.
    expect(resolveAt("قصف الطيران البلدة الأربعاء", "2016-06-15", "الأربعاء")?.value).toBe("2016-06-15");
    expect(resolveAt("قصف الطيران البلدة الخميس", "2016-06-15", "الخميس")?.value).toBe("2016-06-09");
  });

  it("«الاثنين» meaning “the two” is not tagged", () => {
    for (const text of [
      "وقع الاتفاق بين البلدين الاثنين بعد مفاوضات طويلة",
      "الخلاف بين الاثنين قديم",
      "خرج الاثنين معاً من الحي",
    ]) {
      expect(resolveText(text, "2016-12-12")).toEqual([]);
    }
  });

  it("«أيام الجمعة» and «كل خميس» are not one day", () => {
    for (const text of ["تغلق الأسواق أيام الجمعة", "تعقد الجلسة كل الخميس"]) {
      expect(resolveText(text, "2016-12-12").filter((t) => t.rule.startsWith("ar/weekday"))).toEqual([]);
    }
  });

  it("«الأحد عشر» (eleven) is not Sunday", () => {
    const found = resolveText("قتل الأحد عشر مقاتلاً في الكمين", "2016-12-12");
    expect(found.filter((t) => t.rule.startsWith("ar/weekday") || t.rule.startsWith("ar/casual-day"))).toEqual([]);
  });
});

describe("a weekday of a relative week", () => {
  it.each([
    // publication Tuesday 2013-02-12 (ISO week 2013-W07: 11–17 February)
    ["الأحد من الأسبوع الماضي", "2013-02-10"],
    ["احد الاسبوع الماضي", "2013-02-10"],
    ["ثلاثاء الاسبوع الفائت", "2013-02-05"],
    ["الاثنين من هذا الأسبوع", "2013-02-11"],
    ["اثنين الاسبوع الحالي", "2013-02-11"],
    ["الجمعة من الأسبوع المقبل", "2013-02-22"],
  ])("«%s» → %s", (text, day) => {
    expect(resolveAt(`عقد الاجتماع ${text} في جنيف`, "2013-02-12", text)).toMatchObject({
      text,
      value: day,
      interval: { start: day, end: day },
      granularity: "day",
    });
  });
});

describe("an ordinal weekday, day or week of a month found by another parser", () => {
  it.each([
    // publication Tuesday 2016-12-13
    ["عقد الاجتماع في أول ثلاثاء من شهر تشرين الأول", "أول ثلاثاء من شهر تشرين الأول", "2016-10-04"],
    ["عقد الاجتماع في آخر اثنين من الشهر الماضي", "آخر اثنين من الشهر الماضي", "2016-11-28"],
    ["وصل الوفد يوم الخميس الأخير من شهر آب 2015", "الخميس الأخير من شهر آب 2015", "2015-08-27"],
    ["انتهت المهلة في اليوم الأخير من شهر شباط 2016", "اليوم الأخير من شهر شباط 2016", "2016-02-29"],
  ])("«%s» → %s", (text, needle, day) => {
    expect(resolveAt(text, "2016-12-13", needle)).toMatchObject({ text: needle, value: day, interval: { start: day, end: day } });
  });

  it("«أول أسبوع بشهر أكتوبر 2014» is the first full ISO week of the month", () => {
    expect(resolveAt("في أول أسبوع بشهر أكتوبر 2014", "2016-12-13", "أول أسبوع")).toMatchObject({
      value: "2014-W41",
      interval: { start: "2014-10-06", end: "2014-10-12" },
      granularity: "week",
    });
  });
});
