// The Arabic locale's configuration: an ordered list of parsers (one expression family per file) and refiners,
// as chrono lays out its own locales. The order of parsers does not matter (each scans the whole text and the
// overlap refiner arbitrates); the order of refiners does: overlaps first, then merging of adjacent pairs.
// To add a parser: one line in `parsers` (import it above).

import type { Parser, Refiner } from "chrono-node";
import ARAnchoredParser from "./parsers/ARAnchoredParser";
import ARCasualDayParser from "./parsers/ARCasualDayParser";
import ARPartOfDayParser from "./parsers/ARPartOfDayParser";
import ARRelativeUnitParser from "./parsers/ARRelativeUnitParser";
import ARWeekdayParser from "./parsers/ARWeekdayParser";
import ARMergeDayWeekdayRefiner from "./refiners/ARMergeDayWeekdayRefiner";
import ARMergeMonthYearRefiner from "./refiners/ARMergeMonthYearRefiner";
import AROrdinalOfMonthRefiner from "./refiners/AROrdinalOfMonthRefiner";
import AROverlapRemovalRefiner from "./refiners/AROverlapRemovalRefiner";
import ARHijriDateParser from "./parsers/ARHijriDateParser"; // E2
import ARHolidayParser from "./parsers/ARHolidayParser"; // E2
import ARWeekOfMonthParser from "./parsers/ARWeekOfMonthParser"; // E2
import ARDateRangeParser from "./parsers/ARDateRangeParser"; // E2
import ARClockTimeParser from "./parsers/ARClockTimeParser"; // E2
import ARMonthPartParser from "./parsers/ARMonthPartParser"; // E2
import ARSetParser from "./parsers/ARSetParser"; // E2
import ARDurationParser from "./parsers/ARDurationParser"; // E2
import ARVagueTimeParser from "./parsers/ARVagueTimeParser"; // E2
import ARTimeUnitSpanParser from "./parsers/ARTimeUnitSpanParser"; // E2
import ARTimeUnitAgoLaterParser from "./parsers/ARTimeUnitAgoLaterParser"; // E2
import ARMonthNameDateParser from "./parsers/ARMonthNameDateParser"; // E2
import ARYearParser from "./parsers/ARYearParser"; // E2
import ARNumericDateParser from "./parsers/ARNumericDateParser"; // E2

/** chrono's Configuration (not exported from its package root). */
export interface Configuration {
  parsers: Parser[];
  refiners: Refiner[];
}

export function createConfiguration(): Configuration {
  return {
    parsers: [
      new ARCasualDayParser(),
      new ARPartOfDayParser(),
      new ARWeekdayParser(),
      new ARRelativeUnitParser(),
      new ARAnchoredParser(),
      new ARHijriDateParser(), // E2
      new ARHolidayParser(), // E2
      new ARWeekOfMonthParser(), // E2
      new ARDateRangeParser(), // E2
      new ARClockTimeParser(), // E2
      new ARMonthPartParser(), // E2
      new ARSetParser(), // E2
      new ARDurationParser(), // E2
      new ARVagueTimeParser(), // E2
      new ARTimeUnitSpanParser(), // E2
      new ARTimeUnitAgoLaterParser(), // E2
      new ARMonthNameDateParser(), // E2
      new ARYearParser(), // E2
      new ARNumericDateParser(), // E2
    ],
    refiners: [
      new AROverlapRemovalRefiner(),
      new ARMergeMonthYearRefiner(),
      new AROrdinalOfMonthRefiner(),
      new ARMergeDayWeekdayRefiner(),
    ],
  };
}
