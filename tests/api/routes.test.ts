// The route handlers as HTTP sees them: JSON bodies, clear 4xx, no internals leaked. SQLite test database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { closeDb } from "@/lib/store/client";
import { GET as listEventsRoute } from "@/app/api/events/route";
import { GET as densityRoute } from "@/app/api/events/density/route";
import { GET as timelineRoute } from "@/app/api/timeline/route";
import { GET as eventRoute } from "@/app/api/events/[id]/route";
import { GET as articleRoute } from "@/app/api/articles/[id]/route";
import { GET as facetsRoute } from "@/app/api/facets/route";
import { POST as createViewRoute } from "@/app/api/views/route";
import { GET as viewRoute } from "@/app/api/views/[slug]/route";
import { GET as exportRoute } from "@/app/api/export/route";
import { createTestDatabase, type TestDatabase } from "../store/support/databases";
import { ahram, IDS, insertAleppoFixture } from "./store-fixture";
import { parseXml } from "../view/xml-check";

const BASE = "http://zaman.test";
const get = (path: string) => new NextRequest(`${BASE}${path}`);
const params = <T extends object>(p: T) => ({ params: Promise.resolve(p) });

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase("sqlite");
  await insertAleppoFixture(t.db);
  process.env.DATABASE_URL = t.url;
});
afterAll(async () => {
  await closeDb();
  await t?.destroy();
});

describe("GET /api/events", () => {
  it("answers a page of events in the window", async () => {
    const res = await listEventsRoute(get("/api/events?from=2016-12-01&to=2016-12-31&p=place:aleppo"));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.events.map((e: { id: string }) => e.id)).toEqual([IDS.sanaAdvance, IDS.ahramAdvance]);
    expect(body.total).toBe(2);
  });

  it.each([
    ["/api/events?from=2016-02-30&to=2016-03-01", "real day"],
    ["/api/events?from=2016-12-31&to=2016-12-01", "must not be after"],
    ["/api/events?limit=9999", "«limit»"],
    ["/api/events?c=parades", "is not one of"],
  ])("refuses %s with 400 and a reason", async (path, reason) => {
    const res = await listEventsRoute(get(path));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toContain(reason);
  });

  it("answers a window with its events, or its density when crowded", async () => {
    const small = await (await timelineRoute(get("/api/timeline?from=2016-12-01&to=2016-12-31"))).json();
    expect(small.density).toBeNull();
    expect(small.page.events).toHaveLength(3);
    expect((await timelineRoute(get("/api/timeline?from=2016-12-01"))).status).toBe(400);
  });

  it("counts densities, and needs a window for them", async () => {
    const res = await densityRoute(get("/api/events/density?from=2016-10-01&to=2016-12-31"));
    const body = await res.json();
    expect(body.unit).toBe("week");
    expect(body.buckets.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(5);
    expect((await densityRoute(get("/api/events/density"))).status).toBe(400);
  });
});

describe("GET /api/events/:id and /api/articles/:id", () => {
  it("gives the evidence of an event and 404s unknown ones", async () => {
    const res = await eventRoute(get(`/api/events/${IDS.ahramAdvance}`), params({ id: IDS.ahramAdvance }));
    const d = await res.json();
    expect(d.expression.text).toBe("أمس");
    expect(d.mentions[0].eventId).toBe(IDS.sanaAdvance);
    const missing = await eventRoute(get("/api/events/x-e9"), params({ id: "x-e9" }));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toContain("not found");
    expect((await eventRoute(get("/api/events/a%20b"), params({ id: "a%20b" }))).status).toBe(400);
  });

  it("gives an article", async () => {
    const res = await articleRoute(get(`/api/articles/${ahram.id}`), params({ id: ahram.id }));
    expect((await res.json()).text).toBe(ahram.text);
    expect((await articleRoute(get("/api/articles/nope"), params({ id: "nope" }))).status).toBe(404);
  });

  it("lists facets", async () => {
    const f = await (await facetsRoute()).json();
    expect(f.span).toEqual({ start: "2016-10-23", end: "2016-12-13" });
  });
});

describe("share links", () => {
  const post = (body: string, type = "application/json") =>
    createViewRoute(new NextRequest(`${BASE}/api/views`, { method: "POST", body, headers: { "content-type": type } }));

  it("creates a short link and reads it back", async () => {
    const res = await post(JSON.stringify({ query: "v=1&w=2016-12-01~2016-12-31&c=battles&e=" + IDS.sanaAdvance }));
    expect(res.status).toBe(201);
    const { slug, path } = await res.json();
    expect(path).toBe(`/s/${slug}`);
    const back = await (await viewRoute(get(`/api/views/${slug}`), params({ slug }))).json();
    expect(back.view.filters.categories).toEqual(["battles"]);
    expect(back.view.selected).toBe(IDS.sanaAdvance);
    expect(back.query).toBe("?v=1&w=2016-12-01%7E2016-12-31&c=battles&e=" + encodeURIComponent(IDS.sanaAdvance));
  });

  it.each([
    ["not json", "application/json", 400],
    [JSON.stringify({ query: "v=1" }), "text/plain", 400],
    [JSON.stringify({ query: "g=river" }), "application/json", 400],
    [JSON.stringify({ query: "v=1", admin: true }), "application/json", 400],
    [JSON.stringify({ query: "q=" + "x".repeat(9000) }), "application/json", 400],
  ])("refuses a bad request (%#)", async (body, type, status) => {
    const res = await post(body, type);
    expect(res.status).toBe(status);
    expect(typeof (await res.json()).error).toBe("string");
  });

  it("refuses a client that makes too many links with 429 and Retry-After, and keeps serving the ones made", async () => {
    const from = (ip: string) =>
      createViewRoute(
        new NextRequest(`${BASE}/api/views`, {
          method: "POST",
          body: JSON.stringify({ query: "v=1&w=2016-12-01~2016-12-31" }),
          headers: { "content-type": "application/json", "x-forwarded-for": ip },
        }),
      );
    const statuses: number[] = [];
    let first = "";
    for (let i = 0; i < 31; i += 1) {
      const res = await from("203.0.113.9");
      statuses.push(res.status);
      if (i === 0) first = (await res.json()).slug;
      else if (res.status === 429) {
        expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
        expect((await res.json()).error).toMatch(/too many share links/);
      }
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(30);
    expect(statuses[30]).toBe(429);
    expect((await viewRoute(get(`/api/views/${first}`), params({ slug: first }))).status).toBe(200);
    expect((await from("198.51.100.4")).status).toBe(201);
  });

  it("says 404 for an unknown link and 400 for a malformed one", async () => {
    expect((await viewRoute(get("/api/views/AAAAAAAAAAAAAAAA"), params({ slug: "AAAAAAAAAAAAAAAA" }))).status).toBe(404);
    expect((await viewRoute(get("/api/views/short"), params({ slug: "short" }))).status).toBe(400);
  });
});

describe("GET /api/export", () => {
  it("downloads each format with the view's filters", async () => {
    const q = "from=2016-10-01&to=2016-12-31&p=place:aleppo";
    const json = await exportRoute(get(`/api/export?format=json&${q}`));
    expect(json.headers.get("content-disposition")).toContain("zaman-events.json");
    expect((await json.json()).count).toBe(4);
    const csv = await (await exportRoute(get(`/api/export?format=csv&${q}`))).text();
    expect(csv.trim().split("\r\n")).toHaveLength(5);
    const tjs = await (await exportRoute(get(`/api/export?format=timelinejs&${q}`))).json();
    expect(tjs.events).toHaveLength(4);
    const xml = await (await exportRoute(get(`/api/export?format=timeml&${q}`))).text();
    expect(parseXml(xml).name).toBe("TimeMLCollection");
  });

  it("exports one article's TimeML, and refuses unknown formats", async () => {
    const one = await exportRoute(get(`/api/export?format=timeml&article=${ahram.id}`));
    expect(parseXml(await one.text()).name).toBe("TimeML");
    expect((await exportRoute(get("/api/export?format=xlsx"))).status).toBe(400);
    expect((await exportRoute(get("/api/export?format=csv&article=x"))).status).toBe(400);
  });
});
