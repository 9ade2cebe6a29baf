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

/**
 * ACLED sub-event types (kept beside the event type), plus the kinds of statement we keep apart.
 * Battles: armed clash, government regains territory, non-state actor overtakes territory. Explosions/remote
 * violence: air/drone strike, shelling/artillery/missile attack, remote explosive/landmine/IED, suicide bomb,
 * chemical weapon. Violence against civilians: attack, abduction/forced disappearance, sexual violence. Strategic
 * developments: agreement, arrests, change to group/activity, disrupted weapons use, headquarters or base
 * established, looting/property destruction, non-violent transfer of territory, other. Protests and riots as ACLED.
 */
export type SubEventType =
  | "armed-clash"
  | "government-regains-territory"
  | "non-state-actor-overtakes-territory"
  | "air-drone-strike"
  | "shelling-artillery-missile-attack"
  | "remote-explosive-landmine-ied"
  | "suicide-bomb"
  | "chemical-weapon"
  | "attack"
  | "abduction-forced-disappearance"
  | "sexual-violence"
  | "agreement"
  | "arrests"
  | "change-to-group-activity"
  | "disrupted-weapons-use"
  | "headquarters-or-base-established"
  | "looting-property-destruction"
  | "non-violent-transfer-of-territory"
  | "other"
  | "peaceful-protest"
  | "protest-with-intervention"
  | "excessive-force-against-protesters"
  | "violent-demonstration"
  | "mob-violence"
  | "statement"
  | "denial"
  | "appeal"
  | "warning";

/** Things a reader should know about how an event was read. */
export type EventFlag =
  | "undated" // no date could be given: the article is undated and the text gives no absolute date
  | "background" // told in the pluperfect («كان … قد»): a past background, never dated by the narrative
  | "since" // a «منذ …» expression: the event is a span up to the publication date
  | "inherited-actors" // its actors were named in an earlier clause of the sentence
  | "inherited-places" // its places were named in another clause of the sentence
  | "repeat"; // it retells an event told earlier in the article (a "same" relation names which)

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
  /** The gazetteer's Arabic name for it (the surface form may be a variant or an anaphor). */
  name?: string;
  /** Gazetteer kind: for places city/neighbourhood/…, for actors state/non-state/…, for sources generic/monitor/…. */
  kind?: string;
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
  /** The ACLED sub-event type (or the kind of statement). */
  subEventType?: SubEventType;
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
  /** The dating expression is vague («الأسابيع الماضية»): its interval is a documented convention. */
  approx?: boolean;
  /** Rank of the event in the article's chronological order (0-based): by interval, then relations, then text. */
  sequence?: number;
  flags?: EventFlag[];
  /** Relations to other events of the same article: explicit («بعد», «عقب», «بالتزامن مع»), or "same" for the
   * other tellings of one event (stage 10; no marker). */
  relations: { type: "after" | "before" | "simultaneous" | "same"; ordinal: number; marker: string }[];
}
