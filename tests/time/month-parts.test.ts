import { describe, expect, it } from "vitest";
import { resolveAt } from "../support/resolve-helpers";

// Convention (lib/time/conventions.ts): a part of a month is a third of it — START days 1–10, MID 11–20, END 21 to
// the last day; a part of a year is a third of it — START January–April, MID May–August, END September–December.

describe("parts of a named month", () => {
  it("«منتصف تشرين الثاني الماضي» is the middle third of last November", () => {
    const text = "وكانت القوات الحكومية قد بدأت هجومها منتصف تشرين الثاني الماضي على الأحياء الشرقية.";
    expect(resolveAt(text, "2016-12-13", "منتصف")).toMatchObject({
      text: "منتصف تشرين الثاني الماضي",
      type: "DATE",
      value: "2016-11",
      mod: "MID",
      interval: { start: "2016-11-11", end: "2016-11-20" },
      granularity: "month",
      approx: true,
      anchor: { kind: "publication", date: "2016-12-13" },
    });
  });

  it.each([
    ["مطلع", "START", "2016-03-01", "2016-03-10"],
    ["أوائل", "START", "2016-03-01", "2016-03-10"],
    ["بداية", "START", "2016-03-01", "2016-03-10"],
    ["أواسط", "MID", "2016-03-11", "2016-03-20"],
    ["أواخر", "END", "2016-03-21", "2016-03-31"],
    ["نهاية", "END", "2016-03-21", "2016-03-31"],
  ])("«%s آذار 2016» → %s %s..%s", (part, mod, start, end) => {
    const text = `وقعت المعارك في ${part} آذار 2016 قرب تدمر`;
    expect(resolveAt(text, "2016-12-13", part)).toMatchObject({
      text: `${part} آذار 2016`,
      value: "2016-03",
      mod,
      interval: { start, end },
      anchor: { kind: "absolute" },
    });
  });

  it("ends a February part on the 29th in a leap year", () => {
    expect(resolveAt("في أواخر شباط/فبراير 2016", "2016-12-13", "أواخر")?.interval).toEqual({
      start: "2016-02-21",
      end: "2016-02-29",
    });
  });

  it("accepts «شهر» between the part and the month", () => {
    expect(resolveAt("في أوائل شهر مارس الماضي", "2016-12-13", "أوائل")?.interval).toEqual({
      start: "2016-03-01",
      end: "2016-03-10",
    });
  });
});

describe("parts of relative months and of years", () => {
  it("«نهاية العام الماضي» is the last third of last year", () => {
    expect(resolveAt("انسحبت الفصائل نهاية العام الماضي من المدينة", "2016-12-13", "نهاية")).toMatchObject({
      text: "نهاية العام الماضي",
      value: "2015",
      mod: "END",
      interval: { start: "2015-09-01", end: "2015-12-31" },
      granularity: "year",
      approx: true,
    });
  });

  it("«مطلع الشهر الجاري» and «أواخر الشهر الماضي»", () => {
    expect(resolveAt("منذ مطلع الشهر الجاري", "2016-12-13", "مطلع")).toMatchObject({
      value: "2016-12",
      mod: "START",
      interval: { start: "2016-12-01", end: "2016-12-10" },
    });
    expect(resolveAt("في أواخر الشهر الماضي", "2016-12-13", "أواخر")).toMatchObject({
      value: "2016-11",
      mod: "END",
      interval: { start: "2016-11-21", end: "2016-11-30" },
    });
  });

  it("«منتصف العام الجاري», «بداية 2016», «أواخر عام 2015»", () => {
    expect(resolveAt("حتى منتصف العام الجاري", "2016-12-13", "منتصف")).toMatchObject({
      value: "2016",
      mod: "MID",
      interval: { start: "2016-05-01", end: "2016-08-31" },
    });
    expect(resolveAt("منذ بداية 2016", "2016-12-13", "بداية")).toMatchObject({
      text: "بداية 2016",
      value: "2016",
      mod: "START",
      interval: { start: "2016-01-01", end: "2016-04-30" },
      anchor: { kind: "absolute" },
    });
    expect(resolveAt("في أواخر عام 2015", "2016-12-13", "أواخر")).toMatchObject({
      text: "أواخر عام 2015",
      mod: "END",
      interval: { start: "2015-09-01", end: "2015-12-31" },
    });
  });

  it("«نهاية العام», «مطلع الشهر» without a marker are the current year and month", () => {
    expect(resolveAt("يتوقع أن تنتهي المعركة قبل نهاية العام", "2016-12-13", "نهاية")).toMatchObject({
      text: "نهاية العام",
      value: "2016",
      mod: "END",
      interval: { start: "2016-09-01", end: "2016-12-31" },
    });
    expect(resolveAt("منذ مطلع الشهر", "2016-12-13", "مطلع")?.interval).toEqual({ start: "2016-12-01", end: "2016-12-10" });
  });
});
