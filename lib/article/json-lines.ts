// JSON Lines: one article per line, `{id?, outlet?, url?, title?, language?, published?, text}`. A bad line is a
// problem naming its line and field; the other lines are still articles. Blank lines are skipped by the caller.
import { buildArticle } from "./build";
import type { ArticleReading } from "./types";
import { MAX_JSONL_LINE_CHARS } from "./validate";

const OPTIONAL_STRINGS = ["outlet", "url", "title", "language", "published"] as const;

export function readJsonLinesArticle(line: string, lineNumber: number, file: string): ArticleReading {
  const origin = { file, line: lineNumber };
  const fail = (reason: string, field?: string): ArticleReading => ({
    ok: false,
    problem: field ? { ...origin, field, reason } : { ...origin, reason },
  });
  if (line.length > MAX_JSONL_LINE_CHARS) {
    return fail(`line too long: ${line.length.toLocaleString("en")} characters (the limit is ${MAX_JSONL_LINE_CHARS.toLocaleString("en")})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return fail(`not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("not a JSON object");
  const record = value as Record<string, unknown>;

  if (record.text === undefined) return fail("missing (every line needs the article text)", "text");
  if (typeof record.text !== "string") return fail(`must be a string, not ${jsonType(record.text)}`, "text");
  let id: string | null = null;
  if (record.id !== undefined && record.id !== null) {
    if (typeof record.id === "number" && Number.isSafeInteger(record.id)) id = String(record.id);
    else if (typeof record.id === "string") id = record.id;
    else return fail(`must be a string or a whole number, not ${jsonType(record.id)}`, "id");
  }
  const strings: Partial<Record<(typeof OPTIONAL_STRINGS)[number], string | null>> = {};
  for (const field of OPTIONAL_STRINGS) {
    const v = record[field];
    if (v === undefined || v === null) strings[field] = null;
    else if (typeof v === "string") strings[field] = v;
    else return fail(`must be a string, not ${jsonType(v)}`, field);
  }
  return buildArticle({ id, ...strings, text: record.text }, origin);
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
