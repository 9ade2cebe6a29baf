// The read side the timeline needs: events in a window with the view's filters, one event with its evidence and
// the other reports of it, an article with its expressions and events, the filter facets. Through the store's
// client accessor only; portable queries (SQLite and PostgreSQL). Results are the plain shapes of lib/view/types.
import { randomBytes } from "node:crypto";
import type { DateSource, EventCategory } from "../events/types";
import type { Anchor, DayInterval, Granularity, TimeExpression, TimexMod, TimexType } from "../time/types";
import type { EventsQuery } from "../view/query";
import { bucketCounts, densityUnit, type DensityBucket, type DensityUnit } from "../view/density";
import { entityNames } from "../view/entities";
import { foldedMatcher, foldForSearch } from "../view/search";
import { parseViewJson } from "../view/schema";
import type { ViewFilters, ViewState } from "../view/state";
import { normaliseView } from "../view/url";
import type { ArticleDetail, ArticleExpression, EventDetail, EventPage, Facets, GroupMember, NamedRef, TimelineEvent } from "../view/types";
import { getDb, providerOf, type Db, type Prisma } from "./client";
import { eventFilter, eventOrderSql, type EventFilterSql } from "./event-filter";

/** Facet lists are for choosing: the most frequent entries are enough. */
const FACET_LIMIT = 300;
/** Text search filters in memory after normalisation; above this many candidates it asks for a narrower window. */
const TEXT_SCAN_LIMIT = 200_000;

type FilterQuery = Pick<EventsQuery, "from" | "to" | "filters">;

// ---- the events a view selects (SQL from event-filter.ts) ----------------------------------------------------------

/** The matching events' ids and start days in timeline order, `limit` of them from `offset` (free text aside). */
async function matchingEvents(db: Db, q: FilterQuery, limit: number, offset = 0, filter?: EventFilterSql): Promise<{ id: string; start: string | null }[]> {
  const { where, params } = filter ?? (await eventFilter(db, q));
  return db.$queryRawUnsafe(
    `SELECT e."id", e."start" FROM "Event" e WHERE ${where} ORDER BY ${eventOrderSql(q)} LIMIT ${whole(limit)} OFFSET ${whole(offset)}`,
    ...params,
  );
}

/** How many events match (free text aside). */
async function countMatching(db: Db, q: FilterQuery, filter?: EventFilterSql): Promise<number> {
  const { where, params } = filter ?? (await eventFilter(db, q));
  const rows = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS "n" FROM "Event" e WHERE ${where}`, ...params);
  return Number(rows[0]?.n ?? 0);
}

/** A limit or offset written into SQL: a non-negative whole number, nothing else. */
function whole(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a row count: ${n}`);
  return n;
}

/** Timeline order for Prisma queries (a group's other reports); undated events last. */
const ORDER = [
  { start: { sort: "asc" as const, nulls: "last" as const } },
  { end: { sort: "asc" as const, nulls: "last" as const } },
  { id: "asc" as const },
];

const MENTIONS = { orderBy: [{ role: "asc" as const }, { position: "asc" as const }] };
const EVENT_INCLUDE = {
  article: { select: { outlet: true as const, published: true as const } },
  mentions: MENTIONS,
};

/** The event columns a timeline item shows (toTimelineEvent): a page reads these, not every column. */
type BareEvent = Pick<
  Prisma.EventGetPayload<object>,
  | "id"
  | "articleId"
  | "ordinal"
  | "summary"
  | "category"
  | "start"
  | "end"
  | "granularity"
  | "approx"
  | "dateSource"
  | "dateOrigin"
  | "confidence"
  | "groupId"
  | "flags"
  | "relations"
>;

type EventRow = BareEvent & {
  article: { outlet: string | null; published: string | null };
  mentions: { role: string; entityId: string; name: string | null; text: string; position: number }[];
};

function interval(start: string | null, end: string | null): DayInterval | null {
  return start && end ? { start, end } : null;
}

function refs(mentions: EventRow["mentions"], role: string): NamedRef[] {
  const seen = new Set<string>();
  const out: NamedRef[] = [];
  for (const m of mentions) {
    if (m.role !== role || seen.has(m.entityId)) continue;
    seen.add(m.entityId);
    // The gazetteer's names when it has them («حلب» / «Aleppo» whether the article wrote «حلب» or «مدينة حلب»).
    const names = entityNames(m.entityId);
    out.push(names ? { id: m.entityId, name: m.name ?? names.ar, en: names.en } : { id: m.entityId, name: m.name ?? m.text });
  }
  return out;
}

/** The first telling this event repeats (flag "repeat", relation "same" to an earlier ordinal; see events stage 10). */
function retold(row: Pick<EventRow, "articleId" | "ordinal" | "flags" | "relations">): string | null {
  if (!row.flags?.includes('"repeat"')) return null;
  try {
    const relations: unknown = JSON.parse(row.relations);
    if (!Array.isArray(relations)) return null;
    const first = relations.find((r) => r?.type === "same" && Number.isInteger(r.ordinal) && r.ordinal < row.ordinal);
    return first ? `${row.articleId}-e${first.ordinal as number}` : null;
  } catch {
    return null;
  }
}

export function toTimelineEvent(row: EventRow): TimelineEvent {
  return {
    id: row.id,
    articleId: row.articleId,
    ordinal: row.ordinal,
    summary: row.summary,
    category: row.category as EventCategory,
    interval: interval(row.start, row.end),
    granularity: (row.granularity as Granularity | null) ?? null,
    approx: row.approx,
    dateSource: row.dateSource as DateSource,
    corrected: row.dateOrigin !== "inferred",
    outlet: row.article.outlet,
    published: row.article.published,
    places: refs(row.mentions, "place"),
    actors: refs(row.mentions, "actor"),
    sources: refs(row.mentions, "source"),
    confidence: row.confidence,
    groupId: row.groupId,
    retells: retold(row),
  };
}

/**
 * Free-text search needs every summary normalised. They are folded once per process into an index (about 30 MB for
 * 100,000 events) that is rebuilt when articles change (their count or last update), so a search costs one id query
 * and look-ups rather than reading and normalising every summary again.
 */
interface TextIndex {
  stamp: string;
  folded: Map<string, string>;
}
const textIndexes = new WeakMap<Db, Promise<TextIndex>>();

async function articlesStamp(db: Db): Promise<string> {
  const a = await db.article.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  return `${a._count._all}:${a._max.updatedAt?.toISOString() ?? ""}`;
}

async function buildTextIndex(db: Db, stamp: string): Promise<TextIndex> {
  const folded = new Map<string, string>();
  for (let cursor: string | undefined; ; ) {
    const rows = await db.event.findMany({
      select: { id: true, summary: true },
      orderBy: { id: "asc" },
      take: 20_000,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const r of rows) folded.set(r.id, foldForSearch(r.summary));
    if (rows.length < 20_000) return { stamp, folded };
    cursor = rows.at(-1)!.id;
  }
}

async function textIndex(db: Db): Promise<TextIndex> {
  const stamp = await articlesStamp(db);
  const current = textIndexes.get(db);
  if (current) {
    const index = await current.catch(() => null);
    if (index && index.stamp === stamp) return index;
  }
  const next = buildTextIndex(db, stamp);
  textIndexes.set(db, next);
  return next;
}

/** The events (id and start, in timeline order) matching a query including its free text. */
async function textMatches(db: Db, q: FilterQuery): Promise<{ id: string; start: string | null }[]> {
  const [rows, index] = await Promise.all([matchingEvents(db, q, TEXT_SCAN_LIMIT + 1), textIndex(db)]);
  if (rows.length > TEXT_SCAN_LIMIT) throw new Error("too many events to search: narrow the window or add a filter");
  const match = foldedMatcher(q.filters.text);
  const missing = rows.filter((r) => !index.folded.has(r.id)).map((r) => r.id);
  if (missing.length) {
    // Written since the index was built, within the same article stamp: fold them now.
    for (const r of await db.event.findMany({ where: { id: { in: missing } }, select: { id: true, summary: true } })) {
      index.folded.set(r.id, foldForSearch(r.summary));
    }
  }
  return rows.filter((r) => match(index.folded.get(r.id) ?? ""));
}

/** Matches whose ids a first page reads in full to count them on SQLite (see listEvents). */
const ID_SCAN_LIMIT = 5000;

/**
 * Timeline items by id, in the order given, with their article's outlet and date and their mentions: two plain
 * queries (the events joined to their articles, then the mentions), written in SQL because a page is read on every
 * move of the timeline and Prisma's three equivalent queries cost twice as much (200 items: 24 ms against 11 ms on
 * SQLite), far more than its nested include would.
 */
async function itemsById(db: Db, ids: string[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  const postgres = providerOf(db) === "postgres";
  const idIn = (column: string) => (postgres ? `${column} = ANY($1::text[])` : `${column} IN (${ids.map(() => "?").join(", ")})`);
  const args = postgres ? [ids] : ids;
  const [events, mentions] = await Promise.all([
    db.$queryRawUnsafe<(BareEvent & { outlet: string | null; published: string | null })[]>(
      `SELECT e."id", e."articleId", e."ordinal", e."summary", e."category", e."start", e."end", e."granularity", e."approx",
              e."dateSource", e."dateOrigin", e."confidence", e."groupId", e."flags", e."relations", a."outlet", a."published"
         FROM "Event" e JOIN "Article" a ON a."id" = e."articleId"
        WHERE ${idIn(`e."id"`)}`,
      ...args,
    ),
    db.$queryRawUnsafe<(EventRow["mentions"][number] & { eventId: string })[]>(
      `SELECT "eventId", "role", "entityId", "name", "text", "position" FROM "EventMention"
        WHERE ${idIn(`"eventId"`)} ORDER BY "eventId", "role", "position"`,
      ...args,
    ),
  ]);
  const mentionsByEvent = new Map<string, EventRow["mentions"]>();
  for (const m of mentions) {
    const list = mentionsByEvent.get(m.eventId) ?? [];
    list.push(m);
    mentionsByEvent.set(m.eventId, list);
  }
  const byId = new Map(events.map((e) => [e.id, e]));
  return ids.flatMap((id) => {
    const e = byId.get(id);
    if (!e) return [];
    const { outlet, published, ...event } = e;
    return [{ ...event, article: { outlet, published }, mentions: mentionsByEvent.get(id) ?? [] }];
  });
}

/** How many events match a query (window and filters, free text included). */
export async function countEvents(q: FilterQuery, db?: Db): Promise<number> {
  const client = db ?? (await getDb());
  if (q.filters.text.trim()) return (await textMatches(client, q)).length;
  return countMatching(client, q);
}

/** One page of the events in a window, in timeline order. */
export async function listEvents(q: EventsQuery, db?: Db): Promise<EventPage> {
  const client = db ?? (await getDb());
  let ids: string[];
  let total: number;
  if (q.filters.text.trim()) {
    const matches = (await textMatches(client, q)).map((r) => r.id);
    total = matches.length;
    ids = matches.slice(q.offset, q.offset + q.limit);
  } else {
    const filter = await eventFilter(client, q);
    if (q.offset === 0 && providerOf(client) === "sqlite") {
      // SQLite runs one query at a time, and a window holds a few thousand matches as a rule: all their ids (in
      // timeline order) in one query give both the total and the first page (the count is a query of its own only
      // past ID_SCAN_LIMIT matches).
      const scan = Math.max(ID_SCAN_LIMIT, q.limit);
      const matches = await matchingEvents(client, q, scan + 1, 0, filter);
      total = matches.length <= scan ? matches.length : await countMatching(client, q, filter);
      ids = matches.slice(0, q.limit).map((r) => r.id);
    } else {
      // Later pages, and PostgreSQL, which runs the count and the page side by side on two connections.
      let page: { id: string }[];
      [total, page] = await Promise.all([countMatching(client, q, filter), matchingEvents(client, q, q.limit, q.offset, filter)]);
      ids = page.map((r) => r.id);
    }
  }
  // The page's ids first, then only their rows: sorting a window's matches carries ids, not whole rows.
  const full = await itemsById(client, ids);
  const end = q.offset + full.length;
  return { events: full.map(toTimelineEvent), total, next: end < total ? String(end) : null };
}

function perDay(rows: { start: string | null }[]): { day: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.start) counts.set(r.start, (counts.get(r.start) ?? 0) + 1);
  return [...counts].map(([day, count]) => ({ day, count }));
}

/** Matching events per start day in a window: the timeline's density view when a window is crowded. */
export async function countEventsByDay(range: DayInterval, filters: ViewFilters, db?: Db): Promise<{ day: string; count: number }[]> {
  const client = db ?? (await getDb());
  const q = { from: range.start, to: range.end, filters };
  if (filters.text.trim()) return perDay(await textMatches(client, q));
  return countPerDay(client, await eventFilter(client, q));
}

async function countPerDay(db: Db, { where, params }: EventFilterSql): Promise<{ day: string; count: number }[]> {
  const rows = await db.$queryRawUnsafe<{ day: string; n: bigint | number }[]>(
    `SELECT e."start" AS "day", count(*) AS "n" FROM "Event" e WHERE ${where} AND e."start" IS NOT NULL GROUP BY e."start"`,
    ...params,
  );
  return rows.map((r) => ({ day: r.day, count: Number(r.n) }));
}

// ---- one event -----------------------------------------------------------------------------------------------

type TimexRow = NonNullable<Awaited<ReturnType<Db["timeExpression"]["findFirst"]>>>;

function anchorOf(x: TimexRow): Anchor {
  switch (x.anchorKind) {
    case "publication":
      return { kind: "publication", date: x.anchorRef ?? "" };
    case "expression":
      return { kind: "expression", index: Number(x.anchorRef ?? -1), text: x.anchorText ?? "" };
    case "absolute":
      return { kind: "absolute" };
    default:
      return { kind: "unresolved", reason: x.anchorRef ?? "" };
  }
}

function parseFlags(json: string | null): string[] | undefined {
  if (!json) return undefined;
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : undefined;
  } catch {
    return undefined;
  }
}

export function toTimeExpression(x: TimexRow): TimeExpression {
  const out: TimeExpression = {
    text: x.text,
    start: x.start,
    end: x.end,
    type: x.type as TimexType,
    value: x.value,
    mod: (x.mod as TimexMod | null) ?? null,
    interval: interval(x.intervalStart, x.intervalEnd),
    granularity: x.granularity as Granularity,
    approx: x.approx,
    anchor: anchorOf(x),
    rule: x.rule,
  };
  const flags = parseFlags(x.flags);
  if (flags) out.flags = flags;
  return out;
}

export async function getEventDetail(id: string, db?: Db): Promise<EventDetail | null> {
  const client = db ?? (await getDb());
  const row = await client.event.findUnique({
    where: { id },
    include: {
      mentions: MENTIONS,
      timex: true,
      article: { select: { outlet: true, published: true, publishedSource: true, title: true, body: true } },
    },
  });
  if (!row) return null;
  const base = toTimelineEvent(row as unknown as EventRow);
  const body = row.article.body;
  const sStart = Math.max(0, Math.min(row.sentenceStart, body.length));
  const sEnd = Math.max(sStart, Math.min(row.sentenceEnd, body.length));
  const sentenceText = body.slice(sStart, sEnd);
  let expression: EventDetail["expression"] = null;
  if (row.timex) {
    const x = toTimeExpression(row.timex);
    const inside = x.start >= sStart && x.end <= sEnd;
    // An expression carried over from an earlier sentence is shown in the reasoning, not highlighted here.
    expression = { ...x, sentenceStart: inside ? x.start - sStart : -1, sentenceEnd: inside ? x.end - sStart : -1 };
  }
  let mentions: GroupMember[] = [];
  if (row.groupId) {
    const members = await client.event.findMany({
      where: { groupId: row.groupId, id: { not: row.id } },
      include: { article: { select: { outlet: true, published: true, title: true } } },
      orderBy: ORDER,
    });
    mentions = members.map((m) => ({
      eventId: m.id,
      articleId: m.articleId,
      articleTitle: m.article.title,
      outlet: m.article.outlet,
      published: m.article.published,
      summary: m.summary,
      interval: interval(m.start, m.end),
      dateSource: m.dateSource as DateSource,
      corrected: m.dateOrigin !== "inferred",
    }));
  }
  return {
    ...base,
    articleTitle: row.article.title,
    publishedSource: row.article.publishedSource as EventDetail["publishedSource"],
    sentenceText,
    clause: { start: Math.max(0, row.clauseStart - sStart), end: Math.max(0, Math.min(row.clauseEnd, sEnd) - sStart) },
    expression,
    inferredInterval: interval(row.inferredStart, row.inferredEnd),
    dateRule: row.dateRule,
    trigger: row.trigger,
    version: row.version,
    mentions,
  };
}

// ---- one article ---------------------------------------------------------------------------------------------

export async function getArticleDetail(id: string, db?: Db): Promise<ArticleDetail | null> {
  const client = db ?? (await getDb());
  const article = await client.article.findUnique({
    where: { id },
    include: {
      expressions: { orderBy: { index: "asc" } },
      events: { include: { mentions: MENTIONS }, orderBy: { ordinal: "asc" } },
    },
  });
  if (!article) return null;
  const expressions: ArticleExpression[] = article.expressions.map((x) => ({ ...toTimeExpression(x), id: x.id }));
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    published: article.published,
    publishedSource: article.publishedSource as ArticleDetail["publishedSource"],
    text: article.body,
    expressions,
    events: article.events.map((e) =>
      toTimelineEvent({ ...e, article: { outlet: article.outlet, published: article.published } } as unknown as EventRow),
    ),
  };
}

// ---- facets --------------------------------------------------------------------------------------------------

/** Per entity: how many events name it, and its gazetteer names (or, for an id the gazetteer lacks, a surface form). */
async function entityFacet(db: Db, role: "place" | "actor"): Promise<Facets["places"]> {
  // Grouping by the id alone reads only the (role, entityId, eventId) index.
  const rows = await db.eventMention.groupBy({ by: ["entityId"], where: { role }, _count: { _all: true } });
  const top = rows
    .map((r) => ({ id: r.entityId, count: r._count._all }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, FACET_LIMIT);
  const unknown = top.filter((r) => !entityNames(r.id)).map((r) => r.id);
  const surface = new Map<string, string>();
  if (unknown.length) {
    const found = await db.eventMention.findMany({ where: { role, entityId: { in: unknown } }, select: { entityId: true, text: true }, distinct: ["entityId"] });
    for (const f of found) surface.set(f.entityId, f.text);
  }
  return top.map((r) => {
    const names = entityNames(r.id);
    return names ? { id: r.id, name: names.ar, en: names.en, count: r.count } : { id: r.id, name: surface.get(r.id) ?? r.id, count: r.count };
  });
}

async function computeFacets(client: Db): Promise<Facets> {
  const [outlets, places, actors, categories, span] = await Promise.all([
    client.article.groupBy({ by: ["outlet"], where: { outlet: { not: null } }, _count: { _all: true } }),
    entityFacet(client, "place"),
    entityFacet(client, "actor"),
    client.event.groupBy({ by: ["category"], _count: { _all: true } }),
    client.event.aggregate({ where: { start: { not: null }, end: { not: null } }, _min: { start: true }, _max: { end: true } }),
  ]);
  return {
    outlets: outlets
      .filter((o) => o.outlet)
      .map((o) => ({ id: o.outlet!, name: o.outlet!, count: o._count._all }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "ar"))
      .slice(0, FACET_LIMIT),
    places,
    actors,
    categories: categories.map((c) => ({ id: c.category as EventCategory, count: c._count._all })).sort((a, b) => b.count - a.count),
    span: span._min.start && span._max.end ? { start: span._min.start, end: span._max.end } : null,
  };
}

/** Facets change only with ingests and corrections; every page asks for them, so they are kept a few seconds. */
const FACETS_TTL_MS = 15_000;
const facetCache = new WeakMap<Db, { at: number; facets: Promise<Facets> }>();

export async function getFacets(db?: Db): Promise<Facets> {
  const client = db ?? (await getDb());
  const cached = facetCache.get(client);
  if (cached && performance.now() - cached.at < FACETS_TTL_MS) return cached.facets;
  const facets = computeFacets(client);
  facetCache.set(client, { at: performance.now(), facets });
  facets.catch(() => facetCache.delete(client));
  return facets;
}

// ---- exports -------------------------------------------------------------------------------------------------

/** Every event matching a query (for exports), or an error past `max` so that an export is never silently cut. */
export async function listAllEvents(q: Pick<EventsQuery, "from" | "to" | "filters" | "range">, max: number, db?: Db): Promise<TimelineEvent[]> {
  const client = db ?? (await getDb());
  const out: TimelineEvent[] = [];
  for (let offset = 0; ; ) {
    const page = await listEvents({ ...q, limit: 2000, offset }, client);
    if (page.total > max) throw new TooMany(page.total, max);
    out.push(...page.events);
    if (page.next === null) return out;
    offset = Number(page.next);
  }
}

export class TooMany extends Error {
  constructor(
    readonly total: number,
    readonly max: number,
  ) {
    super(`${total} events match: more than the ${max} an export holds; narrow the window or the filters`);
    this.name = "TooMany";
  }
}

/** Articles with their text and time expressions, for TimeML. */
export async function getArticlesWithExpressions(
  ids: string[],
  db?: Db,
): Promise<{ id: string; published: string | null; text: string; expressions: TimeExpression[] }[]> {
  const client = db ?? (await getDb());
  const rows = await client.article.findMany({
    where: { id: { in: ids } },
    include: { expressions: { orderBy: { index: "asc" } } },
    orderBy: [{ published: "asc" }, { id: "asc" }],
  });
  return rows.map((a) => ({ id: a.id, published: a.published, text: a.body, expressions: a.expressions.map(toTimeExpression) }));
}

// ---- share links ---------------------------------------------------------------------------------------------

/** 12 random bytes: 96 bits, 16 URL-safe characters. Unguessable, short enough to read aloud. */
export const SLUG_PATTERN = /^[A-Za-z0-9_-]{16}$/;

export function newSlug(): string {
  return randomBytes(12).toString("base64url");
}

/** Store a view (already validated and normalised) under a new unguessable slug. */
export async function createSavedView(view: ViewState, db?: Db): Promise<{ slug: string; createdAt: Date }> {
  const client = db ?? (await getDb());
  const json = JSON.stringify(normaliseView(view));
  for (let attempt = 0; ; attempt++) {
    const slug = newSlug();
    try {
      const row = await client.savedView.create({ data: { slug, view: json } });
      return { slug: row.slug, createdAt: row.createdAt };
    } catch (err) {
      // A collision of 96 random bits will not happen; retry once anyway rather than fail a user's click.
      if (attempt >= 2) throw err;
    }
  }
}

/** A stored view, validated again on the way out; null when the slug is unknown or malformed. */
export async function getSavedView(slug: string, db?: Db): Promise<{ view: ViewState; createdAt: Date } | null> {
  if (!SLUG_PATTERN.test(slug)) return null;
  const client = db ?? (await getDb());
  const row = await client.savedView.findUnique({ where: { slug } });
  if (!row) return null;
  return { view: parseViewJson(JSON.parse(row.view)), createdAt: row.createdAt };
}

// ---- the timeline's window -------------------------------------------------------------------------------------

export interface WindowContent {
  page: EventPage;
  /** When more than `limit` events match: counts per period instead of events (the page is then empty). */
  density: { unit: DensityUnit; buckets: DensityBucket[] } | null;
}

/** What the timeline draws for a range of days: its events, or their density when there are too many to draw. */
export async function loadWindow(range: DayInterval, filters: ViewFilters, limit: number, db?: Db): Promise<WindowContent> {
  const client = db ?? (await getDb());
  const q = { range, from: range.start, to: range.end, filters };
  if (filters.text.trim()) {
    // One search serves the count, the density and the page.
    const matches = await textMatches(client, q);
    if (matches.length > limit) {
      const unit = densityUnit(range.start, range.end);
      return { page: { events: [], total: matches.length, next: null }, density: { unit, buckets: bucketCounts(perDay(matches), unit) } };
    }
    const items = await itemsById(client, matches.map((m) => m.id));
    return { page: { events: items.map(toTimelineEvent), total: matches.length, next: null }, density: null };
  }
  // The counts per day give the total as well (every event of a window has a start day): one query for a crowded
  // window, whose density is all it shows, and the page's ids only when it fits.
  const filter = await eventFilter(client, q);
  const days = await countPerDay(client, filter);
  const total = days.reduce((n, d) => n + d.count, 0);
  if (total > limit) {
    const unit = densityUnit(range.start, range.end);
    return { page: { events: [], total, next: null }, density: { unit, buckets: bucketCounts(days, unit) } };
  }
  const items = await itemsById(client, (await matchingEvents(client, q, limit, 0, filter)).map((r) => r.id));
  return { page: { events: items.map(toTimelineEvent), total, next: null }, density: null };
}
