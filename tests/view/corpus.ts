// Test helper: read a corpus article (front matter, then the body exactly as given plus one final newline).
import fs from "node:fs";
import path from "node:path";

export interface CorpusArticle {
  id: string;
  published: string | null;
  outlet: string | null;
  text: string;
}

export function readCorpusArticle(id: string): CorpusArticle {
  const raw = fs.readFileSync(path.join(import.meta.dirname, "../../corpus", `${id}.md`), "utf8");
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!m) throw new Error(`no front matter in ${id}`);
  const meta = new Map<string, string>();
  for (const line of m[1]!.split("\n")) {
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (kv) meta.set(kv[1]!, kv[2]!.trim());
  }
  return {
    id,
    published: meta.get("published") || null,
    outlet: meta.get("outlet") || null,
    text: m[2]!.replace(/\n$/, ""),
  };
}

/** Offsets of the n-th occurrence of `needle` (UTF-16, end exclusive). */
export function spanOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`«${needle}» not found (${i})`);
  }
  return { start: at, end: at + needle.length };
}
