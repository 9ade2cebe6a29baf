"use client";
// Share and export: the address bar already carries the view; "permanent link" stores it under an unguessable
// short id; exports download the filtered events of the visible window.
import { useState } from "react";
import { labels } from "@/lib/view/i18n";
import type { ViewState, ViewWindow } from "@/lib/view/state";
import { encodeFilters, viewQuery } from "@/lib/view/url";
import { timeToDay } from "@/lib/view/dates";
import { EXPORT_FORMATS } from "@/lib/view/query";

interface Props {
  view: ViewState & { window: ViewWindow };
}

const FORMAT_LABELS: Record<(typeof EXPORT_FORMATS)[number], string> = {
  json: "JSON",
  csv: "CSV",
  timelinejs: "TimelineJS JSON",
  timeml: "TimeML (TIMEX3)",
};

/** The export URL for the view: its filters and its visible window in whole days. */
export function exportHref(view: ViewState & { window: ViewWindow }, format: string): string {
  const q = encodeFilters(view);
  q.set("from", timeToDay(view.window.start));
  q.set("to", timeToDay(view.window.end - 1));
  q.set("format", format);
  if (view.lang === "en") q.set("l", "en");
  return `/api/export?${q.toString()}`;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // not allowed (insecure origin): the text stays selectable in its box
  }
}

export function ExportMenu({ view }: Props) {
  const t = labels(view.lang);
  return (
    <details className="menu" data-testid="export-menu">
      <summary className="btn">{t.export}</summary>
      <div className="menu-body">
        {EXPORT_FORMATS.map((f) => (
          <a key={f} className="btn" href={exportHref(view, f)} download data-format={f}>
            {FORMAT_LABELS[f]}
          </a>
        ))}
      </div>
    </details>
  );
}

export default function ShareMenu({ view }: Props) {
  const t = labels(view.lang);
  const [short, setShort] = useState<string | null>(null);
  const [status, setStatus] = useState<string>("");
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const here = `${origin}/${viewQuery(view)}`;

  async function createLink() {
    setStatus(t.loading);
    const res = await fetch("/api/views", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: viewQuery(view) }),
    });
    if (res.status === 429) {
      setStatus(t.shareTooMany.replace("{s}", String(Number(res.headers.get("retry-after")) || 60)));
      return;
    }
    if (!res.ok) {
      setStatus(((await res.json().catch(() => ({}))) as { error?: string }).error ?? String(res.status));
      return;
    }
    const body = (await res.json()) as { path: string };
    setShort(`${origin}${body.path}`);
    setStatus("");
  }

  return (
    <details className="menu" data-testid="share-menu">
      <summary className="btn">{t.share}</summary>
      <div className="menu-body">
        <label>
          {t.shareThisView}
          <input readOnly value={here} onFocus={(e) => e.currentTarget.select()} dir="ltr" data-testid="share-url" />
        </label>
        <button type="button" className="btn" onClick={async () => setStatus((await copy(here)) ? t.shareCopied : "")}>
          {t.copy}
        </button>
        <button type="button" className="btn primary" onClick={createLink} data-testid="create-short-link">
          {t.shareCreate}
        </button>
        {short && (
          <>
            <label>
              {t.permanentLink}
              <input readOnly value={short} onFocus={(e) => e.currentTarget.select()} dir="ltr" data-testid="short-url" />
            </label>
            <label>
              {t.embed}
              <textarea
                readOnly
                rows={3}
                dir="ltr"
                value={`<iframe src="${short}?embed=1" width="100%" height="560" style="border:0" title="${t.appName}"></iframe>`}
                onFocus={(e) => e.currentTarget.select()}
                data-testid="embed-code"
              />
            </label>
          </>
        )}
        {view.selected && (
          <a className="btn" href={`/events/${encodeURIComponent(view.selected)}${view.lang === "en" ? "?l=en" : ""}`} data-testid="event-link">
            {t.eventLink}
          </a>
        )}
        <span role="status">{status}</span>
      </div>
    </details>
  );
}
