// Groups of mentions of the same real-world event across articles (lib/events/grouping.ts decides; this stores).
// Members keep their own dates; a group only links them, with a score.
//
// Scope and memory. After an ingest only the dates the changed articles touch (their "core" range) are regrouped:
// the groups with a member in the core are dissolved, then the core is walked in slices of SLICE_DAYS. Each slice
// reads the ungrouped events dated within GROUP_REACH days of it (a group's members all lie within that reach of each
// other), groups them, and keeps the groups with a member in the slice; their events are then grouped and are left
// out of the next slices. So memory holds a few months of events whatever the database holds, each event ends in at
// most one group, and every group is one the grouping would form (all its pairs agree). Where events that could link
// chain across a slice boundary, the grouping may differ from one computed over everything at once; it is still
// deterministic for the same data. Events outside the core keep their groups.
import type { DayInterval } from "../time/types";
import type { DateSource, EventCategory, ExtractedEvent, Mention } from "../events/types";
import { groupEvents } from "../events/grouping";
import { bulkInsert } from "./bulk-insert";
import { providerOf, sqliteConnectionOf, type Db, type Tx } from "./client";
import type { SqliteConnection } from "./sqlite-adapter";
import { LONG_SPAN_DAYS } from "./window";
import { eventId } from "./ids";
import { TRANSACTION_OPTIONS } from "./article-rows";

/** The widest a group can be, in days: an event window (≤ 31 days, widened by ≤ 30 days of tolerance, or the 7 days
 * before a "reported on" date) must overlap every other member's. */
export const GROUP_REACH = 100;

interface EventRow {
  id: string;
  articleId: string;
  ordinal: number;
  category: string;
  subEventType: string | null;
  start: string | null;
  end: string | null;
  granularity: string | null;
  dateSource: string;
  groupId: string | null;
  outlet: string | null;
  published: string | null;
}

function shiftDay(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function asEvent(row: EventRow, mentions: Map<string, { role: string; entityId: string }[]>): ExtractedEvent {
  const own = mentions.get(row.id) ?? [];
  const pick = (role: string): Mention[] => own.filter((m) => m.role === role).map((m) => ({ id: m.entityId, text: "", start: 0, end: 0 }));
  const interval: DayInterval | null = row.start && row.end ? { start: row.start, end: row.end } : null;
  return {
    ordinal: row.ordinal,
    sentence: { start: 0, end: 0 },
    clause: { start: 0, end: 0 },
    summary: "",
    category: row.category as EventCategory,
    ...(row.subEventType ? { subEventType: row.subEventType } : {}),
    trigger: "",
    places: pick("place"),
    actors: pick("actor"),
    sources: pick("source"),
    interval,
    granularity: (row.granularity as ExtractedEvent["granularity"]) ?? null,
    dateSource: row.dateSource as DateSource,
    timexIndex: null,
    dateRule: "",
    confidence: 0,
    relations: [],
  } as ExtractedEvent;
}

export interface RegroupSummary {
  /** Events read and considered. */
  considered: number;
  groups: number;
  /** Events put in a group. */
  grouped: number;
}

/** Days of core handled per slice: with GROUP_REACH on each side a slice reads under a year of events (memory),
 * each event being read under three times over a long range (time). */
export const SLICE_DAYS = 120;

/** Recomputes the groups of the events dated within `range`, or of all events when `range` is null. */
export async function regroupEvents(db: Db, range: DayInterval | null): Promise<RegroupSummary> {
  const provider = providerOf(db);
  const summary: RegroupSummary = { considered: 0, groups: 0, grouped: 0 };
  const core = range ?? (await datedSpan(db));
  if (!core) return summary;

  // Dissolve the groups that have a member in the core.
  const touching = await db.event.findMany({
    where: { groupId: { not: null }, start: { not: null, lte: core.end }, end: { gte: core.start } },
    select: { groupId: true },
    distinct: ["groupId"],
  });
  const stale = touching.map((t) => t.groupId!);
  await db.$transaction(async (tx) => {
    for (let i = 0; i < stale.length; i += 500) {
      const chunk = stale.slice(i, i + 500);
      await tx.event.updateMany({ where: { groupId: { in: chunk } }, data: { groupId: null } });
      await tx.eventGroup.deleteMany({ where: { id: { in: chunk } } });
    }
  }, TRANSACTION_OPTIONS);

  for (let sliceStart = core.start; sliceStart <= core.end; sliceStart = shiftDay(sliceStart, SLICE_DAYS)) {
    const sliceEnd = minDay(shiftDay(sliceStart, SLICE_DAYS - 1), core.end);
    const loadFrom = shiftDay(sliceStart, -GROUP_REACH);
    const loadTo = shiftDay(sliceEnd, GROUP_REACH);
    const rows = await ungroupedEvents(db, provider, loadFrom, loadTo);
    summary.considered += rows.length;
    if (rows.length < 2) continue;
    const mentions = await ungroupedMentions(db, provider, loadFrom, loadTo);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const inSlice = (id: string) => {
      const row = byId.get(id);
      return row !== undefined && row.start! <= sliceEnd && row.end! >= sliceStart;
    };
    const groups = groupEvents(rows.map((row) => ({ articleId: row.articleId, outlet: row.outlet, published: row.published, event: asEvent(row, mentions) })))
      .map((g) => ({ members: g.members.map((m) => eventId(m.articleId, m.ordinal)), score: g.score }))
      .filter((g) => g.members.some(inSlice))
      .map((g) => ({ ...g, id: `g-${g.members[0]!}` }));
    if (groups.length === 0) continue;
    await db.$transaction(async (tx) => {
      // An id can only be taken again by a group of the same first member: that old group is gone with it.
      const ids = groups.map((g) => g.id);
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await tx.event.updateMany({ where: { groupId: { in: chunk } }, data: { groupId: null } });
        await tx.eventGroup.deleteMany({ where: { id: { in: chunk } } });
      }
      const now = new Date();
      const connection = sqliteConnectionOf(db);
      await bulkInsert(tx, provider, "EventGroup", groups.map((g) => ({ id: g.id, score: g.score, createdAt: now })), connection);
      await assignGroups(tx, provider, groups.flatMap((g) => g.members.map((id): [string, string] => [id, g.id])), connection);
    }, TRANSACTION_OPTIONS);
    summary.groups += groups.length;
    summary.grouped += groups.reduce((n, g) => n + g.members.length, 0);
  }
  return summary;
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}

async function datedSpan(db: Db): Promise<DayInterval | null> {
  const r = await db.event.aggregate({ where: { start: { not: null } }, _min: { start: true }, _max: { end: true } });
  return r._min.start && r._max.end ? { start: r._min.start, end: r._max.end } : null;
}

/** The window condition on events `e`: bounded on both sides for short spans (lib/store/window.ts). */
function windowSql(provider: string): string {
  const p = (n: number) => (provider === "postgres" ? `$${n}` : "?");
  return `e."groupId" IS NULL AND e."start" IS NOT NULL AND e."end" >= ${p(1)} AND e."start" <= ${p(2)}
          AND (e."longSpan" = ${provider === "postgres" ? "true" : "1"} OR e."start" >= ${p(3)})`;
}

function windowArgs(from: string, to: string): string[] {
  return [from, to, shiftDay(from, -(LONG_SPAN_DAYS - 1))];
}

async function ungroupedEvents(db: Db, provider: string, from: string, to: string): Promise<EventRow[]> {
  return db.$queryRawUnsafe<EventRow[]>(
    `SELECT e."id", e."articleId", e."ordinal", e."category", e."subEventType", e."start", e."end", e."granularity",
            e."dateSource", e."groupId", a."outlet", a."published"
       FROM "Event" e JOIN "Article" a ON a."id" = e."articleId"
      WHERE ${windowSql(provider)}`,
    ...windowArgs(from, to),
  );
}

async function ungroupedMentions(db: Db, provider: string, from: string, to: string): Promise<Map<string, { role: string; entityId: string }[]>> {
  const rows = await db.$queryRawUnsafe<{ eventId: string; role: string; entityId: string }[]>(
    `SELECT m."eventId", m."role", m."entityId" FROM "EventMention" m JOIN "Event" e ON e."id" = m."eventId"
      WHERE ${windowSql(provider)} ORDER BY m."eventId", m."role", m."position"`,
    ...windowArgs(from, to),
  );
  const mentions = new Map<string, { role: string; entityId: string }[]>();
  for (const m of rows) {
    const list = mentions.get(m.eventId);
    if (list) list.push(m);
    else mentions.set(m.eventId, [m]);
  }
  return mentions;
}

/** Sets Event.groupId for many events: one prepared UPDATE per event on SQLite's own connection, else CASE updates. */
async function assignGroups(tx: Tx, provider: string, assignments: [string, string][], connection: SqliteConnection | null): Promise<void> {
  if (provider === "sqlite" && connection?.inTransaction) {
    const update = connection.prepare(`UPDATE "Event" SET "groupId" = ? WHERE "id" = ?`);
    for (const [event, group] of assignments) update.run(group, event);
    return;
  }
  for (let i = 0; i < assignments.length; i += 1000) {
    const chunk = assignments.slice(i, i + 1000);
    let n = 0;
    const p = () => (provider === "postgres" ? `$${++n}` : "?");
    const cases = chunk.map(() => `WHEN ${p()} THEN ${p()}`).join(" ");
    const ids = chunk.map(() => p()).join(", ");
    await tx.$executeRawUnsafe(
      `UPDATE "Event" SET "groupId" = CASE "id" ${cases} END WHERE "id" IN (${ids})`,
      ...chunk.flatMap(([event, group]) => [event, group]),
      ...chunk.map(([event]) => event),
    );
  }
}

/**
 * The days a regroup after changing these articles must cover: their events' current dates, and the dates of every
 * member of the groups their events were in (a moved event may leave a group far from where it now is).
 */
export async function affectedRange(db: Db, articleIds: readonly string[]): Promise<DayInterval | null> {
  let start: string | null = null;
  let end: string | null = null;
  const widen = (r: { _min: { start: string | null }; _max: { end: string | null } }) => {
    if (r._min.start && (start === null || r._min.start < start)) start = r._min.start;
    if (r._max.end && (end === null || r._max.end > end)) end = r._max.end;
  };
  for (let i = 0; i < articleIds.length; i += 500) {
    const chunk = articleIds.slice(i, i + 500);
    widen(await db.event.aggregate({ where: { articleId: { in: chunk }, start: { not: null } }, _min: { start: true }, _max: { end: true } }));
    const groups = await db.event.findMany({ where: { articleId: { in: chunk }, groupId: { not: null } }, select: { groupId: true }, distinct: ["groupId"] });
    const ids = groups.map((g) => g.groupId!);
    for (let j = 0; j < ids.length; j += 500) {
      widen(await db.event.aggregate({ where: { groupId: { in: ids.slice(j, j + 500) }, start: { not: null } }, _min: { start: true }, _max: { end: true } }));
    }
  }
  return start !== null && end !== null ? { start, end } : null;
}
