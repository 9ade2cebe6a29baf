// Stored events with their evidence, for `zaman export` (and anything else that wants all of them): streamed page by
// page in article order, so memory stays flat whatever the database holds.
import type { DateSource, EventCategory } from "../events/types";
import type { Db } from "./client";

export interface ExportedMention {
  id: string;
  /** The gazetteer's name, when the pipeline gives one. */
  name: string | null;
  text: string;
}

export interface ExportedEvent {
  /** Stable across re-ingest: `<articleId>-e<ordinal>`; corrections and share links use it. */
  id: string;
  articleId: string;
  ordinal: number;
  outlet: string | null;
  /** The article's current publication day, and where it comes from. */
  published: string | null;
  publishedSource: string;
  /** Current dating (after corrections). */
  start: string | null;
  end: string | null;
  granularity: string | null;
  /** The dating is a documented convention for a vague expression («الأسابيع الماضية»). */
  approx: boolean;
  dateSource: DateSource;
  dateRule: string;
  /** inferred | event-correction | article-correction */
  dateOrigin: string;
  confidence: number;
  /** What the engine inferred from the ingested publication date. */
  inferredStart: string | null;
  inferredEnd: string | null;
  /** The time expression that dated it. */
  expression: { text: string; value: string; start: number; end: number } | null;
  summary: string;
  category: EventCategory;
  subEventType: string | null;
  trigger: string;
  places: ExportedMention[];
  actors: ExportedMention[];
  sources: ExportedMention[];
  groupId: string | null;
  version: number;
}

const PAGE = 500;

/** Every stored event (optionally of some articles), ordered by article then position. */
export async function* exportEvents(db: Db, filter: { articleIds?: string[] } = {}): AsyncGenerator<ExportedEvent> {
  const where = filter.articleIds ? { articleId: { in: filter.articleIds } } : {};
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.event.findMany({
      where,
      orderBy: [{ articleId: "asc" }, { ordinal: "asc" }],
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      include: {
        article: { select: { outlet: true, published: true, publishedSource: true } },
        timex: { select: { text: true, value: true, start: true, end: true } },
        mentions: { orderBy: [{ role: "asc" }, { position: "asc" }] },
      },
    });
    for (const row of rows) {
      const role = (r: string) => row.mentions.filter((m) => m.role === r).map((m) => ({ id: m.entityId, name: m.name, text: m.text }));
      yield {
        id: row.id,
        articleId: row.articleId,
        ordinal: row.ordinal,
        outlet: row.article.outlet,
        published: row.article.published,
        publishedSource: row.article.publishedSource,
        start: row.start,
        end: row.end,
        granularity: row.granularity,
        approx: row.approx,
        dateSource: row.dateSource as DateSource,
        dateRule: row.dateRule,
        dateOrigin: row.dateOrigin,
        confidence: row.confidence,
        inferredStart: row.inferredStart,
        inferredEnd: row.inferredEnd,
        expression: row.timex,
        summary: row.summary,
        category: row.category as EventCategory,
        subEventType: row.subEventType,
        trigger: row.trigger,
        places: role("place"),
        actors: role("actor"),
        sources: role("source"),
        groupId: row.groupId,
        version: row.version,
      };
    }
    if (rows.length < PAGE) return;
    cursor = rows[rows.length - 1]!.id;
  }
}
