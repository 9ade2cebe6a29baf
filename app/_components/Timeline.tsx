"use client";
// The one component that owns vis-timeline. Created in an effect (it needs a DOM), destroyed on unmount,
// and updated by diffing its DataSets: a render never rebuilds the timeline.
//
// Safety: vis-timeline writes string `content`/`title` as HTML (through its xss filter). Item and group
// labels are therefore DOM elements whose text is set with textContent, tooltips are HTML-escaped text,
// and the xss filter is configured to allow no tag at all.
import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from "react";
import type { DataSet } from "vis-data/peer";
import type { Timeline as VisTimeline, TimelineOptions } from "vis-timeline/peer";
import { majorLabel, minorLabel, type AxisScale } from "@/lib/view/axis";
import { labels } from "@/lib/view/i18n";
import { eventIdOfItem, type GroupSpec, type ItemSpec } from "@/lib/view/items";
import type { Lang, ViewWindow } from "@/lib/view/state";
import { sameWindow } from "@/lib/view/window";

export interface TimelineHandle {
  zoom(factor: number): void;
  setWindow(w: ViewWindow): void;
  /** Bring an event's items into view without changing the zoom. */
  reveal(eventId: string): void;
  focus(): void;
}

interface Props {
  items: ItemSpec[];
  groups: GroupSpec[] | null;
  window: ViewWindow;
  selectedEventId: string | null;
  lang: Lang;
  onRangeChanged(w: ViewWindow): void;
  onSelect(eventId: string | null): void;
  onKeyDown?(e: KeyboardEvent<HTMLDivElement>): void;
  handleRef?: Ref<TimelineHandle>;
  /** Editors may drag an event to propose a new date (issue 5). */
  editable?: boolean;
  /** A dragged event's new times (ms; `end` null for a one-day box). The item goes back until a correction is saved. */
  onMove?(eventId: string, start: number, end: number | null): void;
}

const HOUR = 3_600_000;
const YEAR = 365.25 * 24 * HOUR;
export const DENSITY_PREFIX = "density:";

/** The drawing library, browser-only. Fetched as soon as this module loads in the browser, while the page hydrates;
 * the timeline itself is still created in the effect, once there is a DOM to draw in. */
function loadVis() {
  return Promise.all([import("vis-timeline/peer"), import("vis-data/peer"), import("moment")]);
}
const visModules = typeof window === "undefined" ? null : loadVis();

/** Dense stretches collapse into counted clusters (double-click zooms into one). */
function clusterOptions(lang: Lang): NonNullable<TimelineOptions["cluster"]> {
  return {
    maxItems: 4,
    titleTemplate: lang === "ar" ? "{count} أحداث متقاربة: انقر مرتين للتكبير" : "{count} events close together: double-click to zoom in",
    showStipes: true,
    fitOnDoubleClick: true,
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A change signature: an item is updated in the DataSet only when one of these changes. */
function signature(i: ItemSpec): string {
  return [i.group ?? "", i.type, i.start, i.end ?? "", i.className, i.label, i.tooltip].join("\u0001");
}

function textElement(text: string, className: string): HTMLElement {
  const el = document.createElement("span");
  el.className = className;
  el.dir = "auto"; // Arabic summaries stay right-to-left in the English layout
  el.textContent = text;
  return el;
}

function toDataItem(i: ItemSpec) {
  return {
    id: i.id,
    group: i.group ?? undefined,
    type: i.type,
    start: new Date(i.start),
    end: i.end === null ? undefined : new Date(i.end),
    className: i.className,
    // An element, so vis-timeline appends it instead of parsing a string as HTML.
    content: textElement(i.label, "ev-label") as unknown as string,
    title: escapeHtml(i.tooltip),
  };
}

interface Live {
  timeline: VisTimeline;
  items: DataSet<ReturnType<typeof toDataItem>, "id">;
  groups: DataSet<{ id: string; content: string; order: number; title: string }, "id">;
  signatures: Map<string, string>;
  groupSignatures: Map<string, string>;
  groupsShown: boolean;
  /** The window we last set or reported, to tell our own changes from the user's. */
  window: ViewWindow;
}

export default function Timeline(props: Props) {
  const host = useRef<HTMLDivElement>(null);
  const live = useRef<Live | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [ready, setReady] = useState(false);

  // Create once. `lang` decides direction and labels; the parent remounts us (key) when it changes.
  useEffect(() => {
    let disposed = false;
    (async () => {
      const [{ Timeline: TimelineClass }, { DataSet: DataSetClass }, momentModule] = await (visModules ?? loadVis());
      if (disposed || !host.current) return;
      const moment = momentModule.default;
      const { lang, window } = latest.current;
      const items = new DataSetClass<ReturnType<typeof toDataItem>, "id">();
      const groups = new DataSetClass<{ id: string; content: string; order: number; title: string }, "id">();
      const options: TimelineOptions = {
        rtl: lang === "ar",
        // Every date is a UTC day: draw the axis in UTC whatever the browser's zone.
        moment: ((d: unknown) => moment.utc(d as Date)) as unknown as TimelineOptions["moment"],
        start: new Date(window.start),
        end: new Date(window.end),
        zoomMin: HOUR,
        zoomMax: 40 * YEAR,
        orientation: { axis: "top", item: "top" },
        showCurrentTime: false,
        selectable: true,
        multiselect: false,
        editable: false,
        stack: true,
        // A fixed height, and CSS containment on the host (globals.css): vis-timeline measures every drawn item,
        // and each measurement may force a layout; contained, that layout stops at the timeline instead of
        // re-flowing the whole page (the narrative's Arabic text included). Measured: 10 s → see bench:ui.
        height: "28rem",
        // Month labels carry both names on two lines («كانون الأول» over «ديسمبر»).
        maxMinorChars: 8,
        showWeekScale: true,
        verticalScroll: true,
        groupOrder: "order",
        margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
        cluster: clusterOptions(lang),
        tooltip: { followMouse: true, overflowMethod: "cap", delay: 150 },
        xss: {
          disabled: false,
          filterOptions: { whiteList: {}, stripIgnoreTag: true, stripIgnoreTagBody: ["script", "style"] },
        },
        format: {
          minorLabels: ((d: { valueOf(): number }, scale: string) => minorLabel(d.valueOf(), scale as AxisScale, lang)) as never,
          majorLabels: ((d: { valueOf(): number }, scale: string) => majorLabel(d.valueOf(), scale as AxisScale, lang)) as never,
        },
      };
      let drawnOnce = false;
      const timeline = new TimelineClass(host.current, items as never, options);
      // The drawing is for the eye; keyboard and screen-reader users get the live announcement and the narrative.
      host.current.querySelector(".vis-timeline")?.setAttribute("aria-hidden", "true");
      const state: Live = {
        timeline,
        items,
        groups,
        signatures: new Map(),
        groupSignatures: new Map(),
        groupsShown: false,
        window,
      };
      live.current = state;

      // The drawn window, readable by tests (epoch ms, START~END).
      const showWindow = (w: ViewWindow) => host.current?.setAttribute("data-window", `${Math.round(w.start)}~${Math.round(w.end)}`);
      showWindow(window);
      timeline.on("rangechanged", (p: { start: Date; end: Date; byUser: boolean }) => {
        const w = { start: p.start.valueOf(), end: p.end.valueOf() };
        state.window = w;
        showWindow(w);
        if (p.byUser) latest.current.onRangeChanged(w);
      });
      // Redraw counters for the browser tests and `npm run bench:ui` (cheap: two attributes).
      let redraws = 0;
      timeline.on("changed", () => {
        redraws += 1;
        const el = host.current;
        if (!el) return;
        el.dataset.redraws = String(redraws);
        el.dataset.lastRedraw = performance.now().toFixed(1);
        if (!drawnOnce && state.signatures.size > 0) {
          drawnOnce = true;
          performance.mark("zaman:timeline-drawn");
        }
      });
      timeline.on("select", (p: { items: (string | number)[] }) => {
        const id = p.items.map(String).find((x) => state.signatures.has(x));
        if (id === undefined) {
          latest.current.onSelect(null);
          return;
        }
        if (id.startsWith(DENSITY_PREFIX)) {
          // A density bucket: zoom into it instead of selecting it.
          const item = items.get(id);
          if (item?.end) timeline.setWindow(item.start, item.end, { animation: false });
          timeline.setSelection([]);
          return;
        }
        latest.current.onSelect(eventIdOfItem(id));
      });
      setReady(true);
    })();
    return () => {
      disposed = true;
      live.current?.timeline.destroy();
      live.current = null;
    };
  }, []);

  // Groups before items, so that items of a new grouping find their groups.
  useEffect(() => {
    const s = live.current;
    if (!s) return;
    if (props.groups === null) {
      if (s.groupsShown) {
        s.timeline.setGroups(null as never);
        s.groupsShown = false;
      }
      return;
    }
    const next = new Map(props.groups.map((g) => [g.id, g]));
    const removed = [...s.groupSignatures.keys()].filter((id) => !next.has(id));
    if (removed.length) s.groups.remove(removed);
    for (const id of removed) s.groupSignatures.delete(id);
    const changed = props.groups.filter((g) => s.groupSignatures.get(g.id) !== `${g.label}\u0001${g.order}`);
    if (changed.length) {
      s.groups.update(
        changed.map((g) => ({ id: g.id, content: textElement(g.label, "group-label") as unknown as string, order: g.order, title: escapeHtml(g.label) })),
      );
      for (const g of changed) s.groupSignatures.set(g.id, `${g.label}\u0001${g.order}`);
    }
    if (!s.groupsShown) {
      s.timeline.setGroups(s.groups as never);
      s.groupsShown = true;
    }
  }, [props.groups, ready]);

  // Diff the items: remove what left, add or update only what changed.
  useEffect(() => {
    const s = live.current;
    if (!s) return;
    const next = new Set(props.items.map((i) => i.id));
    const removed = [...s.signatures.keys()].filter((id) => !next.has(id));
    if (removed.length) s.items.remove(removed);
    for (const id of removed) s.signatures.delete(id);
    const changed: ItemSpec[] = [];
    for (const i of props.items) {
      const sig = signature(i);
      if (s.signatures.get(i.id) !== sig) {
        changed.push(i);
        s.signatures.set(i.id, sig);
      }
    }
    if (changed.length) s.items.update(changed.map(toDataItem));
    host.current?.setAttribute("data-items", String(s.signatures.size));
  }, [props.items, ready]);

  // Dragging never saves: the move is cancelled here and handed to onMove, which opens the correction form.
  useEffect(() => {
    const s = live.current;
    if (!s) return;
    s.timeline.setOptions({
      // vis-timeline drops clustering on any setOptions call that does not repeat it.
      cluster: clusterOptions(props.lang),
      editable: props.editable ? { updateTime: true, updateGroup: false, add: false, remove: false, overrideItems: false } : false,
      onMove: (item: { id: string | number; start: Date | number; end?: Date | number | null }, callback: (item: null) => void) => {
        callback(null);
        const id = String(item.id);
        if (id.startsWith(DENSITY_PREFIX)) return;
        latest.current.onMove?.(eventIdOfItem(id), new Date(item.start).valueOf(), item.end ? new Date(item.end).valueOf() : null);
      },
    } as TimelineOptions);
    // Items read their editability when their data is set: re-set it so the ones already drawn follow.
    const drawn = s.items.get();
    if (drawn.length) s.items.update(drawn);
  }, [props.editable, ready]);

  // Follow an outside change of window (URL, "show all", keyboard) without echoing our own.
  useEffect(() => {
    const s = live.current;
    if (!s) return;
    if (!sameWindow(s.window, props.window)) {
      s.window = props.window;
      s.timeline.setWindow(new Date(props.window.start), new Date(props.window.end), { animation: false });
    }
  }, [props.window, ready]);

  useEffect(() => {
    const s = live.current;
    if (!s) return;
    const ids = props.selectedEventId
      ? props.items.filter((i) => i.eventId === props.selectedEventId).map((i) => i.id)
      : [];
    s.timeline.setSelection(ids);
  }, [props.selectedEventId, props.items, ready]);

  useImperativeHandle(
    props.handleRef,
    () => ({
      zoom(factor: number) {
        const s = live.current;
        if (!s) return;
        const w = s.timeline.getWindow();
        const mid = (w.start.valueOf() + w.end.valueOf()) / 2;
        const half = ((w.end.valueOf() - w.start.valueOf()) / 2) * factor;
        const next = { start: Math.round(mid - half), end: Math.round(mid + half) };
        s.timeline.setWindow(new Date(next.start), new Date(next.end), { animation: false });
        s.window = next;
        latest.current.onRangeChanged(next);
      },
      setWindow(w: ViewWindow) {
        const s = live.current;
        if (!s) return;
        s.window = w;
        s.timeline.setWindow(new Date(w.start), new Date(w.end), { animation: false });
        latest.current.onRangeChanged(w);
      },
      reveal(eventId: string) {
        const s = live.current;
        if (!s) return;
        const item = latest.current.items.find((i) => i.eventId === eventId);
        if (!item) return;
        const w = s.timeline.getWindow();
        const start = w.start.valueOf();
        const end = w.end.valueOf();
        const itemEnd = item.end ?? item.start;
        // Already (partly) in view: stay put, so that stepping through events never jumps around.
        if (item.start < end && itemEnd > start) return;
        const width = end - start;
        // Out of view: centre it if it fits, else show its beginning.
        const centre = itemEnd - item.start < width * 0.8 ? (item.start + itemEnd) / 2 : item.start + width * 0.4;
        const next = { start: Math.round(centre - width / 2), end: Math.round(centre + width / 2) };
        s.window = next;
        s.timeline.setWindow(new Date(next.start), new Date(next.end), { animation: false });
        latest.current.onRangeChanged(next);
      },
      focus() {
        host.current?.focus();
      },
    }),
    [],
  );

  const t = labels(props.lang);
  return (
    <div
      ref={host}
      className="timeline-host"
      tabIndex={0}
      role="application"
      aria-label={t.timeline}
      aria-roledescription={t.timeline}
      aria-describedby="keyboard-help"
      data-ready={ready ? "1" : "0"}
      onKeyDown={props.onKeyDown}
    />
  );
}
