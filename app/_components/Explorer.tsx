"use client";
// The timeline page: one ViewState drives everything (timeline window, filters, grouping, selection,
// language), and the address bar always carries it.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { DayInterval } from "@/lib/time/types";
import type { DensityBucket } from "@/lib/view/density";
import { dayToTime, formatInterval, timeToDay } from "@/lib/view/dates";
import { direction, labels } from "@/lib/view/i18n";
import { buildItems, type ItemSpec } from "@/lib/view/items";
import type { ViewFilters, ViewState, ViewWindow } from "@/lib/view/state";
import type { EventPage, Facets, TimelineEvent } from "@/lib/view/types";
import { viewQuery } from "@/lib/view/url";
import { covers, fetchRange, intersects, PAGE_LIMIT, roundWindow, windowForSpan } from "@/lib/view/window";
import { fetchWindow } from "./client-api";
import EventPanel from "./EventPanel";
import Filters from "./Filters";
import Narrative from "./Narrative";
import Timeline, { DENSITY_PREFIX, type TimelineHandle } from "./Timeline";
import ShareMenu, { ExportMenu } from "./ShareMenu";
import TopBar from "./TopBar";
import { useCorrectionGlue } from "../components/corrections/useCorrectionGlue";

const DAY_MS = 86_400_000;

export type ExplorerMode = "full" | "embed" | "shared";

interface Props {
  initialView: ViewState & { window: ViewWindow };
  initialPage: EventPage;
  initialDensity?: DensityBucket[] | null;
  initialRange: DayInterval;
  facets: Facets;
  mode: ExplorerMode;
  notice?: string | null;
  /** Where the address bar points (the page's own path); shared links keep their short URL. */
  basePath: string;
  /** Slot for the correction UI (issue 5): rendered inside the event panel. */
  panelExtra?: (eventId: string) => ReactNode;
}

interface Loaded {
  range: DayInterval;
  filtersKey: string;
  page: EventPage;
  density: DensityBucket[] | null;
}

function filtersKey(f: ViewFilters): string {
  return JSON.stringify(f);
}

function densityItems(buckets: DensityBucket[], lang: "ar" | "en"): ItemSpec[] {
  return buckets.map((b) => ({
    id: `${DENSITY_PREFIX}${b.start}`,
    eventId: "",
    group: null,
    type: "range" as const,
    start: dayToTime(b.start),
    end: dayToTime(b.end) + DAY_MS,
    className: "ev-density",
    label: String(b.count),
    tooltip: `${formatInterval(b, lang)}\n${b.count} ${lang === "ar" ? "حدثاً — انقر للتكبير" : "events — click to zoom in"}`,
  }));
}

export default function Explorer(props: Props) {
  const [view, setView] = useState<ViewState & { window: ViewWindow }>(props.initialView);
  const [loaded, setLoaded] = useState<Loaded>({
    range: props.initialRange,
    filtersKey: filtersKey(props.initialView.filters),
    page: props.initialPage,
    density: props.initialDensity ?? null,
  });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const timeline = useRef<TimelineHandle>(null);
  /** How the current selection was made: a click on the drawing scrolls the panel into view. */
  const [pointerSelection, setPointerSelection] = useState(false);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const t = labels(view.lang);
  const truncated = loaded.page.total > loaded.page.events.length;

  // The address bar always carries the view (shared links keep their own short address).
  useEffect(() => {
    if (props.mode === "shared") return;
    const id = setTimeout(() => {
      const extra = props.mode === "embed" ? "&embed=1" : "";
      window.history.replaceState(window.history.state, "", `${props.basePath}${viewQuery(view)}${extra}`);
    }, 200);
    return () => clearTimeout(id);
  }, [view, props.mode, props.basePath]);

  // Fetch only what the visible window needs: when it leaves the loaded range, when the filters change,
  // or when a crowded window is narrowed (it may now fit).
  useEffect(() => {
    const key = filtersKey(view.filters);
    const range = fetchRange(view.window);
    const sameRange = range.start === loaded.range.start && range.end === loaded.range.end;
    const needed = key !== loaded.filtersKey || !covers(loaded.range, view.window) || (truncated && !sameRange);
    if (!needed) return;
    const ctrl = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const { page, density } = await fetchWindow(range, view.filters, ctrl.signal);
        setLoaded({ range, filtersKey: key, page, density: density?.buckets ?? null });
        setError(null);
      } catch (err) {
        if (!ctrl.signal.aborted) setError(err instanceof Error ? err.message : String(err));
      } finally {
        if (!ctrl.signal.aborted) setLoading(false);
      }
    }, 180);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [view.window, view.filters, loaded, truncated]);

  const events = loaded.page.events;
  const { items, groups } = useMemo(() => {
    if (truncated && loaded.density) return { items: densityItems(loaded.density, view.lang), groups: null };
    if (truncated) return { items: [] as ItemSpec[], groups: null };
    return buildItems(events, view.group, view.lang);
  }, [events, truncated, loaded.density, view.group, view.lang]);

  const visible = useMemo(
    () => events.filter((e) => e.interval && intersects(e.interval, view.window)),
    [events, view.window],
  );
  const undated = useMemo(() => events.filter((e) => !e.interval), [events]);
  const ordered = useMemo(
    () =>
      events
        .filter((e) => e.interval)
        .sort(
          (a, b) =>
            a.interval!.start.localeCompare(b.interval!.start) ||
            a.interval!.end.localeCompare(b.interval!.end) ||
            a.id.localeCompare(b.id),
        ),
    [events],
  );

  const update = useCallback((patch: Partial<Omit<ViewState, "window">>) => setView((v) => ({ ...v, ...patch })), []);
  const onRangeChanged = useCallback((w: ViewWindow) => setView((v) => ({ ...v, window: roundWindow(w) })), []);
  const select = useCallback(
    (id: string | null) => {
      setView((v) => ({ ...v, selected: id }));
      const e = id ? events.find((x) => x.id === id) : null;
      if (e) {
        const when = e.interval ? formatInterval(e.interval, view.lang) : t.publishedUnknown;
        setAnnouncement(`${t.selected}: ${e.summary} — ${when}`);
      }
    },
    [events, view.lang, t],
  );

  // Corrections (issue 5): drag-to-correct for editors, the panel's correction section, the editor status.
  const reloadEvents = useCallback(() => setLoaded((l) => ({ ...l, filtersKey: "" })), []);
  const corrections = useCorrectionGlue({ lang: view.lang, select, reload: reloadEvents });
  const editing = props.mode === "full";

  // Keyboard: move between events in time order and open one. In Arabic time runs right to left.
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const later = view.lang === "ar" ? "ArrowLeft" : "ArrowRight";
      const earlier = view.lang === "ar" ? "ArrowRight" : "ArrowLeft";
      let step = 0;
      if (e.key === later || e.key === "j") step = 1;
      else if (e.key === earlier || e.key === "k") step = -1;
      else if (e.key === "Enter" && view.selected) {
        e.preventDefault();
        panelHeading.current?.focus();
        return;
      } else if (e.key === "Escape") {
        select(null);
        return;
      } else if (e.key === "+" || e.key === "=") {
        timeline.current?.zoom(0.5);
        return;
      } else if (e.key === "-") {
        timeline.current?.zoom(2);
        return;
      } else return;
      e.preventDefault();
      if (ordered.length === 0) return;
      const at = ordered.findIndex((x) => x.id === view.selected);
      let next: TimelineEvent | undefined;
      if (at < 0) {
        const inView = ordered.filter((x) => intersects(x.interval!, view.window));
        next = step > 0 ? (inView[0] ?? ordered[0]) : (inView.at(-1) ?? ordered.at(-1));
      } else {
        next = ordered[Math.min(ordered.length - 1, Math.max(0, at + step))];
      }
      if (next) {
        select(next.id);
        timeline.current?.reveal(next.id);
      }
    },
    [ordered, view.selected, view.window, view.lang, select],
  );

  const chrome = props.mode !== "embed";
  const panelOpen = view.selected !== null;
  const shownCount = truncated ? loaded.page.events.length : visible.length;

  return (
    <div className={`app ${view.lang} ${props.mode === "embed" ? "embed" : ""}`} lang={view.lang} dir={direction(view.lang)}>
      {chrome && (
        <TopBar view={view} mode={props.mode} onLang={() => update({ lang: view.lang === "ar" ? "en" : "ar" })}>
          {props.mode === "full" && <ShareMenu view={view} />}
          <ExportMenu view={view} />
          {editing && corrections.editorStatus}
        </TopBar>
      )}
      {props.notice && <p className="notice error" role="alert">{props.notice}</p>}
      {props.mode === "shared" && (
        <p className="notice no-print" data-testid="read-only">
          {t.readOnly} · <a href={`/${viewQuery(view)}`}>{t.openInExplorer}</a>
        </p>
      )}
      {chrome && (
        <Filters
          lang={view.lang}
          facets={props.facets}
          filters={view.filters}
          group={view.group}
          onFilters={(filters) => update({ filters })}
          onGroup={(group) => update({ group })}
          readOnly={props.mode === "shared"}
        />
      )}
      <main className="workspace">
        <section className="card timeline-card" aria-label={t.timeline}>
          <div className="toolbar no-print">
            <button type="button" className="btn" onClick={() => timeline.current?.zoom(0.5)}>
              {t.zoomIn}
            </button>
            <button type="button" className="btn" onClick={() => timeline.current?.zoom(2)}>
              {t.zoomOut}
            </button>
            {props.facets.span && (
              <button
                type="button"
                className="btn"
                onClick={() => {
                  timeline.current?.setWindow(windowForSpan(props.facets.span));
                }}
              >
                {t.fit}
              </button>
            )}
            <span className="count" data-testid="event-count" aria-live="polite">
              {loading ? t.loading : truncated ? `${t.tooMany} (${loaded.page.total})` : `${shownCount} ${t.eventsShown}`}
            </span>
          </div>
          {error && <p className="notice error" role="alert">{error}</p>}
          <Timeline
            key={view.lang}
            handleRef={timeline}
            items={items}
            groups={groups}
            window={view.window}
            selectedEventId={view.selected}
            lang={view.lang}
            onRangeChanged={onRangeChanged}
            onSelect={(id) => {
              setPointerSelection(true);
              select(id);
            }}
            onKeyDown={(e) => {
              setPointerSelection(false);
              onKeyDown(e);
            }}
            editable={editing && corrections.editable}
            onMove={corrections.onMove}
          />
          <p id="keyboard-help" className="kbd-help no-print">{t.keyboardHelp}</p>
          <div className="legend no-print" aria-label={t.legend}>
            <span><span className="swatch" />{t.legendDay}</span>
            <span><span className="swatch vague" />{t.legendVague}</span>
            <span><span className="swatch reported" />{t.legendReported}</span>
            <span><span className="swatch corrected" />{t.legendCorrected}</span>
            <span><span className="swatch retold" />{t.legendRetold}</span>
          </div>
        </section>
        <div className="visually-hidden" aria-live="polite" data-testid="announcement">{announcement}</div>
        <div className={`reading ${panelOpen ? "" : "no-panel"}`}>
          {chrome && (
            <Narrative
              lang={view.lang}
              events={truncated ? events : visible}
              undated={undated}
              selected={view.selected}
              truncatedOf={truncated ? loaded.page.total : null}
              period={formatInterval({ start: timeToDay(view.window.start), end: timeToDay(view.window.end - 1) }, view.lang)}
              from={timeToDay(view.window.start)}
              onSelect={(id) => {
                select(id);
                timeline.current?.reveal(id);
              }}
            />
          )}
          {panelOpen && (
            <EventPanel
              key={`${view.selected}:${corrections.refreshKey}`}
              eventId={view.selected!}
              lang={view.lang}
              headingRef={panelHeading}
              onClose={() => {
                select(null);
                timeline.current?.focus();
              }}
              onSelect={(id) => select(id)}
              extra={props.panelExtra ?? (editing ? corrections.panelExtra : undefined)}
              scrollIntoView={pointerSelection}
            />
          )}
        </div>
      </main>
    </div>
  );
}
