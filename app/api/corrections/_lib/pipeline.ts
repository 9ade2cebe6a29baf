// The analysis pipeline the store re-runs when an article's publication date changes (its relative expressions
// re-resolve and the events anchored on them move). Imported statically so that the web bundle contains it.
// Tests may substitute their own.
import { analyseArticle } from "@/lib/pipeline";
import type { Analyse } from "@/lib/store/analysis";
import type { ReanalysisOptions } from "@/lib/store/corrections";

let substitute: Analyse | null = null;

/** Tests: re-analyse with this instead of the real pipeline (null restores it). */
export function substituteAnalysis(analyse: Analyse | null): void {
  substitute = analyse;
}

export async function reanalysis(): Promise<ReanalysisOptions> {
  return { analyse: substitute ?? analyseArticle };
}
