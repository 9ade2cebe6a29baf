// The write API's JSON: what the correction routes answer and the correction UI reads. Plain data, independent
// of the database's row shape (lib/store maps its rows to these).
import type { DayInterval, Granularity } from "../time/types";

/** An event's dating as a correction records it. */
export interface EventDateValue {
  interval: DayInterval | null;
  granularity: Granularity | null;
}

/** An article's publication day as a correction records it. */
export interface PublishedValue {
  published: string | null;
}

interface CorrectionBase {
  id: string;
  targetId: string;
  reason: string;
  /** The editor's name given at sign-in (or --by on the command line). */
  author: string;
  /** ISO date-time (UTC). */
  createdAt: string;
  /** The target's version once this correction applied. */
  version: number;
  revertedAt: string | null;
  revertedBy: string | null;
  /** On the record of a revert: the correction it undid. */
  revertsId: string | null;
}

export type CorrectionRecord =
  | (CorrectionBase & { targetKind: "event"; field: "date"; before: EventDateValue; after: EventDateValue })
  | (CorrectionBase & { targetKind: "article"; field: "published"; before: PublishedValue; after: PublishedValue });

/** One event an article correction (or a revert of one) moved. */
export interface MovedEventRecord {
  eventId: string;
  summary: string;
  before: DayInterval | null;
  after: DayInterval | null;
}

/** 409: the target changed since the editor loaded it. `current` is what it is now, for the UI to show. */
export interface ConflictBody {
  error: string;
  code: "conflict";
  current: { version: number } & Partial<EventDateValue> & Partial<PublishedValue>;
  /** The latest correction, who made it and why, when known. */
  latest: CorrectionRecord | null;
}

export interface EventCorrectionResponse {
  correction: CorrectionRecord;
  event: { id: string; version: number } & EventDateValue;
}

export interface ArticleCorrectionResponse {
  correction: CorrectionRecord;
  article: { id: string; version: number; published: string | null };
  moved: MovedEventRecord[];
  /** Events anchored on the article but kept because a person corrected them by hand. */
  keptByHand: string[];
}

export interface RevertResponse {
  reverted: CorrectionRecord;
  revert: CorrectionRecord;
  moved: MovedEventRecord[];
}

/** An item's corrections, newest first, with its current value and version (what a new correction must expect). */
export interface HistoryResponse {
  target: { kind: "event" | "article"; id: string; version: number } & Partial<EventDateValue> & Partial<PublishedValue>;
  corrections: CorrectionRecord[];
}
