import { describe, expect, it } from "vitest";
import { corpusArticle } from "../support/corpus-articles";
import { resolveAt, resolveText } from "../support/resolve-helpers";

describe("parts of the day with a day word", () => {
  it.each([
    ["طيران النظام استهدف بغارتين مدينة إدلب ظهر اليوم", "ظهر اليوم", "2016-06-15TMI"],
    ["وصل الوفد صباح اليوم إلى دمشق", "صباح اليوم", "2016-06-15TMO"],
    ["قصفت الطائرات المدينة مساء أمس", "مساء أمس", "2016-06-14TEV"],
    ["اندلعت اشتباكات عصر أمس الأول", "عصر أمس الأول", "2016-06-13TAF"],
    ["استهدفت غارة الحي بعد ظهر اليوم", "بعد ظهر اليوم", "2016-06-15TAF"],
    ["سقطت قذائف على الحي صباح الأحد", "صباح الأحد", "2016-06-12TMO"],
    ["يصل المبعوث مساء الغد", "مساء الغد", "2016-06-16TEV"],
    ["وقعت الغارة صباح يوم الاثنين الماضي", "صباح يوم الاثنين الماضي", "2016-06-13TMO"],
  ])("«%s»: «%s» → %s", (text, needle, value) => {
    expect(resolveAt(text, "2016-06-15", needle)).toMatchObject({
      text: needle,
      type: "TIME",
      value,
      granularity: "part-of-day",
      interval: { start: value.slice(0, 10), end: value.slice(0, 10) },
      anchor: { kind: "publication", date: "2016-06-15" },
    });
  });

  it("«فجر اليوم» is the start of the morning (TIMEX3 has no dawn)", () => {
    expect(resolveAt("شنت الفصائل هجوماً فجر اليوم", "2016-12-13", "فجر اليوم")).toMatchObject({
      value: "2016-12-13TMO",
      mod: "START",
    });
  });

  it("«ليلة أمس» is the night of the day before, running into the publication day", () => {
    expect(resolveAt("تعرضت الأحياء الشرقية لقصف عنيف ليلة أمس", "2016-12-13", "ليلة أمس")).toMatchObject({
      value: "2016-12-12TNI",
      interval: { start: "2016-12-12", end: "2016-12-13" },
    });
  });

  it("«منتصف ليل السبت» is the midnight that ends Saturday", () => {
    expect(resolveAt("دخلت الهدنة حيز التنفيذ منتصف ليل السبت", "2016-12-13", "منتصف ليل السبت")).toMatchObject({
      value: "2016-12-10T24:00",
      granularity: "hour",
    });
  });
});

describe("«منذ …» and «حتى …»", () => {
  it("«منذ صباح الأحد» in article 002 starts on Sunday morning and runs to the publication day", () => {
    const a = corpusArticle("002_");
    expect(resolveAt(a.text, a.published, "منذ صباح الأحد")).toMatchObject({
      text: "منذ صباح الأحد",
      type: "TIME",
      value: "2016-12-11TMO",
      mod: "ON_OR_AFTER",
      interval: { start: "2016-12-11", end: "2016-12-12" },
      rule: "ar/part-of-day:since-morning-weekday",
    });
  });

  it("«منذ مساء أمس» and «منذ صباح اليوم» in article 004", () => {
    const a = corpusArticle("004_");
    expect(resolveAt(a.text, a.published, "منذ مساء أمس")).toMatchObject({
      value: "2016-06-14TEV",
      mod: "ON_OR_AFTER",
      interval: { start: "2016-06-14", end: "2016-06-15" },
    });
    expect(resolveAt(a.text, a.published, "منذ صباح اليوم")).toMatchObject({
      value: "2016-06-15TMO",
      mod: "ON_OR_AFTER",
      interval: { start: "2016-06-15", end: "2016-06-15" },
    });
  });

  it("«حتى ساعات الصباح الأولى» in article 004 is the early morning of the publication day", () => {
    const a = corpusArticle("004_");
    expect(resolveAt(a.text, a.published, "حتى ساعات الصباح الأولى")).toMatchObject({
      text: "حتى ساعات الصباح الأولى",
      type: "TIME",
      value: "2016-06-15TMO",
      mod: "ON_OR_BEFORE",
      interval: { start: "2016-06-15", end: "2016-06-15" },
    });
  });

  it("«منذ الساعات الأولى من صباح اليوم» starts early in the morning", () => {
    expect(resolveAt("تتواصل الاشتباكات منذ الساعات الأولى من صباح اليوم", "2016-12-13", "منذ الساعات")).toMatchObject({
      text: "منذ الساعات الأولى من صباح اليوم",
      value: "2016-12-13TMO",
      mod: "ON_OR_AFTER",
    });
  });

  it("«منذ أمس» is a span from yesterday", () => {
    expect(resolveAt("يتواصل القصف منذ أمس على الأحياء", "2016-12-13", "منذ أمس")).toMatchObject({
      type: "DATE",
      value: "2016-12-12",
      mod: "ON_OR_AFTER",
      interval: { start: "2016-12-12", end: "2016-12-13" },
      granularity: "day",
    });
  });

  it("a part of the day without a day word is not a date: «في المساء»", () => {
    expect(resolveText("وفي المساء عاد الهدوء إلى المدينة", "2016-12-13")).toEqual([]);
  });

  it("stays unresolved in an undated article, with a placeholder that keeps the part of day", () => {
    expect(resolveAt("قصفت الطائرات المدينة مساء أمس", null, "مساء أمس")).toMatchObject({
      value: "XXXX-XX-XXTEV",
      interval: null,
      anchor: { kind: "unresolved" },
    });
  });
});
