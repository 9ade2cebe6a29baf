// Article analysis on worker threads, so ingest uses every core: the pipeline costs milliseconds an article, about
// as much as storing it. Articles wait in a shared queue; each worker is sent a bounded number ahead (IN_FLIGHT_*);
// results come back in any order and ingest puts them back in input order. The main thread takes its share too
// (`helpOne`): whenever ingest would wait for an analysis, it runs a queued one itself. So one worker per core but
// one keeps every core busy without a third thread competing for two cores, and each worker not started is a
// JavaScript heap (100 MB and more) not held. The worker runs TypeScript through tsx (a dependency: the CLI
// runs on it), so the pool is for the CLI and scripts, not for the web server.
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { Article } from "../article/types";
import type { Analyse, Analysis } from "./analysis";

interface Task {
  id: number;
  article: Article;
  resolve: (analysis: Analysis) => void;
  reject: (err: Error) => void;
}

/**
 * What a worker holds at once: the main thread tells it of its next articles, and is busy for a while at times
 * (writing a batch of several hundred articles), so a worker is sent up to this many articles, or this much text,
 * ahead (256 rather than 16 or 64: 10,000 articles 18-22 s of writing instead of 24-28 s; one at a time left the
 * worker idle 40% of the time). Articles still queued here can be analysed by whichever thread gets to them first.
 */
const IN_FLIGHT_ARTICLES = 256;
const IN_FLIGHT_CHARACTERS = 2_000_000;

export interface PoolOptions {
  /** Analyses what is left on the calling thread if every worker has stopped (else those articles fail). */
  fallback?: Analyse;
  /** The worker module (tests): by default ./analysis-worker.ts. */
  workerModule?: URL;
}

export class AnalysisPool {
  private readonly queue: Task[] = [];
  private closing = false;
  private draining = false;
  /** The tasks each worker has been sent and not answered yet. */
  private readonly running = new Map<Worker, Set<Task>>();
  /** Characters of text each worker has been sent and not answered yet. */
  private readonly sentCharacters = new Map<Worker, number>();
  private readonly tasks = new Map<number, Task>();
  private nextId = 0;

  private constructor(
    workers: Worker[],
    private readonly fallback: Analyse | null,
  ) {
    for (const worker of workers) {
      this.running.set(worker, new Set());
      worker.on("message", (message: { id?: number; analysis?: Analysis; error?: string; ready?: boolean }) => {
        if (message.id !== undefined) {
          const task = this.tasks.get(message.id);
          this.tasks.delete(message.id);
          if (task) {
            this.running.get(worker)?.delete(task);
            this.sentCharacters.set(worker, (this.sentCharacters.get(worker) ?? 0) - task.article.text.length);
            if (message.error !== undefined) task.reject(new Error(message.error));
            else task.resolve(message.analysis!);
          }
        }
        this.dispatch();
      });
      worker.on("error", (err) => this.failWorker(worker, err));
      worker.on("exit", (code) => {
        if (!this.closing) this.failWorker(worker, new Error(`analysis worker exited with code ${code}`));
      });
    }
  }

  /** Workers to start when the main thread helps: one per core but one (at least one). */
  static defaultSize(): number {
    return Math.max(1, os.availableParallelism() - 1);
  }

  /** Starts `size` workers and waits until each has loaded the pipeline. */
  static async start(size = AnalysisPool.defaultSize(), options: PoolOptions = {}): Promise<AnalysisPool> {
    // Worker threads do not inherit the tsx loader the CLI runs under: a small bootstrap registers it in the worker,
    // then loads the TypeScript worker module.
    const module = options.workerModule ?? new URL("./analysis-worker.ts", import.meta.url);
    const bootstrap = [
      `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};`,
      "register();",
      `await import(${JSON.stringify(module.href)});`,
    ].join("\n");
    const url = new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
    const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(url));
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            w.once("message", () => resolve());
            w.once("error", reject);
          }),
      ),
    );
    return new AnalysisPool(workers, options.fallback ?? null);
  }

  analyse(article: Article): Promise<Analysis> {
    return new Promise((resolve, reject) => {
      const task = { id: this.nextId++, article, resolve, reject };
      this.tasks.set(task.id, task);
      this.queue.push(task);
      this.dispatch();
    });
  }

  /**
   * Runs one queued analysis on the calling thread with `analyse`: the article given if it is still queued, else the
   * one queued last (the furthest from being needed; workers take from the front). "given" or "other" for what it
   * ran, null when nothing was queued.
   */
  helpOne(analyse: Analyse, wanted?: Article): "given" | "other" | null {
    let index = wanted === undefined ? -1 : this.queue.findIndex((t) => t.article === wanted);
    const given = index >= 0;
    if (!given) index = this.queue.length - 1;
    if (index < 0) return null;
    const task = this.queue.splice(index, 1)[0]!;
    this.tasks.delete(task.id);
    try {
      task.resolve(analyse(task.article));
    } catch (err) {
      task.reject(new Error(err instanceof Error ? err.message : String(err)));
    }
    return given ? "given" : "other";
  }

  private dispatch(): void {
    if (this.running.size === 0 && this.fallback) this.drain();
    for (const [worker, sent] of this.running) {
      let characters = this.sentCharacters.get(worker) ?? 0;
      while (sent.size === 0 || (sent.size < IN_FLIGHT_ARTICLES && characters < IN_FLIGHT_CHARACTERS)) {
        const task = this.queue.shift();
        if (!task) break;
        sent.add(task);
        characters += task.article.text.length;
        worker.postMessage({ id: task.id, article: task.article });
      }
      this.sentCharacters.set(worker, characters);
      if (this.queue.length === 0) return;
    }
  }

  /**
   * A worker stopped: the article it was analysing (the first it had not answered: it takes them in order) fails
   * with the error; the others it held go back to the front of the queue, for the other workers, or for the
   * fallback on this thread when none is left (without one, they fail).
   */
  private failWorker(worker: Worker, err: Error): void {
    const sent = this.running.get(worker);
    if (!sent) return;
    this.running.delete(worker);
    this.sentCharacters.delete(worker);
    const [current, ...rest] = sent;
    if (current) {
      this.tasks.delete(current.id);
      current.reject(err);
    }
    this.queue.unshift(...rest);
    if (this.running.size === 0 && !this.fallback) {
      for (const t of this.queue.splice(0)) {
        this.tasks.delete(t.id);
        t.reject(new Error(`analysis workers stopped: ${err.message}`));
      }
      return;
    }
    this.dispatch();
  }

  /** With no worker left: the queue is analysed here, one article per turn of the event loop. */
  private drain(): void {
    if (this.draining || this.closing) return;
    this.draining = true;
    const step = () => {
      if (!this.closing && this.helpOne(this.fallback!) !== null) setImmediate(step);
      else this.draining = false;
    };
    setImmediate(step);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.running.keys()].map((w) => w.terminate()));
    this.running.clear();
  }
}
