// Weekdays: «الأحد», «يوم الأحد», «يوم الأحد الماضي», «الجمعة الماضية», «الخميس المقبل». Bare weekdays read as news
// reads them (conventions.ts: BARE_WEEKDAY_DIRECTION), unless a future marker is near. «الاثنين» is also the numeral
// "the two" («البلدين الاثنين», «بين الاثنين»): it is taken as Monday only where the context allows.
// «اليوم الاثنين», «أمس الأحد» are merged with their day word by ARMergeDayWeekdayRefiner.

import type { ParsingContext } from "chrono-node";
import { dayResolution, type TimexDraft } from "../../../draft";
import { GAP, wordAlternation } from "../../../../text/boundaries";
import { normaliseWord } from "../../../../text/normalise";
import { addDays, addWeeks, type IsoWeekday, startOfIsoWeek } from "../../../calendar";
import { CURRENT_WORDS, WEEKDAYS } from "../constants";
import { dayFromSpec, interpretDay, NEXT_MARKER, PAST_MARKER, WEEKDAY_PHRASE, type DaySpec } from "../dayWords";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";

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

/** Weekday names without the article («احد الأسبوع الماضي»), normalised → ISO weekday. */
const BARE_NAMES = new Map(
  Object.entries(WEEKDAYS).map(([name, w]) => [normaliseWord(name).replace(/^ال/u, ""), w] as const),
);

/** «الأحد من الأسبوع الماضي», «احد الأسبوع الماضي», «الاثنين من هذا الأسبوع», «ثلاثاء الأسبوع الفائت». */
const IN_WEEK =
  `(?:ال)?(?<inWeekDay>${wordAlternation([...BARE_NAMES.keys()])})${GAP}(?:من${GAP})?` +
  `(?:هذا${GAP}الاسبوع|الاسبوع${GAP}(?:(?<weekPast>${PAST_MARKER})|(?<weekNext>${NEXT_MARKER})|${wordAlternation(CURRENT_WORDS)}))`;

/** The weekday `weekday` of the ISO week `offset` weeks from D. */
function inWeekDraft(weekday: IsoWeekday, offset: number): TimexDraft {
  const rule = offset < 0 ? "in-last-week" : offset > 0 ? "in-next-week" : "in-this-week";
  return {
    rule: `ar/weekday:${rule}`,
    type: "DATE",
    granularity: "day",
    anchor: "publication",
    resolve: (ref) => dayResolution(addDays(startOfIsoWeek(addWeeks(ref!.day, offset)), weekday - 1)),
  };
}

/** Every phrase starts with «يوم» or a weekday name, after at most a conjunction and «ال» (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /يوم|اثنين|ثلاث|اربع|خميس|جمعه|سبت|احد/u, lookback: 4 };

export default class ARWeekdayParser extends AbstractArabicParser {
  protected override article = "bare" as const;
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return `${IN_WEEK}|${WEEKDAY_PHRASE}`;
  }

  innerExtract(match: RegExpMatchArray, context: ParsingContext): TimexDraft | null {
    const g = match.groups ?? {};
    if (g.inWeekDay !== undefined) {
      const weekday = BARE_NAMES.get(g.inWeekDay);
      if (!weekday) return null;
      return inWeekDraft(weekday, g.weekPast !== undefined ? -1 : g.weekNext !== undefined ? 1 : 0);
    }
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
