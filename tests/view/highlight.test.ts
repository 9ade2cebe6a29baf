import { describe, expect, it } from "vitest";
import { splitByMarks } from "@/lib/view/highlight";
import { readCorpusArticle, spanOf } from "./corpus";

describe("cutting article text by its marks", () => {
  const a = readCorpusArticle("004_9b3dba44908ffe05");
  const marks = [
    { ...spanOf(a.text, "اليوم"), data: "today" },
    { ...spanOf(a.text, "أمس"), data: "yesterday" },
    { ...spanOf(a.text, "منذ مساء أمس"), data: "since-last-evening" },
  ];

  it("keeps every character, in order, and marks exactly the spans", () => {
    const runs = splitByMarks(a.text, marks);
    expect(runs.map((r) => r.text).join("")).toBe(a.text);
    const marked = runs.filter((r) => r.marks.length > 0).map((r) => [r.text, r.marks.map((m) => m.data)]);
    expect(marked).toEqual([
      ["اليوم", ["today"]],
      ["أمس", ["yesterday"]],
      ["منذ مساء أمس", ["since-last-evening"]],
    ]);
  });

  it("nests marks: a clause containing its time expression", () => {
    const sentenceEnd = a.text.indexOf("\n");
    const clause = { start: 0, end: sentenceEnd, data: "clause" };
    const runs = splitByMarks(a.text.slice(0, sentenceEnd), [clause, marks[1]!]);
    const inner = runs.find((r) => r.text === "أمس")!;
    expect(inner.marks.map((m) => m.data)).toEqual(["clause", "yesterday"]);
    expect(runs.every((r) => r.marks[0]?.data === "clause")).toBe(true);
  });

  it("clips marks that run past the text and drops empty or broken ones", () => {
    const runs = splitByMarks("حلب", [
      { start: -3, end: 1, data: 1 },
      { start: 2, end: 99, data: 2 },
      { start: 1, end: 1, data: 3 },
      { start: Number.NaN, end: 2, data: 4 },
    ]);
    expect(runs.map((r) => [r.text, r.marks.map((m) => m.data)])).toEqual([
      ["ح", [1]],
      ["ل", []],
      ["ب", [2]],
    ]);
  });
});
