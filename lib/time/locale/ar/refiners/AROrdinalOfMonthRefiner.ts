// «أول ثلاثاء من شهر تشرين الأول», «آخر اثنين من الشهر القادم», «الاثنين الأخير من شهر آذار», «ثالث يوم من شهر
// عشرة», «اليوم الأخير من شهر عشرة سنة 2015», «أول أسبوع بشهر أكتوبر 2014»: an ordinal weekday, day or week placed
// in a month that another parser found (absolute or relative). The month result is extended leftwards over the
// ordinal phrase and resolved through it. Weeks are the full ISO weeks inside the month (conventions.ts).

import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { normaliseWord } from "../../../../text/normalise";
import {
  addDays, dayOf, endOfIsoWeek, formatDay, type IsoWeekday, weekdayOnOrAfter, weekdayOnOrBefore,
} from "../../../calendar";
import { attachDraft, dayResolution, draftOf, weekResolution, type Resolution, type TimexDraft } from "../../../draft";
import { WEEKDAYS } from "../constants";

const WEEKDAY_BY_BARE_NAME = new Map<string, IsoWeekday>(
  Object.entries(WEEKDAYS).map(([name, w]) => [normaliseWord(name).replace(/^ال/u, ""), w]),
);
WEEKDAY_BY_BARE_NAME.set("ثلاثا", 2);
WEEKDAY_BY_BARE_NAME.set("اربعا", 3);

const NAMES = [...WEEKDAY_BY_BARE_NAME.keys(), "يوم", "اسبوع"].sort((a, b) => b.length - a.length).join("|");
/** Ordinals before the noun («ثالث ثلاثاء») and after it («الثلاثاء الثالث»): value, -1 for the last. */
const BEFORE: Record<string, number> = { اول: 1, ثاني: 2, ثان: 2, ثالث: 3, رابع: 4, خامس: 5, اخر: -1 };
const AFTER: Record<string, number> = {
  الاول: 1, الاولي: 1, الثاني: 2, الثانيه: 2, الثالث: 3, الثالثه: 3, الرابع: 4, الرابعه: 4, الخامس: 5,
  الخامسه: 5, الاخير: -1, الاخيره: -1,
};
const ORD_BEFORE = Object.keys(BEFORE).join("|");
const ORD_AFTER = Object.keys(AFTER).sort((a, b) => b.length - a.length).join("|");

/** The ordinal phrase right before a month expression (tested on the text that ends where the month begins). */
const PHRASE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}_])[وف]?(?:(?<ord>${ORD_BEFORE})[ \\t]+(?:يوم[ \\t]+)?(?<noun>${NAMES})|(?:ال)?(?<noun2>${NAMES})[ \\t]+(?<ord2>${ORD_AFTER}))[ \\t]+(?:(?:من|في)[ \\t]+)?$`,
  "u",
);

type Noun = { kind: "weekday"; weekday: IsoWeekday } | { kind: "day" } | { kind: "week" };

function nounOf(word: string): Noun | null {
  if (word === "يوم") return { kind: "day" };
  if (word === "اسبوع") return { kind: "week" };
  const weekday = WEEKDAY_BY_BARE_NAME.get(word);
  return weekday ? { kind: "weekday", weekday } : null;
}

/** The n-th (n = -1: last) weekday, day or full ISO week of the month [first, last]. */
function pick(noun: Noun, n: number, first: string, last: string): Resolution | null {
  const a = dayOf(first);
  const b = dayOf(last);
  if (noun.kind === "day") {
    const day = n > 0 ? addDays(a, n - 1) : b;
    return formatDay(day) <= last ? dayResolution(day) : null;
  }
  if (noun.kind === "weekday") {
    const day = n > 0 ? addDays(weekdayOnOrAfter(a, noun.weekday), 7 * (n - 1)) : weekdayOnOrBefore(b, noun.weekday);
    return formatDay(day) <= last ? dayResolution(day) : null;
  }
  // Full weeks inside the month: the first starts on the month's first Monday, the last ends on or before its end.
  const monday = n > 0 ? addDays(weekdayOnOrAfter(a, 1), 7 * (n - 1)) : addDays(weekdayOnOrBefore(b, 7), -6);
  if (formatDay(endOfIsoWeek(monday)) > last || formatDay(monday) < first) return null;
  return weekResolution(monday);
}

export default class AROrdinalOfMonthRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const result of results) {
      const merged = this.extend(context, result);
      // The ordinal phrase may hold a result of its own («الاثنين» in «الاثنين الأخير من شهر آذار»): absorbed.
      if (merged !== result) while (out.length && out[out.length - 1]!.index >= merged.index) out.pop();
      out.push(merged);
    }
    return out;
  }

  private extend(context: ParsingContext, result: ParsingResult): ParsingResult {
    {
      const draft = draftOf(result);
      if (!draft || draft.granularity !== "month" || draft.type !== "DATE" || draft.mod || draft.approx) return result;
      const from = Math.max(0, result.index - 40);
      const m = PHRASE.exec(context.text.slice(from, result.index));
      if (!m?.groups) return result;
      const g = m.groups;
      const noun = nounOf(g.noun ?? g.noun2 ?? "");
      const n = g.ord !== undefined ? BEFORE[g.ord] : AFTER[g.ord2 ?? ""];
      if (!noun || n === undefined) return result;
      const start = from + m.index + (/^[وف]/u.test(m[0]) ? 1 : 0);
      const merged = context.createParsingResult(start, context.text.slice(start, result.index + result.text.length));
      const ordinal: TimexDraft = {
        ...draft,
        rule: `ar/ordinal-of-month:${noun.kind}(${draft.rule})`,
        granularity: noun.kind === "week" ? "week" : "day",
        unresolvedValue: noun.kind === "week" ? "XXXX-WXX" : "XXXX-XX-XX",
        resolve: (ref) => {
          const month = draft.resolve(ref);
          const picked = month.interval ? pick(noun, n, month.interval.start, month.interval.end) : null;
          return picked ?? { value: month.value, interval: month.interval, flags: ["ordinal-out-of-month"] };
        },
      };
      return attachDraft(merged, ordinal);
    }
  }
}
