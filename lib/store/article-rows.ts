// Writing an article's rows, shared by ingest and corrections. Every write that re-derives an article's rows runs in
// one transaction that first touches the article row: that takes its row lock on PostgreSQL (SQLite has one writer),
// so an ingest update and a correction of the same article never interleave.
import type { Article, PublicationDateSource } from "../article/types";
import { bulkInsert } from "./bulk-insert";
import type { DbOrTx, Provider, Tx } from "./client";
import type { SqliteConnection } from "./sqlite-adapter";
import type { Materialised, PreviousEvent } from "./materialise";

/** Locks the article row for this transaction; false when there is no such article. */
export async function lockArticle(tx: Tx, articleId: string): Promise<boolean> {
  const { count } = await tx.article.updateMany({ where: { id: articleId }, data: { updatedAt: new Date() } });
  return count === 1;
}

export async function previousEvents(db: DbOrTx, articleId: string): Promise<Map<string, PreviousEvent>> {
  const rows = await db.event.findMany({
    where: { articleId },
    select: { id: true, version: true, groupId: true, start: true, end: true, granularity: true, summary: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

/** The article as it was ingested (before any correction), from its stored row. */
export function ingestedArticle(row: {
  id: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  language: string;
  body: string;
  ingestedPublished: string | null;
  ingestedPublishedSource: string;
  ingestedPublishedConfidence: number | null;
}): Article {
  return {
    id: row.id,
    outlet: row.outlet,
    url: row.url,
    title: row.title,
    language: row.language,
    published: row.ingestedPublished,
    publishedSource: row.ingestedPublishedSource as PublicationDateSource,
    publishedConfidence: row.ingestedPublishedConfidence,
    text: row.body,
  };
}

/** Inserts new articles with their expressions, events and mentions (multi-row INSERTs, in foreign-key order). */
export async function insertArticles(tx: Tx, provider: Provider, items: readonly Materialised[], connection: SqliteConnection | null = null): Promise<void> {
  const now = new Date();
  await bulkInsert(tx, provider, "Article", items.map((m) => ({ ...m.article, version: 1, ingestedAt: now, updatedAt: now })), connection);
  await insertDerivedRows(tx, provider, items, connection);
}

/** Inserts the expressions, events and mentions of materialised articles (their article rows exist). */
export async function insertDerivedRows(tx: Tx, provider: Provider, items: readonly Materialised[], connection: SqliteConnection | null = null): Promise<void> {
  await bulkInsert(tx, provider, "TimeExpression", items.flatMap((m) => m.expressions), connection);
  await bulkInsert(tx, provider, "Event", items.flatMap((m) => m.events), connection);
  await bulkInsert(tx, provider, "EventMention", items.flatMap((m) => m.mentions), connection);
}

/** Replaces an existing article's rows with newly materialised ones (the caller holds the article lock). */
export async function replaceArticleRows(tx: Tx, provider: Provider, m: Materialised): Promise<number> {
  const articleId = m.article.id;
  await tx.eventMention.deleteMany({ where: { event: { articleId } } });
  await tx.event.deleteMany({ where: { articleId } });
  await tx.timeExpression.deleteMany({ where: { articleId } });
  const { id: _id, ...fields } = m.article;
  const updated = await tx.article.update({ where: { id: articleId }, data: { ...fields, version: { increment: 1 } }, select: { version: true } });
  await insertDerivedRows(tx, provider, [m]);
  return updated.version;
}

/** Options for interactive transactions: analysis runs inside some of them, and SQLite may wait for another writer. */
export const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 120_000 } as const;
