// Correction rows ↔ the write API's records (lib/corrections/types.ts), and the corrections in force for an article.
import type { CorrectionRecord, EventDateValue, PublishedValue } from "../corrections/types";
import type { DbOrTx } from "./client";
import { parseEventId } from "./ids";
import type { ActiveCorrections } from "./materialise";

export interface CorrectionRow {
  id: string;
  targetKind: string;
  targetId: string;
  field: string;
  oldValue: string;
  newValue: string;
  reason: string;
  author: string;
  createdAt: Date;
  version: number;
  revertedAt: Date | null;
  revertedBy: string | null;
  revertsId: string | null;
}

export function correctionRecord(row: CorrectionRow): CorrectionRecord {
  const base = {
    id: row.id,
    targetId: row.targetId,
    reason: row.reason,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    revertedAt: row.revertedAt ? row.revertedAt.toISOString() : null,
    revertedBy: row.revertedBy,
    revertsId: row.revertsId,
  };
  if (row.targetKind === "article") {
    return { ...base, targetKind: "article", field: "published", before: JSON.parse(row.oldValue) as PublishedValue, after: JSON.parse(row.newValue) as PublishedValue };
  }
  return { ...base, targetKind: "event", field: "date", before: JSON.parse(row.oldValue) as EventDateValue, after: JSON.parse(row.newValue) as EventDateValue };
}

/** Newest first: a target's version only grows, so it orders its corrections even within one millisecond. */
export const NEWEST_FIRST = [{ version: "desc" as const }, { createdAt: "desc" as const }, { id: "desc" as const }];

/** Corrections in force: not reverted, not themselves records of a revert. */
export const IN_FORCE = { revertedAt: null, revertsId: null };

/** The newest correction in force for the article and for each of its events. */
export async function activeCorrections(db: DbOrTx, articleId: string): Promise<ActiveCorrections> {
  const rows = await db.correction.findMany({
    where: {
      ...IN_FORCE,
      OR: [{ targetKind: "article", targetId: articleId }, { targetKind: "event", targetId: { startsWith: `${articleId}-e` } }],
    },
    orderBy: NEWEST_FIRST,
  });
  let published: string | null | undefined;
  const events = new Map<string, EventDateValue>();
  for (const row of rows) {
    if (row.targetKind === "article") {
      if (published === undefined) published = (JSON.parse(row.newValue) as PublishedValue).published;
    } else if (parseEventId(row.targetId)?.articleId === articleId && !events.has(row.targetId)) {
      events.set(row.targetId, JSON.parse(row.newValue) as EventDateValue);
    }
  }
  return published === undefined ? { events } : { published, events };
}
