// What a TimeML export needs from the store: the articles with their expressions and, to annotate, their events
// (trigger, clause, the expression that dates them now, the relations the text states).
import type { TimeMlArticle, TimeMlEvent } from "../view/export";
import { getArticlesWithExpressions } from "./timeline";
import { getDb, type Db } from "./client";

const RELATION_TYPES = new Set(["after", "before", "simultaneous", "same"]);

function relationsOf(json: string): TimeMlEvent["relations"] {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((r) =>
      r && typeof r === "object" && RELATION_TYPES.has(r.type) && Number.isInteger(r.ordinal)
        ? [{ type: r.type as TimeMlEvent["relations"][number]["type"], ordinal: r.ordinal as number }]
        : [],
    );
  } catch {
    return [];
  }
}

/**
 * The articles `ids` for TimeML, each with the events to annotate: all of its events, or only those in
 * `onlyEvents` (an export of filtered events annotates what was filtered).
 */
export async function getTimeMlArticles(ids: string[], onlyEvents: ReadonlySet<string> | null = null, db?: Db): Promise<TimeMlArticle[]> {
  const client = db ?? (await getDb());
  const articles = await getArticlesWithExpressions(ids, client);
  const rows = await client.event.findMany({
    where: { articleId: { in: ids } },
    select: { id: true, articleId: true, ordinal: true, clauseStart: true, clauseEnd: true, trigger: true, category: true, timexIndex: true, dateOrigin: true, relations: true },
    orderBy: [{ articleId: "asc" }, { ordinal: "asc" }],
  });
  const byArticle = new Map<string, TimeMlEvent[]>();
  for (const r of rows) {
    if (onlyEvents && !onlyEvents.has(r.id)) continue;
    const list = byArticle.get(r.articleId) ?? [];
    list.push({
      ordinal: r.ordinal,
      clause: { start: r.clauseStart, end: r.clauseEnd },
      trigger: r.trigger,
      category: r.category,
      // A person's correction dates the event now, not the expression it was inferred from.
      timexIndex: r.dateOrigin === "event-correction" ? null : r.timexIndex,
      relations: relationsOf(r.relations),
    });
    byArticle.set(r.articleId, list);
  }
  return articles.map((a) => ({ ...a, events: byArticle.get(a.id) ?? [] }));
}
