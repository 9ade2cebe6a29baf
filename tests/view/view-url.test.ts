import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "@/lib/view/state";
import { decodeView, encodeView, formatInstant, normaliseView, parseInstant, tryDecodeView, viewQuery, ViewUrlError } from "@/lib/view/url";
import { parseViewJson } from "@/lib/view/schema";

const aleppoDecember: ViewState = {
  window: { start: Date.UTC(2016, 10, 15), end: Date.UTC(2016, 11, 22, 6, 30) },
  filters: {
    outlets: ["العربي الجديد"],
    places: ["place:aleppo/al-shaykh-said", "place:aleppo"],
    actors: ["actor:syrian-army"],
    categories: ["battles", "explosions-remote-violence"],
    dateSources: ["reported", "explicit"],
    text: "الجيش السورى",
  },
  group: "place",
  selected: "002_bd2704263292804c#3",
  lang: "en",
};

describe("view in the URL", () => {
  it("round-trips a full view, Arabic text and reserved characters included", () => {
    const q = viewQuery(aleppoDecember);
    expect(decodeView(q.slice(1))).toEqual(normaliseView(aleppoDecember));
    const tricky: ViewState = {
      ...aleppoDecember,
      filters: { ...aleppoDecember.filters, outlets: ["a&b=c#d~e", "قناة (سكاي نيوز)", "x,y"], text: "«أمس» & 100% ?" },
    };
    expect(decodeView(encodeView(tricky).toString())).toEqual(normaliseView(tricky));
  });

  it("omits defaults: the default view is just the version", () => {
    expect(encodeView(DEFAULT_VIEW).toString()).toBe("v=1");
    expect(decodeView("")).toEqual(DEFAULT_VIEW);
    expect(decodeView("v=1")).toEqual(DEFAULT_VIEW);
  });

  it("writes windows in the shortest exact UTC form", () => {
    expect(formatInstant(Date.UTC(2016, 11, 12))).toBe("2016-12-12");
    expect(formatInstant(Date.UTC(2016, 11, 12, 6, 30))).toBe("2016-12-12T06:30");
    expect(formatInstant(Date.UTC(2016, 11, 12, 6, 30, 5))).toBe("2016-12-12T06:30:05");
    expect(formatInstant(Date.UTC(2016, 11, 12, 6, 30, 5, 7))).toBe("2016-12-12T06:30:05.007");
    for (const t of [Date.UTC(2016, 11, 12, 23, 59, 59, 999), Date.UTC(2020, 1, 29), Date.UTC(1999, 0, 1, 0, 1)]) {
      expect(parseInstant(formatInstant(t))).toBe(t);
    }
    expect(encodeView(aleppoDecember).get("w")).toBe("2016-11-15~2016-12-22T06:30");
  });

  it("accepts the record form Next.js gives pages", () => {
    const v = decodeView({ v: "1", p: ["place:aleppo", "place:homs"], g: "outlet", embed: "1" });
    expect(v.filters.places).toEqual(["place:aleppo", "place:homs"]);
    expect(v.group).toBe("outlet");
  });

  it.each([
    ["v=2", "v", "unsupported view version"],
    ["w=2016-12-01", "w", "START~END"],
    ["w=2016-02-30~2016-03-02", "w", "not a real date"],
    ["w=2016-12-10~2016-12-01", "w", "must end after"],
    ["w=yesterday~today", "w", "not a date"],
    ["w=0099-01-01~2016-01-01", "w", "not a real date"],
    ["g=river", "g", "is not one of"],
    ["c=battles&c=parades", "c", "is not one of"],
    ["d=guessed", "d", "is not one of"],
    ["l=fr", "l", "is not one of"],
    ["e=a&e=b", "e", "more than once"],
    ["p=", "p", "non-empty"],
    ["p=%20aleppo", "p", "printable"],
    ["o=a%00b", "o", "printable"],
    [`q=${"حلب".repeat(100)}`, "q", "longer than"],
  ])("rejects %s with a clear error", (query, param, message) => {
    let caught: unknown;
    try {
      decodeView(query);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ViewUrlError);
    expect((caught as ViewUrlError).param).toBe(param);
    expect((caught as Error).message).toContain(message);
    const r = tryDecodeView(query);
    expect(r.ok).toBe(false);
  });

  it("never crashes on garbage: any input is a view or a ViewUrlError", () => {
    // Deterministic pseudo-random queries built from the parameters' own alphabet.
    let seed = 20161212;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pieces = ["v=1", "v=x", "w=", "w=2016-12-01~2016-12-31", "~", "&", "=", "%", "%E0%A4", "p=حلب", "c=battles", "g=", "e=", "l=en", "q=أمس", "T25:00", "2016-13-01"];
    for (let i = 0; i < 500; i++) {
      let q = "";
      for (let j = rnd(8); j >= 0; j--) q += pieces[rnd(pieces.length)]!;
      const r = tryDecodeView(q);
      if (r.ok) expect(decodeView(encodeView(r.view))).toEqual(r.view);
      else expect(r.error).toBeInstanceOf(ViewUrlError);
    }
  });

  it("validates stored JSON views the same way", () => {
    expect(parseViewJson(JSON.parse(JSON.stringify(normaliseView(aleppoDecember))))).toEqual(normaliseView(aleppoDecember));
    expect(() => parseViewJson({ ...DEFAULT_VIEW, group: "river" })).toThrow(/invalid view/);
    expect(() => parseViewJson({ ...DEFAULT_VIEW, extra: 1 })).toThrow(/invalid view/);
    expect(() => parseViewJson("v=1")).toThrow(/invalid view/);
  });
});
