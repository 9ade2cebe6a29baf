import { describe, expect, it } from "vitest";
import { displayName, entityNames } from "@/lib/view/entities";

describe("gazetteer names", () => {
  it("names places, actors and sources in both languages", () => {
    expect(entityNames("place:aleppo")).toEqual({ ar: "حلب", en: "Aleppo" });
    expect(entityNames("source:sohr")?.en).toBe("Syrian Observatory for Human Rights");
    expect(entityNames("actor:syrian-government")?.ar).toBe("النظام السوري");
    expect(entityNames("place:atlantis")).toBeUndefined();
  });
  it("falls back to the Arabic name when English is unknown", () => {
    expect(displayName({ name: "حلب", en: "Aleppo" }, "en")).toBe("Aleppo");
    expect(displayName({ name: "حلب", en: "Aleppo" }, "ar")).toBe("حلب");
    expect(displayName({ name: "خلصة" }, "en")).toBe("خلصة");
  });
});

import { withDescendants } from "@/lib/view/entities";
describe("the gazetteer's hierarchy", () => {
  it("puts neighbourhoods under their city and the army under the government", () => {
    expect(withDescendants("place:aleppo")).toContain("place:aleppo/al-shaykh-said");
    expect(withDescendants("place:aleppo-governorate")).toEqual(expect.arrayContaining(["place:aleppo", "place:aleppo/al-shaykh-said", "place:aleppo-governorate/khan-tuman"]));
    expect(withDescendants("actor:syrian-government")).toEqual(expect.arrayContaining(["actor:syrian-army", "actor:syrian-army/air-force"]));
    expect(withDescendants("place:aleppo/al-shaykh-said")).toEqual(["place:aleppo/al-shaykh-said"]);
    expect(withDescendants("place:atlantis")).toEqual(["place:atlantis"]);
  });
});
