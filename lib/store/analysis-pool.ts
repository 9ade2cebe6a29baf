// Article analysis on worker threads, so ingest uses every core: the pipeline costs tens of milliseconds an article
// while storing it costs a few, and on two cores that was half the machine idle. Workers take one article at a time
// from a shared queue (long articles do not hold up a worker's backlog); results come back in any order and ingest
// puts them back in input order. The worker runs TypeScript through tsx (a dependency: the CLI runs on it), so the
// pool is for the CLI and scripts, not for the web server.
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { Article } from "../article/types";
import type { Analysis } from "./analysis";

interface Task {
  id: number;
  article: Article;
  resolve: (analysis: Analysis) => void;
  reject: (err: Error) => void;
}

export class AnalysisPool {
  private readonly queue: Task[] = [];
  private readonly running = new Map<Worker, Task | null>();
  private readonly tasks = new Map<number, Task>();
  private nextId = 0;

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      this.running.set(worker, null);
      worker.on("message", (message: { id?: number; analysis?: Analysis; error?: string; ready?: boolean }) => {
        if (message.id !== undefined) {
          const task = this.tasks.get(message.id);
          this.tasks.delete(message.id);
          if (task) {
            if (message.error !== undefined) task.reject(new Error(message.error));
            else task.resolve(message.analysis!);
          }
        }
        this.running.set(worker, null);
        this.dispatch();
      });
      worker.on("error", (err) => this.failWorker(worker, err));
    }
  }

  /** Starts `size` workers (default: one per core) and waits until each has loaded the pipeline. */
  static async start(size = os.availableParallelism()): Promise<AnalysisPool> {
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

  private dispatch(): void {
    for (const [worker, current] of this.running) {
      if (current !== null) continue;
      const task = this.queue.shift();
      if (!task) return;
      this.running.set(worker, task);
      worker.postMessage({ id: task.id, article: task.article });
    }
  }

  private failWorker(worker: Worker, err: Error): void {
    const task = this.running.get(worker);
    if (task) {
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
