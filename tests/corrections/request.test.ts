import { describe, expect, it } from "vitest";
import { issuesSummary, validateArticleCorrection, validateEventCorrection, validateRevert } from "@/lib/corrections/request";

const codes = (r: { ok: boolean; issues?: { field: string; code: string }[] }) => (r.ok ? [] : r.issues!.map((i) => `${i.field}:${i.code}`));

describe("an event correction request", () => {
  it("is accepted with a day, a precision, a reason in Arabic and the version edited", () => {
    const r = validateEventCorrection({
      date: "2016-12-11",
      granularity: "day",
      reason: "  بيان سانا يذكر أن السيطرة تمت «أمس» أي الأحد 11 كانون الأول  ",
      expectedVersion: 2,
    });
    expect(r).toEqual({
      ok: true,
      value: {
        interval: { start: "2016-12-11", end: "2016-12-11" },
        granularity: "day",
        reason: "بيان سانا يذكر أن السيطرة تمت «أمس» أي الأحد 11 كانون الأول",
        expectedVersion: 2,
      },
    });
  });

  it("implies the precision of a whole month when none is given", () => {
    const r = validateEventCorrection({ date: "2016-11-01..2016-11-30", reason: "«منتصف تشرين الثاني الماضي» لا أكثر", expectedVersion: 0 });
    expect(r.ok && r.value.granularity).toBe("month");
  });

  it("requires a reason: missing, empty and blank are all refused", () => {
    for (const reason of [undefined, "", "   \n "]) {
      expect(codes(validateEventCorrection({ date: "2016-12-11", reason, expectedVersion: 1 }))).toEqual(["reason:reason-missing"]);
    }
    expect(codes(validateEventCorrection({ date: "2016-12-11", reason: "ر".repeat(1001), expectedVersion: 1 }))).toEqual(["reason:reason-too-long"]);
  });

  it("reports every problem at once: impossible date, missing reason, missing version", () => {
    const r = validateEventCorrection({ date: "2016-02-30", granularity: "day" });
    expect(codes(r)).toEqual(["date:date-impossible", "reason:reason-missing", "expectedVersion:version-missing"]);
    expect(r.ok === false && issuesSummary(r.issues)).toMatch(/^date: 2016-02-30 does not exist/);
  });

  it("refuses a precision the interval contradicts, and a version that is not a whole number", () => {
    expect(codes(validateEventCorrection({ date: "2016-12-11..2016-12-12", granularity: "year", reason: "س", expectedVersion: 1 }))).toEqual([
      "granularity:precision-too-fine",
    ]);
    for (const v of [-1, 1.5, "3"]) {
      expect(codes(validateEventCorrection({ date: "2016-12-11", reason: "س", expectedVersion: v }))).toEqual(["expectedVersion:version-invalid"]);
    }
  });

  it("refuses a body of the wrong shape", () => {
    expect(codes(validateEventCorrection(null))[0]).toMatch(/body-invalid/);
    expect(codes(validateEventCorrection({ date: 20161211, reason: "س", expectedVersion: 1 }))).toEqual(["date:body-invalid"]);
  });
});

describe("an article correction request", () => {
  it("needs a real publication day and a reason; the version is optional", () => {
    const ok = validateArticleCorrection({ published: "2016-12-13", reason: "تصريحات الصالح ولافروف يوم الاثنين 12 هي «أمس»" });
    expect(ok).toEqual({ ok: true, value: { published: "2016-12-13", reason: "تصريحات الصالح ولافروف يوم الاثنين 12 هي «أمس»", expectedVersion: null } });
    expect(codes(validateArticleCorrection({ published: "2016-12-32", reason: "" }))).toEqual(["published:date-impossible", "reason:reason-missing"]);
    expect(codes(validateArticleCorrection({ reason: "س" }))).toEqual(["published:date-missing"]);
    expect(codes(validateArticleCorrection({ published: "2016-12-01..2016-12-02", reason: "س" }))).toEqual(["published:date-format"]);
  });
});

describe("a revert request", () => {
  it("may give a reason or none", () => {
    expect(validateRevert(undefined)).toEqual({ ok: true, value: { reason: null } });
    expect(validateRevert({ reason: " " })).toEqual({ ok: true, value: { reason: null } });
    expect(validateRevert({ reason: "التصحيح خاطئ" })).toEqual({ ok: true, value: { reason: "التصحيح خاطئ" } });
    expect(validateRevert({ reason: 5 }).ok).toBe(false);
  });
});
