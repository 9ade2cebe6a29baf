// When parsers found overlapping spans, keep one: the longest (it states the most: «منذ صباح الأحد» over «الأحد»),
// then the finer granularity, then the earlier start. Results without a TIMEX draft are dropped here.

import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { draftOf, isAtLeastAsFine } from "../../../draft";

function better(a: ParsingResult, b: ParsingResult): ParsingResult {
  if (a.text.length !== b.text.length) return a.text.length > b.text.length ? a : b;
  const ga = draftOf(a)?.granularity;
  const gb = draftOf(b)?.granularity;
  if (ga && gb && ga !== gb) return isAtLeastAsFine(ga, gb) ? a : b;
  return a.index <= b.index ? a : b;
}

export default class AROverlapRemovalRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const sorted = results.filter((r) => draftOf(r)).sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const kept: ParsingResult[] = [];
    for (const result of sorted) {
      const last = kept[kept.length - 1];
      if (last && result.index < last.index + last.text.length) {
        kept[kept.length - 1] = better(last, result);
      } else kept.push(result);
    }
    return kept;
  }
}
