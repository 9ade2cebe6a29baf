// Time units as counted expressions write them, shared by the counted, vague, duration and set parsers: the
// singular («يوم»، «يوماً»), the dual («يومين»، «يومان») and the plural («أيام»)، with the arithmetic that moves a
// day by N units and the TIMEX3 duration value of N units. Words are in normalised spelling (ا ي ه, no tanween).

import { CARDINAL_WORDS_PATTERN, DEFINITE_CARDINAL_WORDS_PATTERN, parseCount } from "../../../../text/numbers";
import { GAP } from "../../../../text/boundaries";
import { addDays, addMonths, addWeeks, addYears, type CalendarDay } from "../../../calendar";
import { dayResolution, monthResolution, weekResolution, yearResolution, type Reference, type Resolution } from "../../../draft";
import type { Granularity } from "../../../types";

export type TimeUnit = "minute" | "hour" | "day" | "week" | "month" | "year" | "decade";
export type GrammaticalNumber = "singular" | "dual" | "plural";

interface UnitWord {
  unit: TimeUnit;
  number: GrammaticalNumber;
}

/** Every form of every unit, normalised. Accusative singular («يوما») counts as singular (after 11–99). */
const WORDS: Record<string, UnitWord> = {};
function forms(unit: TimeUnit, singular: string[], dual: string[], plural: string[]): void {
  for (const w of singular) WORDS[w] = { unit, number: "singular" };
  for (const w of dual) WORDS[w] = { unit, number: "dual" };
  for (const w of plural) WORDS[w] = { unit, number: "plural" };
}
forms("minute", ["دقيقه"], ["دقيقتين", "دقيقتان"], ["دقائق"]);
forms("hour", ["ساعه"], ["ساعتين", "ساعتان"], ["ساعات"]);
forms("day", ["يوم", "يوما"], ["يومين", "يومان"], ["ايام"]);
forms("week", ["اسبوع", "اسبوعا"], ["اسبوعين", "اسبوعان"], ["اسابيع"]);
forms("month", ["شهر", "شهرا"], ["شهرين", "شهران"], ["اشهر", "شهور"]);
forms("year", ["عام", "عاما", "سنه"], ["عامين", "عامان", "سنتين", "سنتان"], ["اعوام", "سنوات", "سنين"]);
forms("decade", ["عقد"], ["عقدين", "عقدان"], ["عقود"]);

const alt = (words: string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`;
const byNumber = (n: GrammaticalNumber, exclude: TimeUnit[] = []) =>
  alt(Object.entries(WORDS).filter(([, w]) => w.number === n && !exclude.includes(w.unit)).map(([k]) => k));

/** Regex sources (normalised spelling, no capture groups). */
export const UNIT_SINGULAR = byNumber("singular");
export const UNIT_DUAL = byNumber("dual");
export const UNIT_PLURAL = byNumber("plural");
export const UNIT_ANY = alt(Object.keys(WORDS));
/** Plural units that make sense with «الماضية/الأخيرة» and vague counts (no decades: «العقود الماضية» is rare). */
export const UNIT_PLURAL_CALENDAR = byNumber("plural", ["decade"]);

export function lookupUnit(word: string): UnitWord | null {
  return WORDS[word.replace(/^ال/, "")] ?? WORDS[word] ?? null;
}

/** Granularity reported for a unit. */
export function unitGranularity(unit: TimeUnit): Granularity {
  return unit === "decade" ? "decade" : unit;
}

/** TIMEX3 duration value: P3D, P2W, PT24H, P1DE; `count` "X" for an unstated number (PXW). */
export function durationValue(count: number | "X", unit: TimeUnit): string {
  switch (unit) {
    case "minute": return `PT${count}M`;
    case "hour": return `PT${count}H`;
    case "day": return `P${count}D`;
    case "week": return `P${count}W`;
    case "month": return `P${count}M`;
    case "year": return `P${count}Y`;
    case "decade": return `P${count}DE`;
  }
}

/**
 * The day `n` units after `ref` (before when n < 0). Hours and minutes count from the publication's wall-clock time
 * when the dct gave one (so «قبل 3 ساعات» at 01:30 is the previous day). Without a time, a point stays on the
 * reference day, while the far end of a span (`span` true: «خلال الـ24 ساعة الماضية») is put where it can fall at the
 * farthest, so the span covers every day the hours may touch (24 hours before D: from D − 1).
 */
export function shiftDay(ref: Reference, n: number, unit: TimeUnit, span = false): CalendarDay {
  switch (unit) {
    case "minute":
    case "hour": {
      if (!ref.time) {
        if (!span) return { ...ref.day };
        const days = Math.ceil((Math.abs(n) * (unit === "hour" ? 60 : 1)) / 1440);
        return addDays(ref.day, n < 0 ? -days : days);
      }
      const minutes = ref.time.hour * 60 + ref.time.minute + n * (unit === "hour" ? 60 : 1);
      return addDays(ref.day, Math.floor(minutes / 1440));
    }
    case "day": return addDays(ref.day, n);
    case "week": return addWeeks(ref.day, n);
    case "month": return addMonths(ref.day, n);
    case "year": return addYears(ref.day, n);
    case "decade": return addYears(ref.day, 10 * n);
  }
}

/** The calendar unit (day, ISO week, month, year, decade) containing `day`. */
export function containingUnit(day: CalendarDay, unit: TimeUnit): Resolution {
  switch (unit) {
    case "minute":
    case "hour":
    case "day": return dayResolution(day);
    case "week": return weekResolution(day);
    case "month": return monthResolution(day);
    case "year": return yearResolution(day.year);
    case "decade": {
      const first = Math.floor(day.year / 10) * 10;
      const start = yearResolution(first).interval!.start;
      const end = yearResolution(first + 9).interval!.end;
      return { value: String(first / 10).padStart(3, "0"), interval: { start, end } };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Quantities: «3 أيام», «ثلاثة أيام», «(24) ساعة», «أحد عشر يوماً», «يومين», «أسبوع».


/** A count: digits (also «(24)» and «ال24»), or number words. No capture groups. */
export const COUNT = `(?:\\((?:${GAP})?\\d+(?:${GAP})?\\)|(?:ال)?\\d+|${CARDINAL_WORDS_PATTERN})`;

/**
 * Regex source of a quantity with named groups suffixed by `n`: count+unit («3 أيام»), a dual («يومين»), or a lone
 * singular («أسبوع», «شهر واحد»: one unit). `singular` false leaves the lone singular out.
 */
export function quantityPattern(n = "", singular = true): string {
  const lone = singular ? `|(?<single${n}>${UNIT_SINGULAR})(?:${GAP}واحد[ه]?(?![\\p{L}\\p{M}]))?` : "";
  return `(?:(?<count${n}>${COUNT})${GAP}(?<unit${n}>${UNIT_PLURAL}|${UNIT_SINGULAR})|(?<dual${n}>${UNIT_DUAL})${lone})`;
}

export interface Quantity {
  count: number;
  unit: TimeUnit;
}

/** The quantity matched by `quantityPattern(n)`; null for a zero or absurd count. */
export function readQuantity(groups: Record<string, string | undefined>, n = ""): Quantity | null {
  const countText = groups[`count${n}`];
  const unitText = groups[`unit${n}`] ?? groups[`dual${n}`] ?? groups[`single${n}`];
  const unit = unitText ? lookupUnit(unitText) : null;
  if (!unit) return null;
  let count: number | null;
  if (countText !== undefined) count = parseCount(countText.replace(/[()]/g, "").trim());
  else count = unit.number === "dual" ? 2 : 1;
  if (count === null || count <= 0 || count > 10_000) return null;
  return { count, unit: unit.unit };
}

/**
 * The definite forms after «خلال», before «الماضية/المقبلة»: «الـ24 ساعة», «الخمس سنوات», «الأسابيع الثلاثة»,
 * «الساعات الـ24», «اليومين». Named groups suffixed by `n`.
 */
export function definiteQuantityPattern(n = ""): string {
  return (
    `(?:ال(?<dunitA${n}>${UNIT_PLURAL})${GAP}(?<dcountA${n}>(?:ال)?\\d+|${DEFINITE_CARDINAL_WORDS_PATTERN})` +
    `|(?<dcountB${n}>ال\\d+|${DEFINITE_CARDINAL_WORDS_PATTERN})${GAP}(?<dunitB${n}>${UNIT_PLURAL}|${UNIT_SINGULAR})` +
    `|ال(?<ddual${n}>${UNIT_DUAL}))`
  );
}

export function readDefiniteQuantity(groups: Record<string, string | undefined>, n = ""): Quantity | null {
  const unitText = groups[`dunitA${n}`] ?? groups[`dunitB${n}`] ?? groups[`ddual${n}`];
  const unit = unitText ? lookupUnit(unitText) : null;
  if (!unit) return null;
  const countText = groups[`dcountA${n}`] ?? groups[`dcountB${n}`];
  const count = countText === undefined ? (unit.number === "dual" ? 2 : null) : parseCount(countText);
  if (count === null || count <= 0 || count > 10_000) return null;
  return { count, unit: unit.unit };
}

/** Markers after a definite quantity or plural: past («الماضية»، «الأخيرة») or future («المقبلة»، «القادمة»). */
export const PAST_MARKER = "(?:الماضي(?:ه|ين|ان)?|الاخير(?:ه|ين|ان)?|المنصرم(?:ه|ين)?|الفائت(?:ه|ين)?|السابق(?:ه|ين)?)";
export const NEXT_MARKER = "(?:المقبل(?:ه|ين|ان)?|القادم(?:ه|ين|ان)?)";

/** Approximation and bound words before a count: «نحو»، «حوالي»، «أكثر من»… → TIMEX3 mod. */
export const QUANTITY_MODIFIER =
  `(?:نحو|حوالي|قرابه|زهاء|ما${GAP}يقارب|ما${GAP}يقرب${GAP}من|اكثر${GAP}من|ما${GAP}يزيد${GAP}(?:عن|علي)|اقل${GAP}من|ما${GAP}لا${GAP}يقل${GAP}عن)`;

export type QuantityMod = "APPROX" | "MORE_THAN" | "LESS_THAN" | "EQUAL_OR_MORE";

export function readModifier(text: string | undefined): QuantityMod | null {
  if (!text) return null;
  if (/^(?:نحو|حوالي|قرابه|زهاء|ما[ \t]+يقار|ما[ \t]+يقرب)/u.test(text)) return "APPROX";
  if (/^(?:اكثر|ما[ \t]+يزيد)/u.test(text)) return "MORE_THAN";
  if (/^اقل/u.test(text)) return "LESS_THAN";
  return "EQUAL_OR_MORE";
}
