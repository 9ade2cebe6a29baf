import { describe, expect, it } from "vitest";
import {
  HIJRI_UNCERTAINTY_DAYS,
  gregorianToHijri,
  gregorianToJdn,
  hijriMonthLength,
  hijriMonthToGregorian,
  hijriToGregorian,
  isHijriLeapYear,
  isoDay,
  jdnToGregorian,
} from "@/lib/time/hijri";

const day = (iso: string) => {
  const [year, month, d] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, day: d };
};
const daysBetween = (a: string, b: string) => gregorianToJdn(day(a)) - gregorianToJdn(day(b));

describe("tabular Islamic calendar", () => {
  it("starts at the civil epoch: 1 Muharram 1 AH = 19 July 622 (proleptic Gregorian)", () => {
    expect(isoDay(hijriToGregorian({ year: 1, month: 1, day: 1 }))).toBe("0622-07-19");
  });

  it("has 11 leap years per 30-year cycle and 10631 days per cycle", () => {
    const leaps = Array.from({ length: 30 }, (_, i) => i + 1).filter(isHijriLeapYear);
    expect(leaps).toEqual([2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29]);
    const cycleStart = gregorianToJdn(hijriToGregorian({ year: 1411, month: 1, day: 1 }));
    const nextCycle = gregorianToJdn(hijriToGregorian({ year: 1441, month: 1, day: 1 }));
    expect(nextCycle - cycleStart).toBe(10631);
  });

  it("round-trips every day from 1400 AH to 1500 AH", () => {
    const failures: string[] = [];
    let checked = 0;
    for (let jdn = gregorianToJdn(day("1979-11-21")); jdn < gregorianToJdn(day("2077-01-01")); jdn += 1) {
      const g = jdnToGregorian(jdn);
      const h = gregorianToHijri(g);
      checked += 1;
      if (h.day > hijriMonthLength(h.year, h.month) || gregorianToJdn(hijriToGregorian(h)) !== jdn) {
        failures.push(isoDay(g));
      }
    }
    expect(checked).toBeGreaterThan(35000);
    expect(failures).toEqual([]);
  });

  it("converts «15 ربيع الأول 1438» to 15 December 2016", () => {
    expect(isoDay(hijriToGregorian({ year: 1438, month: 3, day: 15 }))).toBe("2016-12-15");
  });

  // Umm al-Qura (Saudi) dates of well-known days: the tabular calendar stays within the documented uncertainty.
  it.each([
    [1438, 1, 1, "2016-10-02"], // Islamic new year 1438
    [1437, 10, 1, "2016-07-06"], // Eid al-Fitr 2016
    [1434, 10, 1, "2013-08-08"], // Eid al-Fitr 2013
    [1434, 12, 10, "2013-10-15"], // Eid al-Adha 2013
    [1440, 9, 1, "2019-05-06"], // first of Ramadan 2019
    [1441, 1, 1, "2019-08-31"], // Islamic new year 1441
  ])("%d-%d-%d is within ±%s days of Umm al-Qura's %s", (year, month, d, ummAlQura) => {
    const tabular = isoDay(hijriToGregorian({ year, month, day: d }));
    expect(Math.abs(daysBetween(tabular, ummAlQura))).toBeLessThanOrEqual(HIJRI_UNCERTAINTY_DAYS);
  });

  it("gives the Gregorian span of a whole Hijri month", () => {
    const ramadan = hijriMonthToGregorian(1440, 9);
    expect(isoDay(ramadan.first)).toBe("2019-05-06");
    expect(daysBetween(isoDay(ramadan.last), isoDay(ramadan.first))).toBe(29);
  });

  it("rejects impossible Hijri dates", () => {
    expect(() => hijriToGregorian({ year: 1438, month: 2, day: 30 })).toThrow(RangeError);
    expect(() => hijriToGregorian({ year: 1438, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => hijriToGregorian({ year: 0, month: 1, day: 1 })).toThrow(RangeError);
  });
});
