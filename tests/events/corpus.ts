// The corpus articles (corpus/*.md: front matter, then the body exactly as given plus one final newline) as the
// pipeline takes them, for tests that check events by hand against real text.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "../../lib/article/types";

const CORPUS_DIR = path.resolve(import.meta.dirname, "../../corpus");

function parse(file: string): Article {
  const raw = readFileSync(path.join(CORPUS_DIR, file), "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`${file}: no front matter`);
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, "m").exec(match[1]!)?.[1]?.trim() ?? "";
  const body = match[2]!;
  const confidence = Number(field("published_confidence"));
  return {
    id: field("id"),
    outlet: field("outlet") || null,
    url: null,
    title: null,
    language: field("language") || "ar",
    published: field("published") || null,
    publishedSource: "given",
    publishedConfidence: Number.isFinite(confidence) && field("published_confidence") !== "" ? confidence : null,
    text: body.endsWith("\n") ? body.slice(0, -1) : body,
  };
}

export function readCorpus(): Article[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map(parse);
}

export function corpusArticle(idPrefix: string): Article {
  const found = readCorpus().find((a) => a.id.startsWith(idPrefix));
  if (!found) throw new Error(`no corpus article starting with ${idPrefix}`);
  return found;
}
