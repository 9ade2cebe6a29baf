import { describe, expect, it } from "vitest";
import {
  CARDINAL_WORDS_PATTERN,
  COUNT_PATTERN,
  DEFINITE_CARDINAL_WORDS_PATTERN,
  ORDINAL_PATTERN,
  foldArabic,
  parseCardinalWords,
  parseCount,
  parseDayNumber,
  parseDigits,
  parseOrdinal,
  toWesternDigits,
} from "@/lib/text/numbers";

/** The first whole-word match of a pattern source in a sentence (Unicode boundaries, as the parsers use it). */
function firstMatch(source: string, sentence: string): string | null {
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${source}`, "u");
  return re.exec(sentence)?.[0] ?? null;
}

describe("digits in three scripts", () => {
  it("converts Eastern Arabic and Persian digits, keeping the length", () => {
    expect(toWesternDigits("قبل ٩ سنوات و۱۲ يوماً")).toBe("قبل 9 سنوات و12 يوماً");
    expect(toWesternDigits("٢٠١٦/١٢/٢٢").length).toBe("٢٠١٦/١٢/٢٢".length);
  });
  it("parses digits, and «الـ24» with its article and tatweel", () => {
    expect(parseDigits("٢٤")).toBe(24);
    expect(parseDigits("۴۸")).toBe(48);
    expect(parseDigits("الـ24")).toBe(24);
    expect(parseDigits("ال٢٤")).toBe(24);
    expect(parseDigits("24 ساعة")).toBeNull();
  });
});

describe("cardinal words", () => {
  it.each([
    ["واحد", 1], ["ثلاث", 3], ["ثلاثة", 3], ["أربع", 4], ["أربعة", 4], ["اربعه", 4], ["تسع", 9], ["عشرة", 10],
    ["أحد عشر", 11], ["إحدى عشرة", 11], ["اثنا عشر", 12], ["اثني عشر", 12], ["خمسة عشر", 15], ["ثلاث عشرة", 13],
    ["عشرون", 20], ["عشرين", 20], ["خمسة وعشرون", 25], ["واحد وعشرين", 21], ["تسعة وتسعون", 99],
    ["مئة", 100], ["مائة", 100], ["مئتان", 200], ["مائتي", 200], ["ثلاثمئة", 300], ["ثلاث مئة", 300],
    ["خمسمائة", 500], ["مئة وخمسون", 150], ["ألف", 1000], ["ألفين", 2000], ["ثلاثة آلاف", 3000],
    ["ثمانية آلاف", 8000], ["مئة ألف", 100000], ["ألف وتسعمائة", 1900], ["الثلاثة", 3],
  ])("«%s» = %d", (text, value) => {
    expect(parseCardinalWords(text)).toBe(value);
  });
  it("rejects words that are not numbers", () => {
    expect(parseCardinalWords("كيلومترات")).toBeNull();
    expect(parseCardinalWords("ثلاثة أيام")).toBeNull();
    expect(parseCardinalWords("")).toBeNull();
  });
});

describe("ordinals", () => {
  it.each([
    ["الأول", 1], ["الأولى", 1], ["الثاني", 2], ["الثالثة", 3], ["العاشر", 10], ["الحادي عشر", 11],
    ["الحادية عشرة", 11], ["الخامس عشر", 15], ["الثالث عشرة", 13], ["العشرين", 20], ["العشرون", 20],
    ["الحادي والعشرين", 21], ["الثالث والعشرون", 23], ["السادس والعشرين", 26], ["الحادي والثلاثين", 31],
    ["ثالث", 3], ["أول", 1],
  ])("«%s» = %d", (text, value) => {
    expect(parseOrdinal(text)).toBe(value);
  });
  it("rejects cardinals and other words", () => {
    expect(parseOrdinal("ثلاثة")).toBeNull();
    expect(parseOrdinal("الماضي")).toBeNull();
  });
});

describe("counts and day numbers", () => {
  it("takes digits or words", () => {
    expect(parseCount("9")).toBe(9);
    expect(parseCount("تسع")).toBe(9);
    expect(parseCount("الـ24")).toBe(24);
    expect(parseDayNumber("الخامس عشر")).toBe(15);
    expect(parseDayNumber("١٥")).toBe(15);
  });
});

describe("patterns find numbers inside real sentences", () => {
  it("finds a cardinal phrase with its conjunction", () => {
    expect(firstMatch(CARDINAL_WORDS_PATTERN, "قتل خمسة وعشرون مدنياً")).toBe("خمسة وعشرون");
    expect(firstMatch(CARDINAL_WORDS_PATTERN, "منذ أربع سنوات")).toBe("أربع");
  });
  it("finds counts written with the article after a plural unit", () => {
    expect(firstMatch(DEFINITE_CARDINAL_WORDS_PATTERN, "خلال الأسابيع الثلاثة الماضية")).toBe("الثلاثة");
    expect(firstMatch(COUNT_PATTERN, "خلال الـ24 ساعة الماضية")).toBe("الـ24");
    expect(firstMatch(COUNT_PATTERN, "قبل ٩ سنوات")).toBe("٩");
  });
  it("does not see a number inside a longer word", () => {
    expect(firstMatch(CARDINAL_WORDS_PATTERN, "الأربعاء")).toBeNull();
    expect(firstMatch(CARDINAL_WORDS_PATTERN, "ستراتيجية")).toBeNull();
  });
  it("finds ordinals, simple and compound", () => {
    expect(firstMatch(ORDINAL_PATTERN, "في الخامس عشر من تشرين الثاني")).toBe("الخامس عشر");
    expect(firstMatch(ORDINAL_PATTERN, "يوم الحادي والعشرين من الشهر")).toBe("الحادي والعشرين");
  });
  it("folds spelling variants for look-ups", () => {
    expect(foldArabic("إحدى عشرة")).toBe("احدي عشره");
  });
});
