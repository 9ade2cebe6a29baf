import { describe, expect, it } from "vitest";
import { resolveTimeExpressions } from "../../lib/time/resolve";
import { corpusArticle } from "../support/corpus-articles";
import { resolveAt, resolveText } from "../support/resolve-helpers";

describe("casual days against the publication date", () => {
  it.each([
    ["بدأ الجيش السوري أمس عملية السيطرة البرية", "أمس", "2016-12-12", "ar/casual-day:yesterday"],
    ["وقال المصدر بالأمس إن القوات تقدمت", "بالأمس", "2016-12-12", "ar/casual-day:yesterday"],
    ["وقصفت الطائرات البارحة أحياء حلب", "البارحة", "2016-12-12", "ar/casual-day:yesterday"],
    ["وكان الهجوم قد بدأ أول أمس", "أول أمس", "2016-12-11", "ar/casual-day:day-before-yesterday"],
    ["وكان الهجوم قد بدأ أمس الأول", "أمس الأول", "2016-12-11", "ar/casual-day:day-before-yesterday"],
    ["وكان الهجوم قد بدأ أول من أمس", "أول من أمس", "2016-12-11", "ar/casual-day:day-before-yesterday"],
    ["وكانت القوات قد دخلت الحي يوم أمس", "يوم أمس", "2016-12-12", "ar/casual-day:yesterday"],
    ["وكان الهجوم قد بدأ قبل أمس", "قبل أمس", "2016-12-11", "ar/casual-day:day-before-yesterday"],
    ["قال المتحدث: «وصلنا امبارح»", "امبارح", "2016-12-12", "ar/casual-day:yesterday"],
    ["قال: «نلتقي بكرة في المدينة»", "بكرة", "2016-12-14", "ar/casual-day:tomorrow"],
    ["تبدأ الجلسة يوم غد", "يوم غد", "2016-12-14", "ar/casual-day:tomorrow"],
    ["قال: «اليوم الي بعد بكرة منرجع»", "اليوم الي بعد بكرة", "2016-12-15", "ar/casual-day:day-after-tomorrow"],
    ["شن الطيران الحربي اليوم غارات على حلب", "اليوم", "2016-12-13", "ar/casual-day:today"],
    ["يجتمع مجلس الأمن غداً لبحث الوضع", "غداً", "2016-12-14", "ar/casual-day:tomorrow"],
    ["تبدأ المفاوضات بعد غد في جنيف", "بعد غد", "2016-12-15", "ar/casual-day:day-after-tomorrow"],
  ])("«%s»: «%s» → %s", (text, needle, day, rule) => {
    expect(resolveAt(text, "2016-12-13", needle)).toMatchObject({
      text: needle,
      type: "DATE",
      value: day,
      interval: { start: day, end: day },
      granularity: "day",
      approx: false,
      anchor: { kind: "publication", date: "2016-12-13" },
      rule,
    });
  });

  it("leaves the conjunction out of the span: «وأمس»", () => {
    const text = "قتل ثلاثة مدنيين وأمس قتل اثنان";
    const [t] = resolveText(text, "2016-12-13");
    expect(t).toMatchObject({ text: "أمس", start: text.indexOf("وأمس") + 1, value: "2016-12-12" });
  });

  it("«الليلة الماضية» is the night of the day before, running into the publication day", () => {
    expect(resolveAt("قصفت الطائرات الحي الليلة الماضية", "2016-12-13", "الليلة الماضية")).toMatchObject({
      type: "TIME",
      value: "2016-12-12TNI",
      interval: { start: "2016-12-12", end: "2016-12-13" },
      granularity: "part-of-day",
      rule: "ar/casual-day:last-night",
    });
  });

  it("«حالياً» and «في هذه اللحظة» are now too", () => {
    expect(resolveAt("تسيطر القوات حالياً على الحي", "2016-12-13", "حالياً")?.value).toBe("PRESENT_REF");
    expect(resolveAt("تدور في هذه اللحظة اشتباكات", "2016-12-13", "في هذه اللحظة")?.value).toBe("PRESENT_REF");
  });

  it("«الآن» is the publication day (PRESENT_REF), as in article 000", () => {
    const a = corpusArticle("000_");
    expect(resolveAt(a.text, a.published, "الآن")).toMatchObject({
      text: "الآن",
      value: "PRESENT_REF",
      interval: { start: "2016-11-13", end: "2016-11-13" },
    });
  });

  it("does not tag «أمس» inside «الأمسية», «اليوم» in «اليوم التالي» or «اليومي», nor the verb «لامس»", () => {
    for (const text of [
      "حضر الوزير الأمسية الشعرية",
      "لامس الصاروخ المبنى",
      "التقرير اليومي للمرصد",
      "في اليوم الأول من الهدنة",
      "تعيش المدينة تحت الحصار منذ اليوم الأول للمعركة",
      "احتفل العالم باليوم العالمي لحقوق الإنسان",
    ]) {
      expect(resolveText(text, "2016-12-13").filter((t) => t.rule.startsWith("ar/casual-day"))).toEqual([]);
    }
  });

  it("a letter of any script glued before the word rejects it (the scan pre-filter is re-checked exactly)", () => {
    for (const text of ["قال Жامس شيئاً", "قال ՁՁامس شيئاً", "قال ไอامس شيئاً"]) {
      expect(resolveText(text, "2016-12-13")).toEqual([]);
    }
    expect(resolveText("قال «أمس» إن", "2016-12-13")).toHaveLength(1);
  });

  it("reports the original spelling and offsets when the text has tashkeel", () => {
    const text = "وقالَ المصدرُ أمسِ إنّ الهجومَ فشل";
    const [t] = resolveText(text, "2016-12-13");
    expect(t).toMatchObject({ text: "أمسِ", start: text.indexOf("أمسِ"), end: text.indexOf("أمسِ") + 4 });
  });

  it("leaves relative days unresolved in an undated article", () => {
    expect(resolveAt("بدأ الهجوم أمس", null, "أمس")).toMatchObject({
      value: "XXXX-XX-XX",
      interval: null,
      anchor: { kind: "unresolved" },
    });
  });

  it("accepts a date-time dct and rejects an impossible one", () => {
    expect(resolveAt("بدأ الهجوم أمس", "2016-12-13T01:30:00+02:00", "أمس")?.value).toBe("2016-12-12");
    expect(() => resolveTimeExpressions("أمس", { dct: "2016-02-30" })).toThrow(/not a calendar day/);
    expect(() => resolveTimeExpressions("أمس", { dct: "13/12/2016" })).toThrow(/YYYY-MM-DD/);
    expect(() => resolveTimeExpressions("أمس", { dct: "2016-12-13T25:00" })).toThrow(/time of day/);
  });

  it("crosses month and year ends with the calendar, not the machine's clock", () => {
    expect(resolveAt("قال أمس", "2017-01-01", "أمس")?.value).toBe("2016-12-31");
    expect(resolveAt("قال أول أمس", "2016-03-01", "أول أمس")?.value).toBe("2016-02-28");
    expect(resolveAt("يصل غداً", "2016-02-28", "غداً")?.value).toBe("2016-02-29");
  });
});
