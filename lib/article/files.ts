// Files and folders → articles, by extension: .md/.markdown (front matter), .jsonl/.ndjson (streamed line by line),
// .txt (options from the command line), .html/.htm (saved web pages). Folders are walked recursively in name order
// (hidden entries skipped), so runs are reproducible.
import { createReadStream } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { declaredCharset, readHtmlArticle } from "./html";
import { readJsonLinesArticle } from "./json-lines";
import { readMarkdownArticle } from "./markdown";
import { readPlainTextArticle, type PlainTextOptions } from "./plain-text";
import type { ArticleProblem, ArticleReading } from "./types";
import { decodeText, MAX_FILE_BYTES, MAX_JSONL_LINE_CHARS } from "./validate";

export type ArticleFormat = "markdown" | "jsonl" | "text" | "html";

const FORMATS: Record<string, ArticleFormat> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".txt": "text",
  ".html": "html",
  ".htm": "html",
};

export function articleFormat(file: string): ArticleFormat | null {
  return FORMATS[path.extname(file).toLowerCase()] ?? null;
}

/** The article files under the given paths, and the paths that are not usable (missing, unsupported type). */
export async function collectArticleFiles(paths: string[]): Promise<{ files: string[]; problems: ArticleProblem[] }> {
  const files: string[] = [];
  const problems: ArticleProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const resolved = path.resolve(file);
    if (!seen.has(resolved)) {
      seen.add(resolved);
      files.push(file);
    }
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && articleFormat(entry.name)) add(full);
    }
  };
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch {
      problems.push({ file: given, reason: "no such file or folder" });
      continue;
    }
    if (info.isDirectory()) await walk(given);
    else if (!articleFormat(given)) {
      problems.push({ file: given, reason: `unsupported file type «${path.extname(given) || "(none)"}» (use .md, .jsonl, .txt or .html)` });
    } else add(given);
  }
  return { files, problems };
}

async function readWholeFile(file: string, charsetOf?: (head: string) => string): Promise<{ text: string } | { problem: string }> {
  const info = await stat(file);
  if (info.size > MAX_FILE_BYTES) {
    return { problem: `too large: ${info.size.toLocaleString("en")} bytes (the limit for one article file is ${MAX_FILE_BYTES.toLocaleString("en")})` };
  }
  const handle = await open(file, "r");
  try {
    const bytes = await handle.readFile();
    const label = charsetOf ? charsetOf(Buffer.from(bytes.subarray(0, 2048)).toString("latin1")) : "utf-8";
    return decodeText(bytes, label);
  } finally {
    await handle.close();
  }
}

async function* readJsonLinesFile(file: string): AsyncGenerator<ArticleReading> {
  const input = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 16 });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const raw of lines) {
      lineNumber += 1;
      const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, "") : raw;
      if (line.trim() === "") continue;
      if (line.includes("\uFFFD") && line.length <= MAX_JSONL_LINE_CHARS) {
        // U+FFFD from decoding means the bytes were not UTF-8 (a real U+FFFD in a news article is vanishingly rare).
        yield { ok: false, problem: { file, line: lineNumber, reason: "not valid UTF-8 text (binary or another encoding)" } };
        continue;
      }
      yield readJsonLinesArticle(line, lineNumber, file);
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

/** The articles one file holds (one, or one per JSON line), each read or with its problem. */
export async function* readArticleFile(file: string, textOptions: PlainTextOptions = {}): AsyncGenerator<ArticleReading> {
  const format = articleFormat(file);
  try {
    if (format === "jsonl") {
      yield* readJsonLinesFile(file);
      return;
    }
    if (format === null) {
      yield { ok: false, problem: { file, reason: "unsupported file type" } };
      return;
    }
    const read = await readWholeFile(file, format === "html" ? declaredCharset : undefined);
    if ("problem" in read) {
      yield { ok: false, problem: { file, reason: read.problem } };
      return;
    }
    if (format === "markdown") yield readMarkdownArticle(read.text, file);
    else if (format === "html") yield readHtmlArticle(read.text, file);
    else yield readPlainTextArticle(read.text, file, textOptions);
  } catch (err) {
    yield { ok: false, problem: { file, reason: `could not be read: ${err instanceof Error ? err.message : String(err)}` } };
  }
}
