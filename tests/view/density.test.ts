import { describe, expect, it } from "vitest";
import { bucketCounts, bucketOf, densityUnit } from "@/lib/view/density";

describe("density of a crowded window", () => {
  it("picks the finest readable unit", () => {
    expect(densityUnit("2016-12-01", "2016-12-31")).toBe("day");
    expect(densityUnit("2016-06-01", "2016-12-31")).toBe("week");
    expect(densityUnit("2016-01-01", "2020-12-31")).toBe("month");
    expect(densityUnit("1990-01-01", "2020-12-31")).toBe("year");
  });

  it("puts days into Saturday weeks, months and years", () => {
    // 12 December 2016 was a Monday: its week runs Saturday 10 to Friday 16.
    expect(bucketOf("2016-12-12", "week")).toEqual({ start: "2016-12-10", end: "2016-12-16" });
    expect(bucketOf("2016-12-10", "week")).toEqual({ start: "2016-12-10", end: "2016-12-16" });
    expect(bucketOf("2016-12-16", "week")).toEqual({ start: "2016-12-10", end: "2016-12-16" });
    expect(bucketOf("2020-02-17", "month")).toEqual({ start: "2020-02-01", end: "2020-02-29" });
    expect(bucketOf("2016-06-15", "year")).toEqual({ start: "2016-01-01", end: "2016-12-31" });
  });

  it("sums per-day counts in order", () => {
    const b = bucketCounts(
      [
        { day: "2016-12-13", count: 4 },
        { day: "2016-11-13", count: 2 },
        { day: "2016-12-12", count: 3 },
        { day: "2016-12-31", count: 1 },
      ],
      "month",
    );
    expect(b).toEqual([
      { start: "2016-11-01", end: "2016-11-30", count: 2 },
      { start: "2016-12-01", end: "2016-12-31", count: 8 },
    ]);
  });
});
