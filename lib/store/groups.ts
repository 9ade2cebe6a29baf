// Groups of mentions of the same real-world event across articles (lib/events/grouping.ts decides; this stores).
// Members keep their own dates; a group only links them, with a score.
//
// Scope. Regrouping everything after each ingest would read every event; instead the events whose current interval
// lies within GROUP_REACH days of the changed range are read ("loaded"), and only groups that contain an event of
// the changed range itself ("core") are rewritten. Complete linkage puts every member of a group within GROUP_REACH
// days of every other, so a group touching the core is always entirely loaded: what is written is exactly what a
// full regroup would write for those events. Groups entirely outside the core are left as they are.
import type { DayInterval } from "../time/types";
import type { DateSource, EventCategory, ExtractedEvent, Mention } from "../events/types";
import { groupEvents } from "../events/grouping";
import { bulkInsert } from "./bulk-insert";
import { providerOf, type Db } from "./client";
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
  /** Events now in a group (of those rewritten). */
  grouped: number;
}

/**
 * Recomputes the groups of the events dated within `range` (the days the changed articles' events cover), or of all
 * events when `range` is null.
 */
export async function regroupEvents(db: Db, range: DayInterval | null): Promise<RegroupSummary> {
  const provider = providerOf(db);
  const p = (n: number) => (provider === "postgres" ? `$${n}` : "?");
  const loadFrom = range ? shiftDay(range.start, -GROUP_REACH) : null;
  const loadTo = range ? shiftDay(range.end, GROUP_REACH) : null;
  const window = range ? `AND e."start" <= ${p(1)} AND e."end" >= ${p(2)}` : "";
  const args = range ? [loadTo, loadFrom] : [];
  const rows = await db.$queryRawUnsafe<EventRow[]>(
    `SELECT e."id", e."articleId", e."ordinal", e."category", e."subEventType", e."start", e."end", e."granularity",
            e."dateSource", e."groupId", a."outlet", a."published"
       FROM "Event" e JOIN "Article" a ON a."id" = e."articleId"
      WHERE e."start" IS NOT NULL ${window}`,
    ...args,
  );
  const mentionRows = await db.$queryRawUnsafe<{ eventId: string; role: string; entityId: string }[]>(
    `SELECT m."eventId", m."role", m."entityId" FROM "EventMention" m JOIN "Event" e ON e."id" = m."eventId"
      WHERE e."start" IS NOT NULL ${window} ORDER BY m."eventId", m."role", m."position"`,
    ...args,
  );
  const mentions = new Map<string, { role: string; entityId: string }[]>();
  for (const m of mentionRows) {
    const list = mentions.get(m.eventId);
    if (list) list.push(m);
    else mentions.set(m.eventId, [m]);
  }
  const found = groupEvents(rows.map((row) => ({ articleId: row.articleId, outlet: row.outlet, published: row.published, event: asEvent(row, mentions) })));

  const inCore = (row: EventRow) => !range || (row.start! <= range.end && row.end! >= range.start);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const groups = found
    .map((g) => ({ members: g.members.map((m) => eventId(m.articleId, m.ordinal)), score: g.score }))
    .filter((g) => g.members.some((id) => { const row = byId.get(id); return row !== undefined && inCore(row); }))
    .map((g) => ({ ...g, id: `g-${g.members[0]!}` }));
  // Old groups that touched the core are replaced; their members outside the new groups become ungrouped.
  const staleGroups = new Set(rows.filter((r) => r.groupId !== null && inCore(r)).map((r) => r.groupId!));

  await db.$transaction(async (tx) => {
    const stale = [...staleGroups];
    for (let i = 0; i < stale.length; i += 500) {
      const chunk = stale.slice(i, i + 500);
      await tx.event.updateMany({ where: { groupId: { in: chunk } }, data: { groupId: null } });
      await tx.eventGroup.deleteMany({ where: { id: { in: chunk } } });
    }
    // A new group may reuse the id of a group outside the core only if it is that group: drop it to rewrite it.
    const ids = groups.map((g) => g.id);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await tx.event.updateMany({ where: { groupId: { in: chunk } }, data: { groupId: null } });
      await tx.eventGroup.deleteMany({ where: { id: { in: chunk } } });
    }
    const now = new Date();
    await bulkInsert(tx, provider, "EventGroup", groups.map((g) => ({ id: g.id, score: g.score, createdAt: now })));
    for (const g of groups) await tx.event.updateMany({ where: { id: { in: g.members } }, data: { groupId: g.id } });
  }, TRANSACTION_OPTIONS);

  return { considered: rows.length, groups: groups.length, grouped: groups.reduce((n, g) => n + g.members.length, 0) };
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
