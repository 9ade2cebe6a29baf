import { describe, expect, it } from "vitest";
import { correctionLabels, errorText } from "@/lib/corrections/labels";
import { validateArticleCorrection, validateEventCorrection } from "@/lib/corrections/request";

describe("correction UI words", () => {
  it("has the same keys, all non-empty, in Arabic and English", () => {
    const ar = correctionLabels("ar");
    const en = correctionLabels("en");
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const v of [...Object.values(ar), ...Object.values(en)]) expect(v.trim()).not.toBe("");
    expect(ar.editDate).toMatch(/\p{Script=Arabic}/u);
  });

  it("says every problem the validators find in both languages, not the server's fallback", () => {
    const bodies: unknown[] = [
      {},
      { date: "2016-02-30", reason: "", expectedVersion: -1 },
      { date: "12/12/2016", reason: " ", expectedVersion: 1.5 },
      { date: "2016-12-13..2016-12-11", reason: "ر".repeat(1001) },
      { date: "1900-01-01..2016-12-31", reason: "\u202Eس", expectedVersion: 0 },
      { date: "2016-12-11..2016-12-12", granularity: "month", reason: "س", expectedVersion: 0 },
      { date: "2016-12-11", granularity: "hour", reason: "س", expectedVersion: 0 },
      { date: "0999-01-01", reason: "س", expectedVersion: 0 },
      { date: 5 },
    ];
    const issues = bodies.flatMap((b) => {
      const r = validateEventCorrection(b);
      return r.ok ? [] : r.issues;
    });
    const article = validateArticleCorrection({});
    if (!article.ok) issues.push(...article.issues);
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThanOrEqual(13);
    for (const issue of issues) {
      for (const lang of ["ar", "en"] as const) expect(errorText(issue.code, lang, "FALLBACK")).not.toBe("FALLBACK");
    }
  });

  it("falls back to the server's message for an unknown code", () => {
    expect(errorText("teapot", "ar", "I'm a teapot")).toBe("I'm a teapot");
  });
});
