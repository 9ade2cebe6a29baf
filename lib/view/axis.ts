// Time-axis labels for the timeline in UTC, with both month names. vis-timeline asks for a label per tick
// and scale; these are our words, never text from an article.
import { monthName, WEEKDAYS_AR, WEEKDAYS_EN } from "./dates";
import type { Lang } from "./state";

export type AxisScale = "millisecond" | "second" | "minute" | "hour" | "weekday" | "day" | "week" | "month" | "year";

function two(n: number): string {
  return String(n).padStart(2, "0");
}

export function minorLabel(ms: number, scale: AxisScale, lang: Lang): string {
  const d = new Date(ms);
  switch (scale) {
    case "millisecond":
      return `${two(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, "0")}`;
    case "second":
      return `${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
    case "minute":
    case "hour":
      return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
    case "weekday":
      return `${(lang === "ar" ? WEEKDAYS_AR : WEEKDAYS_EN)[d.getUTCDay()]} ${d.getUTCDate()}`;
    case "day":
    case "week":
      return String(d.getUTCDate());
    case "month":
      // Both names on two lines (the axis renders it with white-space: pre-line), so ticks stay narrow.
      return monthName(d.getUTCMonth() + 1, lang).replace("/", "\n");
    case "year":
      return String(d.getUTCFullYear());
  }
}

export function majorLabel(ms: number, scale: AxisScale, lang: Lang): string {
  const d = new Date(ms);
  switch (scale) {
    case "millisecond":
    case "second":
    case "minute":
    case "hour":
      return `${d.getUTCDate()} ${monthName(d.getUTCMonth() + 1, lang)} ${d.getUTCFullYear()}`;
    case "weekday":
    case "day":
    case "week":
      return `${monthName(d.getUTCMonth() + 1, lang)} ${d.getUTCFullYear()}`;
    case "month":
      return String(d.getUTCFullYear());
    case "year":
      return "";
  }
}
