import { describe, expect, it } from "vitest";
import { resolveAt, resolveText } from "../support/resolve-helpers";

describe("absolute dates with month names", () => {
  it("reads a full date with a combined Levantine/Egyptian month name", () => {
    const text = "وأعلنت الأمم المتحدة في 15 كانون الأول/ديسمبر 2016 أن عمليات الإجلاء من شرق حلب توقفت.";
    const t = resolveAt(text, "2016-12-20", "15 كانون");
    expect(t).toMatchObject({
      text: "15 كانون الأول/ديسمبر 2016",
      type: "DATE",
      value: "2016-12-15",
      mod: null,
      interval: { start: "2016-12-15", end: "2016-12-15" },
      granularity: "day",
      approx: false,
      anchor: { kind: "absolute" },
    });
    expect(text.slice(t!.start, t!.end)).toBe(t!.text);
  });

  it("reads the bracketed combined form «ديسمبر (كانون الأول)»", () => {
    const text = "انتهت المعركة في 22 ديسمبر (كانون الأول) 2016 بخروج آخر قافلة.";
    expect(resolveAt(text, "2017-01-05", "22 ديسمبر")).toMatchObject({
      text: "22 ديسمبر (كانون الأول) 2016",
      value: "2016-12-22",
      interval: { start: "2016-12-22", end: "2016-12-22" },
    });
  });

  it("rejects a combined form whose two names disagree, keeping neither as a month", () => {
    const text = "في 22 نوفمبر/كانون الأول 2016";
    const found = resolveText(text, "2017-01-05");
    expect(found.some((t) => t.value.startsWith("2016-11-22") || t.value.startsWith("2016-12-22"))).toBe(false);
  });

  it("takes the year of a day and month from the publication date («في 22 ديسمبر»)", () => {
    const text = "وكانت القوات قد دخلت المدينة في 22 ديسمبر بعد حصار طويل.";
    expect(resolveAt(text, "2016-12-25", "22 ديسمبر")).toMatchObject({
      text: "22 ديسمبر",
      value: "2016-12-22",
      granularity: "day",
      anchor: { kind: "publication", date: "2016-12-25" },
    });
    // In January, a December without a year is last year's (latest occurrence not after the publication month).
    expect(resolveAt(text, "2017-01-10", "22 ديسمبر")?.value).toBe("2016-12-22");
  });

  it("reads an ordinal day with «من» and a Levantine month («الخامس عشر من تشرين الثاني»)", () => {
    const text = "بدأ الهجوم في الخامس عشر من تشرين الثاني على الأحياء الشرقية.";
    expect(resolveAt(text, "2016-12-13", "الخامس عشر")).toMatchObject({
      text: "الخامس عشر من تشرين الثاني",
      value: "2016-11-15",
      interval: { start: "2016-11-15", end: "2016-11-15" },
    });
  });

  it("reads «أول شباط» and «الأول من آذار»", () => {
    expect(resolveAt("وصل الوفد في أول شباط إلى جنيف", "2016-03-10", "أول")?.value).toBe("2016-02-01");
    expect(resolveAt("تبدأ الهدنة في الأول من آذار المقبل", "2016-02-20", "الأول")).toMatchObject({
      value: "2016-03-01",
      text: "الأول من آذار المقبل",
    });
  });

  it("reads Egyptian/Gulf and Maghrebi month names with a year", () => {
    expect(resolveAt("وقعت الاشتباكات في 3 أغسطس 2016 قرب الراموسة", "2016-09-01", "3 أغسطس")?.value).toBe("2016-08-03");
    expect(resolveAt("صدر القرار في 12 جوان 2016", "2016-09-01", "12 جوان")?.value).toBe("2016-06-12");
    expect(resolveAt("في 9 إبريل 2015", "2016-09-01", "9 إبريل")?.value).toBe("2015-04-09");
  });

  it("reads a month with a year as a month", () => {
    const text = "سيطرت القوات على الحي في كانون الثاني 2016 بعد معارك عنيفة.";
    expect(resolveAt(text, "2016-12-13", "كانون الثاني")).toMatchObject({
      text: "كانون الثاني 2016",
      type: "DATE",
      value: "2016-01",
      interval: { start: "2016-01-01", end: "2016-01-31" },
      granularity: "month",
      anchor: { kind: "absolute" },
    });
    expect(resolveAt("في أيار/مايو 2015", "2016-12-13", "أيار")?.interval).toEqual({ start: "2015-05-01", end: "2015-05-31" });
    expect(resolveAt("في شباط/فبراير 2016", "2016-12-13", "شباط")?.interval).toEqual({ start: "2016-02-01", end: "2016-02-29" });
  });

  it("reads a month without a year against the publication date, with الماضي/المقبل", () => {
    expect(resolveAt("سيطرت القوات على المدينة في شباط الماضي", "2016-12-13", "شباط")).toMatchObject({
      value: "2016-02",
      anchor: { kind: "publication", date: "2016-12-13" },
    });
    expect(resolveAt("تعقد المحادثات في كانون الثاني المقبل", "2016-12-13", "كانون الثاني")?.value).toBe("2017-01");
    expect(resolveAt("وفي تموز الماضي قطعت القوات طريق الكاستيلو", "2016-12-13", "تموز")?.value).toBe("2016-07");
    // «الماضي» in the same month means last year's.
    expect(resolveAt("منذ كانون الأول الماضي", "2016-12-13", "كانون الأول")?.value).toBe("2015-12");
    // No marker: the latest such month not after the publication month.
    expect(resolveAt("في أيلول شنت الفصائل هجوماً", "2016-12-13", "أيلول")?.value).toBe("2016-09");
  });

  it("reads «في عام 2016», «عام 2016» and a bare year after a preposition", () => {
    const text = "وكانت قوات الأسد قد أحكمت سيطرتها على الأحياء الشرقية لحلب، في عام 2016، إلا أن عدة أحياء بقيت في يد الفصائل.";
    expect(resolveAt(text, "2020-02-17", "2016")).toMatchObject({
      text: "عام 2016",
      type: "DATE",
      value: "2016",
      interval: { start: "2016-01-01", end: "2016-12-31" },
      granularity: "year",
      anchor: { kind: "absolute" },
    });
    expect(resolveAt("منذ عام 2011 والحرب مستمرة", "2016-12-13", "2011")?.value).toBe("2011");
    expect(resolveAt("خسر التنظيم المدينة في 2015 ثم استعادها", "2016-12-13", "2015")).toMatchObject({ value: "2015", text: "2015" });
    expect(resolveAt("خلال سنة ٢٠١٤", "2016-12-13", "٢٠١٤")?.value).toBe("2014");
  });

  it("does not read counts as years", () => {
    const text = "خرج أكثر من 2000 مدني من الأحياء الشرقية";
    expect(resolveText(text, "2016-12-13").find((t) => t.text.includes("2000"))).toBeUndefined();
  });

  it("checks a weekday given with a date, and flags a mismatch", () => {
    const right = resolveAt("وقال يوم الاثنين 12 كانون الأول 2016 إن", "2016-12-13", "12 كانون");
    expect(right).toMatchObject({ value: "2016-12-12", text: "الاثنين 12 كانون الأول 2016" });
    expect(right?.flags ?? []).toEqual([]);
    const wrong = resolveAt("وقال يوم الأحد 12 كانون الأول 2016 إن", "2016-12-13", "12 كانون");
    expect(wrong?.value).toBe("2016-12-12");
    expect(wrong?.flags?.some((f) => f.startsWith("weekday-mismatch"))).toBe(true);
  });
});

describe("numeric dates", () => {
  it.each([
    ["وفي 2016/12/22 خرجت آخر قافلة", "2016/12/22", "2016-12-22"],
    ["صدر البيان بتاريخ 22-12-2016 عن القيادة", "22-12-2016", "2016-12-22"],
    ["في 22/12/2016 أعلن الجيش", "22/12/2016", "2016-12-22"],
    ["بتاريخ ٢٢/١٢/٢٠١٦", "٢٢/١٢/٢٠١٦", "2016-12-22"],
    ["بتاريخ 2016-12-22", "2016-12-22", "2016-12-22"],
    ["في 5.1.2017", "5.1.2017", "2017-01-05"],
  ])("«%s»", (text, needle, value) => {
    expect(resolveAt(text, "2017-01-10", needle)).toMatchObject({
      text: needle,
      type: "DATE",
      value,
      interval: { start: value, end: value },
      anchor: { kind: "absolute" },
    });
  });

  it("rejects impossible dates and leaves scores and ratios alone", () => {
    expect(resolveText("في 31/02/2016", "2017-01-10").filter((t) => t.text.includes("31/02"))).toEqual([]);
    expect(resolveText("فاز الفريق 3-1 على منافسه", "2017-01-10")).toEqual([]);
  });

  it("reads day/month without a year against the publication date", () => {
    expect(resolveAt("يوم السبت 21/09 أعلن المصدر", "2013-02-12", "21/09")?.value).toBe("2013-09-21");
  });
});

describe("ranges of days", () => {
  it.each([
    ["تستمر الهدنة من 13 إلى 15 تموز 2016", "13", "2016-07-13", "2016-07-15"],
    ["عقدت الجولة من 28 شباط حتى 3 آذار 2016", "28", "2016-02-28", "2016-03-03"],
    ["المحادثات يوليو 13-15 2016 في جنيف", "يوليو", "2016-07-13", "2016-07-15"],
    ["من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر 2016", "الثالث", "2016-10-23", "2016-10-26"],
  ])("«%s»", (text, needle, start, end) => {
    expect(resolveAt(text, "2016-12-13", needle)).toMatchObject({
      type: "DATE",
      value: `${start}/${end}`,
      interval: { start, end },
      granularity: "day",
      anchor: { kind: "absolute" },
    });
  });

  it("takes the year of a range without one from the publication date", () => {
    expect(resolveAt("جرت المعارك بين 13 و15 من الشهر; من 13 إلى 15 تموز", "2016-12-13", "13 إلى")?.interval).toEqual({
      start: "2016-07-13",
      end: "2016-07-15",
    });
  });
});

describe("days and weeks counted inside a month", () => {
  it.each([
    ["الثلاثاء الثالث من شهر أيلول من عام 2014", "2014-09-16"], // the 3rd was a Wednesday: the third Tuesday
    ["الأربعاء الثالث من أيلول 2014", "2014-09-03"], // the 3rd was a Wednesday: the date
    ["ثاني أربعاء من شهر أكتوبر من عام 2014", "2014-10-08"],
    ["آخر اثنين من شهر آذار 2013", "2013-03-25"],
    ["اليوم الأخير من شهر شباط 2016", "2016-02-29"],
  ])("«%s» → %s", (text, day) => {
    expect(resolveText(text, "2016-12-13")[0]).toMatchObject({ text, value: day, interval: { start: day, end: day } });
  });

  it("reads the first and the last week of a month as ISO weeks inside it", () => {
    expect(resolveText("أول أسبوع بشهر أكتوبر 2014", "2016-12-13")[0]).toMatchObject({
      value: "2014-W41",
      interval: { start: "2014-10-06", end: "2014-10-12" },
      granularity: "week",
    });
    expect(resolveText("الأسبوع الأخير في أيلول 2014", "2016-12-13")[0]?.interval).toEqual({ start: "2014-09-22", end: "2014-09-28" });
  });
});
