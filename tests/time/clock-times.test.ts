import { describe, expect, it } from "vitest";
import { resolveAt, resolveText } from "../support/resolve-helpers";

describe("clock times", () => {
  it.each([
    ["قصفت الطائرات المدينة عند الساعة الثالثة فجراً", "الساعة الثالثة فجراً", "2016-12-13T03:00", "hour"],
    ["بدأ الهجوم الساعة 3 و15 دقيقة عصراً", "الساعة 3 و15 دقيقة عصراً", "2016-12-13T15:15", "minute"],
    ["انفجرت السيارة الساعة 12 إلا ربع قبل الظهر", "الساعة 12 إلا ربع قبل الظهر", "2016-12-13T11:45", "minute"],
    ["دوى الانفجار عند 3:18 صباحاً", "3:18 صباحاً", "2016-12-13T03:18", "minute"],
    ["تبدأ الهدنة الثامنة هذه الليلة", "الثامنة هذه الليلة", "2016-12-13T20:00", "hour"],
    ["وصلت القافلة الساعة الثانية عشرة ونصف ظهراً", "الساعة الثانية عشرة ونصف ظهراً", "2016-12-13T12:30", "minute"],
  ])("«%s»", (text, needle, value, granularity) => {
    expect(resolveAt(text, "2016-12-13", needle)).toMatchObject({
      text: needle,
      type: "TIME",
      value,
      interval: { start: "2016-12-13", end: "2016-12-13" },
      granularity,
      anchor: { kind: "publication", date: "2016-12-13" },
    });
  });

  it("puts a time on the day stated before it", () => {
    // Tuesday 13 December 2016: «الخميس» alone is the Thursday before (news reading of a bare weekday).
    expect(resolveAt("قال المصدر إن الخميس الساعة 8 مساءً شهد قصفاً", "2016-12-13", "الخميس")).toMatchObject({
      text: "الخميس الساعة 8 مساءً",
      value: "2016-12-08T20:00",
    });
    expect(resolveAt("يوم السبت 21/09 الساعة 1:30 بعد الظهر", "2013-02-12", "السبت")?.value).toBe("2013-09-21T13:30");
  });

  it("reads a range of hours with one part of the day at the end", () => {
    expect(resolveAt("من الساعة 3 إلى الساعة 4 بعد العصر", "2016-12-13", "الساعة 3")).toMatchObject({
      value: "2016-12-13T15:00/2016-12-13T16:00",
      interval: { start: "2016-12-13", end: "2016-12-13" },
    });
  });

  it("does not read «الساعة» without an hour, nor a minute count, as a time", () => {
    expect(resolveText("أصبحت حلب قضية الساعة، والقصف على مدار الساعة", "2016-12-13")).toEqual([]);
    expect(resolveText("ثلاث دقائق", "2016-12-13").every((t) => t.type === "DURATION")).toBe(true);
  });
});

describe("clock times with a part of a named day after them", () => {
  it.each([
    ["قصفت الطائرات الحي في الساعة الحادية عشرة من ليل الأحد", "الساعة الحادية عشرة من ليل الأحد", "2016-12-11T23:00"],
    ["بدأ الهجوم الساعة الثالثة فجر اليوم", "الساعة الثالثة فجر اليوم", "2016-12-13T03:00"],
    ["انفجرت السيارة عند الساعة العاشرة من مساء أمس", "الساعة العاشرة من مساء أمس", "2016-12-12T22:00"],
    ["دوت الانفجارات الساعة الثانية من ليل الأحد", "الساعة الثانية من ليل الأحد", "2016-12-12T02:00"],
  ])("«%s»", (text, needle, value) => {
    expect(resolveAt(text, "2016-12-13", needle)).toMatchObject({ text: needle, type: "TIME", value });
  });
});
