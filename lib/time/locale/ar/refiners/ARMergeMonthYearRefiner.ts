// «آذار من العام الماضي», «مارس السنة القادمة», «أيلول في سنة 2014», «منتصف تموز من هذا العام»: a date or month
// named without a year (its year comes from the publication date by convention), followed by a year expression.
// The year the text states wins: the pair becomes one expression whose year is that year.

import type { ParsingContext, ParsingResult } from "chrono-node";
import AdjacentPairRefiner from "./AdjacentPairRefiner";
import { addYears, dayOf, formatDay } from "../../../calendar";
import { attachDraft, draftOf, type Reference, type Resolution, type TimexDraft } from "../../../draft";

/** Between the two: spaces, an optional comma, and «من»/«في» («آذار من العام الماضي»). */
const BETWEEN = /^[ \t]*(?:,[ \t]*)?(?:(?:من|في)[ \t]+)?$/u;

/** A date or month without a year: resolved against the publication date by a month-name or month-part parser. */
function isYearless(draft: TimexDraft): boolean {
  return (
    draft.anchor === "publication" &&
    draft.type === "DATE" &&
    (draft.granularity === "month" || draft.granularity === "day") &&
    /^ar\/(?:absolute|month-part):/u.test(draft.rule)
  );
}

function isYear(draft: TimexDraft): boolean {
  return draft.type === "DATE" && draft.granularity === "year" && !draft.mod && !draft.approx && draft.anchor !== "expression";
}

const shiftDay = (iso: string, years: number): string => formatDay(addYears(dayOf(iso), years));

/** Resolve the year-less draft inside `year`: against 31 December of that year, then moved into it if needed. */
function inYear(draft: TimexDraft, year: number): Resolution {
  const iso = `${String(year).padStart(4, "0")}-12-31`;
  const ref: Reference = { day: dayOf(iso), time: null, interval: { start: iso, end: iso }, granularity: "day", value: iso };
  const r = draft.resolve(ref);
  if (!r.interval) return r;
  const delta = year - dayOf(r.interval.start).year;
  if (delta === 0) return r;
  return {
    ...r,
    value: /^\d{4}/u.test(r.value) ? String(year).padStart(4, "0") + r.value.slice(4) : r.value,
    interval: { start: shiftDay(r.interval.start, delta), end: shiftDay(r.interval.end, delta) },
  };
}

export default class ARMergeMonthYearRefiner extends AdjacentPairRefiner {
  protected merge(context: ParsingContext, first: ParsingResult, second: ParsingResult): ParsingResult | null {
    const month = draftOf(first);
    const year = draftOf(second);
    if (!month || !year || !isYearless(month) || !isYear(year)) return null;
    const firstEnd = first.index + first.text.length;
    if (second.index < firstEnd || !BETWEEN.test(context.text.slice(firstEnd, second.index))) return null;
    const end = second.index + second.text.length;
    const result = context.createParsingResult(first.index, context.text.slice(first.index, end));
    const yearOf = (ref: Reference | null): number | null => {
      const interval = year.resolve(ref).interval;
      return interval ? dayOf(interval.start).year : null;
    };
    return attachDraft(result, {
      ...month,
      rule: `${month.rule}+year(${year.rule})`,
      anchor: year.anchor,
      resolve: (ref) => {
        const y = yearOf(ref);
        return y === null ? month.resolve(ref) : inYear(month, y);
      },
    });
  }
}
