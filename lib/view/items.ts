// Events → what vis-timeline draws: placement, look and grouping, as plain data. The client component turns
// labels and tooltips into DOM text nodes; nothing here is HTML.
import type { Granularity } from "../time/types";
import { displayName } from "./entities";
import { categoryLabel, labels } from "./i18n";
import { dayToTime, formatInterval } from "./dates";
import type { Grouping, Lang } from "./state";
import type { TimelineEvent } from "./types";

const DAY_MS = 86_400_000;
const PRECISE: ReadonlySet<Granularity> = new Set(["minute", "hour", "part-of-day", "day"]);

export interface ItemSpec {
  /** Unique per drawn item: an event with two places is drawn once in each place's group. */
  id: string;
  eventId: string;
  group: string | null;
  type: "box" | "range";
  start: number;
  end: number | null;
  className: string;
  label: string;
  tooltip: string;
}

export interface GroupSpec {
  id: string;
  label: string;
  order: number;
}

export const NO_GROUP = "∅";

/** Item ids carry the group after «@» when grouped by a many-valued field. */
export function eventIdOfItem(itemId: string): string {
  const at = itemId.lastIndexOf("@");
  return at < 0 ? itemId : itemId.slice(0, at);
}

export function isVague(e: TimelineEvent): boolean {
  return e.approx || (e.granularity !== null && !PRECISE.has(e.granularity));
}

/** CSS classes that make the kind of date visible (vague, reported-only, corrected), a retelling, and the category. */
export function itemClasses(e: TimelineEvent): string {
  const cls = ["ev", `cat-${e.category}`];
  const oneDay = e.interval !== null && e.interval.start === e.interval.end;
  cls.push(oneDay ? "ev-day" : "ev-span");
  if (isVague(e)) cls.push("ev-vague");
  if (e.dateSource === "publication") cls.push("ev-reported");
  if (e.corrected) cls.push("ev-corrected");
  if (e.retells) cls.push("ev-retold");
  return cls.join(" ");
}

export function shortLabel(summary: string, max = 60): string {
  const s = summary.replace(/\s+/gu, " ").trim();
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

export function tooltipText(e: TimelineEvent, lang: Lang): string {
  const t = labels(lang);
  const marks: string[] = [];
  if (isVague(e)) marks.push(t.vagueMark);
  if (e.dateSource === "publication") marks.push(t.reportedMark);
  if (e.corrected) marks.push(t.correctedMark);
  if (e.retells) marks.push(t.retoldMark);
  const when = e.interval ? formatInterval(e.interval, lang) : t.publishedUnknown;
  const lines = [
    e.summary,
    `${when}${marks.length ? ` (${marks.join("، ")})` : ""}`,
    `${e.outlet ?? "—"} · ${t.published}: ${e.published ?? t.publishedUnknown}`,
  ];
  return lines.join("\n");
}

function groupKeys(e: TimelineEvent, grouping: Grouping, lang: Lang): { id: string; label: string }[] {
  switch (grouping) {
    case "none":
      return [];
    case "outlet":
      return [{ id: e.outlet ?? NO_GROUP, label: e.outlet ?? NO_GROUP }];
    case "category":
      return [{ id: e.category, label: e.category }];
    case "place":
    case "actor": {
      const refs = grouping === "place" ? e.places : e.actors;
      return refs.length ? refs.map((r) => ({ id: r.id, label: displayName(r, lang) })) : [{ id: NO_GROUP, label: NO_GROUP }];
    }
  }
}

/** Items and groups for one set of events; undated events are not drawn (the narrative lists them). */
export function buildItems(
  events: readonly TimelineEvent[],
  grouping: Grouping,
  lang: Lang,
): { items: ItemSpec[]; groups: GroupSpec[] | null } {
  const items: ItemSpec[] = [];
  const groupCount = new Map<string, { label: string; count: number }>();
  for (const e of events) {
    if (!e.interval) continue;
    const oneDay = e.interval.start === e.interval.end;
    const start = dayToTime(e.interval.start);
    const base = {
      eventId: e.id,
      type: oneDay ? ("box" as const) : ("range" as const),
      // A day sits at its middle so that it stays inside its day when zoomed to hours.
      start: oneDay ? start + DAY_MS / 2 : start,
      end: oneDay ? null : dayToTime(e.interval.end) + DAY_MS,
      className: itemClasses(e),
      label: shortLabel(e.summary),
      tooltip: tooltipText(e, lang),
    };
    const keys = groupKeys(e, grouping, lang);
    if (keys.length === 0) {
      items.push({ ...base, id: e.id, group: null });
      continue;
    }
    for (const k of keys) {
      const label = grouping === "category" ? categoryLabel(e.category, lang) : k.id === NO_GROUP ? labels(lang).unspecified : k.label;
      const g = groupCount.get(k.id) ?? { label, count: 0 };
      g.count += 1;
      groupCount.set(k.id, g);
      items.push({ ...base, id: keys.length > 1 || grouping === "place" || grouping === "actor" ? `${e.id}@${k.id}` : e.id, group: k.id });
    }
  }
  if (grouping === "none") return { items, groups: null };
  const groups = [...groupCount.entries()]
    .sort(([ia, a], [ib, b]) => Number(ia === NO_GROUP) - Number(ib === NO_GROUP) || b.count - a.count || a.label.localeCompare(b.label, "ar"))
    .map(([id, g], order) => ({ id, label: g.label, order }));
  return { items, groups };
}
