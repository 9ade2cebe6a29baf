import { describe, expect, it } from "vitest";
import { buildNarrative } from "@/lib/view/narrative";
import { aleppoEvents } from "./fixtures";

describe("the narrative, day by day", () => {
  it("lists days in order, each event under the day it starts, undated ones apart", () => {
    const n = buildNarrative([...aleppoEvents].reverse());
    expect(n.days.map((d) => d.day)).toEqual(["2016-10-23", "2016-11-13", "2016-12-12", "2016-12-13"]);
    expect(n.days[2]!.events.map((e) => e.articleId)).toEqual(["002_bd2704263292804c", "003_3fa513781c5a54af"]);
    expect(n.undated.map((e) => e.id)).toEqual(["undated_0000#0"]);
  });

  it("reads the same whatever order the events arrive in", () => {
    const a = buildNarrative(aleppoEvents);
    const b = buildNarrative([...aleppoEvents].sort((x, y) => y.summary.localeCompare(x.summary)));
    expect(b).toEqual(a);
  });

  it("lists apart, oldest first, the periods that began before the window's first day", () => {
    const n = buildNarrative([...aleppoEvents].reverse(), "2016-12-01");
    expect(n.earlier.map((e) => e.interval!.start)).toEqual(["2016-10-23", "2016-11-13"]);
    expect(n.days.map((d) => d.day)).toEqual(["2016-12-12", "2016-12-13"]);
    expect(n.days.flatMap((d) => d.events).length + n.earlier.length + n.undated.length).toBe(aleppoEvents.length);
    expect(buildNarrative(aleppoEvents, null).earlier).toEqual([]);
  });
});
