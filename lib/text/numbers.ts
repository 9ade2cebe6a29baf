// Arabic numbers as news text writes them: digits in three scripts (Western 0-9, Eastern Arabic ٠-٩, Persian ۰-۹),
// cardinal words in both genders and grammatical cases (ثلاث/ثلاثة، عشرون/عشرين، مئة/مائة، آلاف…), ordinals
// (الأول، الخامس عشر، الحادي والعشرين…) and the «الـ24» form. Parsers build their patterns from the lexicons here, so a
// number word that is recognised is also parsed.
//
// The patterns tolerate the spelling variants that normalisation folds (hamza forms of alef, final ى/ي, ة/ه), so
// they match raw text and normalised text alike. Tashkeel and tatweel are expected to be removed by normalisation,
// except the tatweel of «الـ24», which `stripDefinite` handles.

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits → ASCII digits; everything else unchanged (same length). */
export function toWesternDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** A character class matching one digit of any of the three scripts. */
export const DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";

/**
 * Folds the spelling variants that Arabic writers use interchangeably, for dictionary look-ups:
 * tashkeel and tatweel removed, أ إ آ ٱ → ا, ى → ي, ة → ه.
 */
export function foldArabic(word: string): string {
  return word
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه");
}

/** Regex source matching `word` (written folded or not) in any of its folded spelling variants. */
export function variantPattern(word: string): string {
  let out = "";
  for (const ch of foldArabic(word)) {
    if (ch === "ا") out += "[اأإآٱ]";
    else if (ch === "ي") out += "[يى]";
    else if (ch === "ه") out += "[هة]";
    else if (ch === " ") out += "\\s+";
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return out;
}

/** Alternation of several words' variant patterns, longest first so that «ثلاثة» wins over «ثلاث». */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set([...words].map(foldArabic))].sort((a, b) => b.length - a.length);
  return `(?:${unique.map(variantPattern).join("|")})`;
}

// ---------------------------------------------------------------------------------------------------------------
// Lexicons, written in folded spelling (ا for every alef, ي for ى, ه for ة).

/** Plain cardinal words and their values. */
const CARDINALS: Record<string, number> = {
  // 1-10, masculine and feminine, nominative and oblique.
  واحد: 1, واحده: 1, احد: 1, احدي: 1,
  اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2, ثنتين: 2,
  ثلاث: 3, ثلاثه: 3,
  اربع: 4, اربعه: 4,
  خمس: 5, خمسه: 5,
  ست: 6, سته: 6,
  سبع: 7, سبعه: 7,
  ثمان: 8, ثماني: 8, ثمانيه: 8,
  تسع: 9, تسعه: 9,
  عشر: 10, عشره: 10,
  // tens
  عشرون: 20, عشرين: 20,
  ثلاثون: 30, ثلاثين: 30,
  اربعون: 40, اربعين: 40,
  خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70,
  ثمانون: 80, ثمانين: 80,
  تسعون: 90, تسعين: 90,
  // hundreds, both spellings (مئة / مائة) and the fused forms
  مئتان: 200, مئتين: 200, مئتا: 200, مئتي: 200, مائتان: 200, مائتين: 200, مائتا: 200, مائتي: 200,
  ثلاثمئه: 300, ثلاثمائه: 300, اربعمئه: 400, اربعمائه: 400, خمسمئه: 500, خمسمائه: 500,
  ستمئه: 600, ستمائه: 600, سبعمئه: 700, سبعمائه: 700, ثمانمئه: 800, ثمانمائه: 800, ثمانيمئه: 800,
  ثمانيمائه: 800, تسعمئه: 900, تسعمائه: 900,
  // thousands as plain values
  الفان: 2000, الفين: 2000, الفا: 2000, الفي: 2000,
  مليونان: 2_000_000, مليونين: 2_000_000,
};

/** Words that multiply what precedes them («ثلاث مئة», «ثلاثة آلاف», «مئة ألف»). */
const MULTIPLIERS: Record<string, number> = {
  مئه: 100, مائه: 100,
  الف: 1000, الاف: 1000, الوف: 1000,
  مليون: 1_000_000, ملايين: 1_000_000,
};

/** Ordinal words (both genders, with and without the article) and their values. */
const ORDINALS: Record<string, number> = {
  اول: 1, اولي: 1, حادي: 1, حاديه: 1,
  ثاني: 2, ثانيه: 2, ثان: 2,
  ثالث: 3, ثالثه: 3,
  رابع: 4, رابعه: 4,
  خامس: 5, خامسه: 5,
  سادس: 6, سادسه: 6,
  سابع: 7, سابعه: 7,
  ثامن: 8, ثامنه: 8,
  تاسع: 9, تاسعه: 9,
  عاشر: 10, عاشره: 10,
};

/** Words that are only meaningful inside an ordinal compound («الخامس عشر», «الحادي والعشرين»). */
const ORDINAL_TENS: Record<string, number> = {
  عشر: 10, عشره: 10,
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};

const CARDINAL_WORD = alternation([...Object.keys(CARDINALS), ...Object.keys(MULTIPLIERS)]);
const ORDINAL_WORD = alternation(Object.keys(ORDINALS));
const TENS_WORD = alternation(Object.keys(ORDINAL_TENS));
const NOT_LETTER_AFTER = "(?![\\p{L}\\p{M}\\p{N}])";

/** Regex source (use with the `u` flag): a number written in digits of any script, e.g. «24», «٢٤». */
export const DIGITS_PATTERN = `${DIGIT}+`;

/**
 * Regex source (use with the `u` flag): a cardinal written in words, one or several words joined by spaces or «و»:
 * «ثلاث», «خمسة عشر», «خمسة وعشرون», «ثلاثة آلاف», «مئة وخمسون». No capture groups.
 */
export const CARDINAL_WORDS_PATTERN =
  `(?:${CARDINAL_WORD}${NOT_LETTER_AFTER}(?:\\s*(?:و\\s*)?${CARDINAL_WORD}${NOT_LETTER_AFTER})*)`;

/** Regex source: the same, each word optionally with the article, as after a plural unit: «الأسابيع الثلاثة». */
export const DEFINITE_CARDINAL_WORDS_PATTERN =
  `(?:(?:ال)?${CARDINAL_WORD}${NOT_LETTER_AFTER}(?:\\s*(?:و\\s*)?(?:ال)?${CARDINAL_WORD}${NOT_LETTER_AFTER})*)`;

/** Regex source: a count in digits, «الـ24»-style digits, or words. No capture groups. */
export const COUNT_PATTERN = `(?:(?:ال\\u0640*)?${DIGITS_PATTERN}|${CARDINAL_WORDS_PATTERN})`;

/**
 * Regex source: an ordinal, with or without the article: «الأول», «الخامس عشر», «الحادي والعشرين», «العشرين»,
 * «ثالث». No capture groups.
 */
export const ORDINAL_PATTERN =
  `(?:(?:ال)?(?:${ORDINAL_WORD}${NOT_LETTER_AFTER}(?:\\s+(?:ال)?عشر[هة]?${NOT_LETTER_AFTER}|\\s+و\\s*(?:ال)?${TENS_WORD}${NOT_LETTER_AFTER})?|${TENS_WORD}${NOT_LETTER_AFTER}))`;

/** Removes a leading definite article with its optional tatweel: «الـ24» → «24», «العشرين» → «عشرين». */
export function stripDefinite(word: string): string {
  return word.replace(/^ال\u0640*/, "");
}

/** Digits of any script → number; null when the text is not only digits. */
export function parseDigits(text: string): number | null {
  const western = toWesternDigits(stripDefinite(text.trim()));
  return /^[0-9]+$/.test(western) ? Number(western) : null;
}

/** Splits a number phrase into folded words, detaching the conjunction «و» from the word it joins. */
function numberTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of foldArabic(text.trim()).split(/\s+/)) {
    if (!raw) continue;
    if (raw === "و") continue;
    // «وعشرون», «والعشرين»: the conjunction, never part of a number word (no number word starts with و except واحد).
    const word = raw.startsWith("و") && !raw.startsWith("واحد") ? raw.slice(1) : raw;
    tokens.push(word);
  }
  return tokens;
}

/**
 * A cardinal written in words → its value: «ثلاث» 3, «خمسة عشر» 15, «خمسة وعشرون» 25, «ثلاثمائة» 300,
 * «ثلاثة آلاف» 3000, «مئة ألف» 100000. Null when any word is not a number word.
 */
export function parseCardinalWords(text: string): number | null {
  const tokens = numberTokens(text);
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  let previous: number | null = null;
  for (const token of tokens) {
    const word = CARDINALS[token] !== undefined || MULTIPLIERS[token] !== undefined ? token : stripDefinite(token);
    const value = CARDINALS[word];
    const multiplier = MULTIPLIERS[word];
    if (multiplier !== undefined) {
      current = (current || 1) * multiplier;
      if (multiplier >= 1000) {
        total += current;
        current = 0;
      }
      previous = null;
    } else if (value !== undefined) {
      // «خمسة عشر»: ten after a unit makes a teen rather than a sum of two numbers said apart.
      if (value === 10 && previous !== null && previous < 10) current += 10;
      else current += value;
      previous = value;
    } else {
      return null;
    }
  }
  return total + current;
}

/** An ordinal → its value: «الأول» 1, «الخامس عشر» 15, «الحادي والعشرين» 21, «العشرين» 20, «ثالث» 3. */
export function parseOrdinal(text: string): number | null {
  const tokens = numberTokens(text).map(stripDefinite);
  if (tokens.length === 0) return null;
  const [first, ...rest] = tokens;
  if (first === undefined) return null;
  let value = ORDINALS[first];
  if (value === undefined) {
    // «العشرون», «الثلاثين» used as ordinals.
    const tens = ORDINAL_TENS[first];
    return tens !== undefined && tens >= 20 && rest.length === 0 ? tens : null;
  }
  for (const token of rest) {
    const tens = ORDINAL_TENS[token];
    if (tens === undefined) return null;
    value += tens;
  }
  return value;
}

/** A count in digits (any script, optionally «الـ24») or in words; null otherwise. */
export function parseCount(text: string): number | null {
  return parseDigits(text) ?? parseCardinalWords(text);
}

/** Number of an ordinal or a cardinal: for day-of-month positions that accept both («الخامس عشر», «15»). */
export function parseDayNumber(text: string): number | null {
  return parseDigits(text) ?? parseOrdinal(text) ?? parseCardinalWords(text);
}
