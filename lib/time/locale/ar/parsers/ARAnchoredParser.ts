// Expressions that count from an earlier expression of the same text (anchor "expression", conventions.ts:
// ANCHOR_FALLS_BACK_TO_PUBLICATION): «في اليوم التالي», «صباح اليوم التالي», «في اليوم نفسه», «في نفس اليوم»,
// «في اليوم السابق», «في الشهر نفسه», «في العام التالي», «بعد ذلك بيومين», «قبل ذلك بأسبوع», «بعدها بثلاثة أيام».
// «في الوقت نفسه/ذاته» is a connective ("meanwhile") and is not matched.

import { GAP } from "../../../../text/boundaries";
import { COUNT_PATTERN, parseCount } from "../../../../text/numbers";
import { addDays, addMonths, addWeeks, formatDay } from "../../../calendar";
import { PART_OF_DAY_CODES, type PartOfDay } from "../../../conventions";
import { dayResolution, monthResolution, weekResolution, yearResolution, type Reference, type Resolution, type TimexDraft } from "../../../draft";
import type { Granularity } from "../../../types";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";

type Unit = "day" | "night" | "week" | "month" | "year";

const UNIT_WORDS = "اليوم|الليله|الاسبوع|الشهر|العام|السنه";
const NEXT = "التالي|التاليه|الموالي|الموالية|اللاحق|اللاحقه";
const PREVIOUS = "السابق|السابقه|الذي[ \\t]+سبقه|التي[ \\t]+سبقتها";
const SAME = "نفسه|نفسها|ذاته|ذاتها|عينه|عينها";
const PARTS = "فجر|صباح|ظهر|عصر|مساء|ليله";

const PATTERN = [
  // «(في) (صباح) اليوم التالي», «في الشهر نفسه», «في العام السابق»
  `(?:في${GAP})?(?:(?<part>${PARTS})${GAP})?(?<unit>${UNIT_WORDS})${GAP}(?:(?<next>${NEXT})|(?<prev>${PREVIOUS})|(?<same>${SAME}))`,
  // «في نفس اليوم», «في ذات الشهر»
  `(?:في${GAP})?(?:نفس|ذات)${GAP}(?<sunit>${UNIT_WORDS})`,
  // «بعد ذلك بيومين», «قبل ذلك بثلاثة أيام», «بعدها بأسبوع»
  `(?<dir>بعد|قبل)(?:${GAP}ذلك|ها|ه)${GAP}ب(?:(?<count>${COUNT_PATTERN})${GAP})?(?<cunit>يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|عام|عامين|اعوام|سنه|سنتين|سنوات)`,
].join("|");

function unitOf(word: string): Unit {
  if (word.startsWith("يوم") || word === "ايام" || word === "اليوم") return "day";
  if (word === "الليله") return "night";
  if (word.includes("سبوع") || word === "اسابيع") return "week";
  if (word.includes("شهر") || word === "اشهر" || word === "شهور") return "month";
  return "year";
}

function countOf(unitWord: string, countWords: string | undefined): number | null {
  if (/(?:ين|تين)$/u.test(unitWord)) return 2; // dual: «يومين», «أسبوعين», «سنتين»
  if (countWords === undefined) return 1;
  return parseCount(countWords);
}

const NEEDS: Record<Unit, Granularity> = { day: "day", night: "day", week: "week", month: "month", year: "year" };

function partOf(word: string): PartOfDay {
  return ({ فجر: "dawn", صباح: "morning", ظهر: "noon", عصر: "afternoon", مساء: "evening" } as Record<string, PartOfDay>)[word] ?? "night";
}

/** The unit `offset` units from the reference, at the unit's own granularity (a day count keeps day precision). */
function shifted(unit: Unit, offset: number, ref: Reference, part: PartOfDay | null): Resolution {
  if (unit === "day" || unit === "night") {
    const day = addDays(ref.day, offset);
    if (unit === "night" || part === "night") {
      const r = dayResolution(day, `T${PART_OF_DAY_CODES.night}`);
      return { ...r, interval: { start: formatDay(day), end: formatDay(addDays(day, 1)) } };
    }
    return part ? dayResolution(day, `T${PART_OF_DAY_CODES[part]}`) : dayResolution(day);
  }
  if (unit === "week") return weekResolution(addWeeks(ref.day, offset));
  if (unit === "month") return monthResolution(addMonths(ref.day, offset));
  return yearResolution(ref.day.year + offset);
}

/** Every phrase starts with one of these, after at most a conjunction and «ال» (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /في|فجر|صباح|ظهر|عصر|مساء|ليله|يوم|اسبوع|شهر|عام|سنه|نفس|ذات|بعد|قبل/u, lookback: 4 };

export default class ARAnchoredParser extends AbstractArabicParser {
  protected override article = "bare" as const;
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray): TimexDraft | null {
    const g = match.groups ?? {};
    if (g.cunit !== undefined) {
      const count = countOf(g.cunit, g.count);
      if (count === null || count <= 0) return null;
      const unit = unitOf(g.cunit);
      const offset = g.dir === "قبل" ? -count : count;
      // Weeks counted from a day stay days («بعد ذلك بأسبوع» = seven days later).
      const dayLike = unit === "day" || unit === "week";
      return {
        rule: `ar/anchored:${g.dir === "قبل" ? "before" : "after"}-that-by-${unit}`,
        type: "DATE",
        granularity: dayLike ? "day" : unit === "month" ? "month" : "year",
        anchor: "expression",
        needs: dayLike ? "day" : NEEDS[unit],
        resolve: (ref) => (dayLike ? dayResolution(addDays(ref!.day, unit === "week" ? 7 * offset : offset)) : shifted(unit, offset, ref!, null)),
      };
    }
    const unit = unitOf(g.unit ?? g.sunit ?? "");
    const offset = g.next !== undefined ? 1 : g.prev !== undefined ? -1 : 0;
    const part = g.part !== undefined ? partOf(g.part) : null;
    // «صباح اليوم نفسه» and the like need a day unit; a part with «الشهر» is not a phrase we know.
    if (part && unit !== "day") return null;
    const timeLike = unit === "night" || part !== null;
    const kind = offset > 0 ? "next" : offset < 0 ? "previous" : "same";
    return {
      rule: `ar/anchored:${kind}-${part ? `${part}-` : ""}${unit}`,
      type: timeLike ? "TIME" : "DATE",
      granularity: unit === "night" || timeLike ? "part-of-day" : unit,
      mod: part === "dawn" ? "START" : null,
      anchor: "expression",
      needs: NEEDS[unit],
      resolve: (ref) => shifted(unit, offset, ref!, part),
    };
  }
}
