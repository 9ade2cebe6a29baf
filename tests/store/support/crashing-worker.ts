// A stand-in for lib/store/analysis-worker.ts in pool tests: answers like it (with the fake analysis), except that
// the thread dies on an article whose id is "crash", as a worker would on a fatal error.
import { parentPort } from "node:worker_threads";
import type { Article } from "../../../lib/article/types";
import { fakeAnalyse } from "./fake-analysis";

parentPort?.on("message", (task: { id: number; article: Article }) => {
  if (task.article.id === "crash") process.exit(3);
  parentPort?.postMessage({ id: task.id, analysis: fakeAnalyse(task.article) });
});
parentPort?.postMessage({ ready: true });
