// Calendar units relative to the publication date: «الأسبوع الماضي/الجاري/المقبل», «الشهر الماضي/الجاري/المقبل»,
// «العام/السنة الماضية/الحالية/المقبلة», «هذا الأسبوع», «هذه السنة», «العام قبل الماضي». The whole unit
// (conventions.ts: RELATIVE_UNIT_IS_CALENDAR_UNIT, WEEK_START). Also parts of a week («نهاية الأسبوع الماضي»,
// WEEK_PART_DAYS; parts of months and years are the month-part parser's) and «في مثل هذا اليوم من العام الماضي».
// «العام» is also the adjective "general": «الأمين العام الحالي» is not a year.

import type { ParsingContext } from "chrono-node";
import { GAP, wordAlternation } from "../../../../text/boundaries";
import { addDays, addMonths, addWeeks, formatDay, startOfIsoWeek } from "../../../calendar";
import { WEEK_PART_DAYS } from "../../../conventions";
import { dayResolution, monthResolution, weekResolution, yearResolution, type TimexDraft } from "../../../draft";
import { CURRENT_WORDS, NEXT_WORDS, PAST_WORDS } from "../constants";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";

const UNIT_NAMES = "اسبوع|شهر|عام|سنه";
const PAST = wordAlternation(PAST_WORDS);
const NEXT = wordAlternation(NEXT_WORDS);
const CURRENT = wordAlternation(CURRENT_WORDS);
const MARKER = `(?:(?<beforePast>قبل${GAP}${PAST})|(?<afterNext>بعد${GAP}${NEXT})|(?<past>${PAST})|(?<next>${NEXT})|(?<current>${CURRENT}))`;
/** Parts of a week: «مطلع الأسبوع الماضي», «نهاية الأسبوع الجاري» (WEEK_PART_DAYS in conventions.ts). */
const WEEK_PART = "مطلع|بدايه|اوائل|منتصف|اواسط|نهايه|اواخر|ختام";

// One MARKER only: Node 20 rejects a group name used twice, even in different alternatives.
const PATTERN = [
  `(?:` +
    // «(في) مثل هذا اليوم/الوقت من العام الماضي»
    `(?:في${GAP})?مثل${GAP}(?:هذا${GAP})?(?<sameAs>اليوم|الوقت)${GAP}(?:(?:نفسه|ذاته)${GAP})?من${GAP}ال` +
    // «نهاية الأسبوع الماضي»
    `|(?<wpart>${WEEK_PART})${GAP}ال(?=اسبوع)` +
    // «الأسبوع الماضي», «للعام الماضي», «بالشهر الجاري»
    `|(?:[بك]?ال|لل)` +
    `)(?<unit>${UNIT_NAMES})${GAP}${MARKER}`,
  // «نهاية هذا الأسبوع»
  `(?<twpart>${WEEK_PART})${GAP}هذا${GAP}ال(?<twunit>اسبوع)`,
  // «هذا الأسبوع», «لهذا العام», «هذه السنة»
  `[بلك]?(?<this>هذا|هذه)${GAP}ال(?<tunit>${UNIT_NAMES})`,
].join("|");

const PART_MODS: Record<string, "START" | "MID" | "END"> = {
  مطلع: "START", بدايه: "START", اوائل: "START", منتصف: "MID", اواسط: "MID", نهايه: "END", اواخر: "END", ختام: "END",
};

/** Nouns that «العام» qualifies as "general" (normalised): «الأمين العام», «المدعي العام», «الرأي العام»… */
const GENERAL_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:[وفبلك]?ال(?:امين|مدعي|راي|مدير|مراقب|مفتش|قائد|مسؤول|مسوول|منسق|نائب|اضراب|عفو|قطاع|وضع|شان|مؤتمر|موتمر|امن|اتحاد|حق|مال|نفع|صالح|اطار|مشهد|تعبئه|استنفار|مقر|مجلس|مرشد|مستشار))[ \t]+$/u;

/** Any definite word: before «العام السابق/الحالي» it is almost always a title («المراقب العام السابق»). */
const DEFINITE_BEFORE = /(?:^|[^\p{L}\p{M}])[وفبلك]?ال\p{L}+[ \t]+$/u;
const TITLE_MARKERS = new Set(["السابق", "الحالي"]);

const UNITS: Record<string, "week" | "month" | "year"> = {
  اسبوع: "week",
  شهر: "month",
  عام: "year",
  سنه: "year",
};

function offsetOf(g: Record<string, string | undefined>): { offset: number; rule: string } {
  if (g.beforePast !== undefined) return { offset: -2, rule: "before-last" };
  if (g.afterNext !== undefined) return { offset: 2, rule: "after-next" };
  if (g.past !== undefined) return { offset: -1, rule: "last" };
  if (g.next !== undefined) return { offset: 1, rule: "next" };
  return { offset: 0, rule: "current" };
}

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

/** A third of a week: days WEEK_PART_DAYS[mod] of the ISO week, approx. */
function weekPartDraft(mod: "START" | "MID" | "END", offset: number, rule: string): TimexDraft {
  const [from, to] = WEEK_PART_DAYS[mod];
  return {
    rule: `ar/relative-unit:week-part-${rule}`,
    type: "DATE",
    granularity: "week",
    mod,
    approx: true,
    anchor: "publication",
    resolve: (ref) => {
      const monday = startOfIsoWeek(addWeeks(ref!.day, offset));
      return {
        value: weekResolution(monday).value,
        interval: { start: formatDay(addDays(monday, from - 1)), end: formatDay(addDays(monday, to - 1)) },
      };
    },
  };
}

/** «في مثل هذا اليوم من العام الماضي»: the same calendar day one unit back (or forward). */
function sameTimeDraft(unit: "week" | "month" | "year", offset: number, rule: string, exactDay: boolean): TimexDraft {
  return {
    rule: `ar/relative-unit:same-${exactDay ? "day" : "time"}-${unit}-${rule}`,
    type: "DATE",
    granularity: "day",
    approx: !exactDay,
    anchor: "publication",
    resolve: (ref) => {
      const d = ref!.day;
      const day = unit === "week" ? addWeeks(d, offset) : addMonths(d, unit === "month" ? offset : 12 * offset);
      return dayResolution(day);
    },
  };
}

/** Every phrase starts with one of these, after at most a conjunction and «بال»/«لل» (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /في|مثل|مطلع|بدايه|اوائل|منتصف|اواسط|نهايه|اواخر|ختام|اسبوع|شهر|عام|سنه|هذا|هذه/u, lookback: 4 };

export default class ARRelativeUnitParser extends AbstractArabicParser {
  protected override article = "bare" as const;
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray, context: ParsingContext): TimexDraft | null {
    const g = match.groups ?? {};
    const { offset, rule } = offsetOf(g);
    if (g.sameAs !== undefined) {
      const unit = UNITS[g.unit ?? ""];
      return unit ? sameTimeDraft(unit, offset, rule, g.sameAs === "اليوم") : null;
    }
    const part = g.wpart ?? g.twpart;
    if (part !== undefined) {
      const mod = PART_MODS[part] ?? "END";
      return weekPartDraft(mod, offset, `${mod.toLowerCase()}-${rule}`);
    }
    const unitWord = g.unit ?? g.tunit ?? "";
    const unit = UNITS[unitWord];
    if (!unit) return null;
    if (unitWord === "عام" && g.this === undefined) {
      const before = context.text.slice(Math.max(0, (match.index ?? 0) - 30), match.index ?? 0);
      if (GENERAL_BEFORE.test(before)) return null;
      const marker = g.past ?? g.current ?? "";
      if (TITLE_MARKERS.has(marker) && DEFINITE_BEFORE.test(before)) return null;
    }
    // «هذه» goes with «السنة», «هذا» with the others.
    if (g.this !== undefined && (g.this === "هذه") !== (unitWord === "سنه")) return null;
    return draftFor(unit, offset, rule);
  }
}
