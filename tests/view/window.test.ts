import { describe, expect, it } from "vitest";
import { covers, fetchRange, intersects, roundWindow, sameWindow, windowForSpan } from "@/lib/view/window";

describe("timeline windows", () => {
  it("opens on the corpus span with a margin", () => {
    const w = windowForSpan({ start: "2016-06-15", end: "2020-02-17" });
    expect(w.start).toBeLessThan(Date.UTC(2016, 5, 15));
    expect(w.end).toBeGreaterThan(Date.UTC(2020, 1, 18));
    expect(w.start).toBeGreaterThan(Date.UTC(2016, 0, 1));
    const oneDay = windowForSpan({ start: "2016-12-12", end: "2016-12-12" });
    expect(oneDay).toEqual({ start: Date.UTC(2016, 11, 10), end: Date.UTC(2016, 11, 15) });
  });

  it("fetches half a window more on each side, in whole days, and knows when that still covers the view", () => {
    const w = { start: Date.UTC(2016, 11, 10), end: Date.UTC(2016, 11, 14) };
    const r = fetchRange(w);
    expect(r).toEqual({ start: "2016-12-08", end: "2016-12-15" });
    expect(covers(r, w)).toBe(true);
    expect(covers(r, { start: Date.UTC(2016, 11, 9), end: Date.UTC(2016, 11, 16, 1) })).toBe(false);
  });

  it("intersects inclusive day intervals with half-open windows", () => {
    const w = { start: Date.UTC(2016, 11, 12, 6), end: Date.UTC(2016, 11, 12, 18) };
    expect(intersects({ start: "2016-12-12", end: "2016-12-12" }, w)).toBe(true);
    expect(intersects({ start: "2016-12-11", end: "2016-12-11" }, w)).toBe(false);
    expect(intersects({ start: "2016-10-23", end: "2016-12-12" }, w)).toBe(true);
  });

  it("rounds to seconds and compares windows within a tolerance", () => {
    expect(roundWindow({ start: 1481500800499, end: 1481500800500 })).toEqual({ start: 1481500800000, end: 1481500801000 });
    const a = { start: 0, end: 1_000_000 };
    expect(sameWindow(a, { start: 500, end: 1_000_400 })).toBe(true);
    expect(sameWindow(a, { start: 5_000, end: 1_000_000 })).toBe(false);
  });
});

import { windowAround } from "@/lib/view/window";
describe("a window around one event", () => {
  it("centres the event with at least two weeks of context", () => {
    expect(windowAround({ start: "2016-12-12", end: "2016-12-12" })).toEqual({
      start: Date.UTC(2016, 11, 5, 12),
      end: Date.UTC(2016, 11, 19, 12),
    });
    const w = windowAround({ start: "2016-10-23", end: "2016-11-12" });
    expect(w.end - w.start).toBe(63 * 86_400_000);
  });
});
