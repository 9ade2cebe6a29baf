import { describe, expect, it } from "vitest";
import { BadRequest, parseEventsQuery, parseExportFormat, parseId } from "@/lib/view/query";

const q = (s: string) => parseEventsQuery(new URLSearchParams(s));

describe("read API query strings", () => {
  it("reads a window, the view's filters and paging", () => {
    const r = q("from=2016-11-01&to=2016-12-31&p=place:aleppo&c=battles&d=explicit&q=%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A&limit=50&cursor=100");
    expect(r.range).toEqual({ start: "2016-11-01", end: "2016-12-31" });
    expect(r.filters.places).toEqual(["place:aleppo"]);
    expect(r.filters.categories).toEqual(["battles"]);
    expect(r.filters.dateSources).toEqual(["explicit"]);
    expect(r.filters.text).toBe("السوري");
    expect(r.limit).toBe(50);
    expect(r.offset).toBe(100);
    expect(q("").limit).toBe(500);
    expect(q("").range).toBeNull();
  });

  it.each([
    ["from=2016-12-31&to=2016-11-01", "must not be after"],
    ["from=2016-02-30&to=2016-03-01", "real day"],
    ["from=yesterday", "real day"],
    ["limit=0", "«limit»"],
    ["limit=100000", "«limit»"],
    ["limit=ten", "«limit»"],
    ["cursor=-1", "«cursor»"],
    ["from=2016-01-01&from=2016-02-01", "more than once"],
    ["c=parades", "is not one of"],
    ["g=river", "is not one of"],
  ])("refuses %s with a 400 and a reason", (s, message) => {
    let caught: unknown;
    try {
      q(s);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(BadRequest);
    expect((caught as BadRequest).status).toBe(400);
    expect((caught as Error).message).toContain(message);
  });

  it("checks ids and export formats", () => {
    expect(parseId("002_bd2704263292804c", "article")).toBe("002_bd2704263292804c");
    expect(parseId("a%23b", "event")).toBe("a#b");
    expect(() => parseId("%E0%A4", "event")).toThrow(BadRequest);
    expect(() => parseId("a%20b", "event")).toThrow(/malformed/);
    expect(parseExportFormat(new URLSearchParams("format=timeml"))).toBe("timeml");
    expect(parseExportFormat(new URLSearchParams(""))).toBe("json");
    expect(() => parseExportFormat(new URLSearchParams("format=xlsx"))).toThrow(/must be one of/);
  });
});

import { parseShareRequest } from "@/lib/view/share";
describe("share-link requests", () => {
  it("decode the view's query like a page URL", () => {
    const v = parseShareRequest({ query: "?v=1&w=2016-11-01~2016-12-31&p=place:aleppo&e=003_3fa513781c5a54af-e0" });
    expect(v.window).toEqual({ start: Date.UTC(2016, 10, 1), end: Date.UTC(2016, 11, 31) });
    expect(v.selected).toBe("003_3fa513781c5a54af-e0");
  });
  it.each([[null], ["v=1"], [{}], [{ query: 1 }], [{ query: "v=1", extra: true }], [{ query: "v=9" }], [{ query: "x".repeat(5000) }]])(
    "refuse %j with a 400",
    (body) => {
      expect(() => parseShareRequest(body)).toThrow(BadRequest);
    },
  );
});
