// Weekdays: «الأحد», «يوم الأحد», «يوم الأحد الماضي», «الجمعة الماضية», «الخميس المقبل». Bare weekdays read as news
// reads them (conventions.ts: BARE_WEEKDAY_DIRECTION), unless a future marker is near. «الاثنين» is also the numeral
// "the two" («البلدين الاثنين», «بين الاثنين»): it is taken as Monday only where the context allows.
// «اليوم الاثنين», «أمس الأحد» are merged with their day word by ARMergeDayWeekdayRefiner.

import type { ParsingContext } from "chrono-node";
import { dayResolution, type TimexDraft } from "../../../draft";
import { dayFromSpec, interpretDay, WEEKDAY_PHRASE, type DaySpec } from "../dayWords";
import { AbstractArabicParser } from "./AbstractArabicParser";

/** Words before «الاثنين» that make it the numeral: «بين الاثنين», «كلا الاثنين», «هذين الاثنين». */
const TWO_BEFORE = /(?:^|[^\p{L}\p{M}])(?:بين|كلا|كلتا|هذين|هذان|هاتين|هاتان|ال\p{L}+(?:ين|ان))[ \t]*$/u;
/** Words after it that do the same: «الاثنين معاً», «الاثنين منهما». */
const TWO_AFTER = /^[ \t]*(?:معا|منهما|منهم|كليهما|كلاهما|اللذين|اللتين)(?![\p{L}\p{M}])/u;

/** Words before a weekday that make it a set or not a day: «كل جمعة», «أيام الجمعة», «الواحد الأحد». */
const NOT_A_DAY_BEFORE = /(?:^|[^\p{L}\p{M}])(?:كل|ايام|الواحد)[ \t]+$/u;

/** A future marker earlier in the same clause: «سوف», «من المقرر أن», «من المنتظر أن», «من المتوقع أن». */
const FUTURE_BEFORE = /(?:سوف|من[ \t]+(?:المقرر|المنتظر|المتوقع|المزمع))[^.!?\n,;]{0,60}$/u;

export function isMondayNotTwo(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 20);
  return !TWO_BEFORE.test(before) && !TWO_AFTER.test(after);
}

const RULES: Record<Extract<DaySpec, { kind: "weekday" }>["direction"], string> = {
  "on-or-before": "bare",
  before: "past",
  after: "next",
  "on-or-after": "future-context",
};

export function weekdayDraft(spec: Extract<DaySpec, { kind: "weekday" }>): TimexDraft {
  return {
    rule: `ar/weekday:${RULES[spec.direction]}`,
    type: "DATE",
    granularity: "day",
    anchor: "publication",
    resolve: (ref) => dayResolution(dayFromSpec(spec, ref!.day)),
  };
}

export default class ARWeekdayParser extends AbstractArabicParser {
  protected override article = "bare" as const;

  innerPattern(): string {
    return WEEKDAY_PHRASE;
  }

  innerExtract(match: RegExpMatchArray, context: ParsingContext): TimexDraft | null {
    const spec = interpretDay(match[0]);
    if (!spec || spec.kind !== "weekday") return null;
    const start = match.index ?? 0;
    const explicitDay = /^يوم/u.test(match[0]);
    if (NOT_A_DAY_BEFORE.test(context.text.slice(Math.max(0, start - 12), start))) return null;
    if (spec.weekday === 1 && !explicitDay && spec.direction === "on-or-before") {
      if (!isMondayNotTwo(context.text, start, start + spec.name.length)) return null;
    }
    if (spec.direction === "on-or-before") {
      const clause = context.text.slice(Math.max(0, start - 80), start);
      if (FUTURE_BEFORE.test(clause)) return weekdayDraft({ ...spec, direction: "on-or-after" });
    }
    return weekdayDraft(spec);
  }
}
