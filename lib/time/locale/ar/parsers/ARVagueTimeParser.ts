// Vague expressions of news text, read by the documented conventions (conventions.ts: VAGUE_PLURAL_COUNT,
// VAGUE_AGO_UNITS, RECENTLY_MONTHS), all approx:
// - «الأسابيع الماضية», «خلال الأيام الأخيرة», «الأيام القليلة الماضية», «الأشهر المقبلة»: DURATION PXU, the span of
//   three units up to (or from) the publication date;
// - «منذ عدة أشهر», «منذ أشهر», «منذ سنوات»: the same span up to D;
// - «قبل أيام», «قبل عدة أسابيع»: DATE PAST_REF, from six to two units before D; «بعد أيام»: FUTURE_REF, the mirror;
// - «بعد أسابيع من الاشتباكات», «قبيل ساعات فقط من اجتماع»: an offset from an event, DURATION PXU without days
//   (the span is the plural alone);
// - «عدة أيام», «بضعة أشهر» alone: DURATION PXU without days;
// - «مؤخراً», «في الآونة الأخيرة»: DATE PAST_REF over the month up to D.

import type { ParsingContext } from "chrono-node";
import { GAP } from "../../../../text/boundaries";
import { addMonths, formatDay } from "../../../calendar";
import { RECENTLY_MONTHS, VAGUE_AGO_UNITS, VAGUE_PLURAL_COUNT } from "../../../conventions";
import type { TimexDraft } from "../../../draft";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";
import { anchoredSpan } from "./ARTimeUnitSpanParser";
import { NEXT_MARKER, PAST_MARKER, UNIT_PLURAL_CALENDAR, durationValue, lookupUnit, shiftDay, unitGranularity, type TimeUnit } from "./timeUnits";

const SEVERAL = `(?:(?:عده|بضعه|بضع)${GAP})`;
const FEW_AFTER = `(?:${GAP}(?:قليله|عديده|معدوده))`;

const PATTERN = [
  // the past/next weeks: «(خلال) الأسابيع (القليلة) الماضية»
  `(?:(?:(?<prep>خلال|طوال|علي${GAP}مدي|علي${GAP}مدار)${GAP})?ال(?<spanUnit>${UNIT_PLURAL_CALENDAR})(?:${GAP}القليله)?${GAP}(?:(?<past>${PAST_MARKER})|(?<next>${NEXT_MARKER})))`,
  // «منذ/قبل/قبيل/بعد (عدة) أيام (قليلة)»
  `(?:(?<rel>منذ|قبل|قبيل|بعد)${GAP}${SEVERAL}?(?<relUnit>${UNIT_PLURAL_CALENDAR})${FEW_AFTER}?)`,
  // «عدة أيام», «بضعة أشهر», «أيام قليلة»
  `(?:${SEVERAL}(?<barUnit>${UNIT_PLURAL_CALENDAR})|(?<fewUnit>${UNIT_PLURAL_CALENDAR})${FEW_AFTER})`,
  // recently
  `(?<recently>مؤخرا|في${GAP}(?:الاونه|الفتره)${GAP}الاخيره)`,
].join("|");

/** «من» + a noun (optionally after «فقط») right after: the plural is an offset from an event. */
const FROM_EVENT_AFTER = /^(?:[ \t]+فقط)?[ \t]+من[ \t]+(?!(?:الان|اليوم)(?!\p{L}))\p{L}/u;

function vagueDuration(unit: TimeUnit, rule: string): TimexDraft {
  return {
    rule,
    type: "DURATION",
    granularity: unitGranularity(unit),
    approx: true,
    anchor: "absolute",
    resolve: () => ({ value: durationValue("X", unit), interval: null }),
  };
}

function vagueSpan(unit: TimeUnit, direction: -1 | 1, rule: string): TimexDraft {
  const span = anchoredSpan({ count: VAGUE_PLURAL_COUNT, unit }, direction, rule, null, true);
  const resolve = span.resolve;
  return { ...span, unresolvedValue: durationValue("X", unit), resolve: (ref) => ({ ...resolve(ref), value: durationValue("X", unit) }) };
}

function vaguePoint(unit: TimeUnit, direction: -1 | 1, rule: string): TimexDraft {
  const value = direction < 0 ? "PAST_REF" : "FUTURE_REF";
  return {
    rule,
    type: "DATE",
    granularity: unitGranularity(unit),
    approx: true,
    anchor: "publication",
    unresolvedValue: value,
    resolve: (ref) => {
      const near = formatDay(shiftDay(ref!, direction * VAGUE_AGO_UNITS.to, unit, true));
      const far = formatDay(shiftDay(ref!, direction * VAGUE_AGO_UNITS.from, unit, true));
      return { value, interval: direction < 0 ? { start: far, end: near } : { start: near, end: far } };
    },
  };
}

/** Every phrase contains one of these within 48 characters of its start (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /الماضي|الاخير|المنصرم|الفائت|السابق|المقبل|القادم|منذ|قبل|قبيل|بعد|عده|بضع|قليله|عديده|معدوده|مؤخرا|الاونه|الفتره/u, lookback: (t) => (STARTERS.has(t) ? 8 : 36) };

const STARTERS = new Set(["منذ", "قبل", "قبيل", "بعد", "عده", "بضع", "مؤخرا", "الاونه", "الفتره"]);

export default class ARVagueTimeParser extends AbstractArabicParser {
  // Prepositions, «عدة/بضعة», «مؤخراً» start their phrase; markers and «قليلة» end one ~30 characters long at most.
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray, context: ParsingContext) {
    const g = match.groups ?? {};
    if (g.recently !== undefined) {
      return {
        rule: "ar/vague:recently",
        type: "DATE",
        granularity: "month",
        approx: true,
        anchor: "publication",
        unresolvedValue: "PAST_REF",
        resolve: (ref) => ({
          value: "PAST_REF",
          interval: { start: formatDay(addMonths(ref!.day, -RECENTLY_MONTHS)), end: formatDay(ref!.day) },
        }),
      } satisfies TimexDraft;
    }
    if (g.spanUnit !== undefined) {
      const unit = lookupUnit(g.spanUnit)?.unit;
      if (!unit) return null;
      return g.past !== undefined ? vagueSpan(unit, -1, "ar/vague:past-span") : vagueSpan(unit, 1, "ar/vague:next-span");
    }
    const plural = g.relUnit ?? g.barUnit ?? g.fewUnit;
    const unit = plural ? lookupUnit(plural)?.unit : undefined;
    if (!unit) return null;
    if (g.rel === undefined) return vagueDuration(unit, "ar/vague:duration");
    const end = (match.index ?? 0) + match[0].length;
    if (g.rel !== "منذ" && FROM_EVENT_AFTER.test(context.text.slice(end, end + 30))) {
      // «بعد أسابيع من الاشتباكات»: keep the plural (with «عدة») in the span, drop the preposition.
      const trimStart = match[0].indexOf(match[0].slice(g.rel.length).trimStart());
      return { draft: vagueDuration(unit, "ar/vague:offset-from-event"), trimStart };
    }
    if (g.rel === "منذ") return vagueSpan(unit, -1, "ar/vague:since");
    return g.rel === "بعد" ? vaguePoint(unit, 1, "ar/vague:later") : vaguePoint(unit, -1, "ar/vague:ago");
  }
}
