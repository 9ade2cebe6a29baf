// The article readers on real corpus text: Markdown front matter, JSON Lines, plain text, saved web pages, and the
// checks every article passes (empty, binary, non-Arabic, gigantic, impossible dates).
import { mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectArticleFiles, readArticleFile } from "../../lib/article/files";
import { readHtmlArticle } from "../../lib/article/html";
import { readJsonLinesArticle } from "../../lib/article/json-lines";
import { readMarkdownArticle } from "../../lib/article/markdown";
import { readPlainTextArticle } from "../../lib/article/plain-text";
import type { ArticleReading } from "../../lib/article/types";
import { decodeText, MAX_ARTICLE_CHARS, textProblem } from "../../lib/article/validate";

const CORPUS = path.resolve(import.meta.dirname, "../../corpus");
const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith(".md")).sort();
const raw = (file: string) => readFileSync(path.join(CORPUS, file), "utf8");
/** The body of a corpus file as its format defines it, computed independently of the reader. */
const expectedBody = (text: string) => text.slice(text.indexOf("\n---\n", 4) + 5).replace(/\n$/, "");
const body004 = expectedBody(raw("004_9b3dba44908ffe05.md"));
const firstParagraph = body004.split("\n")[0]!;

function article(reading: ArticleReading) {
  if (!reading.ok) throw new Error(`expected an article, got: ${JSON.stringify(reading.problem)}`);
  return reading.article;
}
function problem(reading: ArticleReading) {
  if (reading.ok) throw new Error(`expected a problem, got article ${reading.article.id}`);
  return reading.problem;
}

describe("Markdown with front matter (the corpus)", () => {
  it.each(corpusFiles)("%s: id, date and the body exactly as given", (file) => {
    const text = raw(file);
    const a = article(readMarkdownArticle(text, file));
    expect(a.id).toBe(file.replace(/\.md$/, ""));
    expect(a.published).toBe(/^published:\s*(\S+)/m.exec(text)?.[1]);
    expect(a.text).toBe(expectedBody(text));
    expect(a.text.endsWith("\n")).toBe(false);
    expect(a.language).toBe("ar");
    // Every corpus date was inferred by a person from evidence in the text.
    expect(a.publishedSource).toBe("inferred");
    expect(a.publishedConfidence).toBe(Number(/^published_confidence:\s*(\S+)/m.exec(text)?.[1]));
  });

  it("reads the outlet when given and leaves an empty one as null", () => {
    expect(article(readMarkdownArticle(raw("004_9b3dba44908ffe05.md"), "x.md")).outlet).toBe("العربي الجديد");
    expect(article(readMarkdownArticle(raw("002_bd2704263292804c.md"), "x.md")).outlet).toBeNull();
  });

  it("refuses an impossible publication date, naming the field", () => {
    const text = raw("002_bd2704263292804c.md").replace("published: 2016-12-12", "published: 2016-02-30");
    const p = problem(readMarkdownArticle(text, "bad.md"));
    expect(p).toMatchObject({ file: "bad.md", field: "published" });
    expect(p.reason).toContain("2016-02-30");
    expect(p.reason).toContain("February 2016 has 29 days");
  });

  it("reports unclosed front matter and malformed lines with their line numbers", () => {
    expect(problem(readMarkdownArticle("---\nid: x\n" + firstParagraph, "a.md"))).toMatchObject({ line: 1 });
    const p = problem(readMarkdownArticle(`---\nid: x\nthis is not a field\n---\n${firstParagraph}\n`, "b.md"));
    expect(p.line).toBe(3);
  });

  it("reads quoted values and treats a file without front matter as an undated article", () => {
    const quoted = article(readMarkdownArticle(`---\nid: q1\ntitle: "حلب \\"اليوم\\""\noutlet: 'it''s'\n---\n${firstParagraph}\n`, "q.md"));
    expect(quoted.title).toBe('حلب "اليوم"');
    expect(quoted.outlet).toBe("it's");
    const bare = article(readMarkdownArticle(`${firstParagraph}\n`, "bare.md"));
    expect(bare.published).toBeNull();
    expect(bare.id).toMatch(/^h-[0-9a-f]{16}$/);
  });
});

describe("JSON Lines", () => {
  const line = (o: unknown) => JSON.stringify(o);

  it("reads the documented fields; numeric ids become strings; the id is derived when absent", () => {
    const a = article(readJsonLinesArticle(line({ id: 7, outlet: "سانا", published: "2016-12-12", text: firstParagraph }), 1, "a.jsonl"));
    expect(a).toMatchObject({ id: "7", outlet: "سانا", published: "2016-12-12", publishedSource: "given", text: firstParagraph });
    const b = article(readJsonLinesArticle(line({ text: firstParagraph }), 2, "a.jsonl"));
    const c = article(readJsonLinesArticle(line({ text: firstParagraph, outlet: "x" }), 3, "a.jsonl"));
    expect(b.id).toBe(c.id); // same text, same derived id
    expect(b.published).toBeNull();
  });

  it("takes the day of an ISO date-time as written, whatever the offset", () => {
    const a = article(readJsonLinesArticle(line({ published: "2016-12-12T01:30:00+03:00", text: firstParagraph }), 1, "a.jsonl"));
    expect(a.published).toBe("2016-12-12");
  });

  it("names the line and the field of each fault", () => {
    expect(problem(readJsonLinesArticle("{not json", 4, "f.jsonl"))).toMatchObject({ file: "f.jsonl", line: 4 });
    expect(problem(readJsonLinesArticle(line({ id: "x" }), 5, "f.jsonl"))).toMatchObject({ line: 5, field: "text" });
    expect(problem(readJsonLinesArticle(line({ text: 3 }), 6, "f.jsonl"))).toMatchObject({ line: 6, field: "text" });
    expect(problem(readJsonLinesArticle(line({ text: firstParagraph, published: 20161212 }), 7, "f.jsonl"))).toMatchObject({ field: "published" });
    expect(problem(readJsonLinesArticle(line({ text: firstParagraph, published: "2016-13-01" }), 8, "f.jsonl"))).toMatchObject({ field: "published" });
    expect(problem(readJsonLinesArticle(line({ text: firstParagraph, id: "a b/c" }), 9, "f.jsonl"))).toMatchObject({ field: "id" });
    expect(problem(readJsonLinesArticle("[1,2]", 10, "f.jsonl")).reason).toContain("not a JSON object");
  });
});

describe("checks every article passes", () => {
  it("refuses empty text", () => {
    expect(problem(readJsonLinesArticle(JSON.stringify({ text: " \n\t" }), 1, "e.jsonl"))).toMatchObject({ field: "text" });
    expect(problem(readPlainTextArticle("", "e.txt")).reason).toContain("empty");
  });

  it("refuses non-Arabic text and says how much of it is Arabic", () => {
    const english = "The Syrian army said on Monday it had retaken the old city of Aleppo after weeks of fighting.";
    const reason = textProblem(english);
    expect(reason).toMatch(/^not Arabic: 0% of its \d+ letters are Arabic/);
    // An Arabic article quoting a few Latin names is fine.
    expect(textProblem(`${firstParagraph} (Reuters, AFP, SOHR)`)).toBeNull();
  });

  it("refuses binary bytes and text that is not UTF-8", () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ problem: "binary content: a NUL byte at offset 4" });
    expect("problem" in decodeText(new Uint8Array([0xd8, 0xa7, 0xff, 0xfe, 0x41]))).toBe(true);
    expect(decodeText(new TextEncoder().encode("\uFEFFحلب"))).toEqual({ text: "حلب" });
  });

  it("refuses a gigantic article with the size and the limit", () => {
    const huge = firstParagraph.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / firstParagraph.length));
    expect(problem(readPlainTextArticle(huge, "huge.txt")).reason).toMatch(/^too large: [\d,]+ characters \(the limit is 500,000\)/);
  });
});

describe("plain text with command-line metadata", () => {
  it("takes the date and outlet from the options, and is undated without them", () => {
    const a = article(readPlainTextArticle(`${body004}\n`, "a.txt", { published: "2016-06-15", outlet: "العربي الجديد" }));
    expect(a).toMatchObject({ published: "2016-06-15", outlet: "العربي الجديد", text: body004 });
    expect(article(readPlainTextArticle(body004, "a.txt")).published).toBeNull();
    expect(problem(readPlainTextArticle(body004, "a.txt", { published: "2016-06-31" }))).toMatchObject({ field: "published" });
  });
});

function page(head: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>حلب</title>${head}</head><body>
<nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a></nav>
<article><h1>معارك في حلب</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
<script>document.title = "x"</script></article>
<footer>جميع الحقوق محفوظة</footer></body></html>`;
}

describe("saved web pages", () => {
  const paragraphs = body004.split("\n").slice(0, 5);

  it("extracts the main text paragraph by paragraph, without scripts or navigation", () => {
    const a = article(readHtmlArticle(page('<meta property="article:published_time" content="2016-06-15T09:12:00+03:00">', paragraphs), "p.html"));
    for (const p of paragraphs) expect(a.text).toContain(p);
    expect(a.text.split("\n").length).toBeGreaterThanOrEqual(paragraphs.length);
    expect(a.text).not.toContain("document.title");
    expect(a.published).toBe("2016-06-15");
    expect(a.language).toBe("ar");
  });

  it("falls back to JSON-LD datePublished, then to <time datetime>", () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2016-12-12T10:00:00Z"}]}</script>`;
    expect(article(readHtmlArticle(page(ld, paragraphs), "p.html")).published).toBe("2016-12-12");
    const withTime = page("", paragraphs).replace("<h1>", '<time datetime="2016-12-13">13 كانون الأول</time><h1>');
    expect(article(readHtmlArticle(withTime, "p.html")).published).toBe("2016-12-13");
  });

  it("reports an impossible date in the page metadata", () => {
    const p = problem(readHtmlArticle(page('<meta property="article:published_time" content="2016-02-30">', paragraphs), "p.html"));
    expect(p).toMatchObject({ field: "article:published_time" });
  });

  it("never dates a page by its file's modification time", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zaman-html-"));
    const file = path.join(dir, "undated.html");
    writeFileSync(file, page("", paragraphs));
    utimesSync(file, new Date("2016-12-12T12:00:00Z"), new Date("2016-12-12T12:00:00Z"));
    const readings = [];
    for await (const r of readArticleFile(file)) readings.push(r);
    expect(readings).toHaveLength(1);
    expect(article(readings[0]!).published).toBeNull();
  });
});

describe("files and folders", () => {
  it("walks folders recursively in name order, skips hidden entries, reports unusable paths", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zaman-files-"));
    mkdirSync(path.join(dir, "b"));
    mkdirSync(path.join(dir, ".hidden"));
    writeFileSync(path.join(dir, "b", "2.md"), raw(corpusFiles[0]!));
    writeFileSync(path.join(dir, "a.txt"), body004);
    writeFileSync(path.join(dir, "notes.pdf"), "x");
    writeFileSync(path.join(dir, ".hidden", "x.md"), raw(corpusFiles[1]!));
    const { files, problems } = await collectArticleFiles([dir, path.join(dir, "missing.md"), path.join(dir, "notes.pdf")]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(["a.txt", path.join("b", "2.md")]);
    expect(problems.map((p) => p.reason)).toEqual([expect.stringContaining("no such file"), expect.stringContaining("unsupported file type «.pdf»")]);
  });

  it("streams a JSON Lines file: a bad line is reported and the lines around it still read", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zaman-jsonl-"));
    const file = path.join(dir, "batch.jsonl");
    const paragraphs = body004.split("\n");
    writeFileSync(
      file,
      [JSON.stringify({ id: "j1", published: "2016-06-15", text: paragraphs[0] }), "", '{"id": "j2", "text": ', JSON.stringify({ id: "j3", text: paragraphs[1] })].join("\n"),
    );
    const readings: ArticleReading[] = [];
    for await (const r of readArticleFile(file)) readings.push(r);
    expect(readings.map((r) => (r.ok ? r.article.id : `line ${r.problem.line}`))).toEqual(["j1", "line 3", "j3"]);
    expect(readings[2]).toMatchObject({ ok: true, origin: { file, line: 4 } });
  });
});

describe("Arabic letter share", () => {
  it("counts letters of every script and the Arabic ones among them, ignoring digits and punctuation", async () => {
    const { arabicLetterShare } = await import("../../lib/article/validate");
    expect(arabicLetterShare("حلب")).toEqual({ share: 1, letters: 3 });
    expect(arabicLetterShare("حلب Aleppo ١٢٣ 123 ، ؟ .")).toEqual({ share: 3 / 9, letters: 9 });
    expect(arabicLetterShare("Ωμέγα 2016")).toEqual({ share: 0, letters: 5 });
    expect(arabicLetterShare("")).toEqual({ share: 0, letters: 0 });
  });
});
