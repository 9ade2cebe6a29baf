// Parts of the day with a day word — «صباح اليوم», «ظهر اليوم», «مساء أمس», «فجر الأحد», «ليلة أمس», «بعد ظهر
// الخميس», «منتصف ليل السبت» — optionally after «منذ»/«حتى» («منذ صباح الأحد», «منذ مساء أمس», «حتى اليوم»), and the
// early hours: «حتى ساعات الصباح الأولى», «الساعات الأولى من صباح اليوم». Codes, nights and spans: conventions.ts.

import { GAP } from "../../../../text/boundaries";
import { addDays, type CalendarDay, formatDay } from "../../../calendar";
import { EARLY_MORNING_DEFAULT_OFFSET, PART_OF_DAY_CODES, type PartOfDay, SINCE_MOD } from "../../../conventions";
import { dayResolution, type Reference, type Resolution, type TimexDraft } from "../../../draft";
import type { TimexMod } from "../../../types";
import { DAY_PHRASE, dayFromSpec, daySpecRule, interpretDay, type DaySpec } from "../dayWords";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";

const PART = `بعد${GAP}ظهر|ظهيره|فجر|صباح|ظهر|عصر|مساء|ليله|ليل|منتصف${GAP}ليله|منتصف${GAP}ليل`;
const EARLY_PART = "صباح|فجر|ليل";

const PATTERN = [
  // «(منذ) صباح اليوم», «مساء يوم الأحد الماضي», «منتصف ليل السبت»
  `(?:(?<pre>منذ|حتي)${GAP})?(?<part>${PART})${GAP}(?<day>${DAY_PHRASE})`,
  // «(حتى) ساعات الصباح الأولى (من يوم …)»
  `(?:(?<epre>منذ|حتي)${GAP})?(?:ال)?ساعات${GAP}ال(?<epart>${EARLY_PART})${GAP}(?:الاولي|الباكره)(?:${GAP}(?:من${GAP})?(?<eday>${DAY_PHRASE}))?`,
  // «(منذ) الساعات الأولى من (صباح) اليوم»
  `(?:(?<fpre>منذ|حتي)${GAP})?الساعات${GAP}الاولي${GAP}من${GAP}(?:(?<fpart>${EARLY_PART}|ليله)${GAP})?(?<fday>${DAY_PHRASE})`,
  // «منذ أمس», «حتى اليوم», «منذ يوم الأحد»
  `(?<spre>منذ|حتي)${GAP}(?<sday>${DAY_PHRASE})`,
  // «هذا الصباح», «هذا المساء»
  `هذا${GAP}ال(?<tpart>صباح|مساء)`,
].join("|");

function partOf(word: string): PartOfDay | "midnight" {
  if (word.startsWith("منتصف")) return "midnight";
  if (word.startsWith("بعد")) return "afternoon";
  switch (word) {
    case "فجر":
      return "dawn";
    case "صباح":
      return "morning";
    case "ظهر":
    case "ظهيره":
      return "noon";
    case "عصر":
      return "afternoon";
    case "مساء":
      return "evening";
    default:
      return "night";
  }
}

interface Found {
  pre: "منذ" | "حتي" | null;
  part: PartOfDay | "midnight" | null;
  day: DaySpec;
  early: boolean;
}

function resolvePart(found: Found, ref: Reference): Resolution {
  const day: CalendarDay = dayFromSpec(found.day, ref.day);
  const { part } = found;
  let r: Resolution;
  if (part === null) r = dayResolution(day);
  else if (part === "midnight") r = dayResolution(day, "T24:00");
  else {
    r = dayResolution(day, `T${PART_OF_DAY_CODES[part]}`);
    // A night runs into the next morning.
    if (part === "night") r = { ...r, interval: { start: formatDay(day), end: formatDay(addDays(day, 1)) } };
  }
  // «منذ …»: from that point up to the reference day.
  if (found.pre === "منذ" && r.interval && r.interval.start <= ref.value.slice(0, 10)) {
    r = { ...r, interval: { start: r.interval.start, end: formatDay(ref.day) } };
  }
  return r;
}

function modOf(found: Found): TimexMod | null {
  if (found.pre === "منذ") return SINCE_MOD;
  if (found.pre === "حتي") return "ON_OR_BEFORE";
  if (found.early || found.part === "dawn") return "START";
  return null;
}

function ruleOf(found: Found): string {
  const family = found.pre === "منذ" ? "since" : found.pre === "حتي" ? "until" : found.early ? "early-hours" : "part";
  return `ar/part-of-day:${family}-${found.part ?? "day"}-${daySpecRule(found.day)}`;
}

/** Every phrase starts with one of these, after at most a conjunction, a preposition and «ال» (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /منذ|حتي|بعد|ظهير|فجر|صباح|ظهر|عصر|مساء|ليل|منتصف|ساعات|هذا/u, lookback: 4 };

export default class ARPartOfDayParser extends AbstractArabicParser {
  protected override article = "none" as const;
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray): TimexDraft | null {
    const g = match.groups ?? {};
    const pre = (g.pre ?? g.epre ?? g.fpre ?? g.spre ?? null) as Found["pre"];
    const early = g.epart !== undefined || g.fday !== undefined;
    const partWord = g.part ?? g.epart ?? g.fpart ?? g.tpart;
    const dayWords = g.day ?? g.eday ?? g.fday ?? g.sday;
    const day: DaySpec | null = dayWords
      ? interpretDay(dayWords)
      : { kind: "offset", offset: EARLY_MORNING_DEFAULT_OFFSET, word: "today" };
    if (!day) return null;
    const found: Found = { pre, part: partWord ? partOf(partWord) : null, day, early };
    const granularity = found.part === null ? "day" : found.part === "midnight" ? "hour" : "part-of-day";
    return {
      rule: ruleOf(found),
      type: found.part === null ? "DATE" : "TIME",
      granularity,
      mod: modOf(found),
      anchor: "publication",
      unresolvedValue:
        found.part === null ? "XXXX-XX-XX" : found.part === "midnight" ? "XXXX-XX-XXT24:00" : `XXXX-XX-XXT${PART_OF_DAY_CODES[found.part]}`,
      resolve: (ref) => resolvePart(found, ref!),
    };
  }
}
