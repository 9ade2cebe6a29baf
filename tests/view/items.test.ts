import { describe, expect, it } from "vitest";
import { buildItems, eventIdOfItem, itemClasses, shortLabel, tooltipText } from "@/lib/view/items";
import { aleppoEvents } from "./fixtures";

const [weeks, sanaLiberation, ahramStart, lavrov, truce, undated] = aleppoEvents as [
  (typeof aleppoEvents)[number], (typeof aleppoEvents)[number], (typeof aleppoEvents)[number],
  (typeof aleppoEvents)[number], (typeof aleppoEvents)[number], (typeof aleppoEvents)[number],
];

describe("events drawn on the timeline", () => {
  it("draws a day as a box in the middle of its UTC day, a period as a range to the end of its last day", () => {
    const { items } = buildItems(aleppoEvents, "none", "ar");
    const box = items.find((i) => i.eventId === sanaLiberation.id)!;
    expect(box.type).toBe("box");
    expect(new Date(box.start).toISOString()).toBe("2016-12-12T12:00:00.000Z");
    expect(box.end).toBeNull();
    const range = items.find((i) => i.eventId === weeks.id)!;
    expect(range.type).toBe("range");
    expect(new Date(range.start).toISOString()).toBe("2016-10-23T00:00:00.000Z");
    expect(new Date(range.end!).toISOString()).toBe("2016-11-13T00:00:00.000Z");
  });

  it("makes the kind of date visible in the classes", () => {
    expect(itemClasses(weeks).split(" ")).toEqual(expect.arrayContaining(["ev-span", "ev-vague"]));
    expect(itemClasses(sanaLiberation).split(" ")).toEqual(["ev", "cat-battles", "ev-day"]);
    expect(itemClasses(lavrov).split(" ")).toEqual(expect.arrayContaining(["ev-reported", "cat-statement"]));
    expect(itemClasses(truce).split(" ")).toContain("ev-corrected");
    expect(itemClasses(truce).split(" ")).not.toContain("ev-reported");
    // A retelling by the same article is drawn quieter, and its tooltip says so.
    const retold = { ...sanaLiberation, retells: `${sanaLiberation.articleId}-e4` };
    expect(itemClasses(retold).split(" ")).toContain("ev-retold");
    expect(itemClasses(sanaLiberation).split(" ")).not.toContain("ev-retold");
    expect(tooltipText(retold, "ar")).toContain("رواية ثانية");
  });

  it("leaves undated events off the timeline", () => {
    const { items } = buildItems(aleppoEvents, "none", "ar");
    expect(items.map((i) => i.eventId)).not.toContain(undated.id);
    expect(items).toHaveLength(aleppoEvents.length - 1);
  });

  it("groups by place, drawing an event in each of its places, and maps items back to events", () => {
    const { items, groups } = buildItems(aleppoEvents, "place", "ar");
    const sanaItems = items.filter((i) => i.eventId === sanaLiberation.id);
    expect(sanaItems.map((i) => i.group).sort()).toEqual(["place:aleppo", "place:aleppo/al-shaykh-said"]);
    for (const i of items) expect(eventIdOfItem(i.id)).toBe(i.eventId);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    // Most populated first, the unspecified group last.
    expect(groups![0]).toMatchObject({ id: "place:aleppo", label: "حلب" });
    expect(groups!.at(-1)).toMatchObject({ id: "∅", label: "غير محدد" });
  });

  it("groups by category with translated labels", () => {
    const { groups } = buildItems(aleppoEvents, "category", "en");
    expect(groups!.map((g) => g.label)).toEqual(["Battles", "Statements", "Strategic developments"]);
    expect(buildItems(aleppoEvents, "none", "en").groups).toBeNull();
    expect(ahramStart.groupId).toBe(sanaLiberation.groupId);
  });

  it("builds labels and tooltips as plain text", () => {
    const hostile = { ...sanaLiberation, summary: `<img src=x onerror="alert(1)"> ${sanaLiberation.summary}`, outlet: "<b>x</b>" };
    const { items } = buildItems([hostile], "none", "en");
    expect(items[0]!.label.startsWith("<img src=x")).toBe(true); // kept verbatim: the client renders it as a text node
    expect(items[0]!.label.length).toBeLessThanOrEqual(60);
    expect(tooltipText(hostile, "en").split("\n")).toEqual([hostile.summary, "12 December 2016", "<b>x</b> · Published: 2016-12-12"]);
    expect(shortLabel("  أ   ب  ")).toBe("أ ب");
    expect(tooltipText(weeks, "ar").split("\n")[1]).toBe("من 23 تشرين الأول/أكتوبر إلى 12 تشرين الثاني/نوفمبر 2016 (تقريبي)");
  });
});
