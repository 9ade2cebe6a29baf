import { describe, expect, it } from "vitest";
import { resolveAt, resolveText } from "../support/resolve-helpers";

describe("expressions counted from an earlier expression", () => {
  it("«في اليوم التالي» is the day after the previous date", () => {
    const text = "دخلت القوات الحي يوم الأحد الماضي، وفي اليوم التالي بدأت عمليات الإجلاء.";
    const found = resolveText(text, "2016-12-13");
    const next = found.find((t) => t.text.includes("اليوم التالي"));
    expect(next).toMatchObject({
      text: "في اليوم التالي",
      type: "DATE",
      value: "2016-12-12",
      interval: { start: "2016-12-12", end: "2016-12-12" },
      anchor: { kind: "expression", index: 0, text: "يوم الأحد الماضي" },
      rule: "ar/anchored:next-day",
    });
  });

  it("«بعد ذلك بيومين» and «قبل ذلك بثلاثة أيام» count days from the previous date", () => {
    const text = "بدأ الهجوم أمس الأول، وبعد ذلك بيومين أعلن الجيش السيطرة على الحي.";
    expect(resolveAt(text, "2016-12-13", "بعد ذلك بيومين")).toMatchObject({
      value: "2016-12-13",
      anchor: { kind: "expression", text: "أمس الأول" },
    });
    const earlier = "أعلنت الهدنة يوم الخميس الماضي، وكانت المفاوضات قد بدأت قبل ذلك بثلاثة أيام.";
    expect(resolveAt(earlier, "2016-12-13", "قبل ذلك بثلاثة أيام")?.value).toBe("2016-12-05");
  });

  it("«في اليوم نفسه», «في نفس اليوم», «صباح اليوم التالي»", () => {
    const text = "سقطت قذائف على الحي أمس، وفي اليوم نفسه قتل مدنيان، ثم في صباح اليوم التالي عاد القصف.";
    expect(resolveAt(text, "2016-12-13", "في اليوم نفسه")?.value).toBe("2016-12-12");
    expect(resolveAt(text, "2016-12-13", "صباح اليوم التالي")).toMatchObject({ type: "TIME", value: "2016-12-13TMO" });
    expect(resolveAt("قصف الحي أمس، وفي نفس اليوم قتل مدنيان", "2016-12-13", "نفس اليوم")?.value).toBe("2016-12-12");
  });

  it("«في الشهر نفسه» takes the month of the previous expression that has one", () => {
    const text = "سيطرت القوات على الأحياء الشرقية الشهر الماضي، وفي الشهر نفسه خرج آلاف المدنيين.";
    expect(resolveAt(text, "2016-12-13", "في الشهر نفسه")).toMatchObject({
      value: "2016-11",
      interval: { start: "2016-11-01", end: "2016-11-30" },
      granularity: "month",
      anchor: { kind: "expression", text: "الشهر الماضي" },
    });
  });

  it("skips an earlier expression that is too coarse for a day count", () => {
    const text = "أعلن الجيش أمس الهجوم، وكان ذلك متوقعاً العام الماضي، وفي اليوم التالي بدأ القصف.";
    // «العام الماضي» is a year: «اليوم التالي» counts from «أمس».
    expect(resolveAt(text, "2016-12-13", "في اليوم التالي")).toMatchObject({
      value: "2016-12-13",
      anchor: { kind: "expression", text: "أمس" },
    });
  });

  it("stays unresolved with no earlier expression", () => {
    expect(resolveAt("وفي اليوم التالي بدأت عمليات الإجلاء", "2016-12-13", "اليوم التالي")).toMatchObject({
      value: "XXXX-XX-XX",
      interval: null,
      anchor: { kind: "unresolved" },
    });
  });

  it("«في الوقت نفسه» / «في الوقت ذاته» (meanwhile) is not tagged", () => {
    expect(resolveText("في الوقت نفسه شن الطيران الروسي 64 غارة جوية", "2016-12-13")).toEqual([]);
    expect(resolveText("في الوقت ذاته، أعلن فيلق الرحمن تكبيد قوات النظام خسائر", "2016-06-15")).toEqual([]);
  });
});
