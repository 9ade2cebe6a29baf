// Parts of a month or a year: «منتصف تشرين الثاني الماضي», «أواخر آذار 2016», «في أوائل شهر مارس», «مطلع الشهر
// الجاري», «أواخر الشهر الماضي», «نهاية العام الماضي», «منتصف العام الجاري», «بداية 2016», «أواخر عام 2015»,
// «نص شهر ثلاث». Thirds of the month or year, mod START/MID/END, approx (conventions.ts: MONTH_PART_DAYS,
// YEAR_PART_MONTHS). A month without a year follows yearOfMonthWithoutYear. Parts of weeks are the relative-unit
// parser's. «نهاية العام», «مطلع الشهر» without a marker are the current year and month, as news uses them.

import { GAP } from "../../../../text/boundaries";
import { addMonths, daysInMonth, formatDay, formatMonth } from "../../../calendar";
import { MONTH_PART_DAYS, YEAR_PART_MONTHS, yearOfMonthWithoutYear, type MonthMarker } from "../../../conventions";
import type { Reference, Resolution, TimexDraft } from "../../../draft";
import { parseMonthPhrase } from "../months";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";
import { MARKER, MARKERS, monthGroup, monthNumberOf, yearGroup } from "./ARMonthNameDateParser";

type Part = "START" | "MID" | "END";
const PARTS: Record<string, Part> = {
  مطلع: "START", مستهل: "START", اوائل: "START", بدايه: "START", بدايات: "START",
  منتصف: "MID", اواسط: "MID", نص: "MID", نصف: "MID",
  اواخر: "END", نهايه: "END", ختام: "END", اخر: "END",
};
const PART = `(?<part>${Object.keys(PARTS).sort((a, b) => b.length - a.length).join("|")})`;

const PATTERN =
  `${PART}${GAP}(?:` +
  // a named month: «منتصف تشرين الثاني الماضي», «أواخر آذار 2016», «أوائل شهر مارس»
  `${monthGroup("")}(?:${yearGroup("")}|${GAP}(?<marker>${MARKER}))?` +
  // the relative month: «مطلع الشهر الجاري», «مطلع هذا الشهر»
  `|(?<thisMonth>هذا${GAP}الشهر|الشهر(?!${GAP}${MARKER}))|الشهر${GAP}(?<monthMarker>${MARKER})` +
  // the relative year: «نهاية العام الماضي», «منتصف هذا العام», «أواخر السنة الماضية»
  `|(?<thisYear>هذا${GAP}العام|هذه${GAP}السنه|(?:العام|السنه)(?!${GAP}${MARKER}))|(?:العام|السنه)${GAP}(?<yearMarker>${MARKER}(?:ه)?)` +
  // a stated year: «بداية 2016», «أواخر عام 2015»
  `|(?:(?:عام|العام|سنه)${GAP})?(?<year2>1[89]\\d\\d|2[01]\\d\\d)` +
  `)`;

function monthPart(year: number, month: number, part: Part): Resolution {
  const [first, last] = MONTH_PART_DAYS[part];
  const end = Math.min(last, daysInMonth(year, month));
  return {
    value: formatMonth(year, month),
    interval: { start: formatDay({ year, month, day: first }), end: formatDay({ year, month, day: end }) },
  };
}

function yearPart(year: number, part: Part): Resolution {
  const [first, last] = YEAR_PART_MONTHS[part];
  return {
    value: String(year).padStart(4, "0"),
    interval: { start: formatDay({ year, month: first, day: 1 }), end: formatDay({ year, month: last, day: daysInMonth(year, last) }) },
  };
}

const markerOf = (word: string | undefined): MonthMarker => (word ? (MARKERS[word.replace(/ه$/, "")] ?? null) : null);
const shiftOf = (marker: MonthMarker) => (marker === "past" ? -1 : marker === "next" ? 1 : 0);

/** Every phrase contains one of these within 4 characters of its start (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /مطلع|مستهل|اوائل|بداي|منتصف|اواسط|نص|اواخر|نهايه|ختام|اخر/u, lookback: 4 };

export default class ARMonthPartParser extends AbstractArabicParser {
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray): TimexDraft | null {
    const g = match.groups ?? {};
    const part = PARTS[g.part ?? ""];
    if (!part) return null;
    // «نص/نصف» (half) is a part only of «شهر …»; «آخر» only of a relative month or year («آخر الشهر الماضي»).
    if ((g.part === "نص" || g.part === "نصف") && !/^\S+[ \t]+شهر/u.test(match[0])) return null;
    if (g.part === "اخر" && g.monthMarker === undefined && g.yearMarker === undefined) return null;
    const base = { type: "DATE" as const, mod: part, approx: true };

    if (g.thisMonth !== undefined || g.monthMarker !== undefined) {
      const shift = shiftOf(g.thisMonth !== undefined ? "current" : markerOf(g.monthMarker));
      return {
        ...base, rule: "ar/month-part:relative-month", granularity: "month", anchor: "publication",
        resolve: (ref) => {
          const m = addMonths({ ...ref!.day, day: 1 }, shift);
          return monthPart(m.year, m.month, part);
        },
      };
    }
    if (g.thisYear !== undefined || g.yearMarker !== undefined) {
      const shift = shiftOf(g.thisYear !== undefined ? "current" : markerOf(g.yearMarker));
      return {
        ...base, rule: "ar/month-part:relative-year", granularity: "year", anchor: "publication",
        resolve: (ref) => yearPart(ref!.day.year + shift, part),
      };
    }
    if (g.year2 !== undefined) {
      const year = Number(g.year2);
      return { ...base, rule: "ar/month-part:year", granularity: "year", anchor: "absolute", resolve: () => yearPart(year, part) };
    }
    const month = monthNumberOf(g, "");
    if (month === null) return null;
    if (g.month !== undefined && parseMonthPhrase(g.month) === null) return null;
    const year = g.year !== undefined ? Number(g.year) : null;
    if (year !== null) {
      return { ...base, rule: "ar/month-part:month", granularity: "month", anchor: "absolute", resolve: () => monthPart(year, month, part) };
    }
    const marker = markerOf(g.marker);
    return {
      ...base, rule: "ar/month-part:month", granularity: "month", anchor: "publication",
      resolve: (ref: Reference | null) => monthPart(yearOfMonthWithoutYear(month, ref!.day, marker), month, part),
    };
  }
}
