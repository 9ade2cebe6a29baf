// Ingest: articles (as read by lib/article) → analysed → stored. Idempotent by content hash: an article whose text,
// metadata and analysis version are unchanged is skipped without analysis or write. A changed article is re-derived
// with the corrections people made on it re-applied (they are kept by id, never deleted).
//
// Transactions. Reading and analysis happen before any write, so a bad file or an analysis failure only ever fails
// its own article. New articles are then written in batches: one transaction inserts a whole batch with multi-row
// statements, which is what makes 10,000 articles a matter of a minute. If a batch transaction fails (a constraint,
// a concurrent writer), nothing of it is kept and its articles are written again one per transaction, so the faulty
// one is reported and the others land: the outcome is that of one transaction per article. Updates (rare) always
// get their own transaction.
//
// Pipelining. Articles are taken in batches: a batch is looked up (which of its articles are new or changed), its new
// articles are sent for analysis (to worker threads when `analyseAsync` is given), and it is written once the batch
// before it has been written. So reading, analysis and writing overlap, at most two batches are held in memory
// whatever the input size, and outcomes are still reported (and applied) in input order.
import { contentHash } from "../article/identity";
import type { Article, ArticleOrigin, ArticleProblem, ArticleReading } from "../article/types";
import type { Analyse, Analysis } from "./analysis";
import { insertArticles, lockArticle, previousEvents, replaceArticleRows, TRANSACTION_OPTIONS } from "./article-rows";
import { providerOf, sqliteConnectionOf, type Db, type Provider } from "./client";
import { activeCorrections } from "./correction-records";
import { shortDatabaseError } from "./errors";
import { materialiseArticle, type ActiveCorrections, type Materialised, type PreviousEvent } from "./materialise";
import { affectedRange, regroupEvents, widenRange, type RegroupSummary } from "./groups";
import type { DayInterval } from "../time/types";
import { refreshStatistics } from "./statistics";

export type IngestStatus = "added" | "updated" | "skipped";

export type IngestOutcome =
  | { status: IngestStatus; articleId: string; origin: ArticleOrigin; expressions: number; events: number }
  | { status: "failed"; problem: ArticleProblem };

export interface IngestSummary {
  added: number;
  updated: number;
  skipped: number;
  failed: number;
  /** Time expressions and events stored by this run (added and updated articles). */
  expressions: number;
  events: number;
  problems: ArticleProblem[];
  /** Ids of the articles added or updated. */
  changed: string[];
  /** Cross-article groups recomputed after the changes (null when nothing changed). */
  grouping: RegroupSummary | null;
}

export interface IngestOptions {
  analyse: Analyse;
  /** The same analysis off the main thread (lib/store/analysis-pool.ts), used for new articles when given. */
  analyseAsync?: (article: Article) => Promise<Analysis>;
  /** Runs one queued asynchronous analysis on this thread, preferably this article's (AnalysisPool.helpOne): called
   * instead of waiting for an analysis. Returns what it ran, or null when nothing is queued. */
  helpAnalyse?: (article: Article) => "given" | "other" | null;
  /** Fingerprint of the analysis code (lib/store/analysis.ts analysisFingerprint). */
  analysisVersion: string;
  /** Articles per insert transaction (default BATCH_SIZE). */
  batchSize?: number;
  /** Called once per article, in input order, as soon as its outcome is known. */
  onOutcome?: (outcome: IngestOutcome) => void;
  /** Called once every article is written, before groups are recomputed (e.g. to stop analysis workers and free
   * their memory first). */
  onWritesDone?: () => Promise<void>;
  /** Called after each batch is written, when its analyses and rows have become garbage (lib/store/memory.ts). */
  onBatchWritten?: () => void;
}

/**
 * Articles per batch, i.e. per insert transaction. Each commit writes every page the batch touched, and the events'
 * and mentions' indexes are touched all over, so fewer, larger commits rewrite the same pages less often (10,000
 * articles: ~10 s of SQLite work at 100 per commit, ~6 s at 400-500), for two batches' rows in memory.
 */
export const BATCH_SIZE = 400;

interface Pending {
  article: Article;
  origin: ArticleOrigin;
  hash: string;
}

/** A batch keeps input order: readings that failed wait in it too, so outcomes are reported in input order. */
type BatchEntry = { pending: Pending } | { problem: ArticleProblem };

/** What a batch entry turned out to be once looked up (and, for a new article, its analysis under way). */
type Prepared =
  | { kind: "problem"; problem: ArticleProblem }
  | { kind: "skip"; pending: Pending }
  | { kind: "update"; pending: Pending }
  | { kind: "new"; pending: Pending; analysis: PendingAnalysis | null };

/** An analysis under way elsewhere, and whether it is back. */
interface PendingAnalysis {
  result: Promise<{ analysis: Analysis } | { error: string }>;
  settled: boolean;
}

function track(analysis: Promise<Analysis>): PendingAnalysis {
  const pending = { settled: false } as PendingAnalysis;
  pending.result = analysis.then(
    (a) => {
      pending.settled = true;
      return { analysis: a };
    },
    (err: unknown) => {
      pending.settled = true;
      return { error: shortMessage(err) };
    },
  );
  return pending;
}

function sourcePath(origin: ArticleOrigin): string {
  return origin.line === undefined ? origin.file : `${origin.file}:${origin.line}`;
}

/** An error's message cut to a readable length (a failing regular expression quotes all of itself). */
function shortMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}

function failure(origin: ArticleOrigin, reason: string): IngestOutcome {
  return { status: "failed", problem: origin.line === undefined ? { file: origin.file, reason } : { file: origin.file, line: origin.line, reason } };
}

export function emptySummary(): IngestSummary {
  return { added: 0, updated: 0, skipped: 0, failed: 0, expressions: 0, events: 0, problems: [], changed: [], grouping: null };
}

export function addOutcome(summary: IngestSummary, outcome: IngestOutcome): void {
  if (outcome.status === "failed") {
    summary.failed += 1;
    summary.problems.push(outcome.problem);
    return;
  }
  summary[outcome.status] += 1;
  if (outcome.status !== "skipped") {
    summary.expressions += outcome.expressions;
    summary.events += outcome.events;
    summary.changed.push(outcome.articleId);
  }
}

class Ingester {
  readonly summary = emptySummary();
  /** The days the new articles' groupable events cover (known from their rows: no query needed). */
  addedRange: DayInterval | null = null;
  /** Updated articles: their range (and their events' old groups') is read back once everything is written. */
  readonly updatedIds: string[] = [];
  private batch: BatchEntry[] = [];
  private batchIds = new Set<string>();
  /** The write of the previous batch, and the ids it holds. */
  private writing: Promise<void> = Promise.resolve();
  private writingIds = new Set<string>();
  private readonly provider: Provider;

  constructor(
    private readonly db: Db,
    private readonly options: IngestOptions,
  ) {
    this.provider = providerOf(db);
  }

  private report(outcome: IngestOutcome): void {
    addOutcome(this.summary, outcome);
    this.options.onOutcome?.(outcome);
  }

  async accept(reading: ArticleReading): Promise<void> {
    if (!reading.ok) {
      this.batch.push({ problem: reading.problem });
      return;
    }
    const { article, origin } = reading;
    // The same id twice in one batch: close the batch before it, so the second is seen as an update or a skip.
    if (this.batchIds.has(article.id)) await this.closeBatch();
    this.batch.push({ pending: { article, origin, hash: contentHash(article) } });
    this.batchIds.add(article.id);
    if (this.batch.length >= (this.options.batchSize ?? BATCH_SIZE)) await this.closeBatch();
  }

  /** Ends the current batch: looks it up, starts its analyses, and queues its write after the previous one. */
  async closeBatch(): Promise<void> {
    const batch = this.batch;
    const ids = this.batchIds;
    this.batch = [];
    this.batchIds = new Set();
    if (batch.length === 0) return;
    // Looking up an id the previous batch is still writing would not see it yet.
    if ([...ids].some((id) => this.writingIds.has(id))) await this.writing;
    const prepared = await this.prepare(batch, ids);
    const previous = this.writing;
    this.writingIds = ids;
    this.writing = previous.then(() => this.write(prepared));
    await previous; // at most one batch waits for its write while the next one is read and analysed
  }

  async finish(): Promise<void> {
    await this.closeBatch();
    await this.writing;
  }

  private async prepare(batch: BatchEntry[], ids: Set<string>): Promise<Prepared[]> {
    const existing = new Map(
      ids.size === 0
        ? []
        : (
            await this.db.article.findMany({ where: { id: { in: [...ids] } }, select: { id: true, contentHash: true, analysisVersion: true } })
          ).map((row) => [row.id, row]),
    );
    return batch.map((entry): Prepared => {
      if ("problem" in entry) return { kind: "problem", problem: entry.problem };
      const p = entry.pending;
      const stored = existing.get(p.article.id);
      if (stored && stored.contentHash === p.hash && stored.analysisVersion === this.options.analysisVersion) return { kind: "skip", pending: p };
      if (stored) return { kind: "update", pending: p };
      const analysis = this.options.analyseAsync ? track(this.options.analyseAsync(p.article)) : null;
      return { kind: "new", pending: p, analysis };
    });
  }

  private materialise(p: Pending, analyse: Analyse, previous?: ReadonlyMap<string, PreviousEvent>, corrections: ActiveCorrections = { events: new Map() }) {
    return materialiseArticle({
      article: p.article,
      meta: { contentHash: p.hash, analysisVersion: this.options.analysisVersion, sourcePath: sourcePath(p.origin) },
      corrections,
      analyse,
      previous,
    });
  }

  private async write(prepared: Prepared[]): Promise<void> {
    // Outcomes are reported in input order; new articles wait for their batch insert.
    const outcomes: (IngestOutcome | null)[] = [];
    const inserts: { index: number; pending: Pending; rows: Materialised }[] = [];
    for (const entry of prepared) {
      if (entry.kind === "problem") outcomes.push({ status: "failed", problem: entry.problem });
      else if (entry.kind === "skip") outcomes.push({ status: "skipped", articleId: entry.pending.article.id, origin: entry.pending.origin, expressions: 0, events: 0 });
      else if (entry.kind === "update") outcomes.push(await this.update(entry.pending));
      else {
        const p = entry.pending;
        try {
          let analyse = this.options.analyse;
          if (entry.analysis) {
            await this.helpUntil(entry.analysis, p.article);
            const done = await entry.analysis.result;
            if ("error" in done) throw new Error(done.error);
            analyse = (a) => (a === p.article ? done.analysis : this.options.analyse(a));
          }
          inserts.push({ index: outcomes.length, pending: p, rows: this.materialise(p, analyse) });
          outcomes.push(null);
        } catch (err) {
          outcomes.push(failure(p.origin, `analysis failed: ${shortMessage(err)}`));
        }
      }
    }

    if (inserts.length > 0) {
      const added = (i: (typeof inserts)[number]): IngestOutcome => ({
        status: "added",
        articleId: i.pending.article.id,
        origin: i.pending.origin,
        expressions: i.rows.expressions.length,
        events: i.rows.events.length,
      });
      try {
        await this.db.$transaction(
          (tx) => insertArticles(tx, this.provider, inserts.map((i) => i.rows), sqliteConnectionOf(this.db)),
          TRANSACTION_OPTIONS,
        );
        for (const i of inserts) {
          outcomes[i.index] = added(i);
          this.addRows(i.rows);
        }
      } catch {
        // Retry one article per transaction: the faulty one fails alone.
        for (const i of inserts) {
          try {
            await this.db.$transaction((tx) => insertArticles(tx, this.provider, [i.rows], sqliteConnectionOf(this.db)), TRANSACTION_OPTIONS);
            outcomes[i.index] = added(i);
            this.addRows(i.rows);
          } catch (err) {
            outcomes[i.index] = failure(i.pending.origin, `could not be stored: ${shortDatabaseError(err)}`);
          }
        }
      }
    }
    for (const outcome of outcomes) if (outcome) this.report(outcome);
    this.options.onBatchWritten?.();
  }

  /** Rather than wait for this analysis, analyses queued articles here (this one first if it is still queued). */
  private async helpUntil(analysis: PendingAnalysis, article: Article): Promise<void> {
    const help = this.options.helpAnalyse;
    if (!help) return;
    while (!analysis.settled) {
      const ran = help(article);
      if (ran === null || ran === "given") return;
      // Let the workers' finished analyses come in before taking another.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** Widens the range to regroup by a written article's events that can group (dated, not long spans). */
  private addRows(rows: Materialised): void {
    for (const e of rows.events) {
      if (e.start && e.end && !e.longSpan) this.addedRange = widenRange(this.addedRange, { start: e.start, end: e.end });
    }
  }

  /** A stored article whose content or analysis changed: re-derived in its own transaction, corrections re-applied. */
  private async update(p: Pending): Promise<IngestOutcome> {
    try {
      const rows = await this.db.$transaction(async (tx) => {
        if (!(await lockArticle(tx, p.article.id))) throw new Error("the article disappeared while being updated");
        const corrections = await activeCorrections(tx, p.article.id);
        const previous = await previousEvents(tx, p.article.id);
        const m = this.materialise(p, this.options.analyse, previous, corrections);
        await replaceArticleRows(tx, this.provider, m);
        return m;
      }, TRANSACTION_OPTIONS);
      this.updatedIds.push(p.article.id);
      return { status: "updated", articleId: p.article.id, origin: p.origin, expressions: rows.expressions.length, events: rows.events.length };
    } catch (err) {
      return failure(p.origin, `could not be updated: ${shortDatabaseError(err)}`);
    }
  }
}

/** Ingests every reading (streamed: at most two batches are held in memory) and returns the counts. */
export async function ingestArticles(db: Db, readings: AsyncIterable<ArticleReading> | Iterable<ArticleReading>, options: IngestOptions): Promise<IngestSummary> {
  const ingester = new Ingester(db, options);
  for await (const reading of readings) await ingester.accept(reading);
  await ingester.finish();
  await options.onWritesDone?.();
  const summary = ingester.summary;
  if (summary.changed.length > 0) {
    await refreshStatistics(db);
    // The same event told by several articles: regrouped around the dates the changed articles touch (new articles'
    // from their rows; updated ones' from the database, with the groups their events were in).
    const range = widenRange(ingester.addedRange, ingester.updatedIds.length > 0 ? await affectedRange(db, ingester.updatedIds) : null);
    if (range) summary.grouping = await regroupEvents(db, range);
  }
  return summary;
}
