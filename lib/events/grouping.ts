// Mentions of the same real-world event across articles. Pure: events of many articles in, groups out.
//
// Two mentions may share a group only when (hard constraints)
//   - at least two articles report it (two mentions of one article share a group only if they agree as well),
//   - what was said («statement») was said by the same speaker (a named source or the first actor), of the same kind,
//   - they have the same event category (a statement never joins a battle),
//   - their date windows overlap: the interval widened by a tolerance that grows with granularity; an event dated
//     only by its publication date ("reported on") happened on or before it, so its window is the REPORTED_WINDOW
//     days up to it; undated events and spans longer than MAX_SPAN_DAYS (too vague to name one event) never group,
//   - their places, when both name some, are related: the same place, or one inside the other. Two different
//     neighbourhoods of one city are different events.
// The score of a pair weighs places, dates, actors (by family: the air force counts as the army) and sub-event type
// (WEIGHTS). A group is built by complete linkage: cross-article pairs join in order of decreasing score, and two
// groups merge only if every pair between them scores at least THRESHOLD — no chains of loosely similar events.
// Members keep their own intervals: the group reports the spread of dates, it never averages them.
import type { DayInterval } from "../time/types";
import { ancestry, gazetteer } from "./gazetteer";
import type { DateSource, EventCategory, ExtractedEvent } from "./types";

export interface GroupInput {
  articleId: string;
  outlet: string | null;
  /** The article's publication date (YYYY-MM-DD), or null when undated. */
  published: string | null;
  event: ExtractedEvent;
}

export interface GroupMember {
  articleId: string;
  ordinal: number;
  outlet: string | null;
  published: string | null;
  interval: DayInterval | null;
  dateSource: DateSource;
  /** Mean score of this member with the members of other articles. */
  score: number;
}

export interface EventGroup {
  /** Stable for the same members: «g:» + the first member's article id and ordinal. */
  id: string;
  category: EventCategory;
  members: GroupMember[];
  /** Mean score of the group's cross-article pairs, 0..1. */
  score: number;
  /** Place and actor ids that at least two members name. */
  places: string[];
  actors: string[];
  /** How far the members' dates spread: the earliest start, the latest end, and whether they all agree. */
  spread: { start: string; end: string; days: number; agree: boolean };
}

export const THRESHOLD = 0.65;
export const WEIGHTS = { place: 0.35, date: 0.25, actor: 0.25, subEvent: 0.15 } as const;
/** Days before the publication date an event "reported on" that date may have happened. */
export const REPORTED_WINDOW = 7;
export const MAX_SPAN_DAYS = 31;
/** Days added on each side of an interval, by granularity: a «week» or «month» is itself a vague statement. */
const TOLERANCE: Record<string, number> = { minute: 1, hour: 1, "part-of-day": 1, day: 1, week: 3, month: 7, year: 30, decade: 30, century: 30 };
/** Generic actors say nothing about which event it is. */
const GENERIC_ACTORS = new Set(["actor:civilians", "actor:armed-groups"]);
/** How much a place that contains the other one still agrees with it, by the kind of the containing place. */
const CONTAINING: Record<string, number> = { country: 0.2, region: 0.4, governorate: 0.4 };
const CONTAINING_DEFAULT = 0.5;

// Calendar arithmetic on ISO days through UTC: no local time zone is ever involved.
function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}
function isoDay(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

interface Prepared {
  input: GroupInput;
  key: string;
  raw: [number, number];
  window: [number, number];
  reported: boolean;
  places: string[];
  actors: Set<string>;
}

function prepare(input: GroupInput): Prepared | null {
  const e = input.event;
  if (!e.interval || e.dateSource === "undated") return null;
  const raw: [number, number] = [dayNumber(e.interval.start), dayNumber(e.interval.end)];
  if (raw[1] - raw[0] + 1 > MAX_SPAN_DAYS) return null;
  const reported = e.dateSource === "publication";
  const tolerance = TOLERANCE[e.granularity ?? "day"] ?? 1;
  const window: [number, number] = reported ? [raw[1] - REPORTED_WINDOW, raw[1]] : [raw[0] - tolerance, raw[1] + tolerance];
  const actors = new Set(e.actors.map((a) => a.id).filter((id) => !GENERIC_ACTORS.has(id)).map((id) => ancestry(gazetteer.actors, id).pop() ?? id));
  return { input, key: `${input.articleId}#${e.ordinal}`, raw, window, reported, places: [...new Set(e.places.map((p) => p.id))], actors };
}

function placeScore(a: readonly string[], b: readonly string[]): number | null {
  if (a.length === 0 || b.length === 0) return 0.3;
  let best = 0;
  for (const p of a) {
    for (const q of b) {
      if (p === q) return 1;
      const up = ancestry(gazetteer.places, p);
      const down = ancestry(gazetteer.places, q);
      const outer = up.includes(q) ? q : down.includes(p) ? p : null;
      if (outer) best = Math.max(best, CONTAINING[gazetteer.places.get(outer)?.kind ?? ""] ?? CONTAINING_DEFAULT);
    }
  }
  return best > 0 ? best : null;
}

/** 1 when the stated days overlap; less when only the tolerances or a "reported on" window make them meet. */
function dateScore(a: Prepared, b: Prepared): number | null {
  if (a.window[1] < b.window[0] || b.window[1] < a.window[0]) return null;
  if (a.reported || b.reported) return 0.6;
  return a.raw[1] >= b.raw[0] && b.raw[1] >= a.raw[0] ? 1 : 0.5;
}

function actorScore(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0.5;
  for (const x of a) if (b.has(x)) return 1;
  return 0.2;
}

/** Score of two mentions, or null when they cannot be the same event. */
function pairScore(a: Prepared, b: Prepared): number | null {
  const ea = a.input.event;
  const eb = b.input.event;
  if (ea.category !== eb.category) return null;
  // What was said is one event only when the same speaker said the same kind of thing.
  if (ea.category === "statement" && (ea.subEventType !== eb.subEventType || !sameSpeaker(ea, eb))) return null;
  const place = placeScore(a.places, b.places);
  const date = dateScore(a, b);
  if (place === null || date === null) return null;
  const sub = ea.subEventType === eb.subEventType ? 1 : 0.5;
  return WEIGHTS.place * place + WEIGHTS.date * date + WEIGHTS.actor * actorScore(a.actors, b.actors) + WEIGHTS.subEvent * sub;
}

/** The speaker: the named sources, and the event's first actor (its agent when it has one). */
function speakers(e: ExtractedEvent): Set<string> {
  const ids = [...e.sources.map((m) => m.id), ...e.actors.slice(0, 1).map((m) => m.id)];
  return new Set(ids.filter((id) => !GENERIC_ACTORS.has(id) && !id.startsWith("source:generic/")));
}

function sameSpeaker(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const x = speakers(a);
  return [...speakers(b)].some((id) => x.has(id));
}

/** Week buckets a window touches, so only mentions that could overlap are ever compared. */
function buckets(p: Prepared): string[] {
  const out: string[] = [];
  for (let w = Math.floor(p.window[0] / 7); w <= Math.floor(p.window[1] / 7); w += 1) out.push(`${p.input.event.category}|${w}`);
  return out;
}

export function groupEvents(inputs: readonly GroupInput[]): EventGroup[] {
  const prepared = inputs.map(prepare).filter((p): p is Prepared => p !== null);
  prepared.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const index = new Map(prepared.map((p, i) => [p, i]));

  // Candidate pairs, scored once.
  const blocks = new Map<string, Prepared[]>();
  for (const p of prepared) for (const b of buckets(p)) blocks.set(b, [...(blocks.get(b) ?? []), p]);
  const scores = new Map<string, number>();
  const pairKey = (i: number, j: number) => (i < j ? `${i}:${j}` : `${j}:${i}`);
  for (const block of blocks.values()) {
    for (let x = 0; x < block.length; x += 1) {
      for (let y = x + 1; y < block.length; y += 1) {
        const i = index.get(block[x]!)!;
        const j = index.get(block[y]!)!;
        const k = pairKey(i, j);
        if (scores.has(k)) continue;
        const s = pairScore(block[x]!, block[y]!);
        // Pairs of one article are scored too: two mentions of one article join a group only if they agree.
        if (s !== null) scores.set(k, s);
      }
    }
  }

  // Complete linkage, strongest pairs first (ties broken by the members' order, so the result is deterministic).
  const cluster = prepared.map((_, i) => [i]);
  const owner = prepared.map((_, i) => i);
  const linked = (i: number, j: number) => {
    const s = scores.get(pairKey(i, j));
    return s !== undefined && s >= THRESHOLD;
  };
  const crossArticle = (k: string) => {
    const [i, j] = k.split(":").map(Number) as [number, number];
    return prepared[i]!.input.articleId !== prepared[j]!.input.articleId;
  };
  const ordered = [...scores.entries()].filter(([k, s]) => s >= THRESHOLD && crossArticle(k)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [k] of ordered) {
    const [i, j] = k.split(":").map(Number) as [number, number];
    const a = owner[i]!;
    const b = owner[j]!;
    if (a === b) continue;
    const ok = cluster[a]!.every((x) => cluster[b]!.every((y) => linked(x, y)));
    if (!ok) continue;
    for (const y of cluster[b]!) owner[y] = a;
    cluster[a]!.push(...cluster[b]!);
    cluster[b] = [];
  }

  const groups: EventGroup[] = [];
  for (const members of cluster) {
    if (new Set(members.map((i) => prepared[i]!.input.articleId)).size < 2) continue;
    members.sort((x, y) => x - y);
    groups.push(describe(members, prepared, scores, pairKey));
  }
  return groups.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function describe(members: number[], prepared: Prepared[], scores: Map<string, number>, pairKey: (i: number, j: number) => string): EventGroup {
  const cross: number[] = [];
  const own = new Map<number, number[]>();
  for (const i of members) {
    for (const j of members) {
      if (i >= j || prepared[i]!.input.articleId === prepared[j]!.input.articleId) continue;
      const s = scores.get(pairKey(i, j)) ?? 0;
      cross.push(s);
      own.set(i, [...(own.get(i) ?? []), s]);
      own.set(j, [...(own.get(j) ?? []), s]);
    }
  }
  const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const round = (x: number) => Math.round(x * 100) / 100;
  const first = prepared[members[0]!]!;
  const count = (ids: string[][]) => {
    const seen = new Map<string, number>();
    for (const list of ids) for (const id of new Set(list)) seen.set(id, (seen.get(id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n >= 2).map(([id]) => id).sort();
  };
  const starts = members.map((i) => prepared[i]!.raw[0]);
  const ends = members.map((i) => prepared[i]!.raw[1]);
  const start = Math.min(...starts);
  const end = Math.max(...ends);
  const agree = members.every((i) => prepared[i]!.raw[0] === starts[0] && prepared[i]!.raw[1] === ends[0]);
  return {
    id: `g:${first.key}`,
    category: first.input.event.category,
    members: members.map((i) => {
      const p = prepared[i]!;
      return {
        articleId: p.input.articleId,
        ordinal: p.input.event.ordinal,
        outlet: p.input.outlet,
        published: p.input.published,
        interval: p.input.event.interval,
        dateSource: p.input.event.dateSource,
        score: round(mean(own.get(i) ?? [])),
      };
    }),
    score: round(mean(cross)),
    places: count(members.map((i) => prepared[i]!.places)),
    actors: count(members.map((i) => [...prepared[i]!.actors])),
    spread: { start: isoDay(start), end: isoDay(end), days: end - start + 1, agree },
  };
}
