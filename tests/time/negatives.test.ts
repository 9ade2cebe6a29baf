import { describe, expect, it } from "vitest";
import { corpusArticle } from "../support/corpus-articles";
import { overlapping, resolveText } from "../support/resolve-helpers";

// Things that only look temporal stay untagged.

describe("negatives in the corpus", () => {
  it("article 003: «أربعة كيلومترات» and «4 كيلومترات» are distances", () => {
    const a = corpusArticle("003_");
    const found = resolveText(a.text, a.published);
    expect(overlapping(found, a.text, "أربعة كيلومترات")).toEqual([]);
    expect(overlapping(found, a.text, "4 كيلومترات")).toEqual([]);
  });

  it("article 002: «بعمليات دقيقة» (precise operations) is not a minute, «السنة» (the Sunnis) not a year", () => {
    const a = corpusArticle("002_");
    const found = resolveText(a.text, a.published);
    expect(overlapping(found, a.text, "بعمليات دقيقة")).toEqual([]);
    expect(overlapping(found, a.text, "يغلب عليها السنة")).toEqual([]);
    expect(overlapping(found, a.text, "المسئول العسكرى العام")).toEqual([]);
  });

  it("article 000: counts in brackets are not durations («(13) عنصر», «(7) قرى»)", () => {
    const a = corpusArticle("000_");
    const found = resolveText(a.text, a.published);
    expect(overlapping(found, a.text, "(13) عنصر")).toEqual([]);
    expect(overlapping(found, a.text, "(7) قرى")).toEqual([]);
    expect(overlapping(found, a.text, "(4 ) رشاشات")).toEqual([]);
  });
});

describe("negatives in sentences", () => {
  it.each([
    ["يوم القيامة", "وكأنه يوم القيامة في حلب"],
    ["قضية الساعة", "أصبحت حلب قضية الساعة في الإعلام العالمي"],
    ["مرة ثانية", "قصفت الطائرات المستشفى مرة ثانية"],
    ["مارس (verb)", "مارس النظام ضغوطاً كبيرة على الفصائل"],
    ["أب (father)", "قتل أب وأطفاله الثلاثة في الغارة"],
    ["صفر (zero)", "وصلت الحرارة إلى صفر درجة"],
    ["أحد (one of)", "قتل أحد قادة الفصائل"],
    ["للمرة الأولى", "تتمكن القوات للمرة الأولى من السيطرة على الحزام"],
    ["ثلاث دقائق (hidden in a word)", "الدقائقية"],
    ["Duckling: حب", "حب"],
    ["Duckling: اياب", "اياب"],
    ["Duckling: ابحث", "ابحث"],
    ["عام (general)", "أكد المدير العام بشكل عام أن الوضع صعب"],
    ["شهر العسل", "انتهى شهر العسل بين الطرفين"],
    ["يوماً ما", "سيعود اللاجئون يوماً ما"],
    ["2000 مدني", "خرج 2000 مدني من المدينة"],
    ["3 عقود (contracts)", "وقعت الحكومة 3 عقود مع شركات روسية"],
    ["الطابق الثالث من المبنى", "انهار الطابق الثالث من المبنى"],
    ["القرار 2254", "القرار 2254 الصادر عن مجلس الأمن"],
  ])("%s", (_label, text) => {
    expect(resolveText(text, "2016-12-13")).toEqual([]);
  });
});
