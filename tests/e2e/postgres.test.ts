// The web app on PostgreSQL in a real browser: the same build, served over a fresh PostgreSQL database made by the
// store's setup from corpus/ (the server scripts/test-all.sh starts). A reader opens an event on the timeline; an
// editor corrects its date, sees it saved and in its history, and reverts it; a share link made there reopens the
// same view in a fresh browser. Skipped without ZAMAN_TEST_PG_URL, failing instead when ZAMAN_REQUIRE_PG=1 (CI).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { EventDetail } from "@/lib/view/types";
import { createTestDatabase, PG_URL, REQUIRE_PG, type TestDatabase } from "../store/support/databases";
import { eventUrl, fillCorrection, readApi, signIn } from "./editor-flows";

const PASSWORD = `e2e-${randomBytes(9).toString("base64url")}`;
process.env.ZAMAN_EDITOR_PASSWORD = PASSWORD;
process.env.ZAMAN_SESSION_SECRET = randomBytes(32).toString("hex");
const { launchBrowser, screenshot, startZaman, waitForTimeline, watchErrors } = await import("./harness");

const AHRAM = "003_3fa513781c5a54af"; // published 2016-12-13: «بدأ الجيش السوري أمس» is 2016-12-12

function onPostgres(title: string, suite: () => void): void {
  if (PG_URL) describe(title, suite);
  else if (REQUIRE_PG) {
    describe(title, () => {
      it("needs a PostgreSQL server (ZAMAN_TEST_PG_URL) because ZAMAN_REQUIRE_PG=1", () => {
        throw new Error("ZAMAN_REQUIRE_PG=1 but ZAMAN_TEST_PG_URL is unset: the browser test on PostgreSQL cannot run");
      });
    });
  } else describe.skip(`${title} (ZAMAN_TEST_PG_URL unset)`, suite);
}

onPostgres("the web app on PostgreSQL", () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startZaman>>;
  let browser: Browser;
  const site = {
    get url() {
      return server.url;
    },
  };
  const { api, event, history, eventOf } = readApi(site);

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    await database.db.$disconnect(); // the server and the setup open their own connections
    server = await startZaman({ databaseUrl: database.url });
    browser = await launchBrowser();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.destroy();
  }, 60_000);

  async function openOn(e: EventDetail): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "ar" });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(eventUrl(site, e));
    await waitForTimeline(page);
    return { page, errors };
  }

  it("serves the corpus from PostgreSQL: the timeline draws the window's events and an event's panel", async () => {
    expect(server.databaseUrl).toMatch(/^postgres(ql)?:\/\//);
    const target = await eventOf(AHRAM, /بدأ الجيش السوري أمس/);
    expect(target.interval).toEqual({ start: "2016-12-12", end: "2016-12-12" });
    const { page, errors } = await openOn(target);
    await expect.poll(() => page.locator("[data-testid=event-date]").textContent()).toContain("12 كانون الأول/ديسمبر 2016");
    const drawn = await page.locator(".timeline-host").getAttribute("data-items");
    expect(Number(drawn)).toBeGreaterThan(0);
    await screenshot(page, "e2e-postgres-timeline");
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("lets an editor correct the event's date and revert it, with the history kept in PostgreSQL", async () => {
    const target = await eventOf(AHRAM, /بدأ الجيش السوري أمس/);
    const { page, errors } = await openOn(target);
    const url = new URL(eventUrl(site, target));
    await signIn(site, page, "رهف الحلبي", PASSWORD, url.pathname + url.search);
    await waitForTimeline(page);
    await fillCorrection(page, "2016-12-10", "بيان سانا يحدد بدء العملية البرية يوم السبت");
    await page.click("[data-testid=correction-save]");
    await page.waitForSelector("[data-testid=correction-saved]");
    await expect.poll(() => page.locator("[data-testid=event-date]").textContent()).toContain("10 كانون الأول/ديسمبر 2016");
    expect((await event(target.id)).interval).toEqual({ start: "2016-12-10", end: "2016-12-10" });
    expect((await history(target.id)).corrections.map((c) => [c.author, c.reason])).toEqual([
      ["رهف الحلبي", "بيان سانا يحدد بدء العملية البرية يوم السبت"],
    ]);

    await page.click("[data-testid=revert]");
    await page.fill("[data-testid=revert-reason]", "تبيّن أن «أمس» صحيح");
    await page.click("[data-testid=revert-confirm]");
    await page.waitForSelector("[data-testid=correction-reverted]");
    expect((await event(target.id)).interval).toEqual({ start: "2016-12-12", end: "2016-12-12" });
    expect((await history(target.id)).corrections).toHaveLength(2);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("makes a share link that reopens the same view in a fresh browser", async () => {
    const target = await eventOf(AHRAM, /بدأ الجيش السوري أمس/);
    const { page } = await openOn(target);
    await page.locator("[data-testid=share-menu] summary").click();
    await page.click("[data-testid=create-short-link]");
    await page.waitForSelector("[data-testid=short-url]");
    const shortUrl = await page.inputValue("[data-testid=short-url]");
    const slug = shortUrl.split("/s/")[1]!;
    const saved = await api<{ query: string }>(`/api/views/${slug}`);
    expect(new URLSearchParams(saved.query).get("e")).toBe(target.id);

    const fresh = await browser.newContext({ locale: "ar" });
    const other = await fresh.newPage();
    await other.goto(shortUrl);
    await waitForTimeline(other);
    expect(await other.isVisible("[data-testid=read-only]")).toBe(true);
    expect(other.url()).toBe(shortUrl); // the short link stays short; the stored view is what it shows
    await expect.poll(() => other.locator("[data-testid=event-date]").textContent()).toContain("12 كانون الأول/ديسمبر 2016");
    await fresh.close();
    await page.context().close();
  }, 120_000);
});
