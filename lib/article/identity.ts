// Article identity: the id a file gives (corpus id, JSON Lines id) or one derived from the page URL or the text, and
// the content hash that makes re-ingest idempotent.
import { createHash } from "node:crypto";
import type { Article } from "./types";

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** An id for an article its file does not name: from its URL when known (a re-saved page stays the same article,
 * so an edit updates it), else from its text. */
export function derivedArticleId(text: string, url: string | null): string {
  return url ? `u-${sha256(url).slice(0, 16)}` : `h-${sha256(text).slice(0, 16)}`;
}

/** Hash of everything that makes the article what it is: same hash, nothing to do on re-ingest. */
export function contentHash(article: Article): string {
  return sha256(
    JSON.stringify([
      article.id,
      article.text,
      article.published,
      article.publishedSource,
      article.publishedConfidence,
      article.outlet,
      article.title,
      article.url,
      article.language,
    ]),
  );
}
