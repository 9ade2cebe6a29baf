import { describe, expect, it } from "vitest";
import {
  checkDay,
  checkInterval,
  checkPrecision,
  expandToPrecision,
  formatDateText,
  impliedGranularity,
  parseDateText,
  spanDays,
} from "@/lib/corrections/interval";

const code = (r: { ok: boolean; issue?: { code: string } }) => (r.ok ? "ok" : r.issue!.code);

describe("a corrected date", () => {
  it("reads one day or a range in the CLI's format", () => {
    expect(parseDateText("2016-12-11")).toEqual({ ok: true, value: { start: "2016-12-11", end: "2016-12-11" } });
    expect(parseDateText(" 2016-12-01..2016-12-13 ")).toEqual({ ok: true, value: { start: "2016-12-01", end: "2016-12-13" } });
  });

  it("refuses days that do not exist instead of rolling them over", () => {
    expect(code(checkDay("2016-02-30"))).toBe("date-impossible");
    expect(code(checkDay("2015-02-29"))).toBe("date-impossible");
    expect(code(checkDay("2016-02-29"))).toBe("ok"); // 2016 is a leap year: the Aleppo winter
    expect(code(checkDay("2016-13-01"))).toBe("date-impossible");
    expect(code(checkDay("2016-00-10"))).toBe("date-impossible");
    expect(code(checkDay("2016-11-31"))).toBe("date-impossible");
  });

  it("explains a badly written date", () => {
    expect(code(parseDateText(""))).toBe("date-missing");
    expect(code(parseDateText("12/12/2016"))).toBe("date-format");
    expect(code(parseDateText("٢٠١٦-١٢-١٢"))).toBe("date-format"); // Arabic-Indic digits: the form sends ISO text
    expect(code(parseDateText("2016-12-01..2016-12-05..2016-12-09"))).toBe("date-format");
    expect(code(parseDateText("0999-12-31"))).toBe("date-out-of-range");
  });

  it("refuses a range that ends before it starts, or spans more than a century", () => {
    const reversed = checkInterval("2016-12-13", "2016-12-11");
    expect(code(reversed)).toBe("range-reversed");
    expect(reversed.ok === false && reversed.issue.message).toContain("2016-12-11");
    expect(code(checkInterval("1900-01-01", "2016-12-31"))).toBe("range-too-long");
    expect(spanDays({ start: "2016-12-11", end: "2016-12-11" })).toBe(1);
    expect(spanDays({ start: "2016-02-01", end: "2016-02-29" })).toBe(29);
  });
});

describe("precision", () => {
  it("is implied from the interval when not given: a whole year, a whole month, else days", () => {
    expect(impliedGranularity({ start: "2016-01-01", end: "2016-12-31" })).toBe("year");
    expect(impliedGranularity({ start: "2016-02-01", end: "2016-02-29" })).toBe("month");
    expect(impliedGranularity({ start: "2016-11-01", end: "2016-11-30" })).toBe("month");
    expect(impliedGranularity({ start: "2016-11-01", end: "2016-11-29" })).toBe("day");
    expect(impliedGranularity({ start: "2016-12-11", end: "2016-12-11" })).toBe("day");
  });

  it("must not claim less than the interval says (a «month» of three days)", () => {
    const r = checkPrecision({ start: "2016-12-11", end: "2016-12-13" }, "month");
    expect(code(r)).toBe("precision-too-fine");
    expect(code(checkPrecision({ start: "2016-11-21", end: "2016-12-11" }, "week"))).toBe("ok"); // «خلال الأسابيع الثلاثة الماضية»
    expect(code(checkPrecision({ start: "2016-12-11", end: "2016-12-11" }, "hour"))).toBe("precision-unknown");
  });

  it("expands one day to the whole week (ISO), month or year around it", () => {
    // 2016-12-12 was a Monday; 2016-12-11 a Sunday (the end of ISO week 49).
    expect(expandToPrecision("2016-12-11", "week")).toEqual({ start: "2016-12-05", end: "2016-12-11" });
    expect(expandToPrecision("2016-12-12", "week")).toEqual({ start: "2016-12-12", end: "2016-12-18" });
    expect(expandToPrecision("2016-02-17", "month")).toEqual({ start: "2016-02-01", end: "2016-02-29" });
    expect(expandToPrecision("2016-12-17", "month")).toEqual({ start: "2016-12-01", end: "2016-12-31" });
    expect(expandToPrecision("2020-02-17", "year")).toEqual({ start: "2020-01-01", end: "2020-12-31" });
    expect(expandToPrecision("2020-02-17", "day")).toEqual({ start: "2020-02-17", end: "2020-02-17" });
    for (const g of ["week", "month", "year"] as const) {
      const i = expandToPrecision("2016-11-13", g);
      expect(checkPrecision(i, g).ok).toBe(true);
    }
  });

  it("writes an interval back in the CLI's format", () => {
    expect(formatDateText({ start: "2016-12-11", end: "2016-12-11" })).toBe("2016-12-11");
    expect(formatDateText({ start: "2016-12-01", end: "2016-12-31" })).toBe("2016-12-01..2016-12-31");
  });
});
