// Markdown with front matter, the corpus format (corpus/*.md):
//
//   ---
//   id: 002_bd2704263292804c
//   outlet: العربي الجديد
//   published: 2016-12-12
//   published_confidence: 0.9
//   published_evidence: "…"
//   ---
//   <body exactly as given>\n
//
// Front matter is flat `key: value` lines (values plain, "double-quoted" with JSON escapes, or 'single-quoted');
// unknown keys are ignored. The body is everything after the closing `---` line minus the one final newline.
// `published_evidence` means a person inferred the date from the text, so its source is "inferred".
// A file without front matter is all body (an undated article).
import { buildArticle } from "./build";
import type { ArticleProblem, ArticleReading, PublicationDateSource } from "./types";

export interface FrontMatter {
  fields: Map<string, string>;
  body: string;
  /** 1-based line of the body's first line. */
  bodyLine: number;
}

function unquote(raw: string): { value: string } | { problem: string } {
  if (raw.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(raw);
      if (typeof value === "string") return { value };
    } catch {
      // fall through to the message below
    }
    return { problem: `unterminated or malformed "double-quoted" value` };
  }
  if (raw.startsWith("'")) {
    if (raw.length < 2 || !raw.endsWith("'")) return { problem: "unterminated 'single-quoted' value" };
    return { value: raw.slice(1, -1).replace(/''/g, "'") };
  }
  return { value: raw.replace(/\s+#.*$/, "") };
}

/** Splits front matter from body; null when the text has no front matter. */
export function parseFrontMatter(text: string): { frontMatter: FrontMatter } | { problem: Omit<ArticleProblem, "file"> } | null {
  const lines = text.split("\n");
  if (lines[0]?.trimEnd() !== "---") return null;
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === "---");
  if (close < 0) return { problem: { line: 1, reason: "front matter opened with --- is never closed" } };
  const fields = new Map<string, string>();
  for (let i = 1; i < close; i += 1) {
    const line = lines[i] ?? "";
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const m = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(.*)$/.exec(line);
    if (!m) return { problem: { line: i + 1, reason: `front matter line is not «key: value»: «${line.slice(0, 60)}»` } };
    const key = m[1]!.toLowerCase();
    const value = unquote((m[2] ?? "").trim());
    if ("problem" in value) return { problem: { line: i + 1, field: key, reason: value.problem } };
    fields.set(key, value.value);
  }
  // Body: everything after the closing line, minus the one final newline the file adds.
  let body = lines.slice(close + 1).join("\n");
  if (body.endsWith("\n")) body = body.slice(0, -1);
  return { frontMatter: { fields, body, bodyLine: close + 2 } };
}

export function readMarkdownArticle(text: string, file: string): ArticleReading {
  const parsed = parseFrontMatter(text.replace(/\r\n?/g, "\n"));
  if (parsed === null) {
    const body = text.endsWith("\n") ? text.slice(0, -1) : text;
    return buildArticle({ text: body }, { file });
  }
  if ("problem" in parsed) return { ok: false, problem: { file, ...parsed.problem } };
  const { fields, body } = parsed.frontMatter;
  const rawConfidence = fields.get("published_confidence");
  let publishedConfidence: number | null = null;
  if (rawConfidence !== undefined && rawConfidence.trim() !== "") {
    publishedConfidence = Number(rawConfidence);
    if (!Number.isFinite(publishedConfidence)) {
      return { ok: false, problem: { file, field: "published_confidence", reason: `«${rawConfidence}» is not a number` } };
    }
  }
  const statedSource = fields.get("published_source")?.trim();
  const publishedSource = (statedSource || (fields.has("published_evidence") ? "inferred" : "given")) as PublicationDateSource;
  return buildArticle(
    {
      id: fields.get("id"),
      outlet: fields.get("outlet"),
      url: fields.get("url"),
      title: fields.get("title"),
      language: fields.get("language"),
      published: fields.get("published"),
      publishedSource,
      publishedConfidence,
      text: body,
    },
    { file },
  );
}
