// A worker thread of the analysis pool: analyses the articles it is sent with the pipeline, answers each with the
// analysis or the error message, and collects its garbage every few hundred (lib/store/memory.ts). Pure CPU work;
// nothing here touches the database.
import { parentPort } from "node:worker_threads";
import type { Article } from "../article/types";
import { loadAnalyse } from "./analysis";
import { collectGarbage } from "./memory";

const analyse = await loadAnalyse();

/** Analyses between two garbage collections (as the main thread collects once per batch written). */
const COLLECT_EVERY = 400;
let analysed = 0;

parentPort?.on("message", (task: { id: number; article: Article }) => {
  try {
    parentPort?.postMessage({ id: task.id, analysis: analyse(task.article) });
  } catch (err) {
    parentPort?.postMessage({ id: task.id, error: err instanceof Error ? err.message : String(err) });
  }
  if (++analysed % COLLECT_EVERY === 0) collectGarbage();
});
parentPort?.postMessage({ ready: true });
