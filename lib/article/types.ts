// An article as Zaman reads it, whatever file it came from.

export type PublicationDateSource = "given" | "inferred" | "corrected";

export interface Article {
  /** Stable id: the corpus id, the JSONL id, or derived from the content hash. */
  id: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  language: string;
  /** YYYY-MM-DD, or null when the article is undated. */
  published: string | null;
  publishedSource: PublicationDateSource;
  /** 0..1: how sure the publication date is. */
  publishedConfidence: number | null;
  /** The body exactly as given: every offset in Zaman points into this string. */
  text: string;
}
