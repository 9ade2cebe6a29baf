import { describe, expect, it } from "vitest";
import {
  HIJRI_MONTH_PATTERN,
  MONTH_PHRASE_PATTERN,
  lookupHijriMonth,
  lookupMonthName,
  parseMonthPhrase,
} from "@/lib/time/locale/ar/months";

const phraseIn = (sentence: string) =>
  new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${MONTH_PHRASE_PATTERN}`, "u").exec(sentence)?.[1] ?? null;

describe("Gregorian month names", () => {
  it("knows the Levantine, Egyptian/Gulf and Maghrebi names with their spelling variants", () => {
    expect(lookupMonthName("كانون الثاني")?.month).toBe(1);
    expect(lookupMonthName("تشرين الأول")?.month).toBe(10);
    expect(lookupMonthName("تشرين الاول")?.month).toBe(10);
    expect(lookupMonthName("آذار")?.month).toBe(3);
    expect(lookupMonthName("إبريل")?.month).toBe(4);
    expect(lookupMonthName("أغسطس")?.month).toBe(8);
    expect(lookupMonthName("ديسمبر")?.month).toBe(12);
    expect(lookupMonthName("جوان")?.month).toBe(6);
    expect(lookupMonthName("كانون")).toBeNull();
  });

  it("marks names that are also ordinary words as ambiguous", () => {
    expect(lookupMonthName("مارس")?.ambiguous).toBe(true);
    expect(lookupMonthName("آب")?.ambiguous).toBe(true);
    expect(lookupMonthName("شباط")?.ambiguous).toBe(false);
  });

  it("finds combined forms in a sentence and checks that both names agree", () => {
    const slash = phraseIn("في 15 كانون الأول/ديسمبر 2016");
    expect(slash).toBe("كانون الأول/ديسمبر");
    expect(parseMonthPhrase(slash!)).toEqual({ month: 12, ambiguous: false, combined: true });
    const brackets = phraseIn("في 22 ديسمبر (كانون الأول) الماضي");
    expect(brackets).toBe("ديسمبر (كانون الأول)");
    expect(parseMonthPhrase(brackets!)?.month).toBe(12);
    expect(parseMonthPhrase("نوفمبر/كانون الأول")).toBeNull();
  });

  it("prefers the two-word Levantine name to its first word", () => {
    expect(phraseIn("منتصف تشرين الثاني الماضي")).toBe("تشرين الثاني");
  });
});

describe("Hijri month names", () => {
  it("knows the names and their variants", () => {
    expect(lookupHijriMonth("ربيع الأول")).toBe(3);
    expect(lookupHijriMonth("ربيع الآخر")).toBe(4);
    expect(lookupHijriMonth("جمادى الآخرة")).toBe(6);
    expect(lookupHijriMonth("ذي الحجة")).toBe(12);
    expect(lookupHijriMonth("ذو القعدة")).toBe(11);
    expect(lookupHijriMonth("رمضان")).toBe(9);
  });
  it("finds the longest name in a sentence", () => {
    const m = new RegExp(HIJRI_MONTH_PATTERN, "u").exec("الموافق 15 ربيع الأول 1438 هـ");
    expect(m?.[0]).toBe("ربيع الأول");
  });
});
