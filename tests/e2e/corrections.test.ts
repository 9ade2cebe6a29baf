// Correcting dates in a real browser (Debian's chromium through playwright-core), on a fresh SQLite database made by
// the store's setup from corpus/, plus one undated article: an editor signs in, corrects an event's date and sees it
// move and enter its history, reverts it, corrects an article's publication date and sees its events move, dates an
// undated article; two editors edit the same event and the second gets a conflict; a drag opens the form and never
// saves by itself; anonymous and cross-site attempts change nothing.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { EventDetail } from "@/lib/view/types";
import { eventUrl as eventUrlOn, fillCorrection, readApi, signIn as signInOn } from "./editor-flows";

// The server inherits the environment when the harness is loaded: editing on, a session secret of the test's own.
const PASSWORD = `e2e-${randomBytes(9).toString("base64url")}`;
process.env.ZAMAN_EDITOR_PASSWORD = PASSWORD;
process.env.ZAMAN_SESSION_SECRET = randomBytes(32).toString("hex");
const { ARTIFACTS, launchBrowser, screenshot, startZaman, waitForTimeline, watchErrors } = await import("./harness");
type ZamanServer = Awaited<ReturnType<typeof startZaman>>;

const AHRAM = "003_3fa513781c5a54af"; // published 2016-12-13: «بدأ الجيش السوري أمس» is 2016-12-12
const SANA = "002_bd2704263292804c"; // published 2016-12-12
const ARABI = "004_9b3dba44908ffe05"; // al-Araby al-Jadeed, published 2016-06-15: «أمس», «اليوم»
const UNDATED_ID = "901_undated_ahram";

/** The selected event's drawn box or range (a box item also draws a line and a dot with the same classes). */
const SELECTED_ITEM = ".vis-item.ev.vis-selected.vis-box, .vis-item.ev.vis-selected.vis-range";

let server: ZamanServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

// The server starts in beforeAll: the API helpers read its address when they are called.
const { article, event, history, eventOf } = readApi({
  get url() {
    return server.url;
  },
});
const eventUrl = (e: EventDetail, text = "") => eventUrlOn(server, e, text);
const signIn = (page: Page, name: string, next: string) => signInOn(server, page, name, PASSWORD, next);

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1100 }, locale: "ar" });
  contexts.push(context);
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

async function openEvent(page: Page, e: EventDetail): Promise<void> {
  await page.goto(eventUrl(e));
  await waitForTimeline(page);
  await page.waitForSelector("[data-testid=event-corrections] h3");
}

/** Where the selected event's item is drawn (x of its box). */
async function selectedItemX(page: Page): Promise<number> {
  const box = await page.locator(SELECTED_ITEM).first().boundingBox();
  if (!box) throw new Error("the selected event is not drawn");
  return box.x + box.width / 2;
}

beforeAll(async () => {
  const ahram = (await import("node:fs")).readFileSync(new URL(`../../corpus/${AHRAM}.md`, import.meta.url), "utf8");
  const undated = ahram.replace(/^id: .*$/m, `id: ${UNDATED_ID}`).replace(/^published.*\n/gm, "");
  server = await startZaman({ extraArticles: [{ name: `${UNDATED_ID}.md`, content: undated }] });
  browser = await launchBrowser();
  (await import("node:fs")).mkdirSync(ARTIFACTS, { recursive: true });
}, 900_000); // a production build on a busy two-core machine can take minutes

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("correcting dates in a browser", () => {
  it("refuses an edit without signing in: no form, the API answers 401, nothing changes", async () => {
    const { page, errors } = await newPage();
    const target = await eventOf(AHRAM, /بدأ الجيش السوري أمس/);
    await openEvent(page, target);
    await page.waitForSelector("[data-testid=sign-in-to-edit]");
    expect(await page.locator("[data-testid=edit-date]").count()).toBe(0);
    // The history loads after the panel opens: wait for it rather than race it.
    await expect.poll(() => page.locator("[data-testid=history-empty]").count()).toBe(1);

    const status = await page.evaluate(
      async ({ id, version }) => {
        const res = await fetch(`/api/events/${encodeURIComponent(id)}/corrections`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ date: "2016-12-01", reason: "محاولة بلا دخول", expectedVersion: version }),
        });
        return res.status;
      },
      { id: target.id, version: target.version },
    );
    expect(status).toBe(401);
    expect((await history(target.id)).corrections).toEqual([]);
    expect((await event(target.id)).interval).toEqual(target.interval);
    expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
  }, 60_000);

  it("as an editor, corrects an event's date: it moves on the timeline and appears in its history; then reverts it", async () => {
    const { page, errors } = await newPage();
    const target = await eventOf(AHRAM, /بدأ الجيش السوري أمس/);
    expect(target.interval).toEqual({ start: "2016-12-12", end: "2016-12-12" });
    await signIn(page, "رهف الحلبي", new URL(eventUrl(target)).pathname + new URL(eventUrl(target)).search);
    await waitForTimeline(page);
    await page.waitForSelector("[data-testid=edit-date]");
    await expect.poll(() => page.locator("[data-testid=editor-status]").textContent()).toContain("رهف الحلبي");
    const before = await selectedItemX(page);

    await fillCorrection(page, "2016-12-10", "بيان سانا يحدد بدء العملية البرية يوم السبت 10 كانون الأول");
    await expect.poll(() => page.locator("[data-testid=correction-preview]").textContent()).toContain("10 كانون الأول/ديسمبر 2016");
    await page.locator("[data-testid=event-corrections]").scrollIntoViewIfNeeded();
    await page.locator("[data-testid=event-corrections]").screenshot({ path: `${ARTIFACTS}/corrections-form.png` });
    await page.click("[data-testid=correction-save]");

    await page.waitForSelector("[data-testid=correction-saved]");
    await expect.poll(() => page.locator("[data-testid=event-date]").textContent()).toContain("10 كانون الأول/ديسمبر 2016");
    const row = page.locator("[data-testid=correction]").first();
    expect(await row.locator(".author").textContent()).toBe("رهف الحلبي");
    expect(await row.textContent()).toContain("بيان سانا يحدد بدء العملية البرية");
    expect(await row.textContent()).toContain("12 كانون الأول/ديسمبر 2016");
    // Two days earlier: in Arabic time runs right to left, so the item moved right.
    await expect.poll(async () => (await selectedItemX(page)) - before, { timeout: 10_000 }).toBeGreaterThan(20);
    expect((await event(target.id)).interval).toEqual({ start: "2016-12-10", end: "2016-12-10" });
    await page.locator("[data-testid=event-corrections]").scrollIntoViewIfNeeded();
    await page.locator("[data-testid=event-corrections]").screenshot({ path: `${ARTIFACTS}/corrections-history.png` });

    await page.click("[data-testid=revert]");
    await page.fill("[data-testid=revert-reason]", "تبيّن أن «أمس» صحيح");
    await page.click("[data-testid=revert-confirm]");
    await page.waitForSelector("[data-testid=correction-reverted]");
    await expect.poll(() => page.locator("[data-testid=event-date]").textContent()).toContain("12 كانون الأول/ديسمبر 2016");
    await expect.poll(async () => Math.abs((await selectedItemX(page)) - before), { timeout: 10_000 }).toBeLessThan(3);
    const after = await history(target.id);
    expect(after.corrections).toHaveLength(2);
    expect(after.corrections.find((c) => c.revertsId)?.author).toBe("رهف الحلبي");
    expect((await event(target.id)).interval).toEqual({ start: "2016-12-12", end: "2016-12-12" });
    await page.locator("[data-testid=event-corrections]").scrollIntoViewIfNeeded();
    await page.locator("[data-testid=event-corrections]").screenshot({ path: `${ARTIFACTS}/corrections-history-reverted.png` });
    expect(errors).toEqual([]);
  }, 120_000);

  it("gives the second of two editors saving the same event a conflict with the current value, not an overwrite", async () => {
    const target = await eventOf(SANA, /وكالة الأنباء السورية|سانا/);
    const a = await newPage();
    const b = await newPage();
    const path = new URL(eventUrl(target)).pathname + new URL(eventUrl(target)).search;
    await signIn(a.page, "رهف الحلبي", path);
    await signIn(b.page, "سامر", path);
    for (const p of [a.page, b.page]) {
      await waitForTimeline(p);
      await p.waitForSelector("[data-testid=edit-date]");
    }
    await fillCorrection(a.page, "2016-12-11", "التصريح صدر مساء الأحد");
    await fillCorrection(b.page, "2016-12-09", "رأي سامر");
    await a.page.click("[data-testid=correction-save]");
    await a.page.waitForSelector("[data-testid=correction-saved]");
    await b.page.click("[data-testid=correction-save]");
    const conflict = b.page.locator("[data-testid=correction-conflict]");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("11 كانون الأول/ديسمبر 2016");
    expect(await conflict.textContent()).toContain("رهف الحلبي");
    await conflict.scrollIntoViewIfNeeded();
    await b.page.locator("[data-testid=event-corrections]").screenshot({ path: `${ARTIFACTS}/corrections-conflict.png` });
    const h = await history(target.id);
    expect(h.corrections.map((c) => c.author)).toEqual(["رهف الحلبي"]);
    expect((await event(target.id)).interval).toEqual({ start: "2016-12-11", end: "2016-12-11" });

    // Starting again from the current value, the second editor can save deliberately.
    await b.page.click("[data-testid=conflict-retry]");
    await b.page.fill("[data-testid=correction-start]", "2016-12-09");
    await b.page.click("[data-testid=correction-save]");
    await b.page.waitForSelector("[data-testid=correction-saved]");
    expect((await history(target.id)).corrections.map((c) => c.author)).toEqual(["سامر", "رهف الحلبي"]);
  }, 120_000);

  it("dragging an event opens the form pre-filled and saves nothing by itself", async () => {
    const { page, errors } = await newPage();
    const target = await eventOf(AHRAM, /لقي ما لا يقل عن 21 مدنيا/);
    // Filtered to its own words («الرقة»), so the item is drawn on the first rows rather than scrolled out of view.
    const url = new URL(eventUrl(target, "الرقة"));
    const path = url.pathname + url.search;
    await signIn(page, "رهف الحلبي", path);
    await waitForTimeline(page);
    await page.waitForSelector("[data-testid=edit-date]");
    const item = page.locator(SELECTED_ITEM).first();
    const box = (await item.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i += 1) await page.mouse.move(x + 20 * i, y, { steps: 2 });
    await page.mouse.up();
    await page.waitForSelector("[data-testid=correction-form] .drag-hint");
    const start = await page.inputValue("[data-testid=correction-start]");
    expect(start < target.interval!.start).toBe(true); // dragged right = earlier in Arabic
    await page.locator("[data-testid=event-corrections]").scrollIntoViewIfNeeded();
    await page.locator("[data-testid=event-corrections]").screenshot({ path: `${ARTIFACTS}/corrections-drag.png` });
    // Saving without a reason is refused by the form itself.
    await page.click("[data-testid=correction-save]");
    await page.waitForSelector("[data-testid=correction-reason][aria-invalid=true]");
    await page.click("[data-testid=correction-cancel]");
    expect((await history(target.id)).corrections).toEqual([]);
    expect((await event(target.id)).interval).toEqual(target.interval);
    expect(errors).toEqual([]);
  }, 120_000);

  it("corrects an article's publication date, shows what moved, and the article's events move", async () => {
    const { page, errors } = await newPage();
    const before = await article(ARABI);
    expect(before.published).toBe("2016-06-15");
    const yesterday = before.events.filter((e) => e.interval?.start === "2016-06-14" && e.interval.end === "2016-06-14").map((e) => e.id);
    expect(yesterday.length).toBeGreaterThan(0);
    await signIn(page, "رهف الحلبي", `/articles/${ARABI}`);
    await page.waitForSelector("[data-testid=published-form]");
    expect(await page.inputValue("[data-testid=published-date]")).toBe("2016-06-15");
    await page.fill("[data-testid=published-date]", "2016-06-16");
    await page.fill("[data-testid=published-reason]", "هجوم فيلق الرحمن كان يوم الأربعاء 15 حزيران");
    await page.click("[data-testid=published-save]");
    const moved = page.locator("[data-testid=moved-events]");
    await moved.waitFor();
    for (const id of yesterday) {
      const row = moved.locator(`[data-testid=moved-event][data-event-id="${id}"]`);
      expect(await row.locator(".old").textContent()).toBe("14 حزيران/يونيو 2016");
      expect(await row.locator(".new").textContent()).toBe("15 حزيران/يونيو 2016");
      expect(await row.locator(".shift").textContent()).toBe("تأخّر يوماً واحداً");
    }
    await moved.scrollIntoViewIfNeeded();
    await page.locator("[data-testid=article-corrections]").screenshot({ path: `${ARTIFACTS}/corrections-article-moved.png` });
    // The page itself was refreshed: its events list shows the new dates.
    const list = page.locator("[data-testid=article-events]");
    await expect.poll(() => list.textContent()).not.toContain("14 حزيران/يونيو 2016");
    const after = await article(ARABI);
    expect(after.published).toBe("2016-06-16");
    for (const id of yesterday) expect(after.events.find((e) => e.id === id)?.interval?.start).toBe("2016-06-15");
    expect(errors).toEqual([]);
  }, 120_000);

  it("gives an undated article its publication date, and then its relative expressions resolve", async () => {
    const { page, errors } = await newPage();
    const before = await article(UNDATED_ID);
    expect(before.published).toBeNull();
    expect(before.events.length).toBeGreaterThan(0);
    expect(before.events.filter((e) => e.interval).length).toBe(0);
    await signIn(page, "رهف الحلبي", `/articles/${UNDATED_ID}?l=en`);
    await page.waitForSelector("[data-testid=undated-article]");
    await page.fill("[data-testid=published-date]", "2016-12-13");
    await page.fill("[data-testid=published-reason]", "Same report as al-Ahram of Tuesday 13 December");
    await page.click("[data-testid=published-save]");
    await page.locator("[data-testid=moved-events]").waitFor();
    await expect.poll(async () => (await article(UNDATED_ID)).events.filter((e) => e.interval).length).toBeGreaterThan(0);
    const after = await article(UNDATED_ID);
    expect(after.events.find((e) => /بدأ الجيش السوري أمس/.test(e.summary))?.interval).toEqual({ start: "2016-12-12", end: "2016-12-12" });
    expect(after.expressions.find((x) => x.text === "أمس")?.interval).toEqual({ start: "2016-12-12", end: "2016-12-12" });
    await page.locator("[data-testid=article-corrections]").screenshot({ path: `${ARTIFACTS}/corrections-undated-en.png` });
    expect(errors).toEqual([]);
  }, 120_000);

  it("refuses a write another site makes a signed-in editor's browser send", async () => {
    const { page } = await newPage();
    const target = await eventOf(AHRAM, /بدأ الجيش السوري أمس/);
    await signIn(page, "رهف الحلبي", "/");
    const before = await history(target.id);
    // A page of another site (localhost is not 127.0.0.1) posts a "simple" cross-site request with the editor's browser.
    const elsewhere = new URL(server.url);
    elsewhere.hostname = "localhost";
    await page.goto(`${elsewhere.origin}/signin`);
    const response = page.waitForResponse((r) => r.url().includes("/corrections"));
    await page.evaluate(
      ({ url, version }) => {
        void fetch(url, {
          method: "POST",
          mode: "no-cors",
          credentials: "include",
          headers: { "content-type": "text/plain" },
          body: JSON.stringify({ date: "2016-12-01", reason: "csrf", expectedVersion: version }),
        });
      },
      { url: `${server.url}/api/events/${encodeURIComponent(target.id)}/corrections`, version: before.target.version },
    );
    expect([401, 403]).toContain((await response).status());
    expect(await history(target.id)).toEqual(before);
  }, 60_000);
});

describe("the sign-in page", () => {
  it("refuses a wrong password and signs in with the right one", async () => {
    const { page, errors } = await newPage();
    await page.goto(`${server.url}/signin`);
    await page.fill("[data-testid=signin-name]", "سامر");
    await page.fill("[data-testid=signin-password]", "not-the-password");
    await page.click("[data-testid=signin-submit]");
    await expect.poll(() => page.locator("[data-testid=signin-error]").textContent()).toContain("كلمة المرور غير صحيحة");
    await screenshot(page, "corrections-signin-error");
    await page.fill("[data-testid=signin-password]", PASSWORD);
    await page.click("[data-testid=signin-submit]");
    await page.waitForURL((u) => u.pathname === "/");
    await page.waitForSelector("[data-testid=editor-status]");
    await page.click("[data-testid=sign-out]");
    await page.waitForSelector("[data-testid=sign-in-link]");
    expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
  }, 60_000);
});

