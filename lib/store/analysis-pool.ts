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

export class AnalysisPool {
  private readonly queue: Task[] = [];
  /** The tasks each worker has been sent and not answered yet. */
  private readonly running = new Map<Worker, Set<Task>>();
  /** Characters of text each worker has been sent and not answered yet. */
  private readonly sentCharacters = new Map<Worker, number>();
  private readonly tasks = new Map<number, Task>();
  private nextId = 0;

  private constructor(private readonly workers: Worker[]) {
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
    }
  }

  /** Workers to start when the main thread helps: one per core but one (at least one). */
  static defaultSize(): number {
    return Math.max(1, os.availableParallelism() - 1);
  }

  /** Starts `size` workers and waits until each has loaded the pipeline. */
  static async start(size = AnalysisPool.defaultSize()): Promise<AnalysisPool> {
    // Worker threads do not inherit the tsx loader the CLI runs under: a small bootstrap registers it in the worker,
    // then loads the TypeScript worker module.
    const bootstrap = [
      `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};`,
      "register();",
      `await import(${JSON.stringify(new URL("./analysis-worker.ts", import.meta.url).href)});`,
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
    return new AnalysisPool(workers);
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

  private failWorker(worker: Worker, err: Error): void {
    for (const task of this.running.get(worker) ?? []) {
      this.tasks.delete(task.id);
      task.reject(err);
    }
    this.running.delete(worker);
    if (this.running.size === 0) for (const t of this.queue.splice(0)) t.reject(new Error(`analysis workers stopped: ${err.message}`));
  }

  async close(): Promise<void> {
    await Promise.all([...this.running.keys()].map((w) => w.terminate()));
    this.running.clear();
  }
}
