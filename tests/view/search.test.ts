import { describe, expect, it } from "vitest";
import { textMatcher } from "@/lib/view/search";
import { readCorpusArticle } from "./corpus";

describe("free-text search in Arabic", () => {
  // The Egyptian article writes «الجيش السورى» and «الروسى» with alef maqsura.
  const sana = readCorpusArticle("002_bd2704263292804c");
  const sentence = sana.text.split("\n")[0]!;

  it("finds «السورى» when the reader types «السوري», and «الروسي» for «الروسى»", () => {
    expect(sentence).toContain("الجيش السورى");
    expect(sentence).not.toContain("السوري");
    expect(textMatcher("السوري")(sentence)).toBe(true);
    expect(textMatcher("الجيش السوري")(sentence)).toBe(true);
    expect(textMatcher("الطيران الروسي")(sentence)).toBe(true);
  });

  it("ignores tashkeel, tatweel and hamza forms on either side", () => {
    expect(textMatcher("حَلَب")(sentence)).toBe(true);
    expect(textMatcher("حـلـب")(sentence)).toBe(true);
    expect(textMatcher("اعلن")(sentence)).toBe(true); // «وأعلن»
  });

  it("needs every word, and an empty query matches everything", () => {
    expect(textMatcher("حلب دمشق")(sentence)).toBe(false);
    expect(textMatcher("   ")(sentence)).toBe(true);
    expect(textMatcher("SANA")("وكالة الأنباء السورية \"سانا\" sana")).toBe(true);
  });
});
