import { describe, expect, it } from "vitest";
import { compileLexicon } from "../../lib/events/lexicon";
import { normaliseText } from "../../lib/text/normalise";

function find(forms: string[], text: string, options: { suffixes?: boolean; article?: boolean } = {}) {
  const lexicon = compileLexicon([{ forms, value: forms[0]!, ...options }]);
  const norm = normaliseText(text);
  return lexicon.find(norm).map((m) => ({
    text: text.slice(norm.toOriginalStart(m.start), norm.toOriginalEnd(m.end)),
    form: m.form,
    conjunction: m.conjunction,
    preposition: m.preposition,
    suffix: m.suffix,
  }));
}

describe("phrase lexicon on normalised Arabic", () => {
  it("matches Egyptian and unhamzated spellings of one form («حى الأصيلة» / «حي الاصيلة»)", () => {
    expect(find(["الأصيلة"], "إلى حى الأصيلة جنوب شرق قلعة حلب")).toMatchObject([{ text: "الأصيلة" }]);
    expect(find(["الأصيلة"], "إلى حي الاصيلة جنوب شرق قلعة حلب")).toMatchObject([{ text: "الاصيلة" }]);
    expect(find(["الجيش السوري"], "يواصل الجيش السورى انتصراته")).toMatchObject([{ text: "الجيش السورى" }]);
  });

  it("leaves proclitics out of the phrase and reports them", () => {
    expect(find(["حلب"], "وحلب بحلب لحلب")).toMatchObject([
      { text: "حلب", conjunction: "و", preposition: "" },
      { text: "حلب", preposition: "ب" },
      { text: "حلب", preposition: "ل" },
    ]);
    expect(find(["كرم الدعدع"], "وكرم الدعدع")).toMatchObject([{ text: "كرم الدعدع", conjunction: "و" }]);
  });

  it("reads «لل» as the preposition ل with the article («للانسحاب»)", () => {
    expect(find(["انسحاب"], "اضطر الفصائل للانسحاب من عدة قرى", { article: true })).toMatchObject([
      { text: "للانسحاب", form: "انسحاب", preposition: "ل" },
    ]);
  });

  it("never matches inside a word", () => {
    expect(find(["حلب"], "الحلبيون في مدينتهم")).toEqual([]);
    expect(find(["قتل"], "قتال عنيف")).toEqual([]);
  });

  it("prefers the longest form at a position («الجيش السوري الحر» is not «الجيش السوري»)", () => {
    const lexicon = compileLexicon([
      { forms: ["الجيش السوري"], value: "army" },
      { forms: ["الجيش السوري الحر"], value: "fsa" },
    ]);
    const text = "أحكمت فصائل الجيش السوري الحر سيطرتها";
    expect(lexicon.find(normaliseText(text)).map((m) => m.value)).toEqual(["fsa"]);
  });

  it("takes attached pronouns only where allowed, and never a folded ta marbuta («وزارة» is not «زار» + «ه»)", () => {
    expect(find(["استعادت"], "بعد استعادته من المعارضة", { suffixes: true })).toMatchObject([{ text: "استعادته", suffix: "ه" }]);
    expect(find(["استعادت"], "بعد استعادته من المعارضة")).toEqual([]);
    expect(find(["زار"], "جددت وزارة الدفاع الروسية", { suffixes: true })).toEqual([]);
  });

  it("lets a phrase span tatweel and diacritics of the original", () => {
    expect(find(["غارات"], "شن الطيران الحربي اليوم، غاراتٍ أدت لسقوط ضحايا")).toMatchObject([{ text: "غاراتٍ" }]);
    expect(find(["باسم"], "التي تعرف بـاسم غضب الفرات")).toMatchObject([{ text: "بـاسم" }]);
  });
});
