// Words that name one day — «اليوم», «أمس», «غد», «الأحد», «يوم الجمعة الماضي» — shared by the weekday and
// part-of-day parsers. A pattern captures the words; `interpretDay` reads the captured text again (cheap: only on
// matches) into a DaySpec, and `dayFromSpec` resolves it with the conventions.

import { GAP, wordAlternation } from "../../../text/boundaries";
import { normaliseWord } from "../../../text/normalise";
import {
  addDays, type CalendarDay, type IsoWeekday, weekdayAfter, weekdayBefore, weekdayOnOrAfter, weekdayOnOrBefore,
} from "../../calendar";
import { BARE_WEEKDAY_DIRECTION, DAY_OFFSETS } from "../../conventions";
import { CASUAL_DAY_WORDS, NEXT_WORDS, PAST_WORDS, WEEKDAYS } from "./constants";

/** Normalised weekday name → ISO weekday. */
const WEEKDAY_BY_NAME = new Map(Object.entries(WEEKDAYS).map(([name, w]) => [normaliseWord(name), w]));

/** A weekday name with its article (regex source, normalised), e.g. «الاحد». */
export const WEEKDAY_NAME = wordAlternation(Object.keys(WEEKDAYS));
/** «الماضي», «المنصرم»… */
export const PAST_MARKER = wordAlternation(PAST_WORDS);
/** «المقبل», «القادم»… */
export const NEXT_MARKER = wordAlternation(NEXT_WORDS);

/** «الأحد», «يوم الأحد», «يوم الأحد الماضي», «الخميس المقبل» (regex source, no captures). */
export const WEEKDAY_PHRASE = `(?:يوم${GAP})?${WEEKDAY_NAME}(?!${GAP}عشر)(?:${GAP}(?:${PAST_MARKER}|${NEXT_MARKER}))?`;

/** Words after «اليوم» that make it "the day" (the next day, the first day, the day that…), not "today". */
export const NOT_TODAY_AFTER = wordAlternation([
  "التالي", "نفسه", "ذاته", "عينه", "السابق", "اللاحق", "الذي", "الأول", "الثاني", "الثالث", "الرابع", "الخامس",
  "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الأخير", "العالمي", "الوطني", "الدولي", "المحدد", "المقرر",
  "الموعود", "المشهود", "الموالي", "الأسود", "الدامي", "الدموي",
]);

/** «اليوم» meaning today (regex source): not followed by one of NOT_TODAY_AFTER. */
export const TODAY_WORD = `اليوم(?!${GAP}${NOT_TODAY_AFTER}(?![\\p{L}\\p{M}]))`;

/** Casual day words usable after a part of the day («صباح اليوم», «مساء أمس», «فجر الغد», «ليلة أول أمس»). */
export const CASUAL_DAY_PHRASE = `(?:يوم${GAP})?(?:${TODAY_WORD}|${wordAlternation([
  ...CASUAL_DAY_WORDS.dayBeforeYesterday,
  ...CASUAL_DAY_WORDS.yesterday,
  "غد",
  "الغد",
  "بعد غد",
  "بعد الغد",
])})`;

/** One day, however it is named. */
export const DAY_PHRASE = `(?:${WEEKDAY_PHRASE}|${CASUAL_DAY_PHRASE})`;

export type DaySpec =
  | { kind: "offset"; offset: number; word: string }
  | {
      kind: "weekday";
      weekday: IsoWeekday;
      /** Name as written in the (normalised) text, for flags and rules. */
      name: string;
      direction: "on-or-before" | "before" | "after" | "on-or-after";
    };

const CASUAL_OFFSETS: Array<[RegExp, number, string]> = [
  [new RegExp(`^(?:يوم${GAP})?${wordAlternation(CASUAL_DAY_WORDS.dayBeforeYesterday)}$`, "u"), DAY_OFFSETS.dayBeforeYesterday, "day-before-yesterday"],
  [new RegExp(`^(?:يوم${GAP})?${wordAlternation(CASUAL_DAY_WORDS.yesterday)}$`, "u"), DAY_OFFSETS.yesterday, "yesterday"],
  [new RegExp(`^(?:يوم${GAP})?اليوم$`, "u"), DAY_OFFSETS.today, "today"],
  [new RegExp(`^بعد${GAP}(?:ال)?غد$`, "u"), DAY_OFFSETS.dayAfterTomorrow, "day-after-tomorrow"],
  [new RegExp(`^(?:يوم${GAP})?(?:ال)?غد$`, "u"), DAY_OFFSETS.tomorrow, "tomorrow"],
];

const WEEKDAY_RE = new RegExp(`^(?:يوم${GAP})?(${WEEKDAY_NAME})(?:${GAP}(?:(${PAST_MARKER})|(${NEXT_MARKER})))?$`, "u");

/** Read normalised day words (as matched by DAY_PHRASE) into a DaySpec; null if they are not one. */
export function interpretDay(words: string): DaySpec | null {
  const trimmed = words.trim();
  for (const [re, offset, word] of CASUAL_OFFSETS) if (re.test(trimmed)) return { kind: "offset", offset, word };
  const m = WEEKDAY_RE.exec(trimmed);
  if (!m) return null;
  const weekday = WEEKDAY_BY_NAME.get(m[1]!);
  if (!weekday) return null;
  const direction = m[2] ? "before" : m[3] ? "after" : BARE_WEEKDAY_DIRECTION;
  return { kind: "weekday", weekday, name: m[1]!, direction };
}

/** The day a DaySpec names, from the reference day D. */
export function dayFromSpec(spec: DaySpec, d: CalendarDay): CalendarDay {
  if (spec.kind === "offset") return addDays(d, spec.offset);
  if (spec.direction === "before") return weekdayBefore(d, spec.weekday);
  if (spec.direction === "after") return weekdayAfter(d, spec.weekday);
  if (spec.direction === "on-or-after") return weekdayOnOrAfter(d, spec.weekday);
  return weekdayOnOrBefore(d, spec.weekday);
}

/** Rule suffix naming a DaySpec: "yesterday", "weekday-past", "weekday-next", "weekday". */
export function daySpecRule(spec: DaySpec): string {
  if (spec.kind === "offset") return spec.word;
  return { "on-or-before": "weekday", before: "weekday-past", after: "weekday-next", "on-or-after": "weekday-future-context" }[spec.direction];
}
