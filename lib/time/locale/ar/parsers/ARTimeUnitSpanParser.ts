// Counted spans that end or start at the publication date (conventions.ts: COUNTED_POINT_IS_CALENDAR_UNIT and the
// span rules next to it):
// - «منذ N <unit>» («منذ أربع سنوات», «منذ يومين», «منذ أكثر من ثلاث سنوات»): [D − N units, D];
// - «خلال الـ24 ساعة الماضية», «خلال الأسابيع الثلاثة الماضية», «اليومين الماضيين»: [D − N units, D];
//   the same with «المقبلة/القادمة»: [D, D + N units];
// - «في غضون N <unit>» (within N units): [D, D + N units].
// All DURATION PnU with that interval, anchored on the publication date.

import { GAP } from "../../../../text/boundaries";
import type { TimexDraft } from "../../../draft";
import { formatDay } from "../../../calendar";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";
import {
  NEXT_MARKER, PAST_MARKER, QUANTITY_MODIFIER, definiteQuantityPattern, durationValue, quantityPattern, readDefiniteQuantity,
  readModifier, readQuantity, shiftDay, unitGranularity, type Quantity,
} from "./timeUnits";

const PATTERN = [
  `(?:منذ${GAP}(?:(?<mod>${QUANTITY_MODIFIER})${GAP})?${quantityPattern("S")})`,
  `(?:(?:(?<prep>خلال|طوال|علي${GAP}مدي|علي${GAP}مدار)${GAP})?${definiteQuantityPattern()}${GAP}(?:(?<past>${PAST_MARKER})|(?<next>${NEXT_MARKER})))`,
  `(?:في${GAP}غضون${GAP}(?:(?<modW>${QUANTITY_MODIFIER})${GAP})?${quantityPattern("W")})`,
].join("|");

/** A DURATION of q whose interval runs from D − q to D (direction -1) or from D to D + q (direction 1). */
export function anchoredSpan(q: Quantity, direction: -1 | 1, rule: string, mod: TimexDraft["mod"] = null, approx = false): TimexDraft {
  return {
    rule,
    type: "DURATION",
    granularity: unitGranularity(q.unit),
    mod,
    approx,
    anchor: "publication",
    unresolvedValue: durationValue(q.count, q.unit),
    resolve: (ref) => {
      const other = formatDay(shiftDay(ref!, direction * q.count, q.unit, true));
      const d = formatDay(ref!.day);
      return { value: durationValue(q.count, q.unit), interval: direction < 0 ? { start: other, end: d } : { start: d, end: other } };
    },
  };
}

/** Every phrase contains one of these within 64 characters of its start (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /منذ|غضون|الماضي|الاخير|المنصرم|الفائت|السابق|المقبل|القادم/u, lookback: (t) => (t === "منذ" || t === "غضون" ? 8 : 44) };

export default class ARTimeUnitSpanParser extends AbstractArabicParser {
  // «منذ», «غضون» start their phrase; a marker («الماضية») ends one that starts at most ~40 characters before it.
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray): TimexDraft | null {
    const g = match.groups ?? {};
    const since = readQuantity(g, "S");
    if (since) return anchoredSpan(since, -1, "ar/counted:since", readModifier(g.mod));
    const within = readQuantity(g, "W");
    if (within) return anchoredSpan(within, 1, "ar/counted:within", readModifier(g.modW));
    const q = readDefiniteQuantity(g);
    if (!q) return null;
    return g.past !== undefined ? anchoredSpan(q, -1, "ar/counted:past-span") : anchoredSpan(q, 1, "ar/counted:next-span");
  }
}
