// The timeline in a real browser (Debian's chromium through playwright-core), on a fresh SQLite database made by
// the store's setup from corpus/, plus one hostile article whose text carries HTML.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { DayInterval } from "@/lib/time/types";
import type { ArticleDetail, EventDetail, EventPage, Facets, TimelineEvent } from "@/lib/view/types";
import { DEFAULT_VIEW } from "@/lib/view/state";
import { viewQuery } from "@/lib/view/url";
import { windowAround } from "@/lib/view/window";
import { launchBrowser, screenshot, startZaman, waitForTimeline, watchErrors, type ZamanServer } from "./harness";

export const HOSTILE_ID = "900_hostile_markup";
export const HOSTILE_ARTICLE = `---
id: ${HOSTILE_ID}
outlet: <b onmouseover="window.__xss='outlet'">وكالة</b>
title: <svg onload="window.__xss='title'">
language: ar
published: 2016-12-14
---
قصفت قوات النظام أمس حي الشيخ سعيد في حلب <img src=x onerror="window.__xss='body'"> وأدى القصف إلى مقتل 5 مدنيين.
وقال المرصد السوري لحقوق الإنسان اليوم إن الاشتباكات تجددت في حي الشيخ سعيد <script>window.__xss='script'</script> بعد منتصف الليل.
`;

let server: ZamanServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let span: DayInterval;

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** An Aleppo event dated by a time expression in its own clause: the kind whose reasoning the panel explains. */
async function explicitAleppoEvent(): Promise<EventDetail> {
  const page = await api<EventPage>(`/api/events?d=explicit&limit=2000`);
  for (const e of page.events) {
    if (e.articleId === HOSTILE_ID || !e.interval) continue;
    const d = await api<EventDetail>(`/api/events/${encodeURIComponent(e.id)}`);
    if (d.expression && d.expression.sentenceStart >= 0 && d.expression.anchor.kind === "publication" && /حلب/.test(d.sentenceText)) return d;
  }
  throw new Error("no explicitly dated Aleppo event in the corpus");
}

function urlView(p: Page): URLSearchParams {
  return new URL(p.url()).searchParams;
}

/** The address bar follows the view a moment after it changes (debounced). */
async function waitForParam(p: Page, key: string, value: string | null): Promise<void> {
  await p.waitForFunction(
    ([k, v]) => new URL(location.href).searchParams.get(k!) === v,
    [key, value] as const,
  );
}

async function axisText(p: Page): Promise<string> {
  return (await p.locator(".vis-time-axis.vis-foreground").first().textContent()) ?? "";
}

async function itemCount(p: Page): Promise<number> {
  return p.locator(".vis-item.ev.vis-box, .vis-item.ev.vis-range").count();
}

beforeAll(async () => {
  server = await startZaman({ extraArticles: [{ name: `${HOSTILE_ID}.md`, content: HOSTILE_ARTICLE }] });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "ar" });
  page = await context.newPage();
  errors = watchErrors(page);
  span = (await api<Facets>("/api/facets")).span!;
}, 900_000); // a production build on a busy two-core machine can take minutes

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("the timeline in a browser", () => {
  it("opens on the span of the corpus, right to left, and draws the Aleppo events", async () => {
    await page.goto(`${server.url}/`);
    await waitForTimeline(page);
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    expect(await page.locator(".vis-timeline.vis-rtl").count()).toBe(1);
    // The address bar carries the window, and it covers the corpus span.
    await page.waitForFunction(() => new URL(location.href).searchParams.has("w"));
    const [from, to] = urlView(page).get("w")!.split("~");
    expect(from! <= span.start).toBe(true);
    expect(to! >= span.end).toBe(true);
    // Every dated event is drawn (vis-timeline may cluster some at this zoom, so count items and clusters).
    const all = await api<EventPage>(`/api/events?from=${span.start}&to=${span.end}&limit=2000`);
    const dated = all.events.filter((e) => e.interval);
    expect(dated.length).toBeGreaterThan(3);
    const drawn = await page.evaluate(() => Number(document.querySelector(".timeline-host")?.getAttribute("data-items")));
    expect(drawn).toBe(dated.length);
    const aleppo = dated.filter((e) => /حلب/.test(e.summary) || e.places.some((p) => /حلب/.test(p.name)));
    expect(aleppo.length).toBeGreaterThan(0);
    // Days with many reports (the corpus has a dozen events on 15 June 2016) are drawn as counted clusters here.
    await expect.poll(() => page.locator(".vis-cluster").count()).toBeGreaterThan(0);
    await screenshot(page, "e2e-1-timeline");
    expect(errors).toEqual([]);
  });

  it("zooms into December 2016 and draws those events as boxes and ranges", async () => {
    const before = urlView(page).get("w")!;
    await page.getByRole("button", { name: "تكبير" }).click();
    await page.waitForFunction((w) => new URL(location.href).searchParams.get("w") !== w, before);
    // Then straight to a window by URL: the same view any link reopens.
    const w = { start: Date.UTC(2016, 11, 5), end: Date.UTC(2016, 11, 20) };
    await page.goto(`${server.url}/${viewQuery({ ...DEFAULT_VIEW, window: w })}`);
    await waitForTimeline(page);
    const inWindow = await api<EventPage>("/api/events?from=2016-12-05&to=2016-12-19&limit=2000");
    expect(inWindow.events.length).toBeGreaterThan(0);
    expect(await itemCount(page)).toBeGreaterThan(0);
    const labels = await page.locator(".vis-item.ev .ev-label").allTextContents();
    expect(labels.some((l) => l.length > 5)).toBe(true);
    // The axis speaks both month names.
    expect(await axisText(page)).toContain("كانون الأول/ديسمبر");
    await screenshot(page, "e2e-2-december");
  });

  it("filters by category and by Arabic free text (normalised), and the URL follows", async () => {
    await page.locator("select[name=c]").selectOption("battles");
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll("c").includes("battles"));
    await page.waitForFunction(() => !document.querySelector("[data-testid=event-count]")?.textContent?.includes("…"));
    const battles = await api<EventPage>("/api/events?from=2016-12-05&to=2016-12-19&c=battles&limit=2000");
    const rows = page.locator("[data-testid=narrative] .ev-row");
    await expect.poll(() => rows.count()).toBe(battles.events.filter((e) => e.interval).length);
    // «السوري» typed, «السورى» (SANA's spelling) found.
    await page.locator("select[name=c]").selectOption([]);
    await page.fill("[data-testid=search]", "الجيش السوري");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "الجيش السوري");
    const found = await api<EventPage>(`/api/events?from=2016-12-05&to=2016-12-19&q=${encodeURIComponent("الجيش السوري")}&limit=2000`);
    await expect.poll(() => rows.count()).toBe(found.events.length);
    const texts = await rows.allTextContents();
    for (const t of texts) expect(t.replace(/ى/g, "ي")).toContain("الجيش السوري");
    await screenshot(page, "e2e-3-filtered");
    await page.fill("[data-testid=search]", "");
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("q"));
  });

  it("opens an event from the timeline and reads its evidence and reasoning", async () => {
    const d = await explicitAleppoEvent();
    await page.goto(`${server.url}/${viewQuery({ ...DEFAULT_VIEW, window: windowAround(d.interval!) })}`);
    await waitForTimeline(page);
    const prefix = d.summary.slice(0, 20);
    await page.locator(".vis-item.ev .ev-label", { hasText: prefix }).first().click();
    await page.waitForSelector("[data-testid=event-reasoning]");
    await waitForParam(page, "e", d.id);
    const sentence = page.locator("[data-testid=event-sentence]");
    expect(await sentence.textContent()).toBe(d.sentenceText);
    expect(await sentence.locator("mark.tx").first().textContent()).toBe(d.expression!.text);
    const reasoning = (await page.textContent("[data-testid=event-reasoning]")) ?? "";
    expect(reasoning).toContain(`«${d.expression!.text}»`);
    expect(reasoning).toContain(`تاريخ النشر ${d.published}`);
    expect(reasoning).toContain(d.interval!.start);
    expect(await page.textContent("[data-testid=event-panel]")).toContain(d.expression!.rule);
    await screenshot(page, "e2e-4-event-panel");
  });

  it("opens the article view: every expression highlighted, its date on keyboard focus", async () => {
    const articleId = urlView(page).get("e")!.replace(/-e\d+$/, "");
    await page.click("[data-testid=open-article]");
    await page.waitForSelector("[data-testid=article-text]");
    const article = await api<ArticleDetail>(`/api/articles/${articleId}`);
    expect(await page.textContent("[data-testid=article-text]")).toContain(article.text.slice(0, 40));
    const marks = page.locator("[data-testid=article-text] mark.tx");
    expect(await marks.count()).toBeGreaterThanOrEqual(article.expressions.length);
    await page.keyboard.press("Tab"); // links first…
    await marks.first().focus();
    const tip = page.locator("[data-testid=article-text] .tx-wrap:focus-within .tx-tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain("يُحلّ إلى");
    expect(await page.locator("[data-testid=article-events] li").count()).toBe(article.events.length);
    await screenshot(page, "e2e-5-article");
  });

  it("reads the narrative day by day, in order, and selects from it", async () => {
    await page.goto(`${server.url}/`);
    await waitForTimeline(page);
    const days = await page.locator("[data-testid=narrative] h3 time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect(days.length).toBeGreaterThan(1);
    expect([...days].sort()).toEqual(days);
    expect(await page.locator("[data-testid=narrative] h3:has(time)").first().textContent()).toMatch(/\d+ .+\/.+ \d{4}/);
    // Periods under way before the window are read first, under their own heading, not under a far-off day.
    const from = new Date(Number((await page.getAttribute(".timeline-host", "data-window"))!.split("~")[0])).toISOString().slice(0, 10);
    expect(days.every((d) => d >= from)).toBe(true);
    const earlier = await page.locator("[data-testid=narrative-earlier] .ev-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")!));
    for (const id of earlier) expect((await api<EventDetail>(`/api/events/${encodeURIComponent(id)}`)).interval!.start < from).toBe(true);
    const row = page.locator("[data-testid=narrative] .ev-row").nth(1);
    const id = await row.getAttribute("data-event-id");
    await row.click();
    await page.waitForSelector("[data-testid=event-reasoning]");
    await waitForParam(page, "e", id);
    await screenshot(page, "e2e-6-narrative");
    await screenshot(page, "e2e-6-narrative-full", true);
  });

  it("moves between events with the keyboard and opens one", async () => {
    await page.goto(`${server.url}/${viewQuery({ ...DEFAULT_VIEW, window: { start: Date.UTC(2016, 9, 1), end: Date.UTC(2017, 0, 1) } })}`);
    await waitForTimeline(page);
    const page1 = await api<EventPage>("/api/events?from=2016-10-01&to=2016-12-31&limit=2000");
    const ordered = page1.events
      .filter((e): e is TimelineEvent & { interval: DayInterval } => e.interval !== null)
      .sort((a, b) => a.interval.start.localeCompare(b.interval.start) || a.interval.end.localeCompare(b.interval.end) || a.id.localeCompare(b.id));
    expect(ordered.length).toBeGreaterThan(2);
    await page.locator(".timeline-host").focus();
    await page.keyboard.press("j");
    await page.waitForFunction(() => new URL(location.href).searchParams.has("e"));
    const first = urlView(page).get("e");
    expect(first).toBe(ordered[0]!.id);
    await page.keyboard.press("ArrowLeft"); // later, in a right-to-left timeline
    await page.waitForFunction((f) => new URL(location.href).searchParams.get("e") !== f, first);
    expect(urlView(page).get("e")).toBe(ordered[1]!.id);
    await page.keyboard.press("k");
    await page.waitForFunction((f) => new URL(location.href).searchParams.get("e") === f, first);
    expect(await page.textContent("[data-testid=announcement]")).toContain(ordered[0]!.summary.slice(0, 15));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("event-panel-title");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("e"));
    expect(await page.locator("[data-testid=event-panel]").count()).toBe(0);
    await screenshot(page, "e2e-7-keyboard");
  });

  it("never runs article text as HTML (timeline items, tooltips, panel, article view)", async () => {
    const hostile = await api<ArticleDetail>(`/api/articles/${HOSTILE_ID}`);
    expect(hostile.text).toContain("<img src=x");
    await page.goto(`${server.url}/${viewQuery({ ...DEFAULT_VIEW, window: { start: Date.UTC(2016, 11, 10), end: Date.UTC(2016, 11, 17) } })}`);
    await waitForTimeline(page);
    for (const e of hostile.events.filter((x) => x.interval)) {
      await page.locator(`[data-event-id="${e.id}"]`).click();
      await page.waitForSelector("[data-testid=event-reasoning]");
      await page.locator(".vis-item.vis-selected").first().hover();
      await page.waitForTimeout(300);
    }
    await page.goto(`${server.url}/articles/${HOSTILE_ID}`);
    await page.waitForSelector("[data-testid=article-text]");
    expect(await page.textContent("[data-testid=article-text]")).toContain("<img src=x onerror=");
    expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
    expect(await page.locator("img[src=x], svg[onload], .vis-item script, b[onmouseover]").count()).toBe(0);
    await screenshot(page, "e2e-8-hostile-article");
  });

  it("draws the same days whatever the browser's time zone", async () => {
    const url = `${server.url}/?v=1&w=2016-12-05~2016-12-20`;
    const labelsIn = async (timezoneId: string) => {
      const c = await browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId });
      const p = await c.newPage();
      await p.goto(url);
      await waitForTimeline(p);
      // Text and position of every day tick: ticks sit on UTC midnights only if the axis is drawn in UTC.
      const minor = await p
        .locator(".vis-time-axis.vis-foreground .vis-minor")
        .evaluateAll((els) => els.map((e) => `${e.textContent}@${Math.round(e.getBoundingClientRect().x)}`));
      const narrative = await p.locator("[data-testid=narrative] h3 time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
      const w = await p.getAttribute(".timeline-host", "data-window");
      await c.close();
      return { minor, narrative, w };
    };
    const utc = await labelsIn("UTC");
    expect(utc.minor.length).toBeGreaterThan(5);
    expect(await labelsIn("America/Los_Angeles")).toEqual(utc);
    expect(await labelsIn("Pacific/Kiritimati")).toEqual(utc);
  });

  it("switches to English, left to right, with the same view", async () => {
    await page.goto(`${server.url}/?v=1&w=2016-12-05~2016-12-20`);
    await waitForTimeline(page);
    await page.click("[data-testid=lang-toggle]");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("l") === "en");
    await page.waitForSelector(".vis-timeline:not(.vis-rtl)");
    expect(await page.locator(".app").getAttribute("dir")).toBe("ltr");
    expect(urlView(page).get("w")).toBe("2016-12-05~2016-12-20");
    expect(await axisText(page)).toContain("December");
    await screenshot(page, "e2e-9-english");
    expect(errors).toEqual([]);
  });
});
