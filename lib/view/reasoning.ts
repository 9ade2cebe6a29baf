// The reasoning behind a date, in words: «أمس» ← published 2016-12-12 − 1 day → 2016-12-11.
// Built from the TimeExpression's anchor and interval, never from the rule's internals.
import type { DateSource } from "../events/types";
import type { DayInterval, TimeExpression } from "../time/types";
import { daysBetween, formatInterval } from "./dates";
import type { Lang } from "./state";

/** «يوم واحد / يومان / 3 أيام / 11 يوماً» — Arabic counted nouns. */
export function countDays(n: number, lang: Lang): string {
  const a = Math.abs(n);
  if (lang === "en") return `${a} ${a === 1 ? "day" : "days"}`;
  if (a === 1) return "يوم واحد";
  if (a === 2) return "يومان";
  if (a >= 3 && a <= 10) return `${a} أيام`;
  return `${a} يوماً`;
}

function isoInterval(i: DayInterval): string {
  return i.start === i.end ? i.start : `${i.start}..${i.end}`;
}

export interface DateReasoning {
  /** One line: the chain from the words to the date. */
  chain: string;
  /** The date in words, both month names. */
  result: string;
  /** Extra remarks: vagueness, modifiers, the engine's warnings, a correction. */
  notes: string[];
}

export interface ReasoningInput {
  expression: TimeExpression | null;
  dateSource: DateSource;
  published: string | null;
  /** The interval the event has now (after corrections). */
  interval: DayInterval | null;
  /** What the engine inferred. */
  inferredInterval: DayInterval | null;
  corrected: boolean;
}

function fromAnchor(x: TimeExpression, lang: Lang): string {
  const quoted = `«${x.text}»`;
  const target = x.interval;
  const anchor = x.anchor;
  const ar = lang === "ar";
  if (anchor.kind === "unresolved") {
    return ar ? `${quoted}: تعبير نسبي لا مرجع له (${anchor.reason})` : `${quoted}: relative, nothing to resolve it against (${anchor.reason})`;
  }
  if (!target) {
    return ar ? `${quoted}: مدة أو تكرار، لا يوم محدد (${x.value})` : `${quoted}: a duration or a set, not a day (${x.value})`;
  }
  if (anchor.kind === "absolute") {
    return ar
      ? `${quoted}: تاريخ صريح في النص ← ${isoInterval(target)}`
      : `${quoted} ← stated in the text → ${isoInterval(target)}`;
  }
  const base = anchor.kind === "publication" ? anchor.date : null;
  const baseLabel =
    anchor.kind === "publication"
      ? ar
        ? `تاريخ النشر ${anchor.date}`
        : `published ${anchor.date}`
      : ar
        ? `التعبير السابق «${anchor.text}»`
        : `the earlier expression «${anchor.text}»`;
  // A single day at a known distance from a known day: show the arithmetic.
  if (base && target.start === target.end && /^\d{4}-\d{2}-\d{2}/.test(base)) {
    const baseDay = base.slice(0, 10);
    const delta = daysBetween(baseDay, target.start);
    const op =
      delta === 0 ? (ar ? "اليوم نفسه" : "same day") : `${delta < 0 ? "−" : "+"} ${countDays(delta, lang)}`;
    return ar ? `${quoted} ← ${baseLabel} ${op} ← ${target.start}` : `${quoted} ← ${baseLabel} ${op} → ${target.start}`;
  }
  return ar ? `${quoted} ← ${baseLabel} ← ${isoInterval(target)}` : `${quoted} ← ${baseLabel} → ${isoInterval(target)}`;
}

const MOD_WORDS: Record<string, { ar: string; en: string }> = {
  START: { ar: "بداية الفترة", en: "the start of the period" },
  MID: { ar: "منتصف الفترة", en: "the middle of the period" },
  END: { ar: "نهاية الفترة", en: "the end of the period" },
  APPROX: { ar: "تقريباً", en: "approximately" },
  BEFORE: { ar: "قبل ذلك", en: "before it" },
  AFTER: { ar: "بعد ذلك", en: "after it" },
  ON_OR_BEFORE: { ar: "في ذلك التاريخ أو قبله", en: "on or before it" },
  ON_OR_AFTER: { ar: "في ذلك التاريخ أو بعده", en: "on or after it" },
  LESS_THAN: { ar: "أقل من", en: "less than" },
  MORE_THAN: { ar: "أكثر من", en: "more than" },
  EQUAL_OR_LESS: { ar: "لا يزيد على", en: "at most" },
  EQUAL_OR_MORE: { ar: "لا يقل عن", en: "at least" },
};

/** Explain how an event got its date. */
export function explainDate(input: ReasoningInput, lang: Lang): DateReasoning {
  const ar = lang === "ar";
  const notes: string[] = [];
  let chain: string;
  const x = input.expression;
  if (x) {
    chain = fromAnchor(x, lang);
    if (x.approx) {
      notes.push(
        ar
          ? "تعبير مبهم: الفترة المعروضة اصطلاح موثّق وليست تاريخاً يذكره النص"
          : "A vague expression: the period shown is a documented convention, not a date the text states",
      );
    }
    if (x.mod && MOD_WORDS[x.mod]) notes.push(`${ar ? "مُعدِّل" : "Modifier"}: ${MOD_WORDS[x.mod]![lang]} (${x.mod})`);
    for (const f of x.flags ?? []) notes.push(`${ar ? "تنبيه" : "Warning"}: ${f}`);
    if (input.dateSource === "narrative") {
      notes.push(
        ar
          ? "التعبير في جملة سابقة يكملها السرد"
          : "The expression is in an earlier sentence that this one continues",
      );
    }
  } else if (input.dateSource === "publication" && input.published) {
    chain = ar
      ? `لا تعبير زمني: أُرّخ بتاريخ النشر ${input.published} (تاريخ الإبلاغ لا تاريخ الحدث)`
      : `No time expression: dated by publication ${input.published} (when it was reported, not when it happened)`;
  } else if (input.dateSource === "undated" || !input.interval) {
    chain = ar ? "لا تاريخ: المقال غير مؤرَّخ ولا يذكر النص تاريخاً صريحاً" : "No date: the article is undated and the text states none";
  } else {
    chain = ar ? `أُرّخ بـ ${isoInterval(input.interval)}` : `dated ${isoInterval(input.interval)}`;
  }
  if (input.corrected && input.inferredInterval && input.interval) {
    notes.unshift(
      ar
        ? `صُحّح يدوياً: استنتاج الآلة ${isoInterval(input.inferredInterval)}، التاريخ الحالي ${isoInterval(input.interval)}`
        : `Corrected by hand: inferred ${isoInterval(input.inferredInterval)}, now ${isoInterval(input.interval)}`,
    );
  }
  const result = input.interval ? formatInterval(input.interval, lang) : ar ? "غير مؤرَّخ" : "undated";
  return { chain, result, notes };
}
