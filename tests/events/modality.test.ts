import { describe, expect, it } from "vitest";
import { articleText } from "../../lib/events/text";
import { splitSentences } from "../../lib/events/stages/1-sentences";
import { splitClauses } from "../../lib/events/stages/2-clauses";
import { readClauses } from "../../lib/events/stages/4-triggers";
import { corpusArticle } from "./corpus";
import { offsetOf } from "./helpers";

/** The reading of the trigger overlapping the first occurrence of `word` in the text. */
function triggerAt(text: string, word: string, nth = 0) {
  const a = articleText(text);
  const clauses = splitClauses(a, splitSentences(a));
  const readings = readClauses(a, clauses);
  const at = offsetOf(text, word, nth);
  for (const r of readings) {
    for (const t of r.triggers) {
      const o = a.toOriginal(t);
      if (o.start < at + word.length && at < o.end) return { ...t, reading: r };
    }
  }
  throw new Error(`no trigger at «${word}»`);
}

describe("modality: which triggers report something that happened", () => {
  const a000 = corpusArticle("000_").text;
  const a001 = corpusArticle("001_").text;
  const a002 = corpusArticle("002_").text;
  const a003 = corpusArticle("003_").text;
  const a004 = corpusArticle("004_").text;

  it("a threatened attack and an expected battle are not events", () => {
    expect(triggerAt(a000, "بهجوم").irrealis).toMatch(/^irrealis/);
    expect(triggerAt(a000, "لمعركة مرتقبة").irrealis).not.toBeNull();
  });

  it("what must happen is not what happened: «إن المعركة في حلب يجب أن تنتهي سريعا»", () => {
    expect(triggerAt(a003, "المعركة في حلب").irrealis).toMatch(/^obligation «يجب»/);
    // The army's recapture in the aside before it is background, not the clause's event.
    expect(() => triggerAt(a003, "استعادته")).toThrow(/no trigger/);
  });

  it("a negated or anaphoric agreement is not an event («لم يتم التوصل بعد لهذا الاتفاق»)", () => {
    expect(triggerAt(a002, "الاتفاق ويعود").irrealis).not.toBeNull();
    expect(triggerAt(a002, "أى اتفاق").irrealis).toMatch(/^irrealis «نفت»/);
  });

  it("what someone calls for is not an event («دعا لافروف … إلى إقناع المسلحين بالخروج»)", () => {
    expect(triggerAt(a003, "بالخروج").irrealis).not.toBeNull();
    expect(triggerAt(a003, "ودعا").irrealis).toBeNull();
  });

  it("a verbal noun with «ل» states a purpose («لتحرير مدينة الرقة») unless a result verb precedes it", () => {
    expect(triggerAt(a000, "لتحرير").irrealis).toBe("purpose «ل»");
    expect(triggerAt(a004, "لسقوط ضحايا").irrealis).toBeNull();
    expect(triggerAt(a001, "للانسحاب").irrealis).toBeNull();
    expect(triggerAt(a003, "للقصف المدفعي").irrealis).toBeNull();
  });

  it("«بعد أسابيع من الاشتباكات والعمليات العسكرية» is the background of the withdrawal", () => {
    expect(triggerAt(a001, "الاشتباكات والعمليات").irrealis).toMatch(/^background/);
    expect(triggerAt(a001, "العمليات العسكرية التي").irrealis).toMatch(/^background/);
    expect(triggerAt(a001, "انسحاب كامل").irrealis).toBeNull();
  });

  it("an event named again with a demonstrative is not a new one («بهذه الضربات الجوية»)", () => {
    expect(triggerAt(a003, "الضربات الجوية").irrealis).toMatch(/^anaphoric/);
  });

  it("clause-level readings: pluperfect background, commentary, outcome", () => {
    expect(triggerAt(a001, "أحكمت سيطرتها").reading.pluperfect).toBe(true);
    expect(triggerAt(a003, "نداءات استغاثة").reading.pluperfect).toBe(true);
    expect(triggerAt(a003, "غارة جوية").reading.pluperfect).toBe(false);
    expect(triggerAt(a004, "هجوم المعارضة").reading.commentary).toBe(true);
    expect(triggerAt(a003, "تدمير 11 دبابة").reading.outcome).toBe(true);
  });
});
