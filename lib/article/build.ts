// The fields a file gives → a checked Article, or the first problem with the field it concerns. Every reader ends
// here, so every format gets the same rules.
import { derivedArticleId } from "./identity";
import { parsePublicationDay } from "./publication-date";
import type { ArticleOrigin, ArticleReading, PublicationDateSource } from "./types";
import { idProblem, normaliseNewlines, textProblem } from "./validate";

export interface ArticleFields {
  id?: string | null;
  outlet?: string | null;
  url?: string | null;
  title?: string | null;
  language?: string | null;
  published?: string | null;
  publishedSource?: PublicationDateSource | null;
  publishedConfidence?: number | null;
  text: string;
}

const SOURCES: readonly PublicationDateSource[] = ["given", "inferred", "corrected"];

function blankToNull(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

export function buildArticle(fields: ArticleFields, origin: ArticleOrigin): ArticleReading {
  const fail = (field: string, reason: string): ArticleReading => ({ ok: false, problem: { ...origin, field, reason } });
  const text = normaliseNewlines(fields.text);
  const textIssue = textProblem(text);
  if (textIssue) return fail("text", textIssue);

  const url = blankToNull(fields.url);
  const givenId = blankToNull(fields.id);
  if (givenId !== null) {
    const issue = idProblem(givenId);
    if (issue) return fail("id", issue);
  }

  let published: string | null = null;
  const rawPublished = blankToNull(fields.published);
  if (rawPublished !== null) {
    const parsed = parsePublicationDay(rawPublished);
    if ("problem" in parsed) return fail("published", parsed.problem);
    published = parsed.day;
  }

  const source = fields.publishedSource ?? "given";
  if (!SOURCES.includes(source)) return fail("published_source", `«${String(source)}» is not one of ${SOURCES.join(", ")}`);
  const confidence = fields.publishedConfidence ?? null;
  if (confidence !== null && !(Number.isFinite(confidence) && confidence >= 0 && confidence <= 1)) {
    return fail("published_confidence", `«${String(confidence)}» is not a number between 0 and 1`);
  }

  const language = blankToNull(fields.language) ?? "ar";
  return {
    ok: true,
    origin,
    article: {
      id: givenId ?? derivedArticleId(text, url),
      outlet: blankToNull(fields.outlet),
      url,
      title: blankToNull(fields.title),
      language,
      published,
      publishedSource: source,
      publishedConfidence: published === null ? null : confidence,
      text,
    },
  };
}
