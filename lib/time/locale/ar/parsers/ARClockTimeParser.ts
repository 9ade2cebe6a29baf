// Clock times: «الساعة 3 صباحاً», «عند الساعة الثالثة فجراً», «الثالثة وربع بعد الظهر», «3:18 صباحاً», «15:15»,
// «الساعة 12 إلا ربع قبل الظهر», «الثامنة هذه الليلة», ranges «من الساعة 3 إلى الساعة 4 بعد العصر», and a day
// before the time («الخميس الساعة 8 بتوقيت GMT», «يوم السبت 21/09 الساعة 1:30 بعد الظهر»). TIME, value
// <day>THH:MM, on the day stated before it, else on the publication day (a report's clock time with no day word is
// read as that day's). The zone after «بتوقيت» is kept in the span but not converted: days are the writer's days.
// A bare «الساعة» («قضية الساعة», «على مدار الساعة») has no hour and is not a time.

import { GAP } from "../../../../text/boundaries";
import { CARDINAL_WORDS_PATTERN, parseCardinalWords, parseOrdinal } from "../../../../text/numbers";
import { addDays, formatDay, type CalendarDay } from "../../../calendar";
import type { TimexDraft } from "../../../draft";
import type { Granularity } from "../../../types";
import { DAY_PHRASE, dayFromSpec, interpretDay } from "../dayWords";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";
import { dayMonthNearWeekday } from "./ARNumericDateParser";

const HOUR_WORDS = "(?:ال)?(?:واحده|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره|حاديه|حادي|ثاني)(?:[ \\t]+عشر[ه]?)?";
const MORNING = "(?:صباحا|صباح|الصباح|الصبح|صبحا|فجرا|الفجر|قبل[ \\t]+الظهر|هذا[ \\t]+الصباح|بعد[ \\t]+منتصف[ \\t]+الليل)";
const NOON = "(?:ظهرا|الظهر)";
const AFTERNOON_EVENING =
  "(?:بعد[ \\t]+الظهر|بعد[ \\t]+الظهيره|عصرا|العصر|بعد[ \\t]+العصر|مساءا|مساء|المساء|ليلا|الليل|بعد[ \\t]+المغرب|قبل[ \\t]+المغرب|المغرب|العشاء|هذه[ \\t]+الليله|هذا[ \\t]+المساء)";

function time(n: string): string {
  const hour = `(?<h${n}>\\d{1,2}(?::\\d{2}){0,2}|${HOUR_WORDS}|${CARDINAL_WORDS_PATTERN})`;
  const minutes = `(?:(?:${GAP})?و(?:${GAP})?(?<m${n}>ربع|نصف|نص|ثلث|\\d{1,2}|${CARDINAL_WORDS_PATTERN})(?:${GAP}(?:دقيقه|دقائق))?)`;
  const minus = `(?:${GAP}(?:الا)${GAP}(?<minus${n}>ربعا?|ثلثا?|\\d{1,2}|${CARDINAL_WORDS_PATTERN})(?:${GAP}(?:دقيقه|دقائق))?)`;
  // «فجراً», «بعد الظهر»… or a part of a named day: «من ليل الأحد», «فجر اليوم», «من مساء أمس».
  const podDay = `(?:${GAP}(?:من${GAP})?(?<podWord${n}>ليل|ليله|مساء|صباح|فجر|ظهر|عصر)${GAP}(?<podDay${n}>${DAY_PHRASE}))`;
  const pod = `(?:${podDay}|${GAP}(?:(?<am${n}>${MORNING})|(?<noon${n}>${NOON})|(?<pm${n}>${AFTERNOON_EVENING})))`;
  return `(?:(?<clock${n}>(?:ال)?ساعه${GAP})?${hour}${minutes}?${minus}?${pod}?)`;
}

const PATTERN =
  `(?:(?<day>${DAY_PHRASE})(?:${GAP}(?<dm>\\d{1,2}\\/\\d{1,2}))?(?:${GAP}|,)+(?:(?:في|من)${GAP})?)?` +
  `(?:(?:(?<signal>عند|في|تمام)|(?<about>حوالي|نحو|بحدود|قرابه))${GAP})?(?:(?<from>من)${GAP})?` +
  time("1") +
  `(?:${GAP}(?:الي|حتي|وحتي|ولغايه)${GAP}${time("2")})?` +
  `(?:${GAP}بتوقيت${GAP}[\\p{L}]+)?`;

interface Clock {
  hour: number;
  minute: number;
  second: number | null;
  granularity: Granularity;
}

const FRACTIONS: Record<string, number> = { ربع: 15, ربعا: 15, نصف: 30, نص: 30, ثلث: 20, ثلثا: 20 };

function number(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return FRACTIONS[text] ?? parseOrdinal(text) ?? parseCardinalWords(text);
}

function readClock(g: Record<string, string | undefined>, n: string): Clock | null {
  const h = g[`h${n}`];
  if (h === undefined) return null;
  const hasClockWord = g[`clock${n}`] !== undefined;
  const podWord = g[`podWord${n}`];
  const pod = g[`am${n}`] ?? g[`noon${n}`] ?? g[`pm${n}`] ?? podWord;
  const colon = /:/.test(h);
  const isWord = !/^\d/.test(h);
  // A time needs «الساعة», a colon, or an hour word with a part of the day; a bare number or word is something else.
  if (!hasClockWord && !colon && !(pod && (isWord || /^\d/.test(h)))) return null;
  if (!hasClockWord && !colon && !isWord && !pod) return null;
  let hour: number;
  let minute = 0;
  let second: number | null = null;
  let granularity: Granularity = "hour";
  if (colon) {
    const [hh, mm, ss] = h.split(":").map(Number) as [number, number, number | undefined];
    hour = hh;
    minute = mm;
    second = ss ?? null;
    granularity = "minute";
  } else {
    const value = number(h);
    if (value === null) return null;
    hour = value;
  }
  const m = g[`m${n}`];
  if (m !== undefined) {
    const value = number(m);
    if (value === null || value > 59) return null;
    minute = value;
    granularity = "minute";
  }
  const minus = g[`minus${n}`];
  if (minus !== undefined) {
    const value = number(minus);
    if (value === null || value > 59) return null;
    hour -= 1;
    minute = 60 - value;
    granularity = "minute";
  }
  const pm = g[`pm${n}`] !== undefined || podWord === "مساء" || podWord === "عصر" || ((podWord === "ليل" || podWord === "ليله") && hour >= 6);
  const noon = g[`noon${n}`] !== undefined || podWord === "ظهر";
  const am = g[`am${n}`] !== undefined || podWord === "صباح" || podWord === "فجر";
  if (pm && hour < 12) hour += 12;
  if (noon && hour < 6) hour += 12;
  if (am && hour === 12) hour = 0;
  if (hour < 0 || hour > 24 || minute > 59 || (second !== null && second > 59)) return null;
  return { hour, minute, second, granularity };
}

const pad = (n: number) => String(n).padStart(2, "0");
const clockValue = (c: Clock) => `T${pad(c.hour)}:${pad(c.minute)}${c.second !== null ? `:${pad(c.second)}` : ""}`;

/** Every phrase contains one of these within 72 characters of its start (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /ساعه|\d:\d|صباح|صبح|فجر|ظهر|عصر|مساء|ليل|مغرب|عشاء/u, lookback: 72, scope: "text" };

export default class ARClockTimeParser extends AbstractArabicParser {
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray) {
    const g = match.groups ?? {};
    const first = readClock(g, "1");
    if (!first) return null;
    const second = g.h2 !== undefined ? readClock({ ...g, clock2: g.clock2 ?? g.clock1 }, "2") : null;
    if (g.h2 !== undefined && !second) return null;
    // «من الساعة 3 إلى الساعة 4 بعد العصر»: the part of the day said once at the end applies to both.
    if (second && g.pm1 === undefined && g.am1 === undefined && g.noon1 === undefined && first.hour < 12 && second.hour >= 12) {
      if (first.hour + 12 <= second.hour) first.hour += 12;
    }
    // The day: stated before the time («الخميس الساعة 8»), or after it with a part of the day («من ليل الأحد»).
    const dayWords = g.day ?? g.podDay1;
    const spec = dayWords !== undefined ? interpretDay(dayWords) : null;
    if (dayWords !== undefined && !spec) return null;
    // Small hours of «ليل الأحد» belong to the night that began on Sunday evening: Monday's date.
    const nightAfter = (g.podWord1 === "ليل" || g.podWord1 === "ليله") && first.hour < 6 ? 1 : 0;
    const dm = g.dm?.split("/").map(Number) as [number, number] | undefined;
    const dayOf = (d: CalendarDay): CalendarDay => {
      if (dm && spec?.kind === "weekday") return dayMonthNearWeekday(d, dm[0], dm[1], spec.weekday);
      return spec ? addDays(dayFromSpec(spec, d), nightAfter) : d;
    };
    const granularity = second && second.granularity === "minute" ? "minute" : first.granularity;
    const draft: TimexDraft = {
      rule: `ar/clock-time:${second ? "range" : "time"}${spec ? "+day" : ""}`,
      type: "TIME",
      granularity,
      anchor: "publication",
      unresolvedValue: `XXXX-XX-XX${clockValue(first)}`,
      resolve: (ref) => {
        const day = formatDay(dayOf(ref!.day));
        const value = second ? `${day}${clockValue(first)}/${day}${clockValue(second)}` : `${day}${clockValue(first)}`;
        return { value, interval: { start: day, end: day } };
      },
      ...(g.about !== undefined ? { mod: "APPROX" as const } : {}),
    };
    // «عند الساعة 3»: «عند» is a signal, left out of the span (when nothing is before it).
    let trimStart = 0;
    if (g.signal !== undefined && g.day === undefined) {
      const afterSignal = match[0].indexOf(g.signal) + g.signal.length;
      trimStart = afterSignal + (match[0].length - afterSignal - match[0].slice(afterSignal).trimStart().length);
    }
    return trimStart ? { draft, trimStart } : draft;
  }
}
