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

function placeScore(a: readonly string[], b: readonly string[]): number | null {
  if (a.length === 0 || b.length === 0) return 0.3;
  let best = 0;
  for (const p of a) {
    for (const q of b) {
      if (p === q) return 1;
      const up = chain(p);
      const down = chain(q);
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
  members: number[];
  /** The latest day any of the first LINKAGE members' windows reaches: later mentions beyond it cannot join. */
  reach: number;
  /** Scores computed between members of different articles, per member. */
  scores: Map<number, number[]>;
}

export function groupEvents(inputs: readonly GroupInput[]): EventGroup[] {
  const prepared = inputs.map(prepare).filter((p): p is Prepared => p !== null);
  prepared.sort((x, y) => x.window[0] - y.window[0] || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));

  // Mentions in a fixed order (window start, article id, ordinal): each joins the best group of its blocks that it
  // fully agrees with, or starts one. Same-article members must agree as well, but only cross-article pairs count as
  // evidence. A group whose reach ends before a mention's window starts can never be joined again: it leaves its blocks.
  const building: Building[] = [];
  const groupsOfBlock = new Map<string, Set<number>>();
  prepared.forEach((p, i) => {
    const keys = blocks(p);
    const seen = new Set<number>();
    let best = -1;
    let bestScores: [number, number][] = [];
    let bestMean = -1;
    for (const k of keys) {
      const set = groupsOfBlock.get(k);
      if (!set) continue;
      for (const g of set) {
        if (building[g]!.reach < p.window[0]) {
          set.delete(g);
          continue;
        }
        if (seen.has(g)) continue;
        seen.add(g);
        const pairs: [number, number][] = [];
        let ok = true;
        const members = building[g]!.members;
        for (let x = 0; x < members.length && x < LINKAGE; x += 1) {
          const m = members[x]!;
          const s = pairScore(prepared[m]!, p);
          if (s === null || s < THRESHOLD) {
            ok = false;
            break;
          }
          if (prepared[m]!.input.articleId !== p.input.articleId) pairs.push([m, s]);
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
    if (best < 0) {
      best = building.length;
      building.push({ members: [], reach: p.window[1], scores: new Map() });
    }
    const g = building[best]!;
    if (g.members.length < LINKAGE) g.reach = Math.max(g.reach, p.window[1]);
    g.members.push(i);
    for (const [m, s] of bestScores) {
      for (const end of [m, i]) {
        const list = g.scores.get(end);
        if (list) list.push(s);
        else g.scores.set(end, [s]);
      }
    }
    for (const k of keys) {
      const set = groupsOfBlock.get(k);
      if (set) set.add(best);
      else groupsOfBlock.set(k, new Set([best]));
    }
  });

  const groups: EventGroup[] = [];
  for (const g of building) {
    if (new Set(g.members.map((i) => prepared[i]!.input.articleId)).size < 2) continue;
    groups.push(describe(g, prepared));
  }
  return groups.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function describe(g: Building, prepared: Prepared[]): EventGroup {
  const members = [...g.members].sort((x, y) => (prepared[x]!.key < prepared[y]!.key ? -1 : 1));
  const cross = [...g.scores.values()].flat();
  const own = g.scores;
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
    // Each pair was recorded at both of its ends.
    score: round(mean(cross)),
    places: count(members.map((i) => prepared[i]!.places)),
    actors: count(members.map((i) => [...prepared[i]!.actors])),
    spread: { start: isoDay(start), end: isoDay(end), days: end - start + 1, agree },
  };
}
