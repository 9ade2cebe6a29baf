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
    ["سقط آلاف القتلى منذ بداية هذه السنة", "هذه السنة", "2016", "2016-01-01", "2016-12-31", "year"],
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
