// Free-text search in Arabic: both sides normalised (hamza forms, ى/ي, ة/ه, tashkeel, tatweel, digits), so
// «السوري» finds «السورى». Every word of the query must appear; Latin is matched case-insensitively.
import { normaliseWord } from "../text/normalise";

function fold(text: string): string {
  return normaliseWord(text).toLowerCase().replace(/\s+/gu, " ");
}

/** A predicate for one query; an empty query matches everything. */
export function textMatcher(query: string): (text: string) => boolean {
  const words = fold(query).split(" ").filter((w) => w.length > 0);
  if (words.length === 0) return () => true;
  return (text) => {
    const t = fold(text);
    return words.every((w) => t.includes(w));
  };
}
