// Lexicons of the Arabic locale (data, kept apart from the parsers). Written in ordinary spelling; parsers build
// their patterns through lib/text/boundaries.ts, which normalises them (أ→ا, ى→ي, ة→ه).
// Number words, month names and Hijri months live in lib/text/numbers.ts and ./months.ts.

import type { IsoWeekday } from "../../calendar";
import type { PartOfDay } from "../../conventions";

/** Weekday names (with the article, as news writes them) → ISO weekday. «الاثنين» is also "the two": see the parser. */
export const WEEKDAYS: Record<string, IsoWeekday> = {
  الاثنين: 1,
  الإثنين: 1,
  الثلاثاء: 2,
  الأربعاء: 3,
  الاربعاء: 3,
  الخميس: 4,
  الجمعة: 5,
  السبت: 6,
  الأحد: 7,
};

/** Arabic display name of each ISO weekday (for flags shown to users). */
export const WEEKDAY_NAMES: Record<IsoWeekday, string> = {
  1: "الاثنين",
  2: "الثلاثاء",
  3: "الأربعاء",
  4: "الخميس",
  5: "الجمعة",
  6: "السبت",
  7: "الأحد",
};

/** English name of each ISO weekday (for flags). */
export const WEEKDAY_ENGLISH: Record<IsoWeekday, string> = {
  1: "Monday",
  2: "Tuesday",
  3: "Wednesday",
  4: "Thursday",
  5: "Friday",
  6: "Saturday",
  7: "Sunday",
};

/** Casual day words → which day (see DAY_OFFSETS in conventions.ts). */
export const CASUAL_DAY_WORDS = {
  today: ["اليوم"],
  // «امبارح», «بكرة», «بكرا» are colloquial (Levantine/Egyptian): rare in news, common in quotes and in Duckling's set.
  yesterday: ["أمس", "الأمس", "البارحة", "امبارح", "اليوم الماضي", "اليوم المنصرم", "اليوم الفائت"],
  dayBeforeYesterday: ["أول أمس", "أمس الأول", "أول من أمس", "قبل أمس", "قبل البارحة", "قبل امبارح"],
  tomorrow: ["غداً", "غدا", "يوم غد", "بكرة", "بكرا"],
  dayAfterTomorrow: ["بعد غد", "بعد الغد", "بعد بكرة", "بعد بكرا"],
} as const;

/** «الليلة الماضية», «ليلة أمس»: the night of D − 1. «الليلة»: the night of D. */
export const LAST_NIGHT_WORDS = ["الليلة الماضية", "ليلة أمس", "ليل أمس", "ليلة البارحة", "مساء البارحة"];
export const TONIGHT_WORDS = ["الليلة"];

/** «الآن», «حالياً». */
export const NOW_WORDS = ["الآن", "حالياً", "حاليا", "حالاً", "في هذه اللحظة"];

/** Part-of-day nouns (construct state, before a day word: «صباح اليوم», «مساء أمس») → part of day. */
export const PART_OF_DAY_WORDS: Record<string, PartOfDay> = {
  فجر: "dawn",
  صباح: "morning",
  ظهر: "noon",
  ظهيرة: "noon",
  عصر: "afternoon",
  مساء: "evening",
  ليلة: "night",
  ليل: "night",
};

/** Future markers after a weekday or a unit: «المقبل», «القادم» (m./f.). */
export const NEXT_WORDS = ["المقبل", "المقبلة", "القادم", "القادمة", "الجاي", "الجاية"];
/** Past markers: «الماضي», «الماضية», «المنصرم», «الفائت», «السابق». */
export const PAST_WORDS = ["الماضي", "الماضية", "الماض", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق", "السابقة"];
/** Current markers: «الجاري», «الحالي», «هذا». */
export const CURRENT_WORDS = ["الجاري", "الجارية", "الحالي", "الحالية"];
