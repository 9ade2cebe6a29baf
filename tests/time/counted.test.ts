import { describe, expect, it } from "vitest";
import { corpusArticle } from "../support/corpus-articles";
import { resolveAt, resolveText } from "../support/resolve-helpers";

// Conventions (lib/time/conventions.ts):
// - «قبل/بعد N <unit>» is a point: the calendar unit (day, ISO week, month, year) that contains the publication
//   date minus/plus N units;
// - «منذ N <unit>», «خلال الـN <unit> الماضية» are spans up to the publication date: from the day N units before it
//   to the publication day, inclusive; «خلال الـN <unit> المقبلة», «في غضون N <unit>» the mirror span after it.

describe("«قبل N …»: a point N units before the publication date", () => {
  it("«قبل 9 سنوات» in article 001 is 2011", () => {
    const a = corpusArticle("001_");
    expect(resolveAt(a.text, a.published, "قبل 9 سنوات")).toMatchObject({
      text: "قبل 9 سنوات",
      type: "DATE",
      value: "2011",
      interval: { start: "2011-01-01", end: "2011-12-31" },
      granularity: "year",
      approx: false,
      anchor: { kind: "publication", date: "2020-02-17" },
    });
  });

  it.each([
    ["قتل ثلاثة مدنيين قبل 3 أيام في غارة", "قبل 3 أيام", "2016-12-10", "2016-12-10", "2016-12-10", "day"],
    ["وصلت التعزيزات قبل ٣ أيام", "قبل ٣ أيام", "2016-12-10", "2016-12-10", "2016-12-10", "day"],
    ["بدأ الهجوم قبل ثلاثة أيام", "قبل ثلاثة أيام", "2016-12-10", "2016-12-10", "2016-12-10", "day"],
    ["سقطت البلدة قبل يومين", "قبل يومين", "2016-12-11", "2016-12-11", "2016-12-11", "day"],
    ["انسحب المقاتلون قبل أحد عشر يوماً", "قبل أحد عشر يوماً", "2016-12-02", "2016-12-02", "2016-12-02", "day"],
    ["أعلنت الهدنة قبل أسبوع", "قبل أسبوع", "2016-W49", "2016-12-05", "2016-12-11", "week"],
    ["أعلنت الهدنة قبل أسبوعين", "قبل أسبوعين", "2016-W48", "2016-11-28", "2016-12-04", "week"],
    ["فرض الحصار قبل شهرين", "قبل شهرين", "2016-10", "2016-10-01", "2016-10-31", "month"],
    ["بدأت المعركة قبل ثلاثة أشهر", "قبل ثلاثة أشهر", "2016-09", "2016-09-01", "2016-09-30", "month"],
    ["خرج من السجن قبل عامين", "قبل عامين", "2014", "2014-01-01", "2014-12-31", "year"],
    ["قتل قبل سنتين", "قبل سنتين", "2014", "2014-01-01", "2014-12-31", "year"],
    ["اندلعت الثورة قبل خمس سنوات", "قبل خمس سنوات", "2011", "2011-01-01", "2011-12-31", "year"],
    ["وقعت المجزرة قبل عشرين عاماً", "قبل عشرين عاماً", "1996", "1996-01-01", "1996-12-31", "year"],
  ])("«%s»", (text, needle, value, start, end, granularity) => {
    expect(resolveAt(text, "2016-12-13", needle)).toMatchObject({
      text: needle,
      type: "DATE",
      value,
      interval: { start, end },
      granularity,
      anchor: { kind: "publication", date: "2016-12-13" },
    });
  });

  it("keeps an approximation marker as mod APPROX", () => {
    expect(resolveAt("قتل قبل نحو ثلاثة أسابيع", "2016-12-13", "قبل")).toMatchObject({
      text: "قبل نحو ثلاثة أسابيع",
      mod: "APPROX",
      value: "2016-W47",
    });
  });

  it("resolves hours against the publication day", () => {
    expect(resolveAt("قتل 5 مدنيين قبل 3 ساعات", "2016-12-13", "قبل 3 ساعات")).toMatchObject({
      interval: { start: "2016-12-13", end: "2016-12-13" },
      granularity: "hour",
    });
    // With a publication time, counting back crosses midnight.
    expect(resolveAt("قتل 5 مدنيين قبل 3 ساعات", "2016-12-13T01:30:00+02:00", "قبل 3 ساعات")?.interval).toEqual({
      start: "2016-12-12",
      end: "2016-12-12",
    });
  });

  it("leaves the expression unresolved in an undated article", () => {
    const t = resolveAt("اندلعت الثورة قبل خمس سنوات", null, "قبل خمس سنوات");
    expect(t?.interval).toBeNull();
    expect(t?.anchor.kind).toBe("unresolved");
  });
});

describe("«بعد N …»: a point after the publication date", () => {
  it("«بعد يومين» and «بعد ثلاثة أشهر»", () => {
    expect(resolveAt("تبدأ المفاوضات بعد يومين في جنيف", "2016-12-13", "بعد يومين")).toMatchObject({
      value: "2016-12-15",
      interval: { start: "2016-12-15", end: "2016-12-15" },
    });
    expect(resolveAt("تنتهي المهلة بعد ثلاثة أشهر", "2016-12-13", "بعد ثلاثة أشهر")?.value).toBe("2017-03");
  });

  it("«بعد N … من <event>» is an offset from the event, not from the publication date", () => {
    const text = "دخل الجيش الحي بعد ثلاثة أيام من المعارك";
    const t = resolveAt(text, "2016-12-13", "ثلاثة أيام");
    expect(t).toMatchObject({ type: "DURATION", value: "P3D", interval: null });
  });
});

describe("«منذ N …»: a span up to the publication date", () => {
  it("«منذ أربع سنوات» in article 002", () => {
    const a = corpusArticle("002_");
    expect(resolveAt(a.text, a.published, "منذ أربع سنوات")).toMatchObject({
      text: "منذ أربع سنوات",
      type: "DURATION",
      value: "P4Y",
      interval: { start: "2012-12-12", end: "2016-12-12" },
      granularity: "year",
      anchor: { kind: "publication", date: "2016-12-12" },
    });
  });

  it.each([
    ["منذ يومين", "P2D", "2016-12-11"],
    ["منذ 10 أيام", "P10D", "2016-12-03"],
    ["منذ ثلاثة أسابيع", "P3W", "2016-11-22"],
    ["منذ شهرين", "P2M", "2016-10-13"],
    ["منذ عام", "P1Y", "2015-12-13"],
    ["منذ خمسة أعوام", "P5Y", "2011-12-13"],
  ])("«%s»", (needle, value, start) => {
    expect(resolveAt(`الحصار المستمر ${needle} على المدينة`, "2016-12-13", needle)).toMatchObject({
      text: needle,
      type: "DURATION",
      value,
      interval: { start, end: "2016-12-13" },
    });
  });

  it("«منذ أكثر من ثلاث سنوات» keeps MORE_THAN", () => {
    expect(resolveAt("منذ أكثر من ثلاث سنوات", "2016-12-13", "منذ")).toMatchObject({ mod: "MORE_THAN", value: "P3Y" });
  });
});

describe("«خلال …الماضية», «في غضون …»", () => {
  it("«خلال الأسابيع الثلاثة الماضية» in article 001 is the three weeks up to 17 February 2020", () => {
    const a = corpusArticle("001_");
    expect(resolveAt(a.text, a.published, "الأسابيع الثلاثة الماضية")).toMatchObject({
      text: "خلال الأسابيع الثلاثة الماضية",
      type: "DURATION",
      value: "P3W",
      interval: { start: "2020-01-27", end: "2020-02-17" },
      granularity: "week",
      approx: false,
    });
  });

  it("«خلال الـ24 ساعة الماضية»", () => {
    expect(resolveAt("قتل 30 شخصاً خلال الـ24 ساعة الماضية في حلب", "2016-12-13", "الـ24")).toMatchObject({
      text: "خلال الـ24 ساعة الماضية",
      type: "DURATION",
      value: "PT24H",
      interval: { start: "2016-12-12", end: "2016-12-13" },
      granularity: "hour",
    });
  });

  it("«خلال الأيام الثلاثة المقبلة» is the mirror span after the publication date", () => {
    expect(resolveAt("خلال الأيام الثلاثة المقبلة", "2016-12-13", "الأيام")).toMatchObject({
      value: "P3D",
      interval: { start: "2016-12-13", end: "2016-12-16" },
    });
  });

  it("«في غضون 48 ساعة» is a span from the publication date", () => {
    expect(resolveAt("طالب المسلحين بالخروج في غضون 48 ساعة", "2016-12-13", "غضون")).toMatchObject({
      text: "في غضون 48 ساعة",
      type: "DURATION",
      value: "PT48H",
      interval: { start: "2016-12-13", end: "2016-12-15" },
    });
  });

  it("«في غضون ذلك» (meanwhile) is not a counted expression", () => {
    const a = corpusArticle("004_");
    const found = resolveText(a.text, a.published);
    expect(found.filter((t) => t.text.includes("غضون"))).toEqual([]);
  });
});
