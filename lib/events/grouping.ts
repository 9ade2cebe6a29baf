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
// (WEIGHTS). Groups are built in one pass over the mentions in a fixed order (article id, ordinal): a mention joins
// the group it agrees with best, and only if it scores at least THRESHOLD with each of the group's first LINKAGE
// members (complete linkage, bounded) — no chains of loosely similar events. Only groups of a mention's blocks
// (category, week, and a governorate, a speaker or an actor family) are considered: 10,000 articles take seconds.
// Members keep their own intervals: the group reports the spread of dates, it never averages them.
// Reach: every member's window overlaps its group's first member's window, so all members start within two windows
// (at most 2 × (MAX_SPAN_DAYS + 2 × the widest tolerance) days) of one another — what lets a store regroup only the
// events near the dates that changed.
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
  /** Stable for the same members: «g:» + the article id and ordinal of its first member in that order. */
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
  /** Each place's ancestry (itself first), looked up once rather than in every comparison. */
  chains: string[][];
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
  const places = [...new Set(e.places.map((p) => p.id))];
  return { input, key: `${input.articleId}#${e.ordinal}`, raw, window, reported, places, chains: places.map(chain), actors };
}

const chains = new Map<string, string[]>();
function chain(id: string): string[] {
  let c = chains.get(id);
  if (!c) {
    c = ancestry(gazetteer.places, id);
    chains.set(id, c);
  }
  return c;
}

/** The place's top ancestor below the country (its governorate, or the region it is itself), or null for Syria. */
function placeRoot(id: string): string | null {
  const c = chain(id);
  return c.length >= 2 ? c[c.length - 2]! : null;
}

function placeScore(a: Prepared, b: Prepared): number | null {
  if (a.places.length === 0 || b.places.length === 0) return 0.3;
  let best = 0;
  for (let i = 0; i < a.places.length; i += 1) {
    const p = a.places[i]!;
    const up = a.chains[i]!;
    for (let j = 0; j < b.places.length; j += 1) {
      const q = b.places[j]!;
      if (p === q) return 1;
      const outer = up.includes(q) ? q : b.chains[j]!.includes(p) ? p : null;
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
  const place = placeScore(a, b);
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

/**
 * Blocks a mention is compared in: its category, each week its window touches, and what could make two mentions
 * the same event — a place root (governorate), or for statements a speaker, or for mentions without places an actor
 * family. Mentions sharing no block are never compared; a mention with none of these keys names no event to group.
 */
function blocks(p: Prepared): string[] {
  const e = p.input.event;
  let what: string[];
  if (e.category === "statement") what = [...speakers(e)].map((id) => `s:${id}`);
  else {
    const roots = [...new Set(p.places.map(placeRoot).filter((r): r is string => r !== null))];
    what = roots.length > 0 ? roots.map((r) => `p:${r}`) : [...p.actors].map((id) => `a:${id}`);
  }
  const out: string[] = [];
  for (let w = Math.floor(p.window[0] / 7); w <= Math.floor(p.window[1] / 7); w += 1) for (const k of what) out.push(`${e.category}|${w}|${k}`);
  return out;
}

/** A mention joins a group only if it agrees with every one of the group's first LINKAGE members (bounded work). */
export const LINKAGE = 8;

interface Building {
  members: Prepared[];
  /** The latest day any of the first LINKAGE members' windows reaches: later mentions beyond it cannot join. */
  reach: number;
  /** Scores computed between members of different articles, per member. */
  scores: Map<Prepared, number[]>;
  /** The blocks it is listed in (to leave them once settled). */
  keys: Set<string>;
}

/** The fixed order mentions are taken in: window start, then article id and ordinal. */
function sweepOrder(x: Prepared, y: Prepared): number {
  return x.window[0] - y.window[0] || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
}

/**
 * The one pass over prepared mentions, given in sweep order: each joins the best group of its blocks that it fully
 * agrees with, or starts one. Same-article members must agree as well, but only cross-article pairs count as
 * evidence. A group whose reach ends before a mention's window starts can never be joined again: it is settled
 * (handed to `settled`) and leaves its blocks, so only the groups of the last few weeks are held.
 */
class Sweep {
  private readonly groupsOfBlock = new Map<string, Set<Building>>();
  private readonly open = new Set<Building>();
  private settledBefore = -Infinity;

  constructor(private readonly settled: (g: Building) => void) {}

  add(p: Prepared): void {
    this.settle(p.window[0]);
    const keys = blocks(p);
    const seen = new Set<Building>();
    let best: Building | null = null;
    let bestScores: [Prepared, number][] = [];
    let bestMean = -1;
    for (const k of keys) {
      const set = this.groupsOfBlock.get(k);
      if (!set) continue;
      for (const g of set) {
        if (seen.has(g)) continue;
        seen.add(g);
        const pairs: [Prepared, number][] = [];
        let ok = true;
        const members = g.members;
        for (let x = 0; x < members.length && x < LINKAGE; x += 1) {
          const m = members[x]!;
          const s = pairScore(m, p);
          if (s === null || s < THRESHOLD) {
            ok = false;
            break;
          }
          if (m.input.articleId !== p.input.articleId) pairs.push([m, s]);
        }
        if (!ok || pairs.length === 0) continue;
        const mean = pairs.reduce((a, [, s]) => a + s, 0) / pairs.length;
        if (mean > bestMean) {
          best = g;
          bestMean = mean;
          bestScores = pairs;
        }
      }
    }
    if (best === null) {
      best = { members: [], reach: p.window[1], scores: new Map(), keys: new Set() };
      this.open.add(best);
    }
    const g = best;
    if (g.members.length < LINKAGE) g.reach = Math.max(g.reach, p.window[1]);
    g.members.push(p);
    for (const [m, s] of bestScores) {
      for (const end of [m, p]) {
        const list = g.scores.get(end);
        if (list) list.push(s);
        else g.scores.set(end, [s]);
      }
    }
    for (const k of keys) {
      const set = this.groupsOfBlock.get(k);
      if (set) set.add(g);
      else this.groupsOfBlock.set(k, new Set([g]));
      g.keys.add(k);
    }
  }

  /** Settles every group that no mention whose window starts on `day` or later can join. */
  settle(day: number): void {
    if (day <= this.settledBefore) return;
    this.settledBefore = day;
    for (const g of this.open) {
      if (g.reach >= day) continue;
      this.open.delete(g);
      for (const k of g.keys) {
        const set = this.groupsOfBlock.get(k)!;
        set.delete(g);
        if (set.size === 0) this.groupsOfBlock.delete(k);
      }
      this.settled(g);
    }
  }
}

/** A group of at least two articles' mentions, described; null for a mention left alone (or one article's). */
function finished(g: Building): EventGroup | null {
  return new Set(g.members.map((p) => p.input.articleId)).size < 2 ? null : describe(g);
}

export function groupEvents(inputs: readonly GroupInput[]): EventGroup[] {
  const prepared = inputs.map(prepare).filter((p): p is Prepared => p !== null);
  prepared.sort(sweepOrder);
  const groups: EventGroup[] = [];
  const sweep = new Sweep((g) => {
    const group = finished(g);
    if (group) groups.push(group);
  });
  for (const p of prepared) sweep.add(p);
  sweep.settle(Infinity);
  return groups.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The earliest a mention's window can start before its interval does (a year's tolerance; a "reported on" week). */
const WINDOW_LEAD = Math.max(REPORTED_WINDOW, ...Object.values(TOLERANCE));

/**
 * groupEvents for mentions read in order of their interval's start (as a database reads them by date), with groups
 * handed to `onGroup` as soon as no later mention can join them: memory holds a few weeks of mentions whatever the
 * corpus holds. The groups are exactly those groupEvents forms from the same mentions (in no particular order).
 * Mentions without an interval may come at any point (they never group).
 */
export class GroupStream {
  private readonly sweep: Sweep;
  /** Prepared mentions not yet in sweep order: a later one may still start its window earlier. */
  private readonly pending: Prepared[] = [];
  private lastStart = -Infinity;

  constructor(onGroup: (group: EventGroup) => void) {
    this.sweep = new Sweep((g) => {
      const group = finished(g);
      if (group) onGroup(group);
    });
  }

  add(input: GroupInput): void {
    const interval = input.event.interval;
    if (!interval) return;
    const start = dayNumber(interval.start);
    if (start < this.lastStart) throw new Error(`GroupStream: mentions must come in order of their start (${interval.start} after a later one)`);
    this.lastStart = start;
    // No later mention's window starts before start − WINDOW_LEAD: the pending ones before that are in final order.
    this.release(start - WINDOW_LEAD);
    const p = prepare(input);
    if (p) heapPush(this.pending, p);
  }

  /** Hands over the groups still open. */
  end(): void {
    this.release(Infinity);
    this.sweep.settle(Infinity);
  }

  private release(before: number): void {
    while (this.pending.length > 0 && this.pending[0]!.window[0] < before) this.sweep.add(heapPop(this.pending));
  }
}

// A binary min-heap in sweep order.
function heapPush(heap: Prepared[], p: Prepared): void {
  heap.push(p);
  for (let i = heap.length - 1; i > 0; ) {
    const up = (i - 1) >> 1;
    if (sweepOrder(heap[up]!, heap[i]!) <= 0) break;
    [heap[up], heap[i]] = [heap[i]!, heap[up]!];
    i = up;
  }
}

function heapPop(heap: Prepared[]): Prepared {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length > 0) {
    heap[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && sweepOrder(heap[l]!, heap[m]!) < 0) m = l;
      if (r < heap.length && sweepOrder(heap[r]!, heap[m]!) < 0) m = r;
      if (m === i) break;
      [heap[m], heap[i]] = [heap[i]!, heap[m]!];
      i = m;
    }
  }
  return top;
}

function describe(g: Building): EventGroup {
  const members = [...g.members].sort((x, y) => (x.key < y.key ? -1 : 1));
  const cross = [...g.scores.values()].flat();
  const own = g.scores;
  const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const round = (x: number) => Math.round(x * 100) / 100;
  const first = members[0]!;
  const count = (ids: string[][]) => {
    const seen = new Map<string, number>();
    for (const list of ids) for (const id of new Set(list)) seen.set(id, (seen.get(id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n >= 2).map(([id]) => id).sort();
  };
  const starts = members.map((p) => p.raw[0]);
  const ends = members.map((p) => p.raw[1]);
  const start = Math.min(...starts);
  const end = Math.max(...ends);
  const agree = members.every((p) => p.raw[0] === starts[0] && p.raw[1] === ends[0]);
  return {
    id: `g:${first.key}`,
    category: first.input.event.category,
    members: members.map((p) => ({
      articleId: p.input.articleId,
      ordinal: p.input.event.ordinal,
      outlet: p.input.outlet,
      published: p.input.published,
      interval: p.input.event.interval,
      dateSource: p.input.event.dateSource,
      score: round(mean(own.get(p) ?? [])),
    })),
    // Each pair was recorded at both of its ends.
    score: round(mean(cross)),
    places: count(members.map((p) => p.places)),
    actors: count(members.map((p) => [...p.actors])),
    spread: { start: isoDay(start), end: isoDay(end), days: end - start + 1, agree },
  };
}
