import { describe, expect, it } from "vitest";
import { intervalFromDrag } from "@/lib/corrections/drag";
import { arabicDays, countEvents, describeMove, moveText, summariseMoves } from "@/lib/corrections/moves";

const day = (d: string) => ({ start: d, end: d });

describe("what moved", () => {
  // Article 003 was published 2016-12-13; its «أمس» is 2016-12-12. Had it been dated 2016-12-14, «أمس» moves a day later.
  it("describes a shift of the same length, in days, both ways", () => {
    expect(describeMove(day("2016-12-12"), day("2016-12-13"))).toEqual({ kind: "shifted", days: 1 });
    expect(describeMove({ start: "2016-11-21", end: "2016-12-11" }, { start: "2016-11-14", end: "2016-12-04" })).toEqual({ kind: "shifted", days: -7 });
    expect(describeMove(day("2016-12-12"), day("2016-12-12"))).toEqual({ kind: "unchanged" });
  });

  it("tells an interval that changed length, and a date that appeared or vanished", () => {
    expect(describeMove({ start: "2016-11-01", end: "2016-11-30" }, { start: "2016-12-01", end: "2016-12-31" })).toEqual({
      kind: "reshaped",
      startDays: 30,
      endDays: 31,
    });
    expect(describeMove(null, day("2016-12-12"))).toEqual({ kind: "dated" });
    expect(describeMove(day("2016-12-12"), null)).toEqual({ kind: "undated" });
  });

  it("says it in Arabic with the counted noun's agreement, and in English", () => {
    expect([1, 2, 3, 10, 11, 99, 100, 101, 103].map(arabicDays)).toEqual([
      "يوماً واحداً",
      "يومين",
      "3 أيام",
      "10 أيام",
      "11 يوماً",
      "99 يوماً",
      "100 يوم",
      "101 يوم",
      "103 أيام",
    ]);
    expect(moveText({ kind: "shifted", days: 3 }, "ar")).toBe("تأخّر 3 أيام");
    expect(moveText({ kind: "shifted", days: -2 }, "ar")).toBe("تقدّم يومين");
    expect(moveText({ kind: "shifted", days: -1 }, "en")).toBe("moved 1 day earlier");
    expect(moveText({ kind: "shifted", days: 7 }, "en")).toBe("moved 7 days later");
    expect(moveText({ kind: "dated" }, "ar")).toBe("صار له تاريخ");
  });

  it("counts the events that moved with the right Arabic noun form", () => {
    expect([0, 1, 2, 3, 14, 21, 100].map((n) => countEvents(n, "ar"))).toEqual([
      "لا أحداث",
      "حدث واحد",
      "حدثان",
      "3 أحداث",
      "14 حدثاً",
      "21 حدثاً",
      "100 حدث",
    ]);
    expect(countEvents(1, "en")).toBe("1 event");
    expect(countEvents(14, "en")).toBe("14 events");
  });

  it("counts a cascade for the summary line", () => {
    const s = summariseMoves([
      { eventId: "a", before: day("2016-12-12"), after: day("2016-12-13") },
      { eventId: "b", before: null, after: day("2016-12-13") },
      { eventId: "c", before: day("2016-12-01"), after: day("2016-12-01") },
    ]);
    expect(s).toEqual({ moved: 1, dated: 1, unchanged: 1, total: 3 });
  });
});

describe("a drag on the timeline", () => {
  const DAY = 86_400_000;
  it("puts a moved box on the day it was dropped in", () => {
    const dropped = Date.UTC(2016, 11, 9, 23, 59); // late on the 9th
    expect(intervalFromDrag(dropped, null)).toEqual(day("2016-12-09"));
  });

  it("keeps a moved range's length and snaps it to whole days", () => {
    // «خلال الأسابيع الثلاثة الماضية» drawn 2016-11-21..2016-12-11 (end at the next midnight), dragged 5 days and 3 hours earlier.
    const start = Date.UTC(2016, 10, 21) - 5 * DAY - 3 * 3_600_000;
    const end = Date.UTC(2016, 11, 12) - 5 * DAY - 3 * 3_600_000;
    expect(intervalFromDrag(start, end)).toEqual({ start: "2016-11-16", end: "2016-12-06" });
  });

  it("follows a resize, never below one day", () => {
    expect(intervalFromDrag(Date.UTC(2016, 11, 1), Date.UTC(2016, 11, 8))).toEqual({ start: "2016-12-01", end: "2016-12-07" });
    expect(intervalFromDrag(Date.UTC(2016, 11, 1), Date.UTC(2016, 11, 1, 2))).toEqual(day("2016-12-01"));
  });
});
