// What the store asks of the analysis pipeline: an article in, its time expressions and events out. Injected (tests
// pass hand-made analyses; the CLI and the web app use the real pipeline) so lib/store stays about storage.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Article } from "../article/types";
import type { ExtractedEvent } from "../events/types";
import type { TimeExpression } from "../time/types";

export interface Analysis {
  timexes: TimeExpression[];
  events: ExtractedEvent[];
}

export type Analyse = (article: Article) => Analysis;

/** The analysis code and data whose change means stored analyses are stale (re-ingest then re-analyses). */
const ANALYSIS_SOURCES = ["lib/time", "lib/events", "lib/text", "lib/pipeline.ts"];

function listFiles(entry: string, out: string[]): void {
  let info;
  try {
    info = statSync(entry);
  } catch {
    return;
  }
  if (info.isFile()) {
    if (/\.(ts|json)$/.test(entry)) out.push(entry);
    return;
  }
  for (const name of readdirSync(entry).sort()) listFiles(path.join(entry, name), out);
}

/**
 * A fingerprint of the analysis sources (a hash of their contents), stored with each article: a re-ingest after the
 * engine changed re-analyses the article even though its text did not change. "unknown" when the sources are absent;
 * ZAMAN_ANALYSIS_VERSION, when set, is used instead.
 */
export function analysisFingerprint(root: string = process.cwd()): string {
  // ZAMAN_ANALYSIS_VERSION pins it (tests running while the analysis sources are being edited; deliberate reuse).
  const pinned = process.env.ZAMAN_ANALYSIS_VERSION?.trim();
  if (pinned) return pinned;
  const files: string[] = [];
  for (const source of ANALYSIS_SOURCES) listFiles(path.join(/* turbopackIgnore: true */ root, source), files);
  if (files.length === 0) return "unknown";
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** The analysis the CLI and scripts use: lib/pipeline.ts's analyseArticle (loaded on first use: it is big). */
export async function loadAnalyse(): Promise<Analyse> {
  const { analyseArticle } = await import("../pipeline");
  return analyseArticle;
}
