// `zaman export --format jsonl|csv [--article ID]…`: the stored events with their evidence, one per line, streamed.
// JSON Lines keeps the structure (the `id` field is what `zaman correct event` takes); CSV flattens it for
// spreadsheets: mentions as «id=text» joined by « | », and cells that a spreadsheet would run as a formula
// (starting with = + - @) prefixed with an apostrophe, since article text is untrusted.
import type { Writable } from "node:stream";
import { closeDb, type Db } from "../../lib/store/client";
import { getMigratedDb } from "../../lib/store/migrate";
import { exportEvents, type ExportedEvent, type ExportedMention } from "../../lib/store/export";

const USAGE = `usage: npm run -s zaman -- export [--format jsonl|csv] [--article ID]…

Prints the stored events with their evidence (DATABASE_URL chooses the database), ordered by article and position:
event id, article id, outlet, publication date, current interval and granularity, date source, rule and origin
(inferred or corrected), the inferred interval, the time expression (text, value, span), summary, category, trigger,
places, actors, sources, group id, confidence, version. Default format: jsonl.
`;

export const CSV_COLUMNS = [
  "id", "articleId", "ordinal", "outlet", "published", "publishedSource", "start", "end", "granularity", "approx",
  "dateSource", "dateRule", "dateOrigin", "inferredStart", "inferredEnd", "expressionText", "expressionValue", "summary",
  "category", "subEventType", "trigger", "places", "actors", "sources", "groupId", "confidence", "version",
] as const;

function mentions(list: ExportedMention[]): string {
  return list.map((m) => `${m.id}=${m.text}`).join(" | ");
}

export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(e: ExportedEvent): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
    id: e.id,
    articleId: e.articleId,
    ordinal: e.ordinal,
    outlet: e.outlet,
    published: e.published,
    publishedSource: e.publishedSource,
    start: e.start,
    end: e.end,
    granularity: e.granularity,
    approx: e.approx ? "yes" : "no",
    dateSource: e.dateSource,
    dateRule: e.dateRule,
    dateOrigin: e.dateOrigin,
    inferredStart: e.inferredStart,
    inferredEnd: e.inferredEnd,
    expressionText: e.expression?.text ?? null,
    expressionValue: e.expression?.value ?? null,
    summary: e.summary,
    category: e.category,
    subEventType: e.subEventType,
    trigger: e.trigger,
    places: mentions(e.places),
    actors: mentions(e.actors),
    sources: mentions(e.sources),
    groupId: e.groupId,
    confidence: e.confidence,
    version: e.version,
  };
  return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(",");
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", resolve));
}

export async function writeExport(db: Db, format: "jsonl" | "csv", out: Writable, articleIds?: string[]): Promise<number> {
  let count = 0;
  if (format === "csv") await write(out, `${CSV_COLUMNS.join(",")}\r\n`);
  for await (const event of exportEvents(db, articleIds ? { articleIds } : {})) {
    await write(out, format === "csv" ? `${csvRow(event)}\r\n` : `${JSON.stringify(event)}\n`);
    count += 1;
  }
  return count;
}

export async function run(args: string[]): Promise<number> {
  let format: "jsonl" | "csv" = "jsonl";
  const articleIds: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") {
      process.stdout.write(USAGE);
      return 0;
    }
    const next = args[i + 1];
    if ((arg === "--format" || arg === "--article") && (next === undefined || next.startsWith("--"))) {
      process.stderr.write(`zaman export: ${arg} needs a value\n\n${USAGE}`);
      return 2;
    }
    if (arg === "--format") {
      if (next !== "jsonl" && next !== "csv") {
        process.stderr.write(`zaman export: unknown format «${next}» (jsonl or csv)\n`);
        return 2;
      }
      format = next;
      i += 1;
    } else if (arg === "--article") {
      articleIds.push(next!);
      i += 1;
    } else {
      process.stderr.write(`zaman export: unexpected argument «${arg}»\n\n${USAGE}`);
      return 2;
    }
  }
  try {
    await writeExport(await getMigratedDb(), format, process.stdout, articleIds.length ? articleIds : undefined);
    return 0;
  } finally {
    await closeDb();
  }
}
