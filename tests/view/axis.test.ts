import { describe, expect, it } from "vitest";
import { majorLabel, minorLabel } from "@/lib/view/axis";

describe("time-axis labels", () => {
  const monday = Date.UTC(2016, 11, 12, 6, 30);
  it("labels every scale in UTC with both month names", () => {
    expect(minorLabel(monday, "hour", "ar")).toBe("06:30");
    expect(minorLabel(monday, "weekday", "ar")).toBe("الاثنين 12");
    expect(minorLabel(monday, "day", "en")).toBe("12");
    expect(minorLabel(monday, "month", "ar")).toBe("كانون الأول\nديسمبر");
    expect(minorLabel(monday, "year", "ar")).toBe("2016");
    expect(majorLabel(monday, "hour", "ar")).toBe("12 كانون الأول/ديسمبر 2016");
    expect(majorLabel(monday, "day", "en")).toBe("December 2016");
    expect(majorLabel(monday, "month", "ar")).toBe("2016");
  });
  it("does not shift a late-evening UTC instant into the next day", () => {
    expect(minorLabel(Date.UTC(2016, 11, 31, 23, 59), "day", "ar")).toBe("31");
    expect(majorLabel(Date.UTC(2016, 11, 31, 23, 59), "day", "en")).toBe("December 2016");
  });
});
