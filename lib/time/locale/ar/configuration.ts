// The Arabic locale's configuration: an ordered list of parsers (one expression family per file) and refiners,
// as chrono lays out its own locales. Order of parsers does not matter (every parser scans the whole text);
// order of refiners does: merging first, then overlap removal.

import type { Parser, Refiner } from "chrono-node";

/** chrono's Configuration (not exported from its package root). */
export interface Configuration {
  parsers: Parser[];
  refiners: Refiner[];
}
import ARCasualDayParser from "./parsers/ARCasualDayParser";
import AROverlapRemovalRefiner from "./refiners/AROverlapRemovalRefiner";

export function createConfiguration(): Configuration {
  return {
    parsers: [
      new ARCasualDayParser(),
    ],
    refiners: [
      new AROverlapRemovalRefiner(),
    ],
  };
}
