// Base of the refiners that join two neighbouring results into one expression («اليوم الاثنين», «آذار من العام
// الماضي»): walk the results in text order and let `merge` decide on each adjacent pair. A merged pair is not
// offered again, so three results in a row merge at most once.

import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

export default abstract class AdjacentPairRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i += 1) {
      const first = results[i]!;
      const second = results[i + 1];
      const merged = second ? this.merge(context, first, second) : null;
      if (merged) {
        out.push(merged);
        i += 1;
      } else out.push(first);
    }
    return out;
  }

  /** The single result the pair stands for, or null to keep both. */
  protected abstract merge(context: ParsingContext, first: ParsingResult, second: ParsingResult): ParsingResult | null;
}
