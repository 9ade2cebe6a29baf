// Groups of mentions of the same real-world event across articles (lib/events/grouping.ts decides; this stores).
// Members keep their own dates; a group only links them, with a score.
//
// Scope. After an ingest only the dates the changed articles touch (their "core" range) are regrouped: the groups
// with a member in the core are dissolved, then the ungrouped events dated from GROUP_REACH days before the core to
// GROUP_REACH days after it (a group's members all lie within that reach of each other) are grouped, and the groups
// with a member in the core are kept. Events outside the core keep their groups.
//
// One pass, bounded memory. The events are read once, in order of their start day, a few days at a time, and fed to
// the grouping's stream (GroupStream), which hands over each group as soon as no later event can join it; groups are
// written as they come. So memory holds a few weeks of events whatever the database holds, and the groups are
// exactly those groupEvents forms over all the events read at once. Only events that can group are read (dated,
// not long spans); on SQLite through the connection's own cached statements, since Prisma prepares every raw query
// anew and maps every cell.
import type { DayInterval } from "../time/types";
import type { DateSource, EventCategory, ExtractedEvent, Mention } from "../events/types";
import { GroupStream, type EventGroup } from "../events/grouping";
import { bulkInsert } from "./bulk-insert";
import { providerOf, sqliteConnectionOf, type Db, type Provider, type Tx } from "./client";
import type { SqliteConnection } from "./sqlite-adapter";
import { eventId } from "./ids";
import { TRANSACTION_OPTIONS } from "./article-rows";

/** The widest a group can be, in days: an event window (≤ 31 days, widened by ≤ 30 days of tolerance, or the 7 days
 * before a "reported on" date) must overlap every other member's. */
export const GROUP_REACH = 100;

/** Days of events read per query: a few thousand rows at most even on a dense corpus. */
const READ_DAYS = 14;
/** Groups written per transaction (they come as the reading goes). */
const WRITE_GROUPS = 2000;

/**
 * An event as the grouping needs it, with its mentions as `role US entityId` joined by RS (positions in order). Not
 * its article's outlet and date: the grouping only copies those into the groups it describes, and the store keeps a
 * group's members and score.
 */
type EventRow = [
  id: string,
  articleId: string,
  ordinal: number,
  category: string,
  subEventType: string | null,
  start: string,
  end: string,
  granularity: string | null,
  dateSource: string,
  mentions: string | null,
];

const US = "\u001f";
const RS = "\u001e";

function shiftDay(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function asEvent(row: EventRow): ExtractedEvent {
  const [, , ordinal, category, subEventType, start, end, granularity, dateSource, mentions] = row;
  const places: Mention[] = [];
  const actors: Mention[] = [];
  const sources: Mention[] = [];
  if (mentions) {
    for (const m of mentions.split(RS)) {
      const cut = m.indexOf(US);
      const role = m.slice(0, cut);
      const list = role === "place" ? places : role === "actor" ? actors : role === "source" ? sources : null;
      list?.push({ id: m.slice(cut + 1), text: "", start: 0, end: 0 });
    }
  }
  return {
    ordinal: Number(ordinal),
    sentence: { start: 0, end: 0 },
    clause: { start: 0, end: 0 },
    summary: "",
    category: category as EventCategory,
    ...(subEventType ? { subEventType } : {}),
    trigger: "",
    places,
    actors,
    sources,
    interval: { start, end },
    granularity: (granularity as ExtractedEvent["granularity"]) ?? null,
    dateSource: dateSource as DateSource,
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

/** The ungrouped events that can group (dated, not long spans) starting in [from, to), in order of start. */
function eventsSql(provider: Provider): string {
  const p = (n: number) => (provider === "postgres" ? `$${n}` : "?");
  const mentions =
    provider === "postgres"
      ? `string_agg(m."role" || chr(31) || m."entityId", chr(30) ORDER BY m."role", m."position")`
      : `group_concat(m."role" || char(31) || m."entityId", char(30) ORDER BY m."role", m."position")`;
  return `SELECT e."id", e."articleId", e."ordinal", e."category", e."subEventType", e."start", e."end", e."granularity",
                 e."dateSource", (SELECT ${mentions} FROM "EventMention" m WHERE m."eventId" = e."id") AS "mentions"
            FROM "Event" e
           WHERE e."longSpan" = ${provider === "postgres" ? "false" : "0"} AND e."start" >= ${p(1)} AND e."start" < ${p(2)}
             AND e."end" IS NOT NULL AND e."groupId" IS NULL
           ORDER BY e."start"`;
}

type ReadEvents = (from: string, to: string) => Promise<EventRow[]>;

function eventReader(db: Db, provider: Provider): ReadEvents {
  const sql = eventsSql(provider);
  const connection = sqliteConnectionOf(db);
  if (provider === "sqlite" && connection) {
    const statement = connection.prepare(sql).raw(true).safeIntegers(false);
    return async (from, to) => statement.all(from, to) as EventRow[];
  }
  const columns = ["id", "articleId", "ordinal", "category", "subEventType", "start", "end", "granularity", "dateSource", "mentions"] as const;
  return async (from, to) => {
    const rows = await db.$queryRawUnsafe<Record<(typeof columns)[number], unknown>[]>(sql, from, to);
    return rows.map((r) => columns.map((c) => r[c]) as EventRow);
  };
}

interface StoredGroup {
  id: string;
  score: number;
  members: string[];
}

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
  if (stale.length > 0) await db.$transaction((tx) => dropGroups(tx, provider, stale, sqliteConnectionOf(db)), TRANSACTION_OPTIONS);

  // A group is kept when one of its members lies in the core.
  const pending: StoredGroup[] = [];
  const stream = new GroupStream((g: EventGroup) => {
    const members = g.members.map((m) => eventId(m.articleId, m.ordinal));
    const inCore = g.members.some((m) => m.interval !== null && m.interval.start <= core.end && m.interval.end >= core.start);
    if (inCore) pending.push({ id: `g-${members[0]!}`, score: g.score, members });
  });
  const flush = async () => {
    const groups = pending.splice(0);
    if (groups.length === 0) return;
    await db.$transaction((tx) => writeGroups(tx, provider, groups, sqliteConnectionOf(db)), TRANSACTION_OPTIONS);
    summary.groups += groups.length;
    summary.grouped += groups.reduce((n, g) => n + g.members.length, 0);
  };

  const read = eventReader(db, provider);
  const until = shiftDay(core.end, GROUP_REACH + 1);
  for (let from = shiftDay(core.start, -GROUP_REACH); from < until; from = shiftDay(from, READ_DAYS)) {
    const to = shiftDay(from, READ_DAYS);
    const rows = await read(from, to < until ? to : until);
    summary.considered += rows.length;
    for (const row of rows) stream.add({ articleId: row[1], outlet: null, published: null, event: asEvent(row) });
    if (pending.length >= WRITE_GROUPS) await flush();
  }
  stream.end();
  await flush();
  return summary;
}

async function datedSpan(db: Db): Promise<DayInterval | null> {
  const r = await db.event.aggregate({ where: { start: { not: null }, longSpan: false }, _min: { start: true }, _max: { end: true } });
  return r._min.start && r._max.end ? { start: r._min.start, end: r._max.end } : null;
}

/** Ungroups the members of these groups and deletes them. */
async function dropGroups(tx: Tx, provider: Provider, ids: readonly string[], connection: SqliteConnection | null): Promise<void> {
  if (provider === "sqlite" && connection?.inTransaction) {
    const ungroup = connection.prepare(`UPDATE "Event" SET "groupId" = NULL WHERE "groupId" = ?`);
    const drop = connection.prepare(`DELETE FROM "EventGroup" WHERE "id" = ?`);
    for (const id of ids) {
      ungroup.run(id);
      drop.run(id);
    }
    return;
  }
  if (provider === "postgres") {
    for (let i = 0; i < ids.length; i += 10_000) {
      const chunk = ids.slice(i, i + 10_000);
      await tx.$executeRawUnsafe(`UPDATE "Event" SET "groupId" = NULL WHERE "groupId" = ANY($1::text[])`, chunk);
      await tx.$executeRawUnsafe(`DELETE FROM "EventGroup" WHERE "id" = ANY($1::text[])`, chunk);
    }
    return;
  }
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    const list = chunk.map(() => "?").join(", ");
    await tx.$executeRawUnsafe(`UPDATE "Event" SET "groupId" = NULL WHERE "groupId" IN (${list})`, ...chunk);
    await tx.$executeRawUnsafe(`DELETE FROM "EventGroup" WHERE "id" IN (${list})`, ...chunk);
  }
}

async function writeGroups(tx: Tx, provider: Provider, groups: readonly StoredGroup[], connection: SqliteConnection | null): Promise<void> {
  // An id can only be taken again by a group of the same first member: that old group goes first.
  await dropGroups(tx, provider, groups.map((g) => g.id), connection);
  const now = new Date();
  await bulkInsert(tx, provider, "EventGroup", groups.map((g) => ({ id: g.id, score: g.score, createdAt: now })), connection);
  const assignments = groups.flatMap((g) => g.members.map((id): [string, string] => [id, g.id]));
  // In id order: the rows (and index pages) are then visited in the order they were written.
  assignments.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  await assignGroups(tx, provider, assignments, connection);
}

/** Sets Event.groupId for many events: one prepared UPDATE per event on SQLite's own connection; on PostgreSQL an
 * update joined to the (event, group) pairs as two arrays; else CASE updates. */
async function assignGroups(tx: Tx, provider: Provider, assignments: readonly [string, string][], connection: SqliteConnection | null): Promise<void> {
  if (provider === "sqlite" && connection?.inTransaction) {
    const update = connection.prepare(`UPDATE "Event" SET "groupId" = ? WHERE "id" = ?`);
    for (const [event, group] of assignments) update.run(group, event);
    return;
  }
  if (provider === "postgres") {
    for (let i = 0; i < assignments.length; i += 10_000) {
      const chunk = assignments.slice(i, i + 10_000);
      await tx.$executeRawUnsafe(
        `UPDATE "Event" e SET "groupId" = v."groupId" FROM unnest($1::text[], $2::text[]) AS v("id", "groupId") WHERE e."id" = v."id"`,
        chunk.map(([event]) => event),
        chunk.map(([, group]) => group),
      );
    }
    return;
  }
  for (let i = 0; i < assignments.length; i += 1000) {
    const chunk = assignments.slice(i, i + 1000);
    const cases = chunk.map(() => "WHEN ? THEN ?").join(" ");
    const ids = chunk.map(() => "?").join(", ");
    await tx.$executeRawUnsafe(
      `UPDATE "Event" SET "groupId" = CASE "id" ${cases} END WHERE "id" IN (${ids})`,
      ...chunk.flatMap(([event, group]) => [event, group]),
      ...chunk.map(([event]) => event),
    );
  }
}

/**
 * The days a regroup after changing these articles must cover: their events' current dates, and the dates of every
 * member of the groups their events were in (a moved event may leave a group far from where it now is). Only events
 * that can group count (long spans never do).
 */
export async function affectedRange(db: Db, articleIds: readonly string[]): Promise<DayInterval | null> {
  let span: DayInterval | null = null;
  const widen = (r: { _min: { start: string | null }; _max: { end: string | null } }) => {
    span = widenRange(span, r._min.start && r._max.end ? { start: r._min.start, end: r._max.end } : null);
  };
  for (let i = 0; i < articleIds.length; i += 500) {
    const chunk = articleIds.slice(i, i + 500);
    widen(await db.event.aggregate({ where: { articleId: { in: chunk }, start: { not: null }, longSpan: false }, _min: { start: true }, _max: { end: true } }));
    const groups = await db.event.findMany({ where: { articleId: { in: chunk }, groupId: { not: null } }, select: { groupId: true }, distinct: ["groupId"] });
    const ids = groups.map((g) => g.groupId!);
    for (let j = 0; j < ids.length; j += 500) {
      widen(await db.event.aggregate({ where: { groupId: { in: ids.slice(j, j + 500) }, start: { not: null } }, _min: { start: true }, _max: { end: true } }));
    }
  }
  return span;
}

/** The smallest range covering both. */
export function widenRange(a: DayInterval | null, b: DayInterval | null): DayInterval | null {
  if (!a) return b;
  if (!b) return a;
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}
