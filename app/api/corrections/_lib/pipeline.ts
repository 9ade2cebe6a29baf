// The analysis pipeline the store re-runs when an article's publication date changes (its relative expressions
// re-resolve and the events anchored on them move). Tests may substitute their own.
import type { Analyse } from "@/lib/store/analysis";
import type { ReanalysisOptions } from "@/lib/store/corrections";

let substitute: Analyse | null = null;

/** Tests: re-analyse with this instead of the real pipeline (null restores it). */
export function substituteAnalysis(analyse: Analyse | null): void {
  substitute = analyse;
}

export async function reanalysis(): Promise<ReanalysisOptions> {
  if (substitute) return { analyse: substitute };
  // TEMPORARY until lib/pipeline.ts lands: the publication-date cascade needs the real pipeline.
  throw new Error("the analysis pipeline (lib/pipeline.ts) is not available yet");
}
