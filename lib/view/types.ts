// The read-side shapes the web app exchanges with its API: plain JSON, built by lib/store/timeline.ts,
// drawn by app/. Kept apart from Prisma's row types so the UI never depends on the schema.
import type { DateSource, EventCategory } from "../events/types";
import type { DayInterval, Granularity, TimeExpression } from "../time/types";

/** A gazetteer entity as shown to readers: its id and the surface form(s) the articles used. */
export interface NamedRef {
  id: string;
  name: string;
  /** The gazetteer's English name, when it has one. */
  en?: string;
}

/** One event as the timeline and the narrative list need it. */
export interface TimelineEvent {
  id: string;
  articleId: string;
  ordinal: number;
  summary: string;
  category: EventCategory;
  /** Current interval (after any correction); null when undated. */
  interval: DayInterval | null;
  granularity: Granularity | null;
  /** The dating expression was vague («الأسابيع الماضية»): drawn faded/hatched. */
  approx: boolean;
  dateSource: DateSource;
  /** A person corrected this event's date (or its article's publication date moved it). */
  corrected: boolean;
  outlet: string | null;
  published: string | null;
  places: NamedRef[];
  actors: NamedRef[];
  sources: NamedRef[];
  confidence: number;
  /** Events that several articles report share a group id. */
  groupId: string | null;
  /** The earlier event of the same article that this one tells again (lead, then details), or null. */
  retells: string | null;
}

export interface EventPage {
  events: TimelineEvent[];
  /** Matching events in the whole window, beyond this page too. */
  total: number;
  /** Cursor for the next page, or null when this is the last one. */
  next: string | null;
}

/** Another article's report of the same event: shown side by side so disagreements stay visible. */
export interface GroupMember {
  eventId: string;
  articleId: string;
  articleTitle: string | null;
  outlet: string | null;
  published: string | null;
  summary: string;
  interval: DayInterval | null;
  dateSource: DateSource;
  corrected: boolean;
}

/** Everything the event panel shows: the event, its evidence, and the other reports of it. */
export interface EventDetail extends TimelineEvent {
  articleTitle: string | null;
  publishedSource: "given" | "inferred" | "corrected";
  /** The sentence and the clause the event came from, as offsets into `sentenceText`. */
  sentenceText: string;
  clause: { start: number; end: number };
  /** The time expression that dated it, with offsets relative to `sentenceText` (null when none). */
  expression: (TimeExpression & { sentenceStart: number; sentenceEnd: number }) | null;
  /** What the engine inferred before any correction. */
  inferredInterval: DayInterval | null;
  dateRule: string;
  trigger: string;
  version: number;
  mentions: GroupMember[];
}

/** One time expression of an article, with its stored id. */
export type ArticleExpression = TimeExpression & { id: string };

export interface ArticleDetail {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  publishedSource: "given" | "inferred" | "corrected";
  text: string;
  expressions: ArticleExpression[];
  events: TimelineEvent[];
}

/** The values the filter controls offer, with how many events carry each. */
export interface FacetEntry {
  id: string;
  name: string;
  en?: string;
  count: number;
}

export interface Facets {
  outlets: FacetEntry[];
  places: FacetEntry[];
  actors: FacetEntry[];
  categories: { id: EventCategory; count: number }[];
  /** First and last day of the dated events: the window the timeline opens on. */
  span: DayInterval | null;
}
