import { describe, expect, it } from "vitest";
import { corpusArticle } from "../support/corpus-articles";
import { resolveAt, resolveText } from "../support/resolve-helpers";

describe("calendar units relative to the publication date", () => {
  it("«الشهر الماضي» in article 004 is May 2016", () => {
    const a = corpusArticle("004_");
    expect(resolveAt(a.text, a.published, "الشهر الماضي")).toMatchObject({
      text: "الشهر الماضي",
      type: "DATE",
      value: "2016-05",
      interval: { start: "2016-05-01", end: "2016-05-31" },
      granularity: "month",
      anchor: { kind: "publication", date: "2016-06-15" },
      rule: "ar/relative-unit:month-last",
    });
  });

  it.each([
    // publication Tuesday 2016-12-13 (ISO week 2016-W50: 12–18 December)
    ["قتل العشرات خلال الأسبوع الماضي", "الأسبوع الماضي", "2016-W49", "2016-12-05", "2016-12-11", "week"],
    ["تتواصل المعارك خلال الأسبوع الجاري", "الأسبوع الجاري", "2016-W50", "2016-12-12", "2016-12-18", "week"],
    ["تستأنف المفاوضات الأسبوع المقبل", "الأسبوع المقبل", "2016-W51", "2016-12-19", "2016-12-25", "week"],
    ["وصل الوفد هذا الأسبوع", "هذا الأسبوع", "2016-W50", "2016-12-12", "2016-12-18", "week"],
    ["بدأ الحصار الشهر الجاري", "الشهر الجاري", "2016-12", "2016-12-01", "2016-12-31", "month"],
    ["تنتهي الهدنة الشهر المقبل", "الشهر المقبل", "2017-01", "2017-01-01", "2017-01-31", "month"],
    ["سيطرت الفصائل على المدينة العام الماضي", "العام الماضي", "2015", "2015-01-01", "2015-12-31", "year"],
    ["تقدمت القوات في السنة الماضية", "السنة الماضية", "2015", "2015-01-01", "2015-12-31", "year"],
    ["بلغ عدد القتلى هذا العام", "هذا العام", "2016", "2016-01-01", "2016-12-31", "year"],
    ["سقط آلاف القتلى في حلب هذه السنة", "هذه السنة", "2016", "2016-01-01", "2016-12-31", "year"],
    ["يتوقع أن تنتهي الحرب العام المقبل", "العام المقبل", "2017", "2017-01-01", "2017-12-31", "year"],
    ["خلال العام الحالي", "العام الحالي", "2016", "2016-01-01", "2016-12-31", "year"],
    ["جرت الانتخابات العام قبل الماضي", "العام قبل الماضي", "2014", "2014-01-01", "2014-12-31", "year"],
    ["وفي الأسبوع المنصرم قتل خمسة", "الأسبوع المنصرم", "2016-W49", "2016-12-05", "2016-12-11", "week"],
  ])("«%s»: «%s» → %s", (text, needle, value, start, end, granularity) => {
    expect(resolveAt(text, "2016-12-13", needle)).toMatchObject({
      text: needle,
      value,
      interval: { start, end },
      granularity,
    });
  });

  it("takes the preposition clitics: «للعام الماضي», «بالشهر الجاري», «لهذا العام»", () => {
    expect(resolveAt("وفقاً للتقرير السنوي للعام الماضي", "2016-12-13", "للعام الماضي")?.value).toBe("2015");
    expect(resolveAt("مقارنة بالشهر الجاري", "2016-12-13", "بالشهر الجاري")?.value).toBe("2016-12");
    expect(resolveAt("الميزانية المقررة لهذا العام", "2016-12-13", "لهذا العام")?.value).toBe("2016");
  });

  it("parts of a week are approximate thirds of the ISO week", () => {
    expect(resolveAt("قصفت الطائرات المدينة نهاية الأسبوع الماضي", "2016-12-13", "نهاية الأسبوع الماضي")).toMatchObject({
      value: "2016-W49",
      mod: "END",
      approx: true,
      interval: { start: "2016-12-09", end: "2016-12-11" },
    });
    expect(resolveAt("تستأنف المفاوضات مطلع الأسبوع المقبل", "2016-12-13", "مطلع الأسبوع المقبل")).toMatchObject({
      mod: "START",
      interval: { start: "2016-12-19", end: "2016-12-20" },
    });
  });

  it("«في مثل هذا اليوم من العام الماضي» is the same day a year earlier", () => {
    expect(resolveAt("وفي مثل هذا اليوم من العام الماضي سقطت المدينة", "2016-12-13", "مثل هذا اليوم")).toMatchObject({
      text: "في مثل هذا اليوم من العام الماضي",
      value: "2015-12-13",
      approx: false,
    });
    expect(resolveAt("في مثل هذا الوقت من العام الماضي", "2016-02-29", "مثل")).toMatchObject({
      value: "2015-02-28",
      approx: true,
    });
  });

  it("takes the ISO week across a year end", () => {
    expect(resolveAt("قتل العشرات خلال الأسبوع الماضي", "2016-01-06", "الأسبوع الماضي")).toMatchObject({
      value: "2015-W53",
      interval: { start: "2015-12-28", end: "2016-01-03" },
    });
  });

  it("«العام» as the adjective “general” is not a year", () => {
    for (const text of [
      "قال الأمين العام الحالي للأمم المتحدة",
      "أعلن المدعي العام السابق",
      "طالب المراقب العام السابق للجماعة",
    ]) {
      expect(resolveText(text, "2016-12-13").filter((t) => t.rule.startsWith("ar/relative-unit"))).toEqual([]);
    }
  });

  it("a unit without a marker is not a date: «العام» alone", () => {
    expect(resolveText("أعلن الاتحاد العام للنقابات", "2016-12-13")).toEqual([]);
  });
});

describe("a month named without a year, then the year («آذار من العام الماضي»)", () => {
  it.each([
    ["وكانت المعارك قد اندلعت في آذار من العام الماضي", "آذار من العام الماضي", "2015-03", "2015-03-01", "2015-03-31"],
    ["تبدأ الانتخابات في أيار من العام المقبل", "أيار من العام المقبل", "2017-05", "2017-05-01", "2017-05-31"],
    ["سقطت المدينة في 15 تموز من العام الماضي", "15 تموز من العام الماضي", "2015-07-15", "2015-07-15", "2015-07-15"],
    ["وقعت المجزرة في ايلول في سنة 2014", "ايلول في سنة 2014", "2014-09", "2014-09-01", "2014-09-30"],
  ])("«%s» → %s", (text, needle, value, start, end) => {
    expect(resolveAt(text, "2016-12-13", needle)).toMatchObject({ text: needle, value, interval: { start, end } });
  });

  it("the year phrase decides the anchor: publication for «العام الماضي», absolute for «سنة 2014»", () => {
    expect(resolveAt("في آذار من العام الماضي", "2016-12-13", "آذار")?.anchor).toEqual({ kind: "publication", date: "2016-12-13" });
    expect(resolveAt("في ايلول في سنة 2014", "2016-12-13", "ايلول")?.anchor).toEqual({ kind: "absolute" });
    expect(resolveAt("في ايلول في سنة 2014", null, "ايلول")?.value).toBe("2014-09");
  });
});
