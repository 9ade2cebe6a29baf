// Sharing in a real browser: the URL reopens the same view in a fresh context, permanent short links open read only,
// single-event links and embeds work, and every export downloads and holds the filtered events.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { timeToDay } from "@/lib/view/dates";
import type { ArticleDetail, EventPage } from "@/lib/view/types";
import { decodeView, viewQuery } from "@/lib/view/url";
import { readCsv } from "../view/csv";
import { findAll, parseXml, textOf } from "../view/xml-check";
import { launchBrowser, screenshot, startZaman, waitForTimeline, watchErrors, type ZamanServer } from "./harness";

let server: ZamanServer;
let browser: Browser;
let a: BrowserContext;
let page: Page;
let errors: string[];
/** The view built in the first test, as its address bar showed it. */
let sharedUrl: string;
let shortUrl: string;

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

async function drawnWindow(p: Page): Promise<{ start: number; end: number }> {
  const w = (await p.getAttribute(".timeline-host", "data-window"))!;
  const [start, end] = w.split("~").map(Number);
  return { start: start!, end: end! };
}

async function selectedCategories(p: Page): Promise<string[]> {
  return p.$eval("select[name=c]", (s) => [...(s as HTMLSelectElement).selectedOptions].map((o) => o.value));
}

/** The events an export of the shared view must hold: its filters over the days of its window. */
async function expectedEvents(): Promise<EventPage["events"]> {
  const view = decodeView(new URL(sharedUrl).search.slice(1));
  const q = new URLSearchParams({ from: timeToDay(view.window!.start), to: timeToDay(view.window!.end - 1), limit: "2000" });
  for (const c of view.filters.categories) q.append("c", c);
  return (await api<EventPage>(`/api/events?${q.toString()}`)).events;
}

async function download(p: Page, format: string): Promise<string> {
  await p.locator("[data-testid=export-menu] summary").click();
  const [dl] = await Promise.all([p.waitForEvent("download"), p.click(`[data-testid=export-menu] a[data-format=${format}]`)]);
  const file = await dl.path();
  await p.locator("[data-testid=export-menu] summary").click();
  return fs.readFileSync(file, "utf8");
}

beforeAll(async () => {
  server = await startZaman();
  browser = await launchBrowser();
  a = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  page = await a.newPage();
  errors = watchErrors(page);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("sharing views", () => {
  it("reopens the same window, filters and selection from a copied address in a fresh browser", async () => {
    await page.goto(`${server.url}/?v=1&w=2016-12-05~2016-12-20`);
    await waitForTimeline(page);
    await page.getByRole("button", { name: "تكبير" }).click();
    await page.locator("select[name=c]").selectOption("battles");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("c") === "battles");
    const row = page.locator("[data-testid=narrative] .ev-row").first();
    const id = (await row.getAttribute("data-event-id"))!;
    await row.click();
    await page.waitForSelector("[data-testid=event-reasoning]");
    await page.waitForFunction((e) => new URL(location.href).searchParams.get("e") === e, id);
    sharedUrl = page.url();
    const heading = await page.textContent("#event-panel-title");
    const view = decodeView(new URL(sharedUrl).search.slice(1));
    expect(view.window!.end - view.window!.start).toBeLessThan(15 * 86_400_000 * 0.6); // zoomed in

    const b = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const other = await b.newPage();
    await other.goto(sharedUrl);
    await waitForTimeline(other);
    await other.waitForSelector("[data-testid=event-reasoning]");
    expect(await drawnWindow(other)).toEqual(view.window);
    expect(await selectedCategories(other)).toEqual(["battles"]);
    expect(await other.textContent("#event-panel-title")).toBe(heading);
    await other.waitForTimeout(500); // the address bar is rewritten from the restored view: it must not change
    expect(other.url()).toBe(sharedUrl);
    await screenshot(other, "e2e-share-1-copied-url");
    await b.close();
  });

  it("creates a permanent short link that opens the same view, read only, elsewhere", async () => {
    await page.locator("[data-testid=share-menu] summary").click();
    await page.click("[data-testid=create-short-link]");
    await page.waitForSelector("[data-testid=short-url]");
    shortUrl = await page.inputValue("[data-testid=short-url]");
    expect(shortUrl).toMatch(/\/s\/[A-Za-z0-9_-]{16}$/);
    expect(await page.inputValue("[data-testid=embed-code]")).toContain(`${shortUrl}?embed=1`);
    await screenshot(page, "e2e-share-2-menu");
    await page.locator("[data-testid=share-menu] summary").click();
    const slug = shortUrl.split("/").pop()!;
    const stored = await api<{ query: string }>(`/api/views/${slug}`);
    expect(stored.query).toBe(`?${new URL(sharedUrl).search.slice(1)}`);

    const c = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const other = await c.newPage();
    await other.goto(shortUrl);
    await waitForTimeline(other);
    await other.waitForSelector("[data-testid=event-reasoning]");
    const view = decodeView(new URL(sharedUrl).search.slice(1));
    expect(await drawnWindow(other)).toEqual(view.window);
    expect(await selectedCategories(other)).toEqual(["battles"]);
    expect(await other.isVisible("[data-testid=read-only]")).toBe(true);
    expect(await other.isDisabled("select[name=c]")).toBe(true);
    expect(await other.getAttribute("[data-testid=read-only] a", "href")).toBe(`/${viewQuery(view)}`);
    expect(await other.locator("[data-testid=share-menu]").count()).toBe(0);
    await other.waitForTimeout(500);
    expect(other.url()).toBe(shortUrl); // the short link stays short
    await screenshot(other, "e2e-share-3-short-link");
    await c.close();
  });

  it("opens a single event's link and the embed mode", async () => {
    await page.locator("[data-testid=share-menu] summary").click();
    const href = (await page.getAttribute("[data-testid=event-link]", "href"))!;
    await page.locator("[data-testid=share-menu] summary").click();
    const id = new URL(sharedUrl).searchParams.get("e")!;
    expect(href).toBe(`/events/${encodeURIComponent(id)}`);
    const d = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const other = await d.newPage();
    await other.goto(`${server.url}${href}`);
    await other.waitForSelector("[data-testid=event-page]");
    expect(await other.textContent("[data-testid=event-page] h1")).toBe(await page.textContent("#event-panel-title"));
    expect(await other.textContent("[data-testid=event-reasoning]")).toBeTruthy();
    await screenshot(other, "e2e-share-4-event-page");

    await other.setViewportSize({ width: 900, height: 560 });
    await other.goto(`${shortUrl}?embed=1`);
    await waitForTimeline(other);
    expect(await other.locator(".topbar, .filters, [data-testid=narrative]").count()).toBe(0);
    expect(Number(await other.getAttribute(".timeline-host", "data-items"))).toBeGreaterThan(0);
    await screenshot(other, "e2e-share-5-embed");
    await d.close();
  });

  it("exports the filtered window as JSON, CSV, TimelineJS JSON and TimeML", async () => {
    const expected = await expectedEvents();
    expect(expected.length).toBeGreaterThan(0);
    const ids = expected.map((e) => e.id).sort();

    const json = JSON.parse(await download(page, "json")) as { count: number; events: { id: string; category: string }[] };
    expect(json.events.map((e) => e.id).sort()).toEqual(ids);
    expect(json.events.every((e) => e.category === "battles")).toBe(true);

    const csv = readCsv(await download(page, "csv"));
    const idCol = csv[0]!.indexOf("id");
    expect(csv.slice(1).map((r) => r[idCol]).sort()).toEqual(ids);

    // TimelineJS: the documented JSON shape (https://timeline.knightlab.com/docs/json-format.html).
    const date = z.object({ year: z.string().regex(/^-?\d+$/), month: z.string().regex(/^(1[0-2]|[1-9])$/).optional(), day: z.string().regex(/^([12]?\d|3[01])$/).optional() });
    const slide = z.object({
      start_date: date,
      end_date: date.optional(),
      text: z.object({ headline: z.string().optional(), text: z.string().optional() }).optional(),
      group: z.string().optional(),
      display_date: z.string().optional(),
      unique_id: z.string().optional(),
      autolink: z.boolean().optional(),
    });
    const tjs = z.object({ title: slide.omit({ start_date: true }).optional(), events: z.array(slide), scale: z.enum(["human", "cosmological"]).optional() }).parse(JSON.parse(await download(page, "timelinejs")));
    expect(tjs.events).toHaveLength(expected.filter((e) => e.interval).length);
    expect(new Set(tjs.events.map((s) => s.unique_id)).size).toBe(tjs.events.length);

    // TimeML: well-formed for the browser's strict XML parser and ours, with the engine's TIMEX3 values.
    const xml = await download(page, "timeml");
    expect(await page.evaluate((x) => new DOMParser().parseFromString(x, "application/xml").getElementsByTagName("parsererror").length, xml)).toBe(0);
    const doc = parseXml(xml);
    const docs = findAll(doc, "TimeML");
    expect(docs.map((d) => textOf(findAll(d, "DOCID")[0]!)).sort()).toEqual([...new Set(expected.map((e) => e.articleId))].sort());
    for (const d of docs) {
      const article = await api<ArticleDetail>(`/api/articles/${textOf(findAll(d, "DOCID")[0]!)}`);
      expect(textOf(findAll(d, "TEXT")[0]!)).toBe(article.text);
      for (const t of findAll(findAll(d, "TEXT")[0]!, "TIMEX3")) {
        const x = article.expressions[Number(t.attrs.tid!.slice(1)) - 1]!;
        expect([t.attrs.value, textOf(t)]).toEqual([x.value, x.text]);
      }
    }
    expect(errors).toEqual([]);
  });

  it("answers an unknown or malformed link with a friendly page, and a broken view URL with a notice", async () => {
    const c = await browser.newContext();
    const other = await c.newPage();
    const res = await other.goto(`${server.url}/s/AAAAAAAAAAAAAAAA`);
    expect(res!.status()).toBe(404);
    expect(await other.textContent("[data-testid=share-not-found]")).toContain("رابط المشاركة غير موجود");
    expect((await other.goto(`${server.url}/s/%3Cscript%3E`))!.status()).toBe(404);
    expect(await other.content()).not.toContain("<script>alert");
    await other.goto(`${server.url}/?v=9&w=nonsense`);
    await waitForTimeline(other);
    expect(await other.textContent("[role=alert]")).toContain("«v»");
    await screenshot(other, "e2e-share-6-bad-url");
    await c.close();
  });
});
