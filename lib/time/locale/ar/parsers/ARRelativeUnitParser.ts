// Calendar units relative to the publication date: «الأسبوع الماضي/الجاري/المقبل», «الشهر الماضي/الجاري/المقبل»,
// «العام/السنة الماضية/الحالية/المقبلة», «هذا الأسبوع», «هذه السنة», «العام قبل الماضي». The whole unit
// (conventions.ts: RELATIVE_UNIT_IS_CALENDAR_UNIT, WEEK_START).
// «العام» is also the adjective "general": «الأمين العام الحالي» is not a year.

import type { ParsingContext } from "chrono-node";
import { GAP, wordAlternation } from "../../../../text/boundaries";
import { addMonths, addWeeks } from "../../../calendar";
import { monthResolution, weekResolution, yearResolution, type TimexDraft } from "../../../draft";
import type { Granularity } from "../../../types";
import { CURRENT_WORDS, NEXT_WORDS, PAST_WORDS } from "../constants";

import { AbstractArabicParser } from "./AbstractArabicParser";

const UNIT = "(?<unit>الاسبوع|الشهر|العام|السنه)";
const PAST = wordAlternation(PAST_WORDS);
const NEXT = wordAlternation(NEXT_WORDS);
const CURRENT = wordAlternation(CURRENT_WORDS);

const PATTERN = [
  `(?<this>هذا|هذه)${GAP}${UNIT.replace("unit", "tunit")}`,
  `${UNIT}${GAP}(?:(?<beforePast>قبل${GAP}${PAST})|(?<afterNext>بعد${GAP}${NEXT})|(?<past>${PAST})|(?<next>${NEXT})|(?<current>${CURRENT}))`,
].join("|");

/** Nouns that «العام» qualifies as "general" (normalised): «الأمين العام», «المدعي العام», «الرأي العام»… */
const GENERAL_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:[وفبلك]?ال(?:امين|مدعي|راي|مدير|مراقب|مفتش|قائد|مسؤول|مسوول|منسق|نائب|اضراب|عفو|قطاع|وضع|شان|مؤتمر|موتمر|امن|اتحاد|حق|مال|نفع|صالح|اطار|مشهد|تعبئه|استنفار|مقر|مجلس|مرشد|مستشار))[ \t]+$/u;

/** Any definite word: before «العام السابق/الحالي» it is almost always a title («المراقب العام السابق»). */
const DEFINITE_BEFORE = /(?:^|[^\p{L}\p{M}])[وفبلك]?ال\p{L}+[ \t]+$/u;
const TITLE_MARKERS = new Set(["السابق", "الحالي"]);

const UNITS: Record<string, Exclude<Granularity, "minute">> = {
  الاسبوع: "week",
  الشهر: "month",
  العام: "year",
  السنه: "year",
};

function draftFor(unit: "week" | "month" | "year", offset: number, rule: string): TimexDraft {
  return {
    rule: `ar/relative-unit:${unit}-${rule}`,
    type: "DATE",
    granularity: unit,
    anchor: "publication",
    resolve: (ref) => {
      const d = ref!.day;
      if (unit === "week") return weekResolution(addWeeks(d, offset));
      if (unit === "month") return monthResolution(addMonths(d, offset));
      return yearResolution(d.year + offset);
    },
  };
}

export default class ARRelativeUnitParser extends AbstractArabicParser {
  protected override article = "none" as const;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray, context: ParsingContext): TimexDraft | null {
    const g = match.groups ?? {};
    const unitWord = g.unit ?? g.tunit ?? "";
    const unit = UNITS[unitWord];
    if (unit !== "week" && unit !== "month" && unit !== "year") return null;
    if (unitWord === "العام" && g.this === undefined) {
      const before = context.text.slice(Math.max(0, (match.index ?? 0) - 30), match.index ?? 0);
      if (GENERAL_BEFORE.test(before)) return null;
      const marker = g.past ?? g.current ?? "";
      if (TITLE_MARKERS.has(marker) && DEFINITE_BEFORE.test(before)) return null;
    }
    // «هذه» goes with «السنة», «هذا» with the others.
    if (g.this !== undefined && (g.this === "هذه") !== (unitWord === "السنه")) return null;
    if (g.beforePast !== undefined) return draftFor(unit, -2, "before-last");
    if (g.afterNext !== undefined) return draftFor(unit, 2, "after-next");
    if (g.past !== undefined) return draftFor(unit, -1, "last");
    if (g.next !== undefined) return draftFor(unit, 1, "next");
    return draftFor(unit, 0, "current");
  }
}
