// `npm run bench:ingest [-- --articles N] [--pg postgres://… [--pg-only]] [--workers N] [--keep]`: how fast ingest
// is, and how big and quick the loaded database is.
//
// 1. Generates a synthetic corpus (JSON Lines in a temporary folder): N articles (default 10,000) of 4–14 sentences
//    drawn from the corpus articles with a seeded generator, dated across 2016–2020, from eight outlets.
// 2. Ingests it the way `zaman ingest` does (streamed reading, the real analysis pipeline, batched writes) into a
//    fresh SQLite file, and into a fresh PostgreSQL database when --pg or ZAMAN_TEST_PG_URL names a server.
// 3. Prints articles/s, events/s, peak memory (and memory along the way: it must not grow with the corpus), database
//    size, and the time of a typical timeline query: events overlapping one month, filtered by place.
// Figures, not assertions: tests never depend on timing.
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import { performance as nodePerformance } from "node:perf_hooks";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readArticleFile } from "../lib/article/files";
import type { Article } from "../lib/article/types";
import { analysisFingerprint, loadAnalyse, type Analyse } from "../lib/store/analysis";
import { AnalysisPool } from "../lib/store/analysis-pool";
import { openDb, type Db } from "../lib/store/client";
import { databaseTarget, postgresUrlWithDatabase, type DatabaseTarget } from "../lib/store/database-url";
import { ingestArticles } from "../lib/store/ingest";
import { collectGarbage } from "../lib/store/memory";
import { migrateDatabase } from "../lib/store/migrate";
import { dropDatabase } from "../lib/store/postgres-adapter";
import { overlapping } from "../lib/store/window";
import { corpusSentences, seededRandom } from "./support/synthetic";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUTLETS = ["العربي الجديد", "سانا", "الجزيرة", "عنب بلدي", "الشرق الأوسط", "روسيا اليوم", "الأهرام", "سكاي نيوز عربية"];

interface Options {
  articles: number;
  pg: string | null;
  keep: boolean;
  /** Only PostgreSQL (--pg-only). */
  pgOnly: boolean;
  /** Analysis worker threads (0: on the main thread, which also times the analysis separately). */
  workers: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { articles: 10_000, pg: process.env.ZAMAN_TEST_PG_URL?.trim() || null, keep: false, pgOnly: false, workers: AnalysisPool.defaultSize() };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--articles") options.articles = Number(argv[++i]);
    else if (arg === "--pg") options.pg = argv[++i] ?? null;
    else if (arg === "--keep") options.keep = true;
    else if (arg === "--pg-only") options.pgOnly = true;
    else if (arg === "--workers") options.workers = Number(argv[++i]);
    else throw new Error(`unknown argument ${arg} (--articles N, --pg URL, --pg-only, --workers N, --keep)`);
  }
  if (!Number.isInteger(options.articles) || options.articles < 1) throw new Error("--articles needs a positive whole number");
  return options;
}

async function writeSyntheticCorpus(file: string, count: number): Promise<{ bytes: number }> {
  const sentences = corpusSentences();
  const next = seededRandom(20161212);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const firstDay = Date.UTC(2016, 0, 1);
  const days = (Date.UTC(2020, 11, 31) - firstDay) / 86_400_000;
  const out = createWriteStream(file, { encoding: "utf8" });
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const n = 4 + Math.floor(next() * 11);
    const paragraphs: string[] = [];
    let paragraph: string[] = [];
    for (let s = 0; s < n; s += 1) {
      paragraph.push(pick(sentences));
      if (next() < 0.35) {
        paragraphs.push(paragraph.join(" "));
        paragraph = [];
      }
    }
    if (paragraph.length) paragraphs.push(paragraph.join(" "));
    const published = new Date(firstDay + Math.floor(next() * (days + 1)) * 86_400_000).toISOString().slice(0, 10);
    const line = `${JSON.stringify({ id: `bench-${String(i).padStart(5, "0")}`, outlet: pick(OUTLETS), published, text: paragraphs.join("\n") })}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((resolve) => out.once("drain", resolve));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { bytes };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Samples resident memory while work runs: the peak, and the value at a few points of progress. */
class MemoryWatch {
  peak = process.memoryUsage().rss;
  /** What was going on at the peak (set by the caller as work proceeds). */
  phase = "start";
  peakPhase = this.phase;
  private timer = setInterval(() => this.sample(), 50);
  sample(): number {
    const rss = process.memoryUsage().rss;
    if (rss > this.peak) {
      this.peak = rss;
      this.peakPhase = this.phase;
    }
    return rss;
  }
  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }
}

async function databaseSize(db: Db, target: DatabaseTarget): Promise<number> {
  if (target.provider === "sqlite") {
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    return ["", "-wal", "-shm"].reduce((sum, suffix) => {
      try {
        return sum + statSync(target.file + suffix).size;
      } catch {
        return sum;
      }
    }, 0);
  }
  const rows = await db.$queryRawUnsafe<{ size: bigint | number }[]>("SELECT pg_database_size(current_database()) AS size");
  return Number(rows[0]?.size ?? 0);
}

/** A typical timeline query: the events overlapping December 2016 in Aleppo (and its neighbourhoods). */
async function timelineQuery(db: Db): Promise<{ label: string; run: () => Promise<number> }[]> {
  const month = { from: "2016-12-01", to: "2016-12-31" };
  const direct = {
    label: "store query (Prisma: overlapping() + place incl. sub-places, first 200 with mentions + count)",
    run: async () => {
      const where = {
        AND: [
          overlapping(month.from, month.to),
          { mentions: { some: { role: "place", OR: [{ entityId: "place:aleppo" }, { entityId: { startsWith: "place:aleppo/" } }] } } },
        ],
      };
      const [rows] = await Promise.all([
        db.event.findMany({ where, orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }], take: 200, include: { mentions: true, article: { select: { outlet: true, published: true } } } }),
        db.event.count({ where }),
      ]);
      return rows.length;
    },
  };
  const queries = [direct];
  try {
    // The web app's own read path (lib/store/timeline.ts), when present.
    const timeline = (await import("../lib/store/timeline")) as {
      listEvents?: (q: unknown, db?: Db) => Promise<{ events: unknown[]; total: number }>;
      loadWindow?: (range: unknown, filters: unknown, limit: number, db?: Db) => Promise<{ page: { events: unknown[]; total: number } }>;
    };
    const aleppo = { outlets: [], places: ["place:aleppo"], actors: [], categories: [], dateSources: [], text: "" };
    if (timeline.listEvents) {
      const listEvents = timeline.listEvents;
      queries.push({
        label: "web app listEvents (lib/store/timeline.ts)",
        run: async () => {
          const page = await listEvents(
            { range: null, ...month, filters: aleppo, limit: 200, offset: 0 },
            db,
          );
          return page.events.length;
        },
      });
    }
    if (timeline.loadWindow) {
      const loadWindow = timeline.loadWindow;
      queries.push({
        label: "web app loadWindow, what the timeline loads (the month's 500 events, or its density past them)",
        run: async () => (await loadWindow({ start: month.from, end: month.to }, aleppo, 500, db)).page.total,
      });
    }
  } catch {
    // Not there: the direct query stands for it.
  }
  return queries;
}

/** Wall time, and this process's CPU time (a fairer figure on a machine busy with other work; SQLite runs in-process,
 * PostgreSQL's own work is not in it). */
async function timeQuery(run: () => Promise<number>): Promise<{ medianMs: number; maxMs: number; cpuMs: number; rows: number }> {
  let rows = 0;
  for (let i = 0; i < 3; i += 1) rows = await run(); // warm-up: statement caches, page cache
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    const t = performance.now();
    const c = process.cpuUsage();
    await run();
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, maxMs: times[times.length - 1]!, cpuMs: cpu[Math.floor(cpu.length / 2)]!, rows };
}

let options: Options;

async function benchmark(label: string, target: DatabaseTarget, corpus: string, count: number, analyse: Analyse): Promise<void> {
  process.stdout.write(`\n== ${label} ==\n`);
  await migrateDatabase(target);
  const db = await openDb(target);
  const pool = options.workers > 0 ? await AnalysisPool.start(options.workers, { fallback: analyse }) : null;
  try {
    const memory = new MemoryWatch();
    const checkpoints: string[] = [];
    let done = 0;
    let analysisMs = 0;
    const timedAnalyse: Analyse = (a) => {
      const t = performance.now();
      const result = analyse(a);
      analysisMs += performance.now() - t;
      return result;
    };
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    // The main thread's busy share (event loop utilisation): process CPU also counts the analysis workers.
    const eluBefore = nodePerformance.eventLoopUtilization();
    let writesDoneAt = 0;
    let eluWrites = eluBefore;
    const writesDone = async () => {
      writesDoneAt = performance.now();
      memory.phase = "statistics and groups";
      eluWrites = nodePerformance.eventLoopUtilization();
      await pool?.close();
    };
    async function* readings() {
      yield* readArticleFile(corpus);
    }
    const summary = await ingestArticles(db, readings(), {
      analyse: timedAnalyse,
      analysisVersion: analysisFingerprint(ROOT),
      ...(pool ? { analyseAsync: (a: Article) => pool.analyse(a), helpAnalyse: (a: Article) => pool.helpOne(analyse, a) } : {}),
      onWritesDone: writesDone,
      // As `zaman ingest` does when it analyses on workers (lib/store/memory.ts).
      ...(pool ? { onBatchWritten: collectGarbage } : {}),
      onOutcome: () => {
        done += 1;
        memory.phase = `writing, ${done} articles done`;
        if (done % Math.max(1, Math.floor(count / 4)) === 0) {
          const m = process.memoryUsage();
          checkpoints.push(`${done}: ${mb(memory.sample())} (main heap ${mb(m.heapUsed)} of ${mb(m.heapTotal)}, external ${mb(m.external)})`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    memory.stop();
    const eluAll = nodePerformance.eventLoopUtilization(eluBefore);
    const eluWriting = nodePerformance.eventLoopUtilization(eluWrites, eluBefore);
    const split = pool
      ? `analysis on ${options.workers} worker thread${options.workers === 1 ? "" : "s"} and the main thread; process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (all threads)`
      : `analysis ${(analysisMs / 1000).toFixed(1)} s = ${(analysisMs / Math.max(1, summary.added)).toFixed(1)} ms/article; storage and reading the rest`;
    const writeSeconds = (writesDoneAt - started) / 1000;
    const phases =
      `  phases: reading, analysis and writing ${writeSeconds.toFixed(1)} s (main thread busy ${(eluWriting.utilization * 100).toFixed(0)}%), ` +
      `statistics and groups ${(seconds - writeSeconds).toFixed(1)} s; main thread busy ${(eluAll.active / 1000).toFixed(1)} s in all\n`;
    process.stdout.write(
      `ingest: ${summary.added} added, ${summary.failed} failed, ${summary.expressions} time expressions, ${summary.events} events in ${seconds.toFixed(1)} s\n` +
        `  ${(summary.added / seconds).toFixed(0)} articles/s, ${(summary.events / seconds).toFixed(0)} events/s (${split})\n` +
        phases +
        `  peak memory (RSS) ${mb(memory.peak)} (${memory.peakPhase}); RSS after ${checkpoints.join(", ")} articles\n`,
    );
    if (summary.failed) process.stdout.write(`  first problem: ${JSON.stringify(summary.problems[0])}\n`);
    process.stdout.write(`database size: ${mb(await databaseSize(db, target))}\n`);
    for (const query of await timelineQuery(db)) {
      const t = await timeQuery(query.run);
      process.stdout.write(
        `timeline query — ${query.label}: median ${t.medianMs.toFixed(1)} ms (CPU ${t.cpuMs.toFixed(1)} ms), max ${t.maxMs.toFixed(1)} ms (${t.rows} rows)\n`,
      );
    }
  } finally {
    await pool?.close();
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  process.env.CHECKPOINT_DISABLE ??= "1";
  options = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(path.join(os.tmpdir(), "zaman-bench-"));
  const corpus = path.join(dir, "synthetic.jsonl");
  try {
    const t = performance.now();
    const { bytes } = await writeSyntheticCorpus(corpus, options.articles);
    process.stdout.write(
      `synthetic corpus: ${options.articles} articles, ${mb(bytes)} JSON Lines in ${((performance.now() - t) / 1000).toFixed(1)} s (${corpus})\n` +
        `machine: ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`,
    );
    const analyse = await loadAnalyse();
    if (options.pgOnly && !options.pg) throw new Error("--pg-only needs --pg URL (or ZAMAN_TEST_PG_URL)");
    if (!options.pgOnly) await benchmark("SQLite", databaseTarget(`file:${path.join(dir, "bench.db")}`), corpus, options.articles, analyse);

    if (options.pg) {
      const name = `zaman_bench_${Date.now()}`;
      const target = databaseTarget(postgresUrlWithDatabase(options.pg, name));
      try {
        await benchmark(`PostgreSQL (${name})`, target, corpus, options.articles, analyse);
      } finally {
        if (!options.keep && target.provider === "postgres") await dropDatabase({ ...target.connection, database: "postgres" }, name);
      }
    } else {
      process.stdout.write("\n(PostgreSQL: skipped; give --pg postgres://… or set ZAMAN_TEST_PG_URL)\n");
    }
  } finally {
    if (options.keep) process.stdout.write(`\nkept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:ingest: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});
