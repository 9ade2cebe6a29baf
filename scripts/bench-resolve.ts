// `npm run bench:resolve [-- --mb 20]`: throughput of the Arabic time-expression engine, next to chrono's English.
//
// Arabic: at least N MB (UTF-8) of news text recombined from the corpus sentences into pseudo-articles of 10–30
// sentences, each with its own publication date (2012–2021), resolved one article at a time as ingest does.
// English: the same number of UTF-8 bytes of generated English news-like text, parsed by chrono's own English
// parser (`chrono.casual`, what `chrono.parse` uses) against each pseudo-article's date. Both run in this process,
// on one core, after a warm-up. Prints MB/s, characters/s, expressions/s, peak RSS, and the Arabic/English ratio.
// Deterministic input (seeded generator): figures vary only with the machine.

import * as chrono from "chrono-node";
import { resolveTimeExpressions } from "../lib/time/resolve";
import { corpusSentences, seededRandom } from "./support/synthetic";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} wants a positive number`);
  return value;
}

interface PseudoArticle {
  dct: string;
  text: string;
}

function randomDate(random: () => number): string {
  const year = 2012 + Math.floor(random() * 10);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function buildArticles(sentences: string[], targetBytes: number, random: () => number): PseudoArticle[] {
  const articles: PseudoArticle[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const count = 10 + Math.floor(random() * 21);
    const parts: string[] = [];
    for (let i = 0; i < count; i += 1) parts.push(sentences[Math.floor(random() * sentences.length)] ?? "");
    const text = parts.join(random() < 0.5 ? "\n" : " ");
    articles.push({ dct: randomDate(random), text });
    bytes += Buffer.byteLength(text, "utf8");
  }
  return articles;
}

// English news-like sentences with about the same density of time expressions as the Arabic corpus.
const EN_TEMPLATES = [
  "Government forces regained control of several districts in western Aleppo {when}, according to the Syrian Observatory for Human Rights.",
  "The army began a wide ground operation against several neighbourhoods of the city {when}, amid renewed heavy shelling.",
  "Sources in the opposition said the fighters withdrew from the area {when} after weeks of clashes and air strikes.",
  "More than eight thousand civilians left the eastern districts through the crossings, where reception teams were waiting.",
  "The Russian defence ministry said it was ready to announce a new humanitarian truce, on condition that the United Nations deliver aid.",
  "Local sources told reporters that the shelling hit residential buildings and a civil defence centre in the northern countryside.",
  "At least twenty-one civilians, among them five children, were killed {when} in air strikes on the city of Raqqa.",
  "The spokesman of the media centre confirmed that the raids continued {when} on the northern countryside of Homs.",
  "Opposition officials said the proposal, backed by Washington, would end the fighting that has lasted for four years.",
  "Clashes between the two sides went on until the early hours of the morning south of the Ghouta.",
];
const EN_WHEN = [
  "yesterday", "on Sunday", "last week", "three days ago", "on December 15, 2016", "since Sunday morning",
  "on Monday evening", "last month", "in mid-November", "two weeks ago", "this morning", "on 22 December",
  "earlier this year", "in 2016", "over the past three weeks", "last night",
];

function buildEnglish(targetBytes: number, random: () => number): Array<{ ref: Date; text: string }> {
  const articles: Array<{ ref: Date; text: string }> = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const count = 10 + Math.floor(random() * 21);
    const parts: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const template = EN_TEMPLATES[Math.floor(random() * EN_TEMPLATES.length)] ?? "";
      parts.push(template.replace("{when}", EN_WHEN[Math.floor(random() * EN_WHEN.length)] ?? "today"));
    }
    const text = parts.join(" ");
    // A fixed UTC noon reference: chrono's results then do not depend on the machine's zone for day-level dates.
    const [y, m, d] = randomDate(random).split("-").map(Number) as [number, number, number];
    articles.push({ ref: new Date(Date.UTC(y, m - 1, d, 12)), text });
    bytes += Buffer.byteLength(text, "utf8");
  }
  return articles;
}

const mb = (bytes: number) => bytes / 1_000_000;
const fmt = (n: number, digits = 2) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function measure<T>(items: T[], run: (item: T) => number): { seconds: number; found: number } {
  const started = process.hrtime.bigint();
  let found = 0;
  for (const item of items) found += run(item);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, found };
}

function main(): void {
  const targetMb = option("mb", 20);
  const random = seededRandom(20161213);
  const sentences = corpusSentences();
  const arabic = buildArticles(sentences, targetMb * 1_000_000, random);
  const arabicBytes = arabic.reduce((n, a) => n + Buffer.byteLength(a.text, "utf8"), 0);
  const arabicChars = arabic.reduce((n, a) => n + a.text.length, 0);
  const english = buildEnglish(arabicBytes, random);
  const englishBytes = english.reduce((n, a) => n + Buffer.byteLength(a.text, "utf8"), 0);
  const englishChars = english.reduce((n, a) => n + a.text.length, 0);

  // Warm-up: let the JIT compile both paths before timing.
  for (const a of arabic.slice(0, 200)) resolveTimeExpressions(a.text, { dct: a.dct });
  for (const e of english.slice(0, 200)) chrono.casual.parse(e.text, e.ref);

  const rssBefore = process.memoryUsage().rss;
  const ar = measure(arabic, (a) => resolveTimeExpressions(a.text, { dct: a.dct }).length);
  const arabicPeakRss = process.resourceUsage().maxRSS * 1024;
  const en = measure(english, (e) => chrono.casual.parse(e.text, e.ref).length);

  const arMbs = mb(arabicBytes) / ar.seconds;
  const enMbs = mb(englishBytes) / en.seconds;
  const lines = [
    `bench:resolve — ${sentences.length} corpus sentences recombined into ${arabic.length} Arabic pseudo-articles`,
    `  (MB = 10^6 bytes of UTF-8; one core; warm JIT; deterministic input)`,
    ``,
    `Arabic (Zaman resolveTimeExpressions)`,
    `  input        ${fmt(mb(arabicBytes))} MB, ${arabicChars.toLocaleString("en-US")} characters, ${arabic.length} articles`,
    `  time         ${fmt(ar.seconds)} s`,
    `  throughput   ${fmt(arMbs)} MB/s, ${fmt(arabicChars / ar.seconds / 1e6)} M characters/s`,
    `  expressions  ${ar.found.toLocaleString("en-US")} found, ${fmt(ar.found / ar.seconds, 0)} expressions/s`,
    `  peak RSS     ${fmt(arabicPeakRss / 1e6, 0)} MB (process peak so far; ${fmt(rssBefore / 1e6, 0)} MB with the inputs built)`,
    ``,
    `English (chrono.casual, chrono-node's own English parser)`,
    `  input        ${fmt(mb(englishBytes))} MB, ${englishChars.toLocaleString("en-US")} characters, ${english.length} articles`,
    `  time         ${fmt(en.seconds)} s`,
    `  throughput   ${fmt(enMbs)} MB/s, ${fmt(englishChars / en.seconds / 1e6)} M characters/s`,
    `  expressions  ${en.found.toLocaleString("en-US")} found, ${fmt(en.found / en.seconds, 0)} expressions/s`,
    `  peak RSS     ${fmt(process.resourceUsage().maxRSS * 1024 / 1e6, 0)} MB (whole run)`,
    ``,
    `Ratio Arabic/English: ${fmt(arMbs / enMbs)}× per MB, ${fmt((arabicChars / ar.seconds) / (englishChars / en.seconds))}× per character`,
    `Targets: ≥ 1 MB/s → ${arMbs >= 1 ? "met" : "NOT met"}; no slower per MB than chrono's English → ${arMbs >= enMbs ? "met" : "NOT met"}`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

main();
