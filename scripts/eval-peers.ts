// `npm run eval:peers`: Duckling's Arabic time and duration corpus (../shared/peers/duckling-ar.json) through
// Zaman's resolver, with the pass rate.
//
// How a text is judged (looser than Duckling's own harness, and said so in the output):
// - time cases: the LONGEST expression Zaman finds in the text is compared AT DAY LEVEL: its inclusive day interval
//   must equal Duckling's value turned into inclusive days (an instant covers [value, value + 1 grain); an interval's
//   `to` is end-exclusive, so its last covered day is the day of `to` minus one second). Clock times therefore only
//   have to land on the right day. Duckling also requires one token spanning the whole text; we report span
//   coverage but do not judge on it.
// - duration cases: some DURATION expression must carry the ISO 8601 value (P2M, PT5H…).
// - negative texts: nothing at all may be tagged.
// A text that fails day-level comparison is a CONVENTION DIFFERENCE only when a rule below names why Duckling's
// assistant-style convention differs from a news reading AND Zaman's output is exactly the documented news reading;
// otherwise it is a failure. Reference: Tuesday 2013-02-12T04:30 at −02:00 (Duckling's testContext).

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { resolveTimeExpressions } from "../lib/time/resolve";
import type { TimeExpression } from "../lib/time/types";
import { gregorianToHijri, hijriToGregorian, isoDay } from "../lib/time/hijri";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sharedDir = path.resolve(repoRoot, "../shared");
const peersFile = path.join(sharedDir, "peers", "duckling-ar.json");

type Grain = "second" | "minute" | "hour" | "day" | "week" | "month" | "quarter" | "year";
type Expected =
  | { kind: "instant"; value: string; grain: Grain; holiday?: string }
  | { kind: "interval"; from: string | null; to: string | null; grain: Grain; holiday?: string }
  | { kind: "duration"; value: number; unit: Grain };
interface PeerCase {
  dimension: "time" | "duration";
  texts: string[];
  expected: Expected;
}
interface PeerCorpus {
  reference: string;
  cases: PeerCase[];
  negative: Array<{ dimension: string; texts: string[] }>;
}
interface Days {
  start: string;
  end: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Day arithmetic on YYYY-MM-DD strings (UTC-based Date arithmetic only: independent of the machine's zone).

function toUtc(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}
function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function addDays(iso: string, n: number): string {
  return fromUtc(toUtc(iso) + n * 86_400_000);
}
function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return fromUtc(Date.UTC(y, m - 1 + n, d));
}
function addYears(iso: string, n: number): string {
  return `${String(Number(iso.slice(0, 4)) + n).padStart(4, "0")}${iso.slice(4)}`;
}
function daysApart(a: string, b: string): number {
  return Math.round((toUtc(a) - toUtc(b)) / 86_400_000);
}

/** Duckling's wall-clock datetime (all at −02:00, like the reference) → its calendar day. */
const dayOf = (datetime: string) => datetime.slice(0, 10);
const isMidnight = (datetime: string) => /T00:00:00(?:\.0+)?/.test(datetime);

/** The inclusive days an expected Duckling value covers. */
function expectedDays(expected: Expected): Days | null {
  if (expected.kind === "duration") return null;
  if (expected.kind === "instant") {
    const start = dayOf(expected.value);
    switch (expected.grain) {
      case "week": return { start, end: addDays(start, 6) };
      case "month": return { start, end: addDays(addMonths(start, 1), -1) };
      case "quarter": return { start, end: addDays(addMonths(start, 3), -1) };
      case "year": return { start, end: addDays(addYears(start, 1), -1) };
      default: return { start, end: start };
    }
  }
  if (!expected.from || !expected.to) return null;
  const end = isMidnight(expected.to) ? addDays(dayOf(expected.to), -1) : dayOf(expected.to);
  return { start: dayOf(expected.from), end };
}

const ISO_UNIT: Record<Grain, string> = {
  second: "S", minute: "M", hour: "H", day: "D", week: "W", month: "M", quarter: "Q", year: "Y",
};
function isoDuration(value: number, unit: Grain): string {
  const timeUnit = unit === "second" || unit === "minute" || unit === "hour";
  return `P${timeUnit ? "T" : ""}${value}${ISO_UNIT[unit]}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Convention differences: Duckling (an assistant) versus a news reading. A rule says when it applies and why, and
// either TRANSFORMS Duckling's days into the news reading (rules compose: «منتصف اذار» is both "month without a
// year" and "middle of a month") or ACCEPTS Zaman's output by its own test. A text counts as a convention difference
// only when Zaman's output is exactly that news reading; anything else is a failure.

const REFERENCE_DAY = "2013-02-12";
const fold = (s: string) => s.replace(/[أإآ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه").trim();
const WEEKDAY = "(?:ال)?(?:احد|اثنين|ثلاثاء?|ثلاثا|اربعاء?|خميس|جمعه|سبت)";
const MONTHS =
  "(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|شهر\\s+\\S+|الشهر\\s+\\S+)";

interface Context {
  text: string;
  folded: string;
  expected: Expected;
  days: Days | null;
  found: TimeExpression[];
  best: TimeExpression | undefined;
}
interface ConventionRule {
  name: string;
  reason: string;
  applies(c: Context): boolean;
  /** Duckling's days → the news reading's days. */
  transform?: (d: Days, c: Context) => Days;
  /** Or: whether Zaman's output is the documented news reading. */
  accepts?: (c: Context) => boolean;
}

const sameDays = (t: TimeExpression | undefined, d: Days | null) =>
  !!t?.interval && !!d && t.interval.start === d.start && t.interval.end === d.end;
const monthEnd = (iso: string) => addDays(addMonths(`${iso.slice(0, 8)}01`, 1), -1);
const isoWeekOf = (iso: string): Days => {
  const weekday = (new Date(toUtc(iso)).getUTCDay() + 6) % 7; // 0 = Monday
  return { start: addDays(iso, -weekday), end: addDays(iso, 6 - weekday) };
};
/** Western Easter Sunday (anonymous Gregorian computus). */
function easter(year: number): string {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
const HIJRI_HOLIDAY = /(?:الاضحي|الفطر|الهجريه|رمضان)/u;
const within = (a: string, b: string, n: number) => Math.abs(daysApart(a, b)) <= n;

const CONVENTIONS: ConventionRule[] = [
  {
    name: "bare weekday",
    reason:
      "Duckling takes the NEXT such weekday (future-leaning assistant); a news article means the most recent one not " +
      "after its publication date, 7 days earlier",
    applies: (c) =>
      new RegExp(`^(?:هذا\\s+)?(?:يوم\\s+)?${WEEKDAY}(?:\\s+(?:الساعه|من\\s+الساعه).*)?$`, "u").test(c.folded) &&
      !!c.days && c.days.start > REFERENCE_DAY,
    transform: (d) => ({ start: addDays(d.start, -7), end: addDays(d.end, -7) }),
  },
  {
    name: "month without a year",
    reason:
      "Duckling takes the NEXT occurrence of a month named without a year; Zaman, reading news, takes the latest one " +
      "that starts on or before the publication month (conventions.ts: yearOfMonthWithoutYear), here last year's",
    applies: (c) =>
      new RegExp(MONTHS, "u").test(c.folded) && !/\d{4}/u.test(c.folded) && !/(?:القادم|المقبل)/u.test(c.folded) &&
      !!c.days && c.days.start.slice(0, 7) > REFERENCE_DAY.slice(0, 7),
    transform: (d, c) => {
      // «أول ثلاثاء من شهر عشرة», «آخر اثنين من آذار»: the same weekday of the month in the previous year.
      if (d.start === d.end && new RegExp(WEEKDAY, "u").test(c.folded)) {
        const day = sameWeekdayOfMonthYearBefore(d.start, /(?:اخر|الاخير)/u.test(c.folded));
        return { start: day, end: day };
      }
      return { start: addYears(d.start, -1), end: addYears(d.end, -1) };
    },
  },
  {
    name: "middle of a month",
    reason:
      "Duckling resolves «منتصف/نص» of a month to the single day 15, while its own أوائل/أواخر are the first and last " +
      "thirds; Zaman keeps one rule for all month parts: the middle third (days 11–20), mod MID",
    applies: (c) => /(?:منتصف|نص|نصف)/u.test(c.folded) && !!c.days && c.days.start.endsWith("-15") && c.days.start === c.days.end,
    transform: (d) => ({ start: `${d.start.slice(0, 8)}11`, end: `${d.start.slice(0, 8)}20` }),
  },
  {
    name: "start of a month",
    reason:
      "Duckling resolves «بداية شهر» to day 1; Zaman reads بداية/مطلع/أوائل alike as the first third of the month " +
      "(days 1–10, mod START), which is also Duckling's own reading of «أوائل»",
    applies: (c) => /(?:بدايه|مطلع)/u.test(c.folded) && !!c.days && c.days.start.endsWith("-01") && c.days.start === c.days.end,
    transform: (d) => ({ start: d.start, end: `${d.start.slice(0, 8)}10` }),
  },
  {
    name: "weeks ago as a calendar week",
    reason:
      "Duckling resolves «قبل اسبوع» to the single day 7 days back; Zaman resolves «قبل N <unit>» to the calendar " +
      "unit containing that day (the ISO week here), as it resolves «قبل 9 سنوات» to the year 2011",
    applies: (c) => /^قبل\s+(?:اسبوع|اسبوعين|\S+\s+اسابيع)$/u.test(c.folded),
    transform: (d) => isoWeekOf(d.start),
  },
  {
    name: "month/year in digits",
    reason: "«2/2013» names a month (February 2013); Duckling returns its first day, Zaman the whole month",
    applies: (c) => /^\d{1,2}\/\d{4}$/u.test(c.folded),
    transform: (d) => ({ start: d.start, end: monthEnd(d.start) }),
  },
  {
    name: "counted weeks ahead",
    reason:
      "Duckling counts «الأسابيع الثلاثة القادمة» in whole calendar weeks from next Monday; Zaman counts 21 days from " +
      "the publication date, the mirror of «خلال الأسابيع الثلاثة الماضية» (the span of 21 days up to it)",
    applies: (c) => /^الاسابيع\s+\S+\s+(?:القادمه|المقبله)$/u.test(c.folded),
    transform: () => ({ start: REFERENCE_DAY, end: addDays(REFERENCE_DAY, 21) }),
  },
  {
    name: "night into the morning",
    reason:
      "Duckling's «الليلة» is 18:00–24:00 of the day; Zaman's night runs into the next morning (conventions.ts: " +
      "NIGHT_SPANS_INTO_NEXT_DAY), so it covers the next day too",
    applies: (c) => /^(?:هذه\s+)?الليله$/u.test(c.folded),
    transform: (d) => ({ start: d.start, end: addDays(d.end, 1) }),
  },
  {
    name: "«خلال» + duration",
    reason:
      "Duckling reads «خلال <duration>» as 'within the next …' from the reference time; in news «خلال أسبوعين» is " +
      "'over/during two weeks', a DURATION with no dates of its own",
    applies: (c) => /^خلال\s+/u.test(c.folded) && c.expected.kind === "interval",
    accepts: (c) => c.found.length > 0 && c.found.every((t) => t.type === "DURATION" && t.interval === null),
  },
  {
    name: "colloquial «من أسبوع»",
    reason:
      "«من اسبوع» is colloquial for 'a week ago'; in news Arabic «من أسبوع» is 'of/than a week' («أكثر من أسبوع»), so " +
      "Zaman does not date it (at most the duration «أسبوع»)",
    applies: (c) => /^من\s+اسبوع$/u.test(c.folded),
    accepts: (c) => c.found.every((t) => t.type === "DURATION"),
  },
  {
    name: "«ثانية» / «لحظة» alone",
    reason:
      "alone, «ثانية» is in news the ordinal 'second' («مرة ثانية») and «لحظة» a vague 'moment': Zaman tags neither as " +
      "a one-second duration",
    applies: (c) => /^(?:ثانيه|لحظه)$/u.test(c.folded),
    accepts: (c) => c.found.length === 0,
  },
  {
    name: "day and unit relative to the narrative",
    reason:
      "in news «اليوم السابق», «الأسبوع التالي», «الشهر التالي» count from an earlier expression of the article (the " +
      "day before / the week after THAT); with none before them they stay unresolved rather than count from the " +
      "publication date (conventions.ts: ANCHOR_FALLS_BACK_TO_PUBLICATION)",
    applies: (c) => /^(?:اليوم|الاسبوع|الشهر)\s+(?:السابق|التالي)$/u.test(c.folded),
    accepts: (c) => !!c.best && c.best.anchor.kind === "unresolved" && c.best.rule.startsWith("ar/anchored"),
  },
  {
    name: "Hijri calendar",
    reason:
      "Islamic holidays and months go through the tabular Hijri calendar, documented as ±2 days from Umm al-Qura or a " +
      "sighted moon; Duckling uses a table of observed dates. Without a year, Zaman takes the latest occurrence on or " +
      "before the publication date (Duckling: the next one), a Hijri year (354–355 days) earlier",
    applies: (c) => c.expected.kind !== "duration" && !!c.expected.holiday && HIJRI_HOLIDAY.test(fold(c.expected.holiday)),
    accepts: (c) => {
      if (!c.days || !c.best?.interval) return false;
      const shift = !/\d{4}/u.test(c.folded) && c.days.start > REFERENCE_DAY ? -(c.best.interval.start < REFERENCE_DAY ? 1 : 0) : 0;
      const want = shift === 0 ? c.days : { start: hijriYearBefore(c.days.start), end: hijriYearBefore(c.days.end) };
      return within(c.best.interval.start, want.start, 2) && within(c.best.interval.end, want.end, 2);
    },
  },
  {
    name: "Christian holiday without a year",
    reason:
      "Duckling takes the next «عيد الفصح»/«عيد الميلاد»; Zaman takes the latest one on or before the publication " +
      "date, like a month without a year",
    applies: (c) => c.expected.kind !== "duration" && !!c.expected.holiday && !/\d{4}/u.test(c.folded) &&
      /(?:الفصح|الميلاد)/u.test(fold(c.expected.holiday)),
    accepts: (c) => {
      const year = Number(REFERENCE_DAY.slice(0, 4));
      const latest = /الفصح/u.test(c.folded)
        ? (easter(year) <= REFERENCE_DAY ? easter(year) : easter(year - 1))
        : (`${year}-12-25` <= REFERENCE_DAY ? `${year}-12-25` : `${year - 1}-12-25`);
      return sameDays(c.best, { start: latest, end: latest });
    },
  },
];

/** The n-th (or last) same weekday of the same month, one year earlier. */
function sameWeekdayOfMonthYearBefore(iso: string, last: boolean): string {
  const weekday = new Date(toUtc(iso)).getUTCDay();
  const nth = Math.ceil(Number(iso.slice(8, 10)) / 7);
  const monthStart = `${addYears(iso, -1).slice(0, 8)}01`;
  if (last) {
    let day = monthEnd(monthStart);
    while (new Date(toUtc(day)).getUTCDay() !== weekday) day = addDays(day, -1);
    return day;
  }
  let day = monthStart;
  while (new Date(toUtc(day)).getUTCDay() !== weekday) day = addDays(day, 1);
  return addDays(day, 7 * (nth - 1));
}

/** The same Hijri day one Hijri year earlier, as a Gregorian day (tabular calendar). */
function hijriYearBefore(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const h = gregorianToHijri({ year, month, day });
  const g = hijriToGregorian({ year: h.year - 1, month: h.month, day: Math.min(h.day, 29) });
  return isoDay(g);
}

// ---------------------------------------------------------------------------------------------------------------

type Verdict =
  | { status: "pass"; wholeSpan: boolean }
  | { status: "convention"; rules: ConventionRule[]; got: string }
  | { status: "fail"; why: string };

function describe(t: TimeExpression | undefined): string {
  if (!t) return "nothing tagged";
  const days = t.interval ? `${t.interval.start}..${t.interval.end}` : "no interval";
  return `«${t.text}» ${t.type} ${t.value}${t.mod ? ` mod ${t.mod}` : ""} ${days} (${t.rule})`;
}

/** The convention rules that explain Zaman's output for this text, or null when none does. */
function conventionsFor(c: Context): ConventionRule[] | null {
  const applicable = CONVENTIONS.filter((r) => r.applies(c));
  if (applicable.length === 0) return null;
  const accepting = applicable.filter((r) => r.accepts?.(c));
  if (accepting.length > 0) return accepting;
  const transforms = applicable.filter((r) => r.transform);
  if (transforms.length === 0 || !c.days) return null;
  const news = transforms.reduce((d, r) => r.transform!(d, c), c.days);
  return sameDays(c.best, news) ? transforms : null;
}

function judge(text: string, expected: Expected, dct: string): Verdict {
  const found = resolveTimeExpressions(text, { dct });
  const best = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)[0];
  const days = expectedDays(expected);
  const c: Context = { text, folded: fold(text), expected, days, found, best };
  if (expected.kind === "duration") {
    const want = isoDuration(expected.value, expected.unit);
    if (found.some((t) => t.type === "DURATION" && t.value === want)) return { status: "pass", wholeSpan: best?.text.trim() === text.trim() };
    const rules = conventionsFor(c);
    if (rules) return { status: "convention", rules, got: describe(best) };
    return { status: "fail", why: `want DURATION ${want}, got ${found.map(describe).join("; ") || "nothing tagged"}` };
  }
  if (days && sameDays(best, days)) return { status: "pass", wholeSpan: best?.text.trim() === text.trim() };
  const rules = conventionsFor(c);
  if (rules) return { status: "convention", rules, got: describe(best) };
  return {
    status: "fail",
    why: `want ${days ? `${days.start}..${days.end}` : "?"} (Duckling grain ${expected.grain}), got ${describe(best)}`,
  };
}

function main(): number {
  if (!existsSync(peersFile)) {
    process.stderr.write(
      `eval:peers: ${peersFile} is missing.\n` +
        `The peer corpus lives in ../shared/peers/ next to this repository (${sharedDir}); see its README.md.\n`,
    );
    return 2;
  }
  const corpus = JSON.parse(readFileSync(peersFile, "utf8")) as PeerCorpus;
  const dct = corpus.reference.replace(/\.\d+/, "");
  let passed = 0;
  let whole = 0;
  const conventions: string[] = [];
  const byRule = new Map<string, number>();
  const failures: string[] = [];
  let total = 0;

  for (const peerCase of corpus.cases) {
    for (const text of peerCase.texts) {
      total += 1;
      const verdict = judge(text, peerCase.expected, dct);
      if (verdict.status === "pass") {
        passed += 1;
        if (verdict.wholeSpan) whole += 1;
      } else if (verdict.status === "convention") {
        for (const rule of verdict.rules) byRule.set(rule.name, (byRule.get(rule.name) ?? 0) + 1);
        conventions.push(`  «${text}» — ${verdict.rules.map((r) => r.name).join(" + ")}. Zaman: ${verdict.got}`);
      } else {
        failures.push(`  «${text}» — ${verdict.why}`);
      }
    }
  }
  for (const negative of corpus.negative) {
    for (const text of negative.texts) {
      total += 1;
      const found = resolveTimeExpressions(text, { dct });
      if (found.length === 0) passed += 1;
      else failures.push(`  «${text}» (negative) — tagged ${found.map(describe).join("; ")}`);
    }
  }

  const judged = total - conventions.length;
  const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
  const out = [
    `eval:peers — Duckling Arabic corpus (${path.relative(repoRoot, peersFile)}), reference ${corpus.reference}`,
    `Compared AT DAY LEVEL: the longest expression Zaman tags in each text vs Duckling's value as inclusive days`,
    `(end-exclusive intervals converted); durations by ISO value; negatives must tag nothing.`,
    ``,
    `Convention differences (${conventions.length} texts), not counted as passes or failures. The rules:`,
    ...CONVENTIONS.filter((r) => byRule.has(r.name)).map((r) => `  [${byRule.get(r.name)}] ${r.name}: ${r.reason}.`),
    `The texts:`,
    ...conventions,
    ``,
    `Failures (${failures.length}):`,
    ...(failures.length ? failures : ["  none"]),
    ``,
    `Passed ${passed} / ${total} texts (${pct(passed, total)}); ${conventions.length} convention differences;` +
      ` ${failures.length} failures.`,
    `Excluding convention differences: ${passed} / ${judged} (${pct(passed, judged)}).` +
      ` Of the passes, ${whole} tag the whole text as one expression (Duckling's stricter span rule).`,
  ];
  process.stdout.write(out.join("\n") + "\n");
  return 0;
}

process.exitCode = main();
