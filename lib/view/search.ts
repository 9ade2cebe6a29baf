// Free-text search in Arabic: both sides normalised (hamza forms, ى/ي, ة/ه, tashkeel, tatweel, digits), so
// «السوري» finds «السورى». Every word of the query must appear; Latin is matched case-insensitively.
import { normaliseWord } from "../text/normalise";

/** The searchable form of a text (also what an index of summaries stores). */
export function foldForSearch(text: string): string {
  return normaliseWord(text).toLowerCase().replace(/\s+/gu, " ");
}

/** A predicate over texts already folded with foldForSearch; an empty query matches everything. */
export function foldedMatcher(query: string): (folded: string) => boolean {
  const words = foldForSearch(query).split(" ").filter((w) => w.length > 0);
  if (words.length === 0) return () => true;
  return (folded) => words.every((w) => folded.includes(w));
}

/** A predicate for one query over raw texts. */
export function textMatcher(query: string): (text: string) => boolean {
  const match = foldedMatcher(query);
  return (text) => match(foldForSearch(text));
}
