// A worker thread of the analysis pool: analyses the articles it is sent with the pipeline, answers each with the
// analysis or the error message. Pure CPU work; nothing here touches the database.
import { parentPort } from "node:worker_threads";
import type { Article } from "../article/types";
import { loadAnalyse } from "./analysis";

const analyse = await loadAnalyse();

parentPort?.on("message", (task: { id: number; article: Article }) => {
  try {
    parentPort?.postMessage({ id: task.id, analysis: analyse(task.article) });
  } catch (err) {
    parentPort?.postMessage({ id: task.id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort?.postMessage({ ready: true });
