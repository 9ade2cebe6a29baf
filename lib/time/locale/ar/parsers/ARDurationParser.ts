// Durations: «(24) ساعة», «48 ساعة», «ثلاث سنوات», «أربع سنوات», «١٢ يوماً», «يومين», «ساعتين», «شهر واحد»,
// and a lone «أسبوع»/«شهر» («استمر القصف أسبوعاً»). DURATION PnU, no days of their own (interval null). Counted
// expressions that contain a duration («قبل 3 أيام», «منذ أربع سنوات») are longer and win the overlap.
// Not durations: counts of other things («أربعة كيلومترات», «(13) عنصر»), «دقيقة» the adjective («عمليات دقيقة»),
// «السنة» (the Sunnis), «عام» (general): a unit word is taken alone only in the few unambiguous cases below.

import type { ParsingContext } from "chrono-node";
import { GAP } from "../../../../text/boundaries";
import type { TimexDraft } from "../../../draft";
import { HIJRI_MONTH_PATTERN, MONTH_NAME_PATTERN } from "../months";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";
import { durationValue, lookupUnit, quantityPattern, readQuantity, unitGranularity } from "./timeUnits";

const PATTERN = `(?:${quantityPattern("", false)}|(?<lone>اسبوعا?|شهرا?)|(?<one>يوم|ساعه|عام|سنه|اسبوع|شهر)${GAP}(?<wahid>واحد|واحده))`;

/** After a lone «شهر»/«أسبوع»: a month name, a number or a definite noun make it «شهر آب», «شهر 3», «أسبوع الآلام». */
const NOT_LONE_AFTER = new RegExp(
  `^[ \\t]*(?:ال|\\d|${MONTH_NAME_PATTERN}|${HIJRI_MONTH_PATTERN}|واحد|ما(?![\\p{L}]))`,
  "u",
);
/** «كل أسبوع» is a set (ARSetParser); «هذا الشهر» is relative. */
const NOT_LONE_BEFORE = /(?:كل|هذا|ذلك|نفس)[ \t]+$/u;

/** Every phrase contains one of these within 48 characters of its start (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /ساع|دقيق|دقائق|يوم|ايام|اسبوع|اسابيع|شهر|اشهر|شهور|عام|اعوام|سن[هتوي]|عقد|عقود/u, lookback: 48 };

export default class ARDurationParser extends AbstractArabicParser {
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray, context: ParsingContext): TimexDraft | null {
    const g = match.groups ?? {};
    let quantity = readQuantity(g);
    if (g.lone !== undefined || g.one !== undefined) {
      const at = match.index ?? 0;
      const end = at + match[0].length;
      if (g.lone !== undefined && NOT_LONE_AFTER.test(context.text.slice(end, end + 16))) return null;
      if (NOT_LONE_BEFORE.test(context.text.slice(Math.max(0, at - 8), at))) return null;
      const unit = lookupUnit(g.lone ?? g.one ?? "");
      quantity = unit ? { count: 1, unit: unit.unit } : null;
    }
    if (!quantity) return null;
    // «عقود», «عقدين» are also contracts («وقعت 3 عقود»): decades only in counted and vague expressions
    // («قبل ثلاثة عقود», «منذ عقود»), never as a bare duration.
    if (quantity.unit === "decade") return null;
    const value = durationValue(quantity.count, quantity.unit);
    return {
      rule: "ar/duration:quantity",
      type: "DURATION",
      granularity: unitGranularity(quantity.unit),
      anchor: "absolute",
      resolve: () => ({ value, interval: null }),
    };
  }
}
