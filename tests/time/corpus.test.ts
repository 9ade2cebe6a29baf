import { describe, expect, it } from "vitest";
import { resolveTimeExpressions } from "../../lib/time/resolve";
import type { TimeExpression } from "../../lib/time/types";
import { corpusArticle, offsetOf } from "../support/corpus-articles";

// Every expression of the day, part-of-day, weekday, relative-unit and anchored families in the five corpus
// articles, checked by hand against the publication dates (issue 2's table). The other families (absolute,
// counted, vague, durations) are asserted in corpus-absolute.test.ts.

const MINE = /^ar\/(casual-day|part-of-day|weekday|relative-unit|anchored):/;

type Row = [text: string, value: string, start: string, end: string, mod?: string | null];

function mine(id: string): { found: TimeExpression[]; text: string; published: string } {
  const a = corpusArticle(id);
  const all = resolveTimeExpressions(a.text, { dct: a.published });
  return { found: all.filter((t) => MINE.test(t.rule)), text: a.text, published: a.published };
}

function rows(found: TimeExpression[]): Row[] {
  return found.map((t) => [t.text, t.value, t.interval?.start ?? "", t.interval?.end ?? "", t.mod]);
}

describe("corpus: every day-level expression, hand-checked", () => {
  it("000 (Sun 2016-11-13): «الآن» in «النظام السوري الآن» is the publication day", () => {
    const { found, text } = mine("000_");
    expect(rows(found)).toEqual([["الآن", "PRESENT_REF", "2016-11-13", "2016-11-13", null]]);
    expect(found[0]?.start).toBe(offsetOf(text, "الآن"));
  });

  it("001 (Mon 2020-02-17) has none of these families (its expressions are counted and vague ones)", () => {
    expect(rows(mine("001_").found)).toEqual([]);
  });

  it("002 (Mon 2016-12-12): «اليوم الاثنين», «أمس», «الآن», «منذ صباح الأحد», «يوم الأحد الماضى»", () => {
    const { found, text } = mine("002_");
    expect(rows(found)).toEqual([
      ["اليوم الاثنين", "2016-12-12", "2016-12-12", "2016-12-12", null],
      ["أمس", "2016-12-11", "2016-12-11", "2016-12-11", null],
      ["الآن", "PRESENT_REF", "2016-12-12", "2016-12-12", null],
      ["منذ صباح الأحد", "2016-12-11TMO", "2016-12-11", "2016-12-12", "ON_OR_AFTER"],
      ["يوم الأحد الماضى", "2016-12-11", "2016-12-11", "2016-12-11", null],
    ]);
    expect(found.every((t) => t.flags === undefined)).toBe(true); // «اليوم الاثنين» agrees: 12 Dec 2016 is a Monday
    expect(found[1]?.start).toBe(offsetOf(text, "أعادت أمس") + "أعادت ".length);
  });

  it("003 (Tue 2016-12-13): both «أمس» are Monday 12 December; «أربعة كيلومترات» and «في الوقت نفسه» untagged", () => {
    const { found, text } = mine("003_");
    expect(rows(found)).toEqual([
      ["أمس", "2016-12-12", "2016-12-12", "2016-12-12", null],
      ["أمس", "2016-12-12", "2016-12-12", "2016-12-12", null],
    ]);
    const all = resolveTimeExpressions(text, { dct: "2016-12-13" });
    for (const needle of ["أربعة كيلومترات", "4 كيلومترات", "في الوقت نفسه", "الوقت محدود"]) {
      const at = offsetOf(text, needle);
      expect(all.filter((t) => t.start < at + needle.length && t.end > at)).toEqual([]);
    }
  });

  it("004 (Wed 2016-06-15): «اليوم» ×4, «أمس» ×4, «منذ مساء أمس», «منذ صباح اليوم», «ظهر اليوم», «حتى ساعات الصباح الأولى», «الشهر الماضي»", () => {
    const { found, text } = mine("004_");
    const today: Row = ["اليوم", "2016-06-15", "2016-06-15", "2016-06-15", null];
    const yesterday: Row = ["أمس", "2016-06-14", "2016-06-14", "2016-06-14", null];
    expect(rows(found)).toEqual([
      today, // «هدأت حدة المعارك بريف دمشق اليوم»
      yesterday, // «شن "فيلق الرحمن" أمس»
      ["منذ مساء أمس", "2016-06-14TEV", "2016-06-14", "2016-06-15", "ON_OR_AFTER"],
      today, // «تمكنوا، اليوم،»
      ["منذ صباح اليوم", "2016-06-15TMO", "2016-06-15", "2016-06-15", "ON_OR_AFTER"],
      today, // «شن الطيران الحربي اليوم»
      today, // «قصف بالصواريخ اليوم»
      ["ظهر اليوم", "2016-06-15TMI", "2016-06-15", "2016-06-15", null],
      ["حتى ساعات الصباح الأولى", "2016-06-15TMO", "2016-06-15", "2016-06-15", "ON_OR_BEFORE"],
      yesterday, // «هجوماً مباغتاً، أمس»
      yesterday, // «جنوبي الغوطة أمس»
      ["الشهر الماضي", "2016-05", "2016-05-01", "2016-05-31", null],
    ]);
    const all = resolveTimeExpressions(text, { dct: "2016-06-15" });
    for (const needle of ["في الوقت ذاته", "في السياق ذاته"]) {
      const at = offsetOf(text, needle);
      expect(all.filter((t) => t.start < at + needle.length && t.end > at)).toEqual([]);
    }
  });

  it("every span is the original text at its offsets, and spans never overlap", () => {
    for (const id of ["000_", "001_", "002_", "003_", "004_"]) {
      const a = corpusArticle(id);
      const all = resolveTimeExpressions(a.text, { dct: a.published });
      let previousEnd = 0;
      for (const t of all) {
        expect(a.text.slice(t.start, t.end)).toBe(t.text);
        expect(t.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = t.end;
      }
    }
  });

  it("the same articles undated: relative expressions unresolved with a reason", () => {
    const a = corpusArticle("002_");
    const found = resolveTimeExpressions(a.text, { dct: null }).filter((t) => MINE.test(t.rule));
    expect(found.length).toBe(5);
    for (const t of found) {
      expect(t.interval).toBeNull();
      expect(t.anchor).toMatchObject({ kind: "unresolved", reason: expect.stringContaining("undated") });
      expect(t.value).toMatch(/^XXXX|PRESENT_REF/);
    }
  });
});
