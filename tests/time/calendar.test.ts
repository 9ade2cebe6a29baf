import { describe, expect, it } from "vitest";
import {
  addDays, addMonths, addYears, dayOf, daysInMonth, formatDay, formatIsoWeek, fromDayNumber, isoWeekStart,
  isoWeekday, parseDay, toDayNumber, weekdayAfter, weekdayBefore, weekdayOnOrBefore,
} from "../../lib/time/calendar";

describe("calendar arithmetic without Date", () => {
  it("round-trips day numbers and agrees with known weekdays", () => {
    expect(toDayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    for (let n = -800_000; n <= 800_000; n += 997) expect(toDayNumber(fromDayNumber(n))).toBe(n);
    expect(isoWeekday(dayOf("2016-12-12"))).toBe(1); // Monday, article 002
    expect(isoWeekday(dayOf("2016-12-11"))).toBe(7); // Sunday
    expect(isoWeekday(dayOf("2016-06-15"))).toBe(3); // Wednesday, article 004
    expect(isoWeekday(dayOf("2020-02-17"))).toBe(1);
  });

  it("adds days, months and years across month and year ends", () => {
    expect(formatDay(addDays(dayOf("2016-03-01"), -1))).toBe("2016-02-29");
    expect(formatDay(addDays(dayOf("2016-12-31"), 1))).toBe("2017-01-01");
    expect(formatDay(addMonths(dayOf("2016-01-31"), 1))).toBe("2016-02-29");
    expect(formatDay(addMonths(dayOf("2016-01-15"), -13))).toBe("2014-12-15");
    expect(formatDay(addYears(dayOf("2016-02-29"), 1))).toBe("2017-02-28");
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it("rejects impossible days", () => {
    expect(parseDay("2016-02-30")).toBeNull();
    expect(parseDay("2016-13-01")).toBeNull();
    expect(parseDay("16-12-01")).toBeNull();
    expect(() => dayOf("2016-02-30")).toThrow(/not a calendar day/);
  });

  it("numbers ISO weeks, including year-crossing weeks", () => {
    expect(formatIsoWeek(dayOf("2016-12-11"))).toBe("2016-W49");
    expect(formatIsoWeek(dayOf("2016-12-12"))).toBe("2016-W50");
    expect(formatIsoWeek(dayOf("2016-01-03"))).toBe("2015-W53");
    expect(formatIsoWeek(dayOf("2019-12-30"))).toBe("2020-W01");
    expect(formatDay(isoWeekStart(2016, 49))).toBe("2016-12-05");
    expect(formatDay(isoWeekStart(2020, 1))).toBe("2019-12-30");
  });

  it("finds weekdays before and after a day", () => {
    const monday = dayOf("2016-12-12");
    expect(formatDay(weekdayOnOrBefore(monday, 1))).toBe("2016-12-12");
    expect(formatDay(weekdayBefore(monday, 1))).toBe("2016-12-05");
    expect(formatDay(weekdayOnOrBefore(monday, 7))).toBe("2016-12-11");
    expect(formatDay(weekdayAfter(monday, 4))).toBe("2016-12-15");
    expect(formatDay(weekdayAfter(monday, 1))).toBe("2016-12-19");
  });
});
