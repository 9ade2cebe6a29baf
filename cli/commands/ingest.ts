// `zaman ingest <paths…>`: articles from files and folders (.md, .jsonl, .txt, .html) into the database named by
// DATABASE_URL (created and migrated when needed). Streams: files are read one by one, JSON Lines line by line.
// Problems are reported on stderr as they happen (file, line, field, reason); a progress bar is drawn on stderr when
// it is a terminal; the summary goes to stdout. Exit code 1 when any article failed, 2 on bad arguments.
import { stat } from "node:fs/promises";
import type { Writable } from "node:stream";
import { collectArticleFiles, readArticleFile } from "../../lib/article/files";
import type { PlainTextOptions } from "../../lib/article/plain-text";
import type { Article, ArticleProblem, ArticleReading } from "../../lib/article/types";
import { analysisFingerprint, loadAnalyse, type Analyse } from "../../lib/store/analysis";
import { AnalysisPool } from "../../lib/store/analysis-pool";
import { closeDb, getDb, type Db } from "../../lib/store/client";
import { databaseTarget, describeTarget } from "../../lib/store/database-url";
import { ingestArticles, type IngestOutcome, type IngestSummary } from "../../lib/store/ingest";
import { collectGarbage } from "../../lib/store/memory";
import { migrateDatabase } from "../../lib/store/migrate";

/** Inputs smaller than this are analysed on the main thread: starting workers costs more than it saves. */
export const WORKER_THRESHOLD_BYTES = 512 * 1024;

const USAGE = `usage: npm run -s zaman -- ingest [options] <file or folder>…

Reads articles and stores them with their time expressions and events in the database named by DATABASE_URL
(default: SQLite data/zaman.db; postgres://… for PostgreSQL). Folders are read recursively.
  .md / .markdown   front matter (id, outlet, url, title, published, published_confidence …) then the body
  .jsonl / .ndjson  one article per line: {"id"?, "outlet"?, "url"?, "title"?, "published"?, "text"}
  .txt              the whole file is the text; see --published / --outlet / --title
  .html / .htm      a saved web page: main text by Readability, date from the page's metadata
Re-ingesting an unchanged article does nothing; a changed one is updated and keeps its corrections.

options:
  --published YYYY-MM-DD   publication date of .txt files (without it they are stored as undated)
  --outlet NAME            outlet of .txt files
  --title TEXT             title of .txt files
  --workers N              analysis worker threads beside the main thread, which analyses too (default: one per
                           core but one, for inputs over ${WORKER_THRESHOLD_BYTES / 1024} KB; 0: none)
  --quiet                  no progress bar, no per-file problems (the summary only)
`;

export interface IngestRun {
  paths: string[];
  text: PlainTextOptions;
  quiet: boolean;
  /** Analysis worker threads; undefined: decided by the input size. */
  workers?: number;
}

export function parseIngestArgs(args: string[]): { run: IngestRun } | { error: string } | { help: true } {
  const run: IngestRun = { paths: [], text: {}, quiet: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const value = () => {
      const v = args[i + 1];
      if (v === undefined || v.startsWith("--")) throw new Error(`${arg} needs a value`);
      i += 1;
      return v;
    };
    try {
      if (arg === "--help" || arg === "-h") return { help: true };
      else if (arg === "--published") run.text.published = value();
      else if (arg === "--outlet") run.text.outlet = value();
      else if (arg === "--title") run.text.title = value();
      else if (arg === "--quiet" || arg === "-q") run.quiet = true;
      else if (arg === "--workers") {
        const n = value();
        if (!/^\d{1,2}$/.test(n)) return { error: "--workers needs a whole number" };
        run.workers = Number(n);
      }
      else if (arg.startsWith("--")) return { error: `unknown option ${arg}` };
      else run.paths.push(arg);
    } catch (err) {
      return { error: (err as Error).message };
    }
  }
  if (run.paths.length === 0) return { error: "no file or folder given" };
  return { run };
}

export function formatProblem(p: ArticleProblem): string {
  const where = `${p.file}${p.line !== undefined ? `:${p.line}` : ""}`;
  return `${where}${p.field ? ` [${p.field}]` : ""}: ${p.reason}`;
}

export function formatSummary(s: IngestSummary, seconds: number): string {
  const total = s.added + s.updated + s.skipped + s.failed;
  return (
    `ingest: ${total} article${total === 1 ? "" : "s"} in ${seconds.toFixed(1)} s — ` +
    `${s.added} added, ${s.updated} updated, ${s.skipped} skipped (unchanged), ${s.failed} failed · ` +
    `${s.expressions} time expressions, ${s.events} events stored` +
    (s.grouping ? `, ${s.grouping.groups} cross-article groups` : "")
  );
}

/** A one-line progress bar on a terminal, redrawn at most ten times a second. */
class ProgressBar {
  private last = 0;
  constructor(
    private readonly out: Writable & { columns?: number },
    private readonly totalFiles: number,
  ) {}
  draw(filesDone: number, articles: number, failed: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const width = 24;
    const filled = this.totalFiles === 0 ? width : Math.round((filesDone / this.totalFiles) * width);
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    const line = `${bar} ${filesDone}/${this.totalFiles} files · ${articles} articles${failed ? ` · ${failed} failed` : ""}`;
    this.out.write(`\r${line.slice(0, (this.out.columns ?? 100) - 1)}\x1b[K`);
  }
  clear(): void {
    this.out.write("\r\x1b[K");
  }
}

export interface IngestIO {
  out: Writable;
  err: Writable & { isTTY?: boolean; columns?: number };
}

/** Runs an ingest into `db` and prints as described above; returns the summary and the time taken. */
export async function runIngest(
  db: Db,
  run: IngestRun,
  io: IngestIO,
  analysis: { analyse: Analyse; analysisVersion: string },
): Promise<{ summary: IngestSummary; seconds: number }> {
  const started = performance.now();
  const { files, problems } = await collectArticleFiles(run.paths);
  const bar = !run.quiet && io.err.isTTY ? new ProgressBar(io.err, files.length) : null;
  let filesDone = 0;
  let articles = 0;
  let failed = 0;
  const onOutcome = (outcome: IngestOutcome) => {
    articles += 1;
    if (outcome.status === "failed") {
      failed += 1;
      if (!run.quiet) {
        bar?.clear();
        io.err.write(`✗ ${formatProblem(outcome.problem)}\n`);
      }
    }
    bar?.draw(filesDone, articles, failed);
  };
  async function* readings(): AsyncGenerator<ArticleReading> {
    for (const problem of problems) yield { ok: false, problem };
    for (const file of files) {
      yield* readArticleFile(file, run.text);
      filesDone += 1;
    }
  }
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  const workers = run.workers ?? (bytes >= WORKER_THRESHOLD_BYTES ? undefined : 0);
  // Should every worker stop, what is left is analysed on this thread rather than failed.
  const pool = workers === 0 ? null : await AnalysisPool.start(workers, { fallback: analysis.analyse });
  try {
    // The main thread analyses queued articles too whenever it would wait for one. The workers are stopped once
    // everything is written, before groups are recomputed (their memory is freed first).
    const summary = await ingestArticles(db, readings(), {
      ...analysis,
      ...(pool
        ? {
            analyseAsync: (article: Article) => pool.analyse(article),
            helpAnalyse: (article: Article) => pool.helpOne(analysis.analyse, article),
            onWritesDone: () => pool.close(),
            // A large input: memory stays flat if each written batch's garbage is collected at once.
            onBatchWritten: collectGarbage,
          }
        : {}),
      onOutcome,
    });
    bar?.draw(files.length, articles, failed, true);
    bar?.clear();
    return { summary, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pool?.close();
  }
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseIngestArgs(args);
  if ("help" in parsed) {
    process.stdout.write(USAGE);
    return 0;
  }
  if ("error" in parsed) {
    process.stderr.write(`zaman ingest: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const target = databaseTarget();
  try {
    await migrateDatabase(target);
    const db = await getDb();
    const analysis = { analyse: await loadAnalyse(), analysisVersion: analysisFingerprint() };
    const { summary, seconds } = await runIngest(db, parsed.run, { out: process.stdout, err: process.stderr }, analysis);
    process.stdout.write(`${formatSummary(summary, seconds)}\n`);
    if (!parsed.run.quiet) process.stdout.write(`database: ${describeTarget(target)}\n`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await closeDb();
  }
}
