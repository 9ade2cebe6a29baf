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
import ARHijriDateParser from "./parsers/ARHijriDateParser";
import ARHolidayParser from "./parsers/ARHolidayParser";
import ARWeekOfMonthParser from "./parsers/ARWeekOfMonthParser";
import ARDateRangeParser from "./parsers/ARDateRangeParser";
import ARClockTimeParser from "./parsers/ARClockTimeParser";
import ARMonthPartParser from "./parsers/ARMonthPartParser";
import ARSetParser from "./parsers/ARSetParser";
import ARDurationParser from "./parsers/ARDurationParser";
import ARVagueTimeParser from "./parsers/ARVagueTimeParser";
import ARTimeUnitSpanParser from "./parsers/ARTimeUnitSpanParser";
import ARTimeUnitAgoLaterParser from "./parsers/ARTimeUnitAgoLaterParser";
import ARMonthNameDateParser from "./parsers/ARMonthNameDateParser";
import ARYearParser from "./parsers/ARYearParser";
import ARNumericDateParser from "./parsers/ARNumericDateParser";

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
      new ARHijriDateParser(),
      new ARHolidayParser(),
      new ARWeekOfMonthParser(),
      new ARDateRangeParser(),
      new ARClockTimeParser(),
      new ARMonthPartParser(),
      new ARSetParser(),
      new ARDurationParser(),
      new ARVagueTimeParser(),
      new ARTimeUnitSpanParser(),
      new ARTimeUnitAgoLaterParser(),
      new ARMonthNameDateParser(),
      new ARYearParser(),
      new ARNumericDateParser(),
    ],
    refiners: [
      new AROverlapRemovalRefiner(),
      new ARMergeMonthYearRefiner(),
      new AROrdinalOfMonthRefiner(),
      new ARMergeDayWeekdayRefiner(),
    ],
  };
}
