// Casual day words relative to the publication date: «اليوم», «أمس»/«بالأمس»/«البارحة», «أول أمس»/«أمس الأول»,
// «غداً», «بعد غد», «الليلة الماضية», «الليلة», «الآن». Offsets and nights: DAY_OFFSETS and NIGHT_SPANS_INTO_NEXT_DAY
// in conventions.ts. Parts of the day with a day word («صباح اليوم», «ليلة أمس») are ARPartOfDayParser's.

import { GAP, wordAlternation } from "../../../../text/boundaries";
import { addDays } from "../../../calendar";
import { DAY_OFFSETS, NOW_VALUE, PART_OF_DAY_CODES } from "../../../conventions";
import { dayResolution, type TimexDraft } from "../../../draft";
import { CASUAL_DAY_WORDS, NOW_WORDS } from "../constants";
import { TODAY_WORD } from "../dayWords";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";

/** What may lead a colloquial day phrase: «يوم», «اليوم الذي/اللي/الي». */
const DAY_LEAD = `يوم${GAP}|اليوم${GAP}(?:الذي|اللي|الي)${GAP}`;

const PATTERN = [
  // «يوم قبل أمس», «اليوم الذي قبل أمس», «اليوم القبل البارحة» (colloquial)
  `(?<dby>(?:${DAY_LEAD})?${wordAlternation(CASUAL_DAY_WORDS.dayBeforeYesterday)})`,
  `(?<dbyq>اليوم${GAP}القبل${GAP}(?:البارحه|امس|امبارح))`,
  `(?<lastNight>${wordAlternation(["الليلة الماضية", "الليلة الفائتة", "الليلة المنصرمة"])})`,
  `(?<tonight>الليله)(?!${GAP}(?:التي|نفسها|ذاتها|السابقه|الاولي|الاخيره))`,
  `(?<yesterday>(?:يوم${GAP})?(?:(?:بال|ال)?امس|${wordAlternation(CASUAL_DAY_WORDS.yesterday)}))`,
  `(?<dat>(?:${DAY_LEAD})?${wordAlternation(CASUAL_DAY_WORDS.dayAfterTomorrow)})`,
  `(?<tomorrow>${wordAlternation(CASUAL_DAY_WORDS.tomorrow)})`,
  // «اليوم» last: the longer phrases above that start with it win at the same position.
  `(?<today>${TODAY_WORD})`,
  `(?<now>${wordAlternation(NOW_WORDS)})`,
].join("|");

type Case = "dby" | "dbyq" | "lastNight" | "tonight" | "yesterday" | "today" | "dat" | "tomorrow" | "now";

const DAY_CASES: Partial<Record<Case, { offset: number; rule: string }>> = {
  today: { offset: DAY_OFFSETS.today, rule: "today" },
  yesterday: { offset: DAY_OFFSETS.yesterday, rule: "yesterday" },
  dby: { offset: DAY_OFFSETS.dayBeforeYesterday, rule: "day-before-yesterday" },
  dbyq: { offset: DAY_OFFSETS.dayBeforeYesterday, rule: "day-before-yesterday" },
  tomorrow: { offset: DAY_OFFSETS.tomorrow, rule: "tomorrow" },
  dat: { offset: DAY_OFFSETS.dayAfterTomorrow, rule: "day-after-tomorrow" },
};

/** A night starting on the evening of D + offset and running into the next morning. */
export function nightDraft(offset: number, rule: string): TimexDraft {
  return {
    rule,
    type: "TIME",
    granularity: "part-of-day",
    anchor: "publication",
    unresolvedValue: `XXXX-XX-XXT${PART_OF_DAY_CODES.night}`,
    resolve: (ref) => {
      const night = addDays(ref!.day, offset);
      const r = dayResolution(night, `T${PART_OF_DAY_CODES.night}`);
      return { ...r, interval: { start: r.interval!.start, end: dayResolution(addDays(night, 1)).interval!.end } };
    },
  };
}

/** The day D + offset. */
export function casualDayDraft(offset: number, rule: string): TimexDraft {
  return {
    rule,
    type: "DATE",
    granularity: "day",
    anchor: "publication",
    resolve: (ref) => dayResolution(addDays(ref!.day, offset)),
  };
}

/** Every phrase starts with one of these (its first word, or the part of it after «ال»/«بال» and a conjunction) (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /يوم|قبل|اول|امس|ليله|بارح|بعد|بكر|غد|الان|حالي|حالا|في/u, lookback: 4 };

export default class ARCasualDayParser extends AbstractArabicParser {
  protected override article = "bare" as const;
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray): TimexDraft | null {
    const groups = match.groups ?? {};
    const which = (Object.keys(groups) as Case[]).find((k) => groups[k] !== undefined);
    if (!which) return null;
    const day = DAY_CASES[which];
    if (day) return casualDayDraft(day.offset, `ar/casual-day:${day.rule}`);
    if (which === "lastNight") return nightDraft(-1, "ar/casual-day:last-night");
    if (which === "tonight") return nightDraft(0, "ar/casual-day:tonight");
    // «الآن»: the publication day, PRESENT_REF.
    return {
      rule: "ar/casual-day:now",
      type: "DATE",
      granularity: "day",
      anchor: "publication",
      unresolvedValue: NOW_VALUE,
      resolve: (ref) => ({ ...dayResolution(ref!.day), value: NOW_VALUE }),
    };
  }
}
