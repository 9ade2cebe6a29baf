// What an article reports, as Zaman extracts it: one event per reporting clause.
import type { DayInterval, Granularity } from "../time/types";

/** ACLED event types (https://acleddata.com), plus "statement" for claims and diplomacy reported as said. */
export type EventCategory =
  | "battles"
  | "explosions-remote-violence"
  | "violence-against-civilians"
  | "strategic-developments"
  | "protests"
  | "riots"
  | "statement";

/** Where an event's date came from, strongest first. */
export type DateSource =
  | "clause" // a time expression in the event's own clause
  | "sentence" // a time expression elsewhere in its sentence
  | "narrative" // carried over from the previous sentence that the narrative continues
  | "publication" // only the publication date: "reported on"
  | "undated"; // the article has no publication date and the text gives no absolute date

export interface Mention {
  /** Gazetteer id, e.g. "place:aleppo/al-asila" or "actor:syrian-army". */
  id: string;
  /** Surface form in the text, and its UTF-16 span. */
  text: string;
  start: number;
  end: number;
}

export interface ExtractedEvent {
  /** Position of the event in its article (0-based), stable for the same text. */
  ordinal: number;
  /** Sentence and clause spans (UTF-16, end exclusive) in the original text. */
  sentence: { start: number; end: number };
  clause: { start: number; end: number };
  /** A short Arabic summary: the clause text trimmed of connectives. */
  summary: string;
  category: EventCategory;
  /** The trigger words that made this clause an event (e.g. «استعادت السيطرة»). */
  trigger: string;
  places: Mention[];
  actors: Mention[];
  /** Sources the article attributes the report to (المرصد السوري لحقوق الإنسان، سانا …). */
  sources: Mention[];
  /** Days the event happened in (inclusive); null when undated. */
  interval: DayInterval | null;
  granularity: Granularity | null;
  dateSource: DateSource;
  /** Index into the article's TimeExpression list of the expression that dated it, if any. */
  timexIndex: number | null;
  /** Rule used to date it, in words a user can read (e.g. "clause expression «أمس»"). */
  dateRule: string;
  /** 0..1 */
  confidence: number;
  /** Explicit relations to other events of the same article («بعد», «عقب», «بالتزامن مع»). */
  relations: { type: "after" | "before" | "simultaneous"; ordinal: number; marker: string }[];
}
