// «قبل N <unit>» (N units ago) and «بعد N <unit>» (in N units): «قبل 9 سنوات», «قبل ثلاثة أيام», «قبل يومين»,
// «قبل أسبوع», «قبل نحو ثلاثة أسابيع», «بعد يومين», «بعد مرور شهر». A point: the calendar unit containing D ∓ N units
// (conventions.ts: COUNTED_POINT_IS_CALENDAR_UNIT). Followed by «من <event>» («بعد ثلاثة أيام من المعارك») it counts
// from the event, not from D: a DURATION without days, spanning the quantity only.

import type { ParsingContext } from "chrono-node";
import { GAP } from "../../../../text/boundaries";
import type { TimexDraft } from "../../../draft";
import type { TimexMod } from "../../../types";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";
import {
  QUANTITY_MODIFIER, containingUnit, durationValue, quantityPattern, readModifier, readQuantity, shiftDay, unitGranularity,
  type Quantity, type QuantityMod,
} from "./timeUnits";

const PATTERN = `(?<prep>قبل|بعد)${GAP}(?:مرور${GAP}|مضي${GAP})?(?:(?<mod>${QUANTITY_MODIFIER})${GAP})?${quantityPattern()}`;

/** «من» + a noun right after the quantity: the count is an offset from an event («من المعارك»), not from D. */
const FROM_EVENT_AFTER = /^[ \t]+من[ \t]+(?!(?:الان|اليوم)(?!\p{L}))\p{L}/u;

const POINT_MOD: Record<"ago" | "later", Record<QuantityMod, TimexMod>> = {
  ago: { APPROX: "APPROX", MORE_THAN: "BEFORE", LESS_THAN: "AFTER", EQUAL_OR_MORE: "ON_OR_BEFORE" },
  later: { APPROX: "APPROX", MORE_THAN: "AFTER", LESS_THAN: "BEFORE", EQUAL_OR_MORE: "ON_OR_AFTER" },
};

/** The offset read as a pure duration: span = the quantity only. */
export function offsetDuration(q: Quantity, rule: string, mod: TimexMod | null): TimexDraft {
  return {
    rule,
    type: "DURATION",
    granularity: unitGranularity(q.unit),
    mod,
    anchor: "absolute",
    resolve: () => ({ value: durationValue(q.count, q.unit), interval: null }),
  };
}

/** «قبل/بعد N <unit>» relative to D: the calendar unit containing D ∓ N units. */
export function countedPoint(q: Quantity, direction: "ago" | "later", mod: QuantityMod | null): TimexDraft {
  const sign = direction === "ago" ? -1 : 1;
  return {
    rule: `ar/counted:${direction}`,
    type: "DATE",
    granularity: unitGranularity(q.unit),
    mod: mod ? POINT_MOD[direction][mod] : null,
    anchor: "publication",
    resolve: (ref) => containingUnit(shiftDay(ref!, sign * q.count, q.unit), q.unit),
  };
}

/** Every phrase contains one of these within 4 characters of its start (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /قبل|بعد/u, lookback: 4 };

export default class ARTimeUnitAgoLaterParser extends AbstractArabicParser {
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray, context: ParsingContext) {
    const g = match.groups ?? {};
    const q = readQuantity(g);
    if (!q) return null;
    const direction = g.prep === "قبل" ? "ago" : "later";
    const mod = readModifier(g.mod);
    const end = (match.index ?? 0) + match[0].length;
    if (FROM_EVENT_AFTER.test(context.text.slice(end, end + 24))) {
      // Keep only the quantity in the span: «بعد ثلاثة أيام من المعارك» → «ثلاثة أيام».
      const lead = g.count ?? g.dual ?? g.single ?? "";
      const trimStart = match[0].lastIndexOf(lead, match[0].length - (g.unit?.length ?? 0) - 1);
      return { draft: offsetDuration(q, "ar/duration:offset-from-event", mod), trimStart: Math.max(0, trimStart) };
    }
    return countedPoint(q, direction, mod);
  }
}
