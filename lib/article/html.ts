// A saved web page (.html): the main text by Mozilla's Readability over linkedom's DOM, the publication date from
// the page's own metadata — `article:published_time`, then JSON-LD `datePublished`, then a `<time datetime>` — and
// never from the file's modification time (a copy's mtime says when it was copied). The page is parsed, never
// rendered or executed.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { buildArticle } from "./build";
import { parsePublicationDay } from "./publication-date";
import type { ArticleReading } from "./types";

type Doc = ReturnType<typeof parseHTML>["document"];
type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> };

export interface PageDate {
  day: string;
  /** Which metadata gave it, for the record. */
  from: "article:published_time" | "json-ld datePublished" | "time datetime";
}

function metaContent(document: Doc, names: string[]): string | null {
  for (const meta of Array.from(document.querySelectorAll("meta"))) {
    const key = (meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop") ?? "").toLowerCase();
    if (names.includes(key)) {
      const content = meta.getAttribute("content")?.trim();
      if (content) return content;
    }
  }
  return null;
}

/** Every `datePublished` in the page's JSON-LD blocks (objects, arrays, @graph), first found first. */
function jsonLdDates(document: Doc): string[] {
  const found: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.datePublished === "string") found.push(record.datePublished.trim());
    for (const [key, v] of Object.entries(record)) if (key !== "datePublished") visit(v, depth + 1);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // A malformed JSON-LD block says nothing reliable about the date; the other sources remain.
    }
  }
  return found;
}

/** The page's publication day, or the problem with the date it states, or null when it states none. */
export function pagePublicationDate(document: Doc): { date: PageDate } | { problem: string; field: string } | null {
  const meta = metaContent(document, ["article:published_time", "datepublished", "og:published_time"]);
  if (meta) {
    const parsed = parsePublicationDay(meta);
    if ("problem" in parsed) return { problem: parsed.problem, field: "article:published_time" };
    return { date: { day: parsed.day, from: "article:published_time" } };
  }
  const ld = jsonLdDates(document)[0];
  if (ld) {
    const parsed = parsePublicationDay(ld);
    if ("problem" in parsed) return { problem: parsed.problem, field: "datePublished" };
    return { date: { day: parsed.day, from: "json-ld datePublished" } };
  }
  const times = Array.from(document.querySelectorAll("time[datetime]"));
  const preferred = times.find((t) => t.getAttribute("itemprop") === "datePublished" || t.hasAttribute("pubdate")) ?? times[0];
  const datetime = preferred?.getAttribute("datetime");
  if (datetime) {
    const parsed = parsePublicationDay(datetime);
    if ("day" in parsed) return { date: { day: parsed.day, from: "time datetime" } };
  }
  return null;
}

const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "H1", "H2",
  "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG"]);

/** Visible text of a DOM subtree, one line per block (paragraph breaks kept, inline whitespace collapsed). */
export function blockText(root: DomNode): string {
  const lines: string[] = [];
  let current = "";
  const flush = () => {
    const line = current.replace(/\s+/g, " ").trim();
    if (line !== "") lines.push(line);
    current = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === "BR") return flush();
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join("\n");
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), lower-cased; utf-8 otherwise. */
export function declaredCharset(head: string): string {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? "utf-8";
}

export function readHtmlArticle(html: string, file: string): ArticleReading {
  const { document } = parseHTML(html);
  const date = pagePublicationDate(document);
  if (date && "problem" in date) return { ok: false, problem: { file, field: date.field, reason: date.problem } };
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || null;
  const url = canonical ?? metaContent(document, ["og:url"]);
  const outlet = metaContent(document, ["og:site_name", "application-name"]);
  const lang = document.documentElement?.getAttribute("lang")?.trim().toLowerCase().split("-")[0] || null;

  // Readability rewrites the document it is given: metadata is read above, before it runs.
  const parsed = new Readability<DomNode>(document as unknown as Document, {
    serializer: (node) => node as unknown as DomNode,
    charThreshold: 200,
  }).parse();
  const content = parsed?.content ?? (document.body as unknown as DomNode | null);
  const text = content ? blockText(content) : "";
  const title = parsed?.title?.trim() || document.querySelector("title")?.textContent?.trim() || null;

  return buildArticle(
    {
      url,
      outlet: outlet ?? parsed?.siteName ?? null,
      title,
      language: lang,
      published: date?.date.day ?? null,
      publishedSource: "given",
      text,
    },
    { file },
  );
}
