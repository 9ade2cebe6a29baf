import { describe, expect, it } from "vitest";
import { normaliseText, normaliseWord } from "../../lib/text/normalise";
import { corpusArticle } from "../support/corpus-articles";

describe("normaliseText folds spelling variants", () => {
  it.each([
    ["أمس", "امس"],
    ["إدلب", "ادلب"],
    ["الآن", "الان"],
    ["الماضى", "الماضي"],
    ["علي/على", "علي/علي"],
    ["الماضية", "الماضيه"],
    ["٢٢/١٢/٢٠١٦", "22/12/2016"],
    ["۱۳۹۵", "1395"],
    ["حلب، دمشق؛ لماذا؟", "حلب, دمشق; لماذا?"],
    ["غداً", "غدا"],
    ["الـ24 ساعة", "ال24 ساعه"],
    ["مُحَمَّد", "محمد"],
    ["ﻻ", "لا"],
  ])("«%s» → «%s»", (input, expected) => {
    expect(normaliseText(input).text).toBe(expected);
  });

  it("leaves already-normal text identical (the same string object)", () => {
    const text = "قال المصدر امس";
    expect(normaliseText(text).text).toBe(text);
  });

  it("normaliseWord is normaliseText(…).text", () => {
    expect(normaliseWord("الجمعة الماضية")).toBe("الجمعه الماضيه");
  });
});

describe("offset map back to the original", () => {
  it("maps a span over removed tashkeel and tatweel back to the original word, marks included", () => {
    const original = "قالَ المصدرُ أمسِ إنّ الهجومَ بدأ في الـ24 ساعة";
    const n = normaliseText(original);
    const at = n.text.indexOf("امس");
    const start = n.toOriginalStart(at);
    const end = n.toOriginalEnd(at + 3);
    expect(original.slice(start, end)).toBe("أمسِ");
    const at24 = n.text.indexOf("ال24");
    expect(original.slice(n.toOriginalStart(at24), n.toOriginalEnd(at24 + 4))).toBe("الـ24");
  });

  it("maps an expanded ligature to its one original unit", () => {
    const original = "ﻻ أمس";
    const n = normaliseText(original);
    expect(n.text).toBe("لا امس");
    expect(original.slice(n.toOriginalStart(0), n.toOriginalEnd(2))).toBe("ﻻ");
    expect(original.slice(n.toOriginalStart(3), n.toOriginalEnd(6))).toBe("أمس");
  });

  it("drops invisible bidi marks without attaching them to a word", () => {
    const original = "أمس\u200F اليوم";
    const n = normaliseText(original);
    expect(n.text).toBe("امس اليوم");
    expect(original.slice(n.toOriginalStart(0), n.toOriginalEnd(3))).toBe("أمس");
  });

  it("round-trips every word of a corpus article", () => {
    const { text } = corpusArticle("004_");
    const n = normaliseText(text);
    expect(n.text.length).toBeLessThan(text.length); // the article has tashkeel («غاراتٍ», «قُتلت»)
    const re = /[\p{L}\p{N}]+/gu;
    let count = 0;
    for (let m = re.exec(n.text); m; m = re.exec(n.text)) {
      const s = n.toOriginalStart(m.index);
      const e = n.toOriginalEnd(m.index + m[0].length);
      expect(normaliseWord(text.slice(s, e))).toBe(m[0]);
      count += 1;
    }
    expect(count).toBeGreaterThan(300);
  });

  it("maps the end of the text to the end of the original", () => {
    const original = "مساءً";
    const n = normaliseText(original);
    expect(n.toOriginalStart(n.text.length)).toBe(original.length);
    expect(n.toOriginalEnd(n.text.length)).toBe(original.length);
  });
});
