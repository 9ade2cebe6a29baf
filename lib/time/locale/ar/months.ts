// Month names as Arabic news writes them, with the regex pieces the date parsers are built from.
//
// Three Gregorian naming families are in use: Levantine/Iraqi (Syriac names: كانون الثاني … كانون الأول),
// Egyptian/Gulf (transliterated: يناير … ديسمبر) and Maghrebi (جانفي، أفريل، جوان… / Moroccan يوليوز، غشت…), often
// combined as «كانون الأول/ديسمبر» or «ديسمبر (كانون الأول)». Hijri month names are listed apart: their dates go
// through lib/time/hijri.ts.
//
// Several names are also ordinary words (مارس "he practised", آب/أب "father", نيسان the car maker, تموز the god,
// ماي): those are `ambiguous` and parsers take them only with a day, a year, «شهر», or a relative marker.

import { alternation, foldArabic } from "../../../text/numbers";

export interface MonthName {
  month: number; // 1..12
  family: "levantine" | "egyptian" | "maghrebi";
  /** True when the word is also an ordinary word, so it needs a date context to be read as a month. */
  ambiguous: boolean;
}

/** Gregorian month names in folded spelling (ا for every alef, ي for ى, ه for ة). */
const GREGORIAN: Array<[string, number, MonthName["family"], boolean?]> = [
  ["كانون الثاني", 1, "levantine"], ["شباط", 2, "levantine"], ["اذار", 3, "levantine"], ["نيسان", 4, "levantine", true],
  ["ايار", 5, "levantine"], ["حزيران", 6, "levantine"], ["تموز", 7, "levantine", true], ["اب", 8, "levantine", true],
  ["ايلول", 9, "levantine"], ["تشرين الاول", 10, "levantine"], ["تشرين الثاني", 11, "levantine"],
  ["كانون الاول", 12, "levantine"],
  ["يناير", 1, "egyptian"], ["فبراير", 2, "egyptian"], ["مارس", 3, "egyptian", true], ["ابريل", 4, "egyptian"],
  ["مايو", 5, "egyptian"], ["يونيو", 6, "egyptian"], ["يونيه", 6, "egyptian"], ["يوليو", 7, "egyptian"],
  ["يوليه", 7, "egyptian"], ["اغسطس", 8, "egyptian"], ["سبتمبر", 9, "egyptian"], ["اكتوبر", 10, "egyptian"],
  ["نوفمبر", 11, "egyptian"], ["ديسمبر", 12, "egyptian"],
  ["جانفي", 1, "maghrebi"], ["فيفري", 2, "maghrebi"], ["افريل", 4, "maghrebi"], ["ماي", 5, "maghrebi", true],
  ["جوان", 6, "maghrebi"], ["جويليه", 7, "maghrebi"], ["يوليوز", 7, "maghrebi"], ["اوت", 8, "maghrebi", true],
  ["غشت", 8, "maghrebi"], ["شتنبر", 9, "maghrebi"], ["نونبر", 11, "maghrebi"], ["دجنبر", 12, "maghrebi"],
  ["مايس", 5, "levantine"], // Iraqi spelling of May
];

const BY_FOLDED = new Map<string, MonthName>();
for (const [name, month, family, ambiguous] of GREGORIAN) {
  BY_FOLDED.set(foldArabic(name), { month, family, ambiguous: ambiguous ?? false });
}
// «كانون ثاني», «تشرين ثاني» (without the article) are common too.
for (const [name, month] of [["كانون ثاني", 1], ["تشرين اول", 10], ["تشرين ثاني", 11], ["كانون اول", 12]] as const) {
  BY_FOLDED.set(foldArabic(name), { month, family: "levantine", ambiguous: false });
}

/** Collapse runs of spaces inside a two-word name so that «تشرين  الثاني» looks up like «تشرين الثاني». */
function lookupKey(text: string): string {
  return foldArabic(text.trim()).replace(/\s+/g, " ");
}

/** A Gregorian month name (any family, any spelling variant) → its entry, or null. */
export function lookupMonthName(text: string): MonthName | null {
  return BY_FOLDED.get(lookupKey(text)) ?? null;
}

/** Regex source (flag `u`) matching any Gregorian month name. No capture groups. */
export const MONTH_NAME_PATTERN = alternation(BY_FOLDED.keys());

/** Regex source matching only the unambiguous month names. No capture groups. */
export const UNAMBIGUOUS_MONTH_NAME_PATTERN = alternation(
  [...BY_FOLDED.entries()].filter(([, entry]) => !entry.ambiguous).map(([name]) => name),
);

const NOT_LETTER_AFTER = "(?![\\p{L}\\p{M}\\p{N}])";

/**
 * Regex source: a month name alone or a combined form naming the same month twice, «كانون الأول/ديسمبر»,
 * «ديسمبر (كانون الأول)», «ديسمبر - كانون الأول». One capture group: the whole month phrase, to pass to
 * `parseMonthPhrase` (which checks that both names agree).
 */
export const MONTH_PHRASE_PATTERN =
  `(${MONTH_NAME_PATTERN}${NOT_LETTER_AFTER}` +
  `(?:\\s*(?:/|\\\\|-|–)\\s*${MONTH_NAME_PATTERN}${NOT_LETTER_AFTER}|\\s*[(\\[]\\s*${MONTH_NAME_PATTERN}\\s*[)\\]])?)`;

/**
 * A month phrase (one name or a combined form) → its month and whether it is ambiguous when alone. Null when a
 * combined form names two different months (a typo we cannot settle) or a name is unknown.
 */
export function parseMonthPhrase(text: string): { month: number; ambiguous: boolean; combined: boolean } | null {
  const parts = text
    .split(/[/\\()[\]–]|\s-\s|-/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const entries = parts.map(lookupMonthName);
  const first = entries[0];
  if (!first || entries.some((e) => e === null || e.month !== first.month)) return null;
  return { month: first.month, ambiguous: entries.length === 1 && first.ambiguous, combined: entries.length > 1 };
}

// ---------------------------------------------------------------------------------------------------------------
// Hijri months.

/** Hijri month names in folded spelling, with the usual variants (ذو/ذي, الآخر/الثاني/الآخرة). */
const HIJRI: Array<[string, number]> = [
  ["محرم", 1], ["المحرم", 1], ["صفر", 2],
  ["ربيع الاول", 3], ["ربيع اول", 3], ["ربيع الاخر", 4], ["ربيع الثاني", 4], ["ربيع ثاني", 4], ["ربيع اخر", 4],
  ["جمادي الاولي", 5], ["جمادي الاول", 5], ["جمادي الاخره", 6], ["جمادي الاخر", 6], ["جمادي الثانيه", 6],
  ["جمادي الثاني", 6],
  ["رجب", 7], ["شعبان", 8], ["رمضان", 9], ["شوال", 10],
  ["ذو القعده", 11], ["ذي القعده", 11], ["ذا القعده", 11], ["ذو الحجه", 12], ["ذي الحجه", 12], ["ذا الحجه", 12],
];

const HIJRI_BY_FOLDED = new Map<string, number>(HIJRI.map(([name, month]) => [foldArabic(name), month]));

/** A Hijri month name → 1..12, or null. */
export function lookupHijriMonth(text: string): number | null {
  return HIJRI_BY_FOLDED.get(lookupKey(text)) ?? null;
}

/** Regex source matching any Hijri month name. No capture groups. */
export const HIJRI_MONTH_PATTERN = alternation(HIJRI_BY_FOLDED.keys());

/** Regex source: the era marker after a Hijri year, «هـ», «ه», «هجري», «هجرية», «للهجرة». No capture groups. */
export const HIJRI_ERA_PATTERN = "(?:ه\\u0640*(?![\\p{L}\\p{M}])|هجري[ةه]?|للهجر[ةه]|من\\s+الهجر[ةه])";

/** Regex source: the era marker after a Gregorian year, «م», «ميلادي», «للميلاد». No capture groups. */
export const GREGORIAN_ERA_PATTERN = "(?:م(?![\\p{L}\\p{M}])|ميلادي[ةه]?|للميلاد)";

/**
 * Plain regex source (normalised spelling, no classes) matching a word that every month name starts with, for the
 * parsers' trigger scan (parsers/triggeredPattern.ts): «كانون», «تشرين», «شباط», «ديسمبر»…
 */
export const MONTH_TRIGGER_SOURCE = [...new Set([...BY_FOLDED.keys()].map((name) => name.split(" ")[0]!))]
  .sort((a, b) => b.length - a.length)
  .join("|");

/** The same for Hijri month names («ربيع», «جمادي», «ذو»…). */
export const HIJRI_TRIGGER_SOURCE = [...new Set([...HIJRI_BY_FOLDED.keys()].map((name) => name.split(" ")[0]!))]
  .sort((a, b) => b.length - a.length)
  .join("|");
