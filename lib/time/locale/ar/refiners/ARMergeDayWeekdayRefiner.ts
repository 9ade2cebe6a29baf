// «اليوم الاثنين», «أمس الأحد», «أمس، السبت»: a day word followed by a weekday is ONE expression. The day word fixes
// the date; the weekday is kept as `statedWeekday`, which resolve.ts checks (weekdayAgreement.ts) and flags when
// they disagree — the date is not changed, a reader decides.

import type { ParsingContext, ParsingResult } from "chrono-node";
import AdjacentPairRefiner from "./AdjacentPairRefiner";
import { attachDraft, draftOf } from "../../../draft";
import { interpretDay } from "../dayWords";
import { WEEKDAY_NAMES } from "../constants";

/** What may stand between the day word and the weekday: spaces and at most one comma. */
const BETWEEN = /^[ \t]*,?[ \t]*$/;

/** A day word or a part of a day word («اليوم», «صباح أمس»), not «منذ/حتى …» and not «الآن». */
function isDayWord(result: ParsingResult): boolean {
  const draft = draftOf(result);
  if (!draft || draft.statedWeekday) return false;
  if (draft.rule.startsWith("ar/casual-day:")) return draft.granularity === "day" && !draft.rule.endsWith(":now");
  return /^ar\/part-of-day:part-\w+-(?:today|yesterday|day-before-yesterday|tomorrow|day-after-tomorrow)$/.test(draft.rule);
}

export default class ARMergeDayWeekdayRefiner extends AdjacentPairRefiner {
  protected merge(context: ParsingContext, first: ParsingResult, second: ParsingResult): ParsingResult | null {
    const firstDraft = draftOf(first);
    const secondDraft = draftOf(second);
    if (!firstDraft || !secondDraft || !isDayWord(first) || !secondDraft.rule.startsWith("ar/weekday:bare")) return null;
    const firstEnd = first.index + first.text.length;
    if (second.index < firstEnd || !BETWEEN.test(context.text.slice(firstEnd, second.index))) return null;
    const spec = interpretDay(second.text);
    if (!spec || spec.kind !== "weekday") return null;
    const end = second.index + second.text.length;
    const result = context.createParsingResult(first.index, context.text.slice(first.index, end));
    result.start = first.start;
    return attachDraft(result, {
      ...firstDraft,
      rule: `${firstDraft.rule}+weekday`,
      statedWeekday: { weekday: spec.weekday, text: WEEKDAY_NAMES[spec.weekday] },
    });
  }
}
