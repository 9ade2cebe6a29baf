// Ranges of days: «13 إلى 15 تموز», «من 13 الى 15 يوليو», «من 1-8 شهر أيلول», «من 13 تموز إلى 15 تموز»,
// «من 28 شباط حتى 3 آذار 2016», «تموز 13 الى 15», «يوليو 13-15», «من الثالث والعشرين وحتى السادس والعشرين من شهر
// أكتوبر». One DATE whose interval is the whole range; value «first/last» (ISO 8601 interval). Without a year, the
// first month follows yearOfMonthWithoutYear and a second month earlier in the year than the first is the next year's.

import { GAP } from "../../../../text/boundaries";
import { ORDINAL_PATTERN, parseDayNumber } from "../../../../text/numbers";
import { daysInMonth, formatDay } from "../../../calendar";
import { yearOfMonthWithoutYear, type MonthMarker } from "../../../conventions";
import type { TimexDraft } from "../../../draft";
import { MONTH_TRIGGER_SOURCE } from "../months";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";
import { MARKER, MARKERS, monthGroup, monthNumberOf, yearGroup } from "./ARMonthNameDateParser";

const DAY = (n: string) => `(?<d${n}>[0-3]?\\d|${ORDINAL_PATTERN})`;
const TO = `(?:(?:${GAP})?(?:-|–)(?:${GAP})?|${GAP}(?:الي|حتي|وحتي|ولغايه|لغايه)${GAP})`;
const TAIL = (n: string) => `(?:${yearGroup(n)}|${GAP}(?<marker${n}>${MARKER}))?`;

const PATTERN = [
  // «من 13 تموز إلى 15 تموز»: each day with its month
  `(?:(?:من${GAP})?${DAY("1")}${GAP}(?:من${GAP})?${monthGroup("A")}${TO}${DAY("2")}${GAP}(?:من${GAP})?${monthGroup("B")}${TAIL("B")})`,
  // «13 إلى 15 تموز», «من 27-29 من الشهر الثامن»
  `(?:(?:من${GAP})?${DAY("3")}${TO}${DAY("4")}${GAP}(?:من${GAP})?${monthGroup("C")}${TAIL("C")})`,
  // «تموز 13 الى 15», «يوليو 13-15»
  `(?:${monthGroup("D")}${GAP}(?<d5>[0-3]?\\d)${TO}(?<d6>[0-3]?\\d)${TAIL("D")})`,
].join("|");

/** A month name or «شهر»/«الشهر» is in every range, at most 90 characters after its start. */
const TRIGGER: Trigger = { words: new RegExp(`(?:${MONTH_TRIGGER_SOURCE}|شهر|الشهر)(?![\\p{L}\\p{M}])`, "u"), lookback: 90 };

export default class ARDateRangeParser extends AbstractArabicParser {
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray): TimexDraft | null {
    const g = match.groups ?? {};
    const [s, first, last, m1, m2, yearText, markerWord] =
      g.d1 !== undefined ? ["B", g.d1, g.d2, monthNumberOf(g, "A"), monthNumberOf(g, "B"), g.yearB, g.markerB]
      : g.d3 !== undefined ? ["C", g.d3, g.d4, monthNumberOf(g, "C"), monthNumberOf(g, "C"), g.yearC, g.markerC]
      : ["D", g.d5, g.d6, monthNumberOf(g, "D"), monthNumberOf(g, "D"), g.yearD, g.markerD];
    void s;
    const d1 = first === undefined ? null : parseDayNumber(first);
    const d2 = last === undefined ? null : parseDayNumber(last);
    if (d1 === null || d2 === null || m1 === null || m2 === null || d1 < 1 || d2 < 1 || d1 > 31 || d2 > 31) return null;
    if (m1 === m2 && d2 <= d1) return null;
    const explicitYear = yearText !== undefined ? Number(yearText) : null;
    const marker: MonthMarker = markerWord ? (MARKERS[markerWord] ?? null) : null;
    const build = (y1: number) => {
      const y2 = m2 < m1 ? y1 + 1 : y1;
      const start = formatDay({ year: y1, month: m1, day: Math.min(d1, daysInMonth(y1, m1)) });
      const end = formatDay({ year: y2, month: m2, day: Math.min(d2, daysInMonth(y2, m2)) });
      return { value: `${start}/${end}`, interval: { start, end } };
    };
    if (explicitYear !== null) {
      // A year written after the second month belongs to it: «من 28 كانون الأول حتى 3 كانون الثاني 2017».
      const y1 = m2 < m1 ? explicitYear - 1 : explicitYear;
      return { rule: "ar/absolute:day-range", type: "DATE", granularity: "day", anchor: "absolute", resolve: () => build(y1) };
    }
    return {
      rule: "ar/absolute:day-range",
      type: "DATE",
      granularity: "day",
      anchor: "publication",
      resolve: (ref) => build(yearOfMonthWithoutYear(m1, ref!.day, marker)),
    };
  }
}
