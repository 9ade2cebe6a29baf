// The view of the timeline as ONE value: what a URL, a share link and an embed all reopen exactly.
import type { EventCategory } from "../events/types";

export type Lang = "ar" | "en";
export type Grouping = "none" | "outlet" | "place" | "actor" | "category";
/** How an event got its date, as readers filter it: by an expression, by the report's date, or by a person. */
export type DateSourceFilter = "explicit" | "reported" | "corrected";

export const GROUPINGS: readonly Grouping[] = ["none", "outlet", "place", "actor", "category"];
export const DATE_SOURCE_FILTERS: readonly DateSourceFilter[] = ["explicit", "reported", "corrected"];
export const CATEGORIES: readonly EventCategory[] = [
  "battles",
  "explosions-remote-violence",
  "violence-against-civilians",
  "strategic-developments",
  "protests",
  "riots",
  "statement",
];

/** A visible window in UTC, as epoch milliseconds (the timeline zooms from hours to years). */
export interface ViewWindow {
  start: number;
  end: number;
}

export interface ViewFilters {
  outlets: string[];
  places: string[];
  actors: string[];
  categories: EventCategory[];
  dateSources: DateSourceFilter[];
  /** Free text, matched after Arabic normalisation. */
  text: string;
}

export interface ViewState {
  /** null: open on the span of the loaded corpus. */
  window: ViewWindow | null;
  filters: ViewFilters;
  group: Grouping;
  /** Selected event id. */
  selected: string | null;
  lang: Lang;
}

export const EMPTY_FILTERS: ViewFilters = {
  outlets: [],
  places: [],
  actors: [],
  categories: [],
  dateSources: [],
  text: "",
};

export const DEFAULT_VIEW: ViewState = {
  window: null,
  filters: EMPTY_FILTERS,
  group: "none",
  selected: null,
  lang: "ar",
};

export function hasFilters(f: ViewFilters): boolean {
  return (
    f.outlets.length + f.places.length + f.actors.length + f.categories.length + f.dateSources.length > 0 ||
    f.text.trim() !== ""
  );
}
