// The corpus articles as readings for store tests, optionally under other ids (so tests sharing one database stay
// independent) or with an edit applied.
import { readdirSync } from "node:fs";
import path from "node:path";
import { readArticleFile } from "../../../lib/article/files";
import type { Article, ArticleReading } from "../../../lib/article/types";
import type { Db } from "../../../lib/store/client";

export const CORPUS_DIR = path.resolve(import.meta.dirname, "../../../corpus");

export async function corpusReadings(idPrefix = "", edit?: (a: Article) => Article): Promise<ArticleReading[]> {
  const out: ArticleReading[] = [];
  for (const file of readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".md")).sort()) {
    for await (const r of readArticleFile(path.join(CORPUS_DIR, file))) {
      if (!r.ok) throw new Error(`corpus file ${file}: ${r.problem.reason}`);
      const renamed = { ...r.article, id: `${idPrefix}${r.article.id}` };
      out.push({ ...r, article: edit ? edit(renamed) : renamed });
    }
  }
  return out;
}

/** Every stored row of the articles whose id starts with `prefix`, in a stable order: to compare states. */
export async function snapshot(db: Db, prefix: string): Promise<unknown> {
  const articleWhere = { id: { startsWith: prefix } };
  return {
    articles: await db.article.findMany({ where: articleWhere, orderBy: { id: "asc" } }),
    expressions: await db.timeExpression.findMany({ where: { articleId: { startsWith: prefix } }, orderBy: { id: "asc" } }),
    events: await db.event.findMany({ where: { articleId: { startsWith: prefix } }, orderBy: { id: "asc" } }),
    mentions: await db.eventMention.findMany({
      where: { event: { articleId: { startsWith: prefix } } },
      orderBy: [{ eventId: "asc" }, { role: "asc" }, { position: "asc" }],
    }),
    corrections: await db.correction.findMany({ where: { targetId: { startsWith: prefix } }, orderBy: { id: "asc" } }),
  };
}
