// People's corrections: an event's date, an article's publication date, reverts, and the history of each. Every
// correction is a row that is never deleted; the engine's inference is never overwritten (lib/store/materialise.ts).
//
// - Optimistic concurrency: a correction states the version it was made against; a newer version is a conflict
//   (StoreRefusal "conflict", with what the target is now and the correction that made it so).
// - Correcting a publication date re-resolves the article against it: events anchored on it move, except those a
//   person dated by hand; the answer lists what moved and what was kept.
// - Only the newest correction in force of a target can be reverted (an older one has been superseded); reverting
//   marks it and records the revert as a correction of its own, and the target goes back to the previous value.
import { randomBytes } from "node:crypto";
import type {
  ArticleCorrectionResponse,
  CorrectionRecord,
  EventCorrectionResponse,
  EventDateValue,
  HistoryResponse,
  MovedEventRecord,
  PublishedValue,
  RevertResponse,
} from "../corrections/types";
import type { DayInterval, Granularity } from "../time/types";
import type { Analyse } from "./analysis";
import { ingestedArticle, lockArticle, previousEvents, replaceArticleRows, TRANSACTION_OPTIONS } from "./article-rows";
import { providerOf, type Db, type DbOrTx, type Provider, type Tx } from "./client";
import { activeCorrections, correctionRecord, IN_FORCE, NEWEST_FIRST, type CorrectionRow } from "./correction-records";
import { StoreRefusal } from "./errors";
import { parseEventId } from "./ids";
import { materialiseArticle, type Materialised } from "./materialise";
import { isLongSpan } from "./window";

export interface EventDateCorrection {
  interval: DayInterval;
  granularity: Granularity;
  reason: string;
  /** The event version the person saw. */
  expectedVersion: number;
}

export interface PublishedCorrection {
  published: string;
  reason: string;
  /** The article version the person saw; null skips the check (the command line). */
  expectedVersion: number | null;
}

/** What re-deriving an article needs: the analysis pipeline and, when known, its fingerprint. */
export interface ReanalysisOptions {
  analyse: Analyse;
  analysisVersion?: string;
}

function newCorrectionId(): string {
  return `c-${randomBytes(6).toString("hex")}`;
}

function eventValue(row: { start: string | null; end: string | null; granularity: string | null }): EventDateValue {
  return {
    interval: row.start && row.end ? { start: row.start, end: row.end } : null,
    granularity: (row.granularity as Granularity | null) ?? null,
  };
}

async function latestCorrection(db: DbOrTx, targetKind: string, targetId: string): Promise<CorrectionRecord | null> {
  const row = await db.correction.findFirst({ where: { targetKind, targetId }, orderBy: NEWEST_FIRST });
  return row ? correctionRecord(row) : null;
}

function articleIdOfEvent(id: string): string {
  const parsed = parseEventId(id);
  if (!parsed) throw new StoreRefusal("not-found", `event «${id}» not found`);
  return parsed.articleId;
}

/** Re-derives an article's rows from its stored text and the corrections in force (the caller holds its lock). */
async function rederiveArticle(tx: Tx, provider: Provider, articleId: string, options: ReanalysisOptions): Promise<{ rows: Materialised; version: number }> {
  const row = await tx.article.findUnique({ where: { id: articleId } });
  if (!row) throw new StoreRefusal("not-found", `article «${articleId}» not found`);
  const rows = materialiseArticle({
    article: ingestedArticle(row),
    meta: { contentHash: row.contentHash, analysisVersion: options.analysisVersion ?? row.analysisVersion, sourcePath: row.sourcePath },
    corrections: await activeCorrections(tx, articleId),
    analyse: options.analyse,
    previous: await previousEvents(tx, articleId),
  });
  const version = await replaceArticleRows(tx, provider, rows);
  return { rows, version };
}

export async function correctEventDate(db: Db, eventId: string, input: EventDateCorrection, author: string): Promise<EventCorrectionResponse> {
  const articleId = articleIdOfEvent(eventId);
  return db.$transaction(async (tx) => {
    if (!(await lockArticle(tx, articleId))) throw new StoreRefusal("not-found", `event «${eventId}» not found`);
    const event = await tx.event.findUnique({ where: { id: eventId } });
    if (!event) throw new StoreRefusal("not-found", `event «${eventId}» not found`);
    if (event.version !== input.expectedVersion) {
      throw new StoreRefusal("conflict", `event «${eventId}» is at version ${event.version}, not ${input.expectedVersion}: someone changed it first`, {
        current: { version: event.version, ...eventValue(event) },
        latest: await latestCorrection(tx, "event", eventId),
      });
    }
    const before = eventValue(event);
    const after: EventDateValue = { interval: input.interval, granularity: input.granularity };
    const version = event.version + 1;
    await tx.event.update({
      where: { id: eventId },
      data: {
        start: input.interval.start,
        end: input.interval.end,
        granularity: input.granularity,
        longSpan: isLongSpan(input.interval),
        dateOrigin: "event-correction",
        confidence: 1,
        approx: false,
        version,
      },
    });
    const row = await tx.correction.create({
      data: {
        id: newCorrectionId(),
        targetKind: "event",
        targetId: eventId,
        field: "date",
        oldValue: JSON.stringify(before),
        newValue: JSON.stringify(after),
        reason: input.reason,
        author,
        version,
      },
    });
    return { correction: correctionRecord(row), event: { id: eventId, version, ...after } };
  }, TRANSACTION_OPTIONS);
}

export async function correctArticlePublished(
  db: Db,
  articleId: string,
  input: PublishedCorrection,
  author: string,
  options: ReanalysisOptions,
): Promise<ArticleCorrectionResponse> {
  return db.$transaction(async (tx) => {
    if (!(await lockArticle(tx, articleId))) throw new StoreRefusal("not-found", `article «${articleId}» not found`);
    const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true, published: true } });
    if (input.expectedVersion !== null && article.version !== input.expectedVersion) {
      throw new StoreRefusal("conflict", `article «${articleId}» is at version ${article.version}, not ${input.expectedVersion}: someone changed it first`, {
        current: { version: article.version, published: article.published },
        latest: await latestCorrection(tx, "article", articleId),
      });
    }
    const before: PublishedValue = { published: article.published };
    const after: PublishedValue = { published: input.published };
    // The correction row goes in first (with a provisional version) so that re-deriving sees it in force.
    const id = newCorrectionId();
    await tx.correction.create({
      data: {
        id,
        targetKind: "article",
        targetId: articleId,
        field: "published",
        oldValue: JSON.stringify(before),
        newValue: JSON.stringify(after),
        reason: input.reason,
        author,
        version: article.version + 1,
      },
    });
    const { rows, version } = await rederiveArticle(tx, providerOf(db), articleId, options);
    const row = await tx.correction.update({ where: { id }, data: { version } });
    return {
      correction: correctionRecord(row),
      article: { id: articleId, version, published: rows.article.published ?? null },
      moved: rows.moved,
      keptByHand: rows.keptByHand,
    };
  }, TRANSACTION_OPTIONS);
}

export async function revertCorrection(
  db: Db,
  correctionId: string,
  input: { reason: string | null },
  author: string,
  options: ReanalysisOptions,
): Promise<RevertResponse> {
  return db.$transaction(async (tx) => {
    const target = await tx.correction.findUnique({ where: { id: correctionId } });
    if (!target) throw new StoreRefusal("not-found", `correction «${correctionId}» not found`);
    if (target.revertsId) {
      throw new StoreRefusal("not-revertible", `«${correctionId}» records a revert; to change the date again, make a new correction`);
    }
    if (target.revertedAt) {
      throw new StoreRefusal("already-reverted", `correction «${correctionId}» was already reverted by ${target.revertedBy ?? "someone"}`, {
        reverted: correctionRecord(target),
      });
    }
    const articleId = target.targetKind === "article" ? target.targetId : articleIdOfEvent(target.targetId);
    if (!(await lockArticle(tx, articleId))) throw new StoreRefusal("not-found", `article «${articleId}» not found`);
    const newest = await tx.correction.findFirst({
      where: { ...IN_FORCE, targetKind: target.targetKind, targetId: target.targetId },
      orderBy: NEWEST_FIRST,
    });
    if (newest && newest.id !== target.id) {
      throw new StoreRefusal("not-revertible", `correction «${correctionId}» was superseded by «${newest.id}»: revert that one first`, {
        latest: correctionRecord(newest),
      });
    }

    const valueNow = async (): Promise<{ value: EventDateValue | PublishedValue; version: number }> => {
      if (target.targetKind === "article") {
        const a = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { published: true, version: true } });
        return { value: { published: a.published }, version: a.version };
      }
      const e = await tx.event.findUnique({ where: { id: target.targetId } });
      return e ? { value: eventValue(e), version: e.version } : { value: { interval: null, granularity: null }, version: 0 };
    };

    const before = await valueNow();
    const revertedAt = new Date();
    const reverted = await tx.correction.update({ where: { id: target.id }, data: { revertedAt, revertedBy: author } });
    const { rows } = await rederiveArticle(tx, providerOf(db), articleId, options);
    const after = await valueNow();
    const revert = await tx.correction.create({
      data: {
        id: newCorrectionId(),
        targetKind: target.targetKind,
        targetId: target.targetId,
        field: target.field,
        oldValue: JSON.stringify(before.value),
        newValue: JSON.stringify(after.value),
        reason: input.reason ?? `revert of ${target.id}`,
        author,
        createdAt: revertedAt,
        version: after.version,
        revertsId: target.id,
      },
    });
    const moved: MovedEventRecord[] = rows.moved;
    return { reverted: correctionRecord(reverted), revert: correctionRecord(revert), moved };
  }, TRANSACTION_OPTIONS);
}

/** An event's corrections, newest first, with its current dating and version; null for an unknown event. */
export async function eventHistory(db: DbOrTx, eventId: string): Promise<HistoryResponse | null> {
  const event = await db.event.findUnique({ where: { id: eventId } });
  const rows: CorrectionRow[] = await db.correction.findMany({ where: { targetKind: "event", targetId: eventId }, orderBy: NEWEST_FIRST });
  if (!event && rows.length === 0) return null;
  return {
    target: { kind: "event", id: eventId, version: event?.version ?? 0, ...(event ? eventValue(event) : { interval: null, granularity: null }) },
    corrections: rows.map(correctionRecord),
  };
}

/** An article's publication-date corrections, newest first, with its current date and version. */
export async function articleHistory(db: DbOrTx, articleId: string): Promise<HistoryResponse | null> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { version: true, published: true } });
  if (!article) return null;
  const rows = await db.correction.findMany({ where: { targetKind: "article", targetId: articleId }, orderBy: NEWEST_FIRST });
  return { target: { kind: "article", id: articleId, version: article.version, published: article.published }, corrections: rows.map(correctionRecord) };
}
