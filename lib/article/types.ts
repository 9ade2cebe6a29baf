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

/** Where an article was read from: shown in reports and kept with the stored article. */
export interface ArticleOrigin {
  file: string;
  /** 1-based line, for JSON Lines. */
  line?: number;
}

/** Why an input could not become an article: enough to find and fix it. */
export interface ArticleProblem {
  file: string;
  line?: number;
  /** The field at fault (front-matter key, JSON field, or "text"). */
  field?: string;
  reason: string;
}

/** The outcome of reading one article from a file: the article, or the problem. */
export type ArticleReading = { ok: true; article: Article; origin: ArticleOrigin } | { ok: false; problem: ArticleProblem };
