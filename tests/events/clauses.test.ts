import { describe, expect, it } from "vitest";
import { articleText } from "../../lib/events/text";
import { splitSentences } from "../../lib/events/stages/1-sentences";
import { splitClauses } from "../../lib/events/stages/2-clauses";
import { corpusArticle } from "./corpus";
import { offsetOf } from "./helpers";

function clausesOf(text: string) {
  const a = articleText(text);
  return splitClauses(a, splitSentences(a)).map((c) => ({ ...c, text: a.originalText(c), original: a.toOriginal(c) }));
}

/** The clause holding the first occurrence of `needle`. */
function clauseWith(text: string, needle: string) {
  const at = offsetOf(text, needle);
  const found = clausesOf(text).find((c) => c.original.start <= at && at + needle.length <= c.original.end);
  if (!found) throw new Error(`no single clause holds «${needle}»`);
  return found;
}

describe("clauses", () => {
  const a002 = corpusArticle("002_").text;
  const a004 = corpusArticle("004_").text;
  const a000 = corpusArticle("000_").text;
  const a001 = corpusArticle("001_").text;

  it("002: «، فيما» opens a clause (the SANA statement, then the advance towards al-Kalasa)", () => {
    const first = clauseWith(a002, "أعادت الأمن والاستقرار إلى أحياء الشيخ سعيد");
    const second = clauseWith(a002, "فيما تواصل القوات تقدمها");
    expect(first.index + 1).toBe(second.index);
    expect(first.text.endsWith("وقلعة الشريف،")).toBe(true);
    expect(second.text.startsWith("فيما تواصل القوات")).toBe(true);
    expect(second.opener).toMatchObject({ kind: "connective", narrative: "continue" });
  });

  it("004: «، بينما» opens a clause, and «في السياق ذاته،» stays with the clause it introduces", () => {
    const first = clauseWith(a004, "أحرزت فصائل");
    expect(first.text).toBe('في السياق ذاته، أحرزت فصائل "جيش الفتح"، تقدماً قرب بلدة خلصة،');
    expect(clauseWith(a004, "بينما هدأت").text).toBe("بينما هدأت حدة المعارك بريف دمشق اليوم،");
  });

  it("«فيما» and «حيث» open clauses without a comma; «فيما يبدو» does not", () => {
    expect(clauseWith(a002, "حيث أعادت أمس").text.startsWith("حيث أعادت أمس الأمن والاستقرار إلى حى الأصيلة")).toBe(true);
    const offer = clauseWith(a002, "إن القوى الكبرى تقدم للمسلحين");
    expect(offer.text).toContain("فيما يبدو الاختيار");
  });

  it("«،» inside a list of places does not split", () => {
    expect(clauseWith(a002, "أحياء الشيخ سعيد والشحادين").text).toContain("والفردوس وقلعة الشريف");
    expect(clauseWith(a004, "مناطق الزربة وخان طومان").text).toContain("القريبة من محيط المعارك الدائرة");
    expect(clauseWith(a001, "أرياف المحافظة").text).toContain("الغربية");
  });

  it("«،» before a relative pronoun or a verb splits; before an adverb it does not", () => {
    expect(clauseWith(a000, "والتي كانت قد خسرتها").text).toBe("والتي كانت قد خسرتها خلال الأسابيع الماضية ..");
    const took = clauseWith(a004, "تمكنوا، اليوم");
    expect(took.text).toBe("تمكنوا، اليوم، من إحكام قبضتهم على التلة الشمالية لقرية خلصة،");
  });

  it("003: an aside between two spaced dashes does not split its sentence, and its trigger words are background", () => {
    const a003 = corpusArticle("003_").text;
    const c = clauseWith(a003, "زيد الصالح قد أكد - في تصريحات لمجموعة من الصحفيين في حي الشيخ سعيد بعد استعادته من المعارضة - إن المعركة");
    expect(c.asides).toHaveLength(1);
    const aside = articleText(a003).originalText(c.asides![0]!);
    expect(aside).toBe(" - في تصريحات لمجموعة من الصحفيين في حي الشيخ سعيد بعد استعادته من المعارضة -");
  });

  it("a comma inside a quotation never splits", () => {
    const quoted = clauseWith(a004, "قُتلت امرأة");
    expect(quoted.text).toContain('بقصفٍ جوي استهدف حي كرم الطراب في مدينة حلب"، بحسب ما أكد الناشط الإعلامي منصور حسين');
  });

  it("a relation marker opens a subordinate clause before an event word, not before a duration", () => {
    const capture = clauseWith(a002, "عقب سيطرة تنظيم داعش");
    expect(capture.text).toBe("عقب سيطرة تنظيم داعش الإرهابى على المدينة.");
    expect(capture.opener).toMatchObject({ kind: "relation", type: "after" });
    const withdrawal = clauseWith(a001, "انسحاب كامل فصائل المعارضة");
    expect(withdrawal.opener).toMatchObject({ kind: "relation", type: "after", text: "وذلك عقب" });
    expect(withdrawal.text).toContain("بعد أسابيع من الاشتباكات");
  });

  it("a change of topic is marked on the clause that opens with it", () => {
    expect(clauseWith(a000, "من ناحية أخري وفي إطار").opener).toMatchObject({ kind: "connective", narrative: "shift" });
    expect(clauseWith(a000, "وفي سياق متصل ذكرت").opener).toMatchObject({ kind: "connective", narrative: "continue" });
    expect(clauseWith(corpusArticle("003_").text, "من ناحية أخري لقي").opener).toMatchObject({ kind: "connective", narrative: "shift" });
  });

  it("clauses tile their sentence: no gap but spaces, no overlap", () => {
    for (const text of [a000, a001, a002, a004]) {
      const a = articleText(text);
      const sentences = splitSentences(a);
      const clauses = splitClauses(a, sentences);
      for (const s of sentences) {
        const mine = clauses.filter((c) => c.sentence === s.index);
        expect(mine[0]!.start).toBe(s.start);
        expect(mine[mine.length - 1]!.end).toBe(s.end);
        for (let k = 1; k < mine.length; k += 1) {
          expect(mine[k]!.start).toBeGreaterThanOrEqual(mine[k - 1]!.end);
          expect(a.text.slice(mine[k - 1]!.end, mine[k]!.start).trim()).toBe("");
        }
      }
    }
  });
});
