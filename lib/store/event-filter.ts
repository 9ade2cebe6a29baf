// The timeline's event filter (window and the view's filters, free text aside) as SQL, for SQLite and PostgreSQL.
// Written by hand rather than as a Prisma `where` because the right form of the place and actor tests depends on the
// data (planEventFilter), and neither database's planner found it: PostgreSQL hashed every mention of Aleppo to count
// a month's events there, SQLite walked every such mention with Prisma's form. Every event query of the timeline
// (count, page ids, density, search candidates) takes its WHERE from here; tests/store/event-filter.test.ts holds
// both forms, on both databases, to a plain reading of the filters on the corpus.
import type { DateSource } from "../events/types";
import type { EventsQuery } from "../view/query";
import { withDescendants } from "../view/entities";
import { providerOf, type Db, type Provider } from "./client";
import { earliestShortStart } from "./window";

type FilterQuery = Pick<EventsQuery, "from" | "to" | "filters">;

/** A WHERE over the events table aliased `e`, with its parameters in order. */
export interface EventFilterSql {
  where: string;
  params: unknown[];
}

/** Date sources a reader calls "explicit": the date came from a time expression. */
const EXPLICIT_SOURCES: DateSource[] = ["clause", "sentence", "narrative"];

/** How a place or actor filter is tested (see `planEventFilter`). */
export type EntityTest = "probe" | "collect";
export interface FilterPlan {
  place: EntityTest;
  actor: EntityTest;
}
/** Without a window (or knowing nothing better): collect the events that name the entities. */
export const COLLECT: FilterPlan = { place: "collect", actor: "collect" };

/** Counting the window's events for a plan stops here: past it, what the window holds is beside the point. */
const WINDOW_COUNT_CAP = 200_000;

/** Collects parameters in the provider's placeholder style. */
class Params {
  readonly values: unknown[] = [];
  constructor(private readonly provider: Provider) {}

  one(value: unknown): string {
    this.values.push(value);
    return this.provider === "postgres" ? `$${this.values.length}` : "?";
  }

  /** `column IN list`, as one array parameter on PostgreSQL. */
  in(column: string, list: readonly string[]): string {
    if (this.provider === "postgres") return `${column} = ANY(${this.one([...list])}::text[])`;
    return `${column} IN (${list.map((v) => this.one(v)).join(", ")})`;
  }

  /** `column NOT IN list` (no nulls in these columns, so the two forms agree). */
  notIn(column: string, list: readonly string[]): string {
    if (this.provider === "postgres") return `${column} <> ALL(${this.one([...list])}::text[])`;
    return `${column} NOT IN (${list.map((v) => this.one(v)).join(", ")})`;
  }

  /** A boolean literal: SQLite stores booleans as 0/1, and its index on longSpan is used for `= 0`, not `NOT`. */
  bool(value: boolean): string {
    return this.provider === "postgres" ? String(value) : value ? "1" : "0";
  }
}

/** "The event's current interval overlaps [from, to]", bounded on both sides of the index (see window.ts). */
function overlapSql(p: Params, from: string | null, to: string | null): string | null {
  if (from && to) {
    return (
      `((e."longSpan" = ${p.bool(false)} AND e."start" >= ${p.one(earliestShortStart(from))} AND e."start" <= ${p.one(to)} AND e."end" >= ${p.one(from)})` +
      ` OR (e."longSpan" = ${p.bool(true)} AND e."start" <= ${p.one(to)} AND e."end" >= ${p.one(from)}))`
    );
  }
  if (to) return `e."start" <= ${p.one(to)}`;
  if (from) return `e."end" >= ${p.one(from)}`;
  return null;
}

/** A gazetteer id and everything under it: «place:aleppo» also selects its neighbourhoods (lib/view/entities). */
function entitiesUnder(ids: string[]): string[] {
  return [...new Set(ids.flatMap(withDescendants))];
}

/**
 * "The event names one of these places (or actors), or one under them", in one of two forms, as planned:
 * - probe: each event of the window looks up its mentions of that role on the (eventId, role, entityId) index.
 *   SQLite tests the ids as «NOT (entityId NOT IN …)» on purpose: with a plain IN its planner probes that index once
 *   per listed id for every event (71 probes per event for Aleppo and its neighbourhoods), where reading the event's
 *   two or three mentions and testing each is three times cheaper. PostgreSQL: OFFSET 0 keeps the EXISTS a per-event
 *   probe; it otherwise turns it into a hash join over every mention of the entities, having overestimated the
 *   window's events several times over (a month at 10,000 articles: 15,000 for 3,300; 60-70 ms instead of 25).
 * - collect: the events that name the entities, from the (role, entityId, eventId) index, then those in the window.
 */
function mentionSql(p: Params, role: "place" | "actor", ids: string[], test: EntityTest, provider: Provider): string {
  const all = entitiesUnder(ids);
  if (test === "probe") {
    const roleIs = `m."role" = ${p.one(role)}`; // placeholders are numbered in the order they are made
    const named = provider === "sqlite" ? `NOT (${p.notIn(`m."entityId"`, all)})` : p.in(`m."entityId"`, all);
    const fence = provider === "postgres" ? " OFFSET 0" : "";
    return `EXISTS (SELECT 1 FROM "EventMention" m WHERE m."eventId" = e."id" AND ${roleIs} AND ${named}${fence})`;
  }
  return `e."id" IN (SELECT m."eventId" FROM "EventMention" m WHERE m."role" = ${p.one(role)} AND ${p.in(`m."entityId"`, all)})`;
}

/** The WHERE for a query, its place and actor tests in the planned forms. */
export function eventFilterSql(q: FilterQuery, provider: Provider, plan: FilterPlan = COLLECT): EventFilterSql {
  const p = new Params(provider);
  const and: string[] = [];
  const window = overlapSql(p, q.from, q.to);
  if (window) and.push(window);
  const f = q.filters;
  if (f.outlets.length) and.push(`EXISTS (SELECT 1 FROM "Article" a WHERE a."id" = e."articleId" AND ${p.in(`a."outlet"`, f.outlets)})`);
  if (f.places.length) and.push(mentionSql(p, "place", f.places, plan.place, provider));
  if (f.actors.length) and.push(mentionSql(p, "actor", f.actors, plan.actor, provider));
  if (f.categories.length) and.push(p.in(`e."category"`, f.categories));
  if (f.dateSources.length) {
    const or: string[] = [];
    if (f.dateSources.includes("explicit")) or.push(p.in(`e."dateSource"`, EXPLICIT_SOURCES));
    if (f.dateSources.includes("reported")) or.push(`e."dateSource" = ${p.one("publication")}`);
    if (f.dateSources.includes("corrected")) or.push(`e."dateOrigin" <> ${p.one("inferred")}`);
    and.push(`(${or.join(" OR ")})`);
  }
  return { where: and.length ? and.map((c) => `(${c})`).join(" AND ") : "TRUE", params: p.values };
}

/** Timeline order. Undated events (null start) go last; a windowed query has none, and its plain order can use the
 * (start, end) index instead of sorting every match. */
export function eventOrderSql(q: Pick<EventsQuery, "from" | "to">): string {
  return q.from && q.to ? `e."start", e."end", e."id"` : `e."start" NULLS LAST, e."end" NULLS LAST, e."id"`;
}

/**
 * Which form each place or actor filter takes. Both cost about a microsecond per row they read (measured at 10,000
 * articles, SQLite and PostgreSQL alike): probing reads the window's events, collecting reads the entities' mentions.
 * So the smaller count wins: Aleppo in December 2016 (3,300 events in the window, 95,000 mentions) is probed, 4 ms
 * against 110; al-Asila over eighteen months (30,000 events, 400 mentions) is collected, 1.5 ms against 54. Both
 * counts come from covering indexes and stop early: the mentions are counted only up to the window's events.
 */
export async function planEventFilter(db: Db, q: FilterQuery): Promise<FilterPlan> {
  const roles = (["place", "actor"] as const).filter((role) => q.filters[role === "place" ? "places" : "actors"].length > 0);
  if (roles.length === 0 || (!q.from && !q.to)) return COLLECT;
  const provider = providerOf(db);
  const w = new Params(provider);
  const window = overlapSql(w, q.from, q.to)!;
  const windowEvents = await countUpTo(db, `SELECT 1 FROM "Event" e WHERE ${window} LIMIT ${WINDOW_COUNT_CAP}`, w.values);
  const plan = { ...COLLECT };
  for (const role of roles) {
    const m = new Params(provider);
    const ids = entitiesUnder(q.filters[role === "place" ? "places" : "actors"]);
    const sql = `SELECT 1 FROM "EventMention" m WHERE m."role" = ${m.one(role)} AND ${m.in(`m."entityId"`, ids)} LIMIT ${windowEvents + 1}`;
    if ((await countUpTo(db, sql, m.values)) > windowEvents) plan[role] = "probe";
  }
  return plan;
}

async function countUpTo(db: Db, rows: string, params: unknown[]): Promise<number> {
  const out = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS "n" FROM (${rows}) AS counted`, ...params);
  return Number(out[0]?.n ?? 0);
}

/** The WHERE for a query, planned on this database. */
export async function eventFilter(db: Db, q: FilterQuery): Promise<EventFilterSql> {
  return eventFilterSql(q, providerOf(db), await planEventFilter(db, q));
}
