// What an editor does in the browser, shared by the browser tests: sign in, open an event on the timeline, fill the
// correction form; and the read API they check the outcome against.
import type { Page } from "playwright-core";
import type { HistoryResponse } from "@/lib/corrections/types";
import type { ArticleDetail, EventDetail } from "@/lib/view/types";
import { DEFAULT_VIEW, EMPTY_FILTERS } from "@/lib/view/state";
import { viewQuery } from "@/lib/view/url";
import { windowAround } from "@/lib/view/window";

export interface Site {
  url: string;
}

export function readApi(site: Site) {
  async function api<T>(path: string): Promise<T> {
    const res = await fetch(`${site.url}${path}`);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
  const article = (id: string) => api<ArticleDetail>(`/api/articles/${encodeURIComponent(id)}`);
  const event = (id: string) => api<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
  return {
    api,
    article,
    event,
    history: (id: string) => api<HistoryResponse>(`/api/events/${encodeURIComponent(id)}/corrections`),
    /** The first dated event of an article whose summary matches. */
    async eventOf(articleId: string, clause: RegExp): Promise<EventDetail> {
      const a = await article(articleId);
      const e = a.events.find((x) => clause.test(x.summary) && x.interval);
      if (!e) throw new Error(`no dated event matching ${clause} in ${articleId}: ${a.events.map((x) => x.summary).join(" | ")}`);
      return event(e.id);
    },
  };
}

/** The timeline opened on one event, its panel open, zoomed to the weeks around it. */
export function eventUrl(site: Site, e: EventDetail, text = ""): string {
  const filters = { ...EMPTY_FILTERS, text };
  return `${site.url}/${viewQuery({ ...DEFAULT_VIEW, filters, selected: e.id, window: windowAround(e.interval!) })}`;
}

export async function signIn(site: Site, page: Page, name: string, password: string, next: string): Promise<void> {
  await page.goto(`${site.url}/signin?next=${encodeURIComponent(next)}`);
  await page.fill("[data-testid=signin-name]", name);
  await page.fill("[data-testid=signin-password]", password);
  await page.click("[data-testid=signin-submit]");
  await page.waitForURL((u) => !u.pathname.startsWith("/signin"), { timeout: 15_000 });
}

export async function fillCorrection(page: Page, start: string, reason: string): Promise<void> {
  await page.click("[data-testid=edit-date]");
  await page.fill("[data-testid=correction-start]", start);
  await page.fill("[data-testid=correction-end]", "");
  await page.fill("[data-testid=correction-reason]", reason);
}
