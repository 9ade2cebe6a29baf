import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDay, formatDayWithWeekday, formatInterval, parseDay, weekday } from "@/lib/view/dates";
import { readCorpusArticle } from "./corpus";

describe("dates as Syrian readers expect them", () => {
  it("prints both month names", () => {
    expect(formatDay("2016-12-12", "ar")).toBe("12 كانون الأول/ديسمبر 2016");
    expect(formatDay("2020-02-17", "ar")).toBe("17 شباط/فبراير 2020");
    expect(formatDay("2016-06-15", "en")).toBe("15 June 2016");
  });

  it("knows the weekday the article itself states («اليوم الاثنين» on 12 December 2016)", () => {
    const a = readCorpusArticle("002_bd2704263292804c");
    expect(a.text).toContain("اليوم الاثنين");
    expect(weekday(a.published!, "ar")).toBe("الاثنين");
    expect(formatDayWithWeekday(a.published!, "ar")).toBe("الاثنين 12 كانون الأول/ديسمبر 2016");
    expect(formatDayWithWeekday(a.published!, "en")).toBe("Monday, 12 December 2016");
  });

  it("words intervals: a month, a year, ranges within and across months and years", () => {
    expect(formatInterval({ start: "2016-11-01", end: "2016-11-30" }, "ar")).toBe("تشرين الثاني/نوفمبر 2016");
    expect(formatInterval({ start: "2016-01-01", end: "2016-12-31" }, "ar")).toBe("2016");
    expect(formatInterval({ start: "2016-12-05", end: "2016-12-11" }, "ar")).toBe("من 5 إلى 11 كانون الأول/ديسمبر 2016");
    expect(formatInterval({ start: "2016-12-05", end: "2016-12-11" }, "en")).toBe("5 – 11 December 2016");
    expect(formatInterval({ start: "2016-10-23", end: "2016-11-12" }, "ar")).toBe(
      "من 23 تشرين الأول/أكتوبر إلى 12 تشرين الثاني/نوفمبر 2016",
    );
    expect(formatInterval({ start: "2016-12-30", end: "2017-01-02" }, "en")).toBe("30 December 2016 – 2 January 2017");
    expect(formatInterval({ start: "2016-11-01", end: "2016-12-31" }, "ar")).toBe(
      "من تشرين الثاني/نوفمبر إلى كانون الأول/ديسمبر 2016",
    );
  });

  it("does day arithmetic in UTC across month, year and leap-day boundaries", () => {
    expect(addDays("2016-12-01", -1)).toBe("2016-11-30");
    expect(addDays("2016-12-31", 1)).toBe("2017-01-01");
    expect(addDays("2020-02-28", 1)).toBe("2020-02-29");
    expect(daysBetween("2016-12-13", "2016-12-12")).toBe(-1);
    expect(daysBetween("2011-03-15", "2020-02-17")).toBe(3261);
  });

  it("rejects days that do not exist", () => {
    expect(() => parseDay("2016-02-30")).toThrow(/not a real day/);
    expect(() => parseDay("12/12/2016")).toThrow(/not an ISO day/);
  });
});
