// Reads the corpus articles (corpus/*.md: front matter, then the body exactly as given plus one final newline)
// for tests that check time expressions by hand against real text.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface CorpusArticle {
  id: string;
  published: string;
  text: string;
}

const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../corpus");

export function corpusArticle(idPrefix: string): CorpusArticle {
  const file = readdirSync(CORPUS_DIR).find((f) => f.startsWith(idPrefix) && f.endsWith(".md"));
  if (!file) throw new Error(`no corpus article starting with ${idPrefix}`);
  const raw = readFileSync(path.join(CORPUS_DIR, file), "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`${file}: no front matter`);
  const front = match[1] ?? "";
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, "m").exec(front)?.[1]?.trim() ?? "";
  const body = match[2] ?? "";
  return { id: field("id"), published: field("published"), text: body.endsWith("\n") ? body.slice(0, -1) : body };
}

/** Offset of the n-th (0-based) occurrence of `needle` in `text`; throws when absent so tests fail loudly. */
export function offsetOf(text: string, needle: string, nth = 0): number {
  let from = 0;
  for (let i = 0; ; i += 1) {
    const at = text.indexOf(needle, from);
    if (at < 0) throw new Error(`«${needle}» (occurrence ${nth}) not in text`);
    if (i === nth) return at;
    from = at + 1;
  }
}
