import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveTimeExpressions } from "../../lib/time/resolve";
import { corpusArticle } from "../support/corpus-articles";

// The same input must give the same output under any TZ and any clock: resolve the corpus and a few sentences
// here and in child processes run under other zones (one with a fake clock), and compare the JSON.

const RESOLVE = path.resolve(__dirname, "../../lib/time/resolve.ts");

const CASES: Array<{ text: string; dct: string | null }> = [
  ...["000_", "001_", "002_", "003_", "004_"].map((id) => {
    const a = corpusArticle(id);
    return { text: a.text, dct: a.published };
  }),
  { text: "قصفت الطائرات الحي الليلة الماضية، وفي اليوم التالي قال المصدر اليوم الأحد إن الهدنة انتهت", dct: "2016-03-27" },
  { text: "بدأ الهجوم أمس الأول منذ صباح الأحد حتى ساعات الصباح الأولى، الأسبوع الماضي والعام المقبل", dct: "2017-01-01T00:30:00+03:00" },
  { text: "قتل مدنيون أمس في غارة، والشهر الماضي أيضاً", dct: "2016-10-30" }, // a DST change day in Europe
  { text: "وصل الوفد يوم الخميس المقبل", dct: null },
];

function inChild(tz: string, fakeClock: boolean): unknown {
  const code = `
    ${fakeClock ? `
    const RealDate = Date;
    const FIXED = RealDate.UTC(2031, 6, 4, 23, 59);
    globalThis.Date = class extends RealDate {
      constructor(...args) { if (args.length === 0) super(FIXED); else super(...args); }
      static now() { return FIXED; }
    };` : ""}
    const { resolveTimeExpressions } = await import(${JSON.stringify(RESOLVE)});
    const cases = JSON.parse(process.env.ZAMAN_CASES);
    process.stdout.write(JSON.stringify(cases.map((c) => resolveTimeExpressions(c.text, { dct: c.dct }))));
  `;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    env: { ...process.env, TZ: tz, ZAMAN_CASES: JSON.stringify(CASES) },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out);
}

describe("results do not depend on the machine's time zone or clock", () => {
  const here = JSON.parse(JSON.stringify(CASES.map((c) => resolveTimeExpressions(c.text, { dct: c.dct }))));

  it("finds expressions at all (the comparison is not vacuous)", () => {
    expect(here.flat().length).toBeGreaterThan(25);
  });

  it.each([
    ["Pacific/Kiritimati", false], // UTC+14
    ["America/Los_Angeles", false], // UTC−8/−7, DST
    ["Asia/Kathmandu", false], // UTC+5:45
    ["Pacific/Pago_Pago", true], // UTC−11, with a clock stuck in 2031
  ])("same output under TZ=%s (fake clock: %s)", (tz, fakeClock) => {
    expect(inChild(tz, fakeClock)).toEqual(here);
  });
});
