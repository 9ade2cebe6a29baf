// Years without a month: «في عام 2016», «عام 2016», «العام 2015», «سنة ٢٠١٤», «لعام 2014», and a bare year after a
// preposition («في 2015», «منذ 2011», «حتى 2020»). A bare four-digit number elsewhere is a count («2000 مدني»), not a
// year. The span is «عام 2016» (the preposition «في» is a TimeML signal, left out).

import type { ParsingContext } from "chrono-node";
import { GAP } from "../../../../text/boundaries";
import { yearResolution, type TimexDraft } from "../../../draft";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";

const PATTERN = `(?:(?<keyword>(?:عام|سنه|العام|السنه)${GAP})?(?<year>1[89]\\d\\d|2[01]\\d\\d)(?:(?:${GAP})?(?<era>م|ميلادي|للميلاد)(?![\\p{L}\\p{M}]))?)`;

/** Words right before a bare year that make it a year. */
const YEAR_CONTEXT_BEFORE = /(?:^|[^\p{L}\p{M}])[وف]?(?:في|منذ|حتى|خلال|مطلع|اوائل|منتصف|اواسط|اواخر|نهايه|بدايه|بحلول|قبل|بعد|مع|اواخر)[ \t]+$/u;
/** A bare year followed by a counted noun is a count: «في 2015 مقاتلا» is rare, «حتى 2000 مدني» is not. */
const COUNTED_NOUN_AFTER = /^[ \t]+(?:مدني|شخص|قتيل|جريح|عنصر|مقاتل|مسلح|لاجئ|نازح|طفل|امراه|عائله|اسره|منزل|غاره|صاروخ|برميل|قذيفه|دولار|ليره|يورو|متر|كيلو)/u;

/** Every phrase contains one of these within 16 characters of its start (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /\d{4}/u, lookback: 16 };

export default class ARYearParser extends AbstractArabicParser {
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray, context: ParsingContext): TimexDraft | null {
    const g = match.groups ?? {};
    const year = Number(g.year);
    if (!g.keyword && !g.era) {
      const at = match.index ?? 0;
      const before = context.text.slice(Math.max(0, at - 12), at);
      const after = context.text.slice(at + match[0].length, at + match[0].length + 12);
      if (!YEAR_CONTEXT_BEFORE.test(before) || COUNTED_NOUN_AFTER.test(after)) return null;
    }
    return {
      rule: g.keyword ? "ar/absolute:year" : "ar/absolute:bare-year",
      type: "DATE",
      granularity: "year",
      anchor: "absolute",
      resolve: () => yearResolution(year),
    };
  }
}
