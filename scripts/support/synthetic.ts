// Material the benchmarks build their synthetic news from: a seeded generator (every run measures the same text) and
// the corpus sentences they recombine.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readMarkdownArticle } from "../../lib/article/markdown";

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../corpus");

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The corpus articles' sentences (split after . ! ؟ ? and at line ends; longer than 20 characters), file by file. */
export function corpusSentences(): string[] {
  const sentences: string[] = [];
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith(".md")).sort()) {
    const reading = readMarkdownArticle(readFileSync(path.join(CORPUS, file), "utf8"), file);
    if (!reading.ok) throw new Error(`corpus/${file}: ${reading.problem.reason}`);
    for (const s of reading.article.text.split(/(?<=[.!؟?])\s+|\n+/u)) if (s.trim().length > 20) sentences.push(s.trim());
  }
  if (sentences.length === 0) throw new Error(`no sentences in ${CORPUS}`);
  return sentences;
}
