import { describe, expect, it } from "vitest";
import { articleText } from "../../lib/events/text";
import { splitSentences } from "../../lib/events/stages/1-sentences";
import { corpusArticle } from "./corpus";
import { offsetOf } from "./helpers";

function sentencesOf(text: string) {
  const a = articleText(text);
  return splitSentences(a).map((s) => ({ ...s, text: a.originalText(s), original: a.toOriginal(s) }));
}

function sentenceWith(text: string, needle: string) {
  const at = offsetOf(text, needle);
  const found = sentencesOf(text).find((s) => s.original.start <= at && at < s.original.end);
  if (!found) throw new Error(`no sentence holds «${needle}»`);
  return found;
}

describe("sentences", () => {
  it("003: a period inside a ¢…¢ quotation does not end the sentence", () => {
    const { text } = corpusArticle("003_");
    const s = sentenceWith(text, "الوقت محدود جدا");
    expect(s.text).toContain("إما الاستسلام أو الموت");
    expect(s.text.startsWith("مؤكدا أن")).toBe(true);
  });

  it("003: one paragraph of prose is split at each period", () => {
    const { text } = corpusArticle("003_");
    expect(text.includes("\n")).toBe(false);
    const all = sentencesOf(text);
    expect(all.length).toBeGreaterThanOrEqual(18);
    expect(sentenceWith(text, "بدأ الجيش السوري أمس").text).toBe("بدأ الجيش السوري أمس عملية السيطرة البرية الواسعة علي عدة أحياء في حلب.");
  });

  it("000: «..» ends a sentence", () => {
    const { text } = corpusArticle("000_");
    expect(sentenceWith(text, "فيما يخص تطورات الأوضاع").text).toBe("فيما يخص تطورات الأوضاع في مدينة حلب ..");
    expect(sentenceWith(text, "فقد أعلن المرصد").text.startsWith("فقد أعلن المرصد")).toBe(true);
  });

  it("000: a quotation mark with no partner in its paragraph does not swallow the rest", () => {
    const { text } = corpusArticle("000_");
    const destroyed = sentenceWith(text, "فقد دمرت وحدات");
    const outcome = sentenceWith(text, "مما أسفر عن مقتل العديد");
    expect(destroyed.index).not.toBe(outcome.index);
    expect(outcome.text).toContain("الجمرك القديم ”");
  });

  it("a line break always ends a sentence, and paragraphs are counted", () => {
    const { text } = corpusArticle("002_");
    const all = sentencesOf(text);
    for (const s of all) expect(s.text.includes("\n")).toBe(false);
    expect(new Set(all.map((s) => s.paragraph)).size).toBe(text.split("\n").length);
  });

  it("a decimal point is not the end of a sentence", () => {
    const text = "ارتفعت نسبة الدمار في الأحياء الشرقية إلى 3.5 بالمئة. وقال المرصد إن القصف استمر";
    expect(sentencesOf(text).map((s) => s.text)).toEqual(["ارتفعت نسبة الدمار في الأحياء الشرقية إلى 3.5 بالمئة.", "وقال المرصد إن القصف استمر"]);
  });

  it("؟ ! and ؛ end sentences; spans point into the original text", () => {
    const text = "هل انتهت المعركة؟ لا! قال المصدر؛ والقتال مستمر";
    const all = sentencesOf(text);
    expect(all.map((s) => s.text)).toEqual(["هل انتهت المعركة؟", "لا!", "قال المصدر؛", "والقتال مستمر"]);
    for (const s of all) expect(text.slice(s.original.start, s.original.end)).toBe(s.text);
  });
});
