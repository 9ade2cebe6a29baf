// "What moved": after a correction (typically an article's publication date), each affected event's interval
// before and after, described in words a reader can check at a glance — «تأخّر 3 أيام», "moved 2 days earlier".
import type { DayInterval } from "../time/types";
import { dayNumber, spanDays } from "./interval";

export type Lang = "ar" | "en";

export type Move =
  | { kind: "unchanged" }
  | { kind: "dated" } // had no date, now has one (an undated article got its publication date)
  | { kind: "undated" }
  | { kind: "shifted"; days: number } // same length, moved by `days` (negative: earlier)
  | { kind: "reshaped"; startDays: number; endDays: number }; // start and end moved differently

export function describeMove(before: DayInterval | null, after: DayInterval | null): Move {
  if (!before && !after) return { kind: "unchanged" };
  if (!before) return { kind: "dated" };
  if (!after) return { kind: "undated" };
  const startDays = dayNumber(after.start) - dayNumber(before.start);
  const endDays = dayNumber(after.end) - dayNumber(before.end);
  if (startDays === 0 && endDays === 0) return { kind: "unchanged" };
  if (startDays === endDays && spanDays(before) === spanDays(after)) return { kind: "shifted", days: startDays };
  return { kind: "reshaped", startDays, endDays };
}

/** The forms of an Arabic counted noun: one, two, 3–10 (plural), 11–99 (accusative singular), hundreds (singular). */
interface CountedNoun {
  one: string;
  two: string;
  plural: string;
  accusative: string;
  singular: string;
}

function arabicCount(n: number, forms: CountedNoun): string {
  const abs = Math.abs(n);
  if (abs === 1) return forms.one;
  if (abs === 2) return forms.two;
  const lastTwo = abs % 100;
  if (lastTwo >= 3 && lastTwo <= 10) return `${abs} ${forms.plural}`;
  if (lastTwo >= 11) return `${abs} ${forms.accusative}`;
  return `${abs} ${forms.singular}`;
}

/** Days as the object of a verb: يوماً واحداً، يومين، 3 أيام، 11 يوماً، 100 يوم. */
export function arabicDays(n: number): string {
  return arabicCount(n, { one: "يوماً واحداً", two: "يومين", plural: "أيام", accusative: "يوماً", singular: "يوم" });
}

/** Events counted in a heading: حدث واحد، حدثان، 3 أحداث، 21 حدثاً، 100 حدث. */
export function arabicEvents(n: number): string {
  if (n === 0) return "لا أحداث";
  return arabicCount(n, { one: "حدث واحد", two: "حدثان", plural: "أحداث", accusative: "حدثاً", singular: "حدث" });
}

export function countEvents(n: number, lang: Lang): string {
  return lang === "ar" ? arabicEvents(n) : `${n} ${n === 1 ? "event" : "events"}`;
}

function englishDays(n: number): string {
  const abs = Math.abs(n);
  return `${abs} ${abs === 1 ? "day" : "days"}`;
}

export function moveText(move: Move, lang: Lang): string {
  switch (move.kind) {
    case "unchanged":
      return lang === "ar" ? "لم يتغيّر" : "unchanged";
    case "dated":
      return lang === "ar" ? "صار له تاريخ" : "now dated";
    case "undated":
      return lang === "ar" ? "لم يعد له تاريخ" : "no longer dated";
    case "shifted":
      if (lang === "ar") return move.days > 0 ? `تأخّر ${arabicDays(move.days)}` : `تقدّم ${arabicDays(move.days)}`;
      return `moved ${englishDays(move.days)} ${move.days > 0 ? "later" : "earlier"}`;
    case "reshaped":
      return lang === "ar" ? "تغيّر مداه" : "its span changed";
  }
}

export interface MovedEvent {
  eventId: string;
  before: DayInterval | null;
  after: DayInterval | null;
}

/** Counts for a one-line summary: how many moved, were newly dated, stayed, out of all the events considered. */
export function summariseMoves(moved: readonly MovedEvent[]): { moved: number; dated: number; unchanged: number; total: number } {
  let m = 0;
  let dated = 0;
  let unchanged = 0;
  for (const e of moved) {
    const kind = describeMove(e.before, e.after).kind;
    if (kind === "unchanged") unchanged += 1;
    else if (kind === "dated") dated += 1;
    else m += 1;
  }
  return { moved: m, dated, unchanged, total: moved.length };
}
