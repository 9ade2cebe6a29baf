// A corrected value in words: an event's interval with its precision, or an article's publication day.
import { correctionLabels, precisionLabel } from "@/lib/corrections/labels";
import type { EventDateValue, PublishedValue } from "@/lib/corrections/types";
import type { CorrectionGranularity } from "@/lib/corrections/interval";
import { formatInterval } from "@/lib/view/dates";
import type { Lang } from "@/lib/view/state";

const PRECISIONS: readonly string[] = ["day", "week", "month", "year"];

export function ValueText({ value, lang }: { value: EventDateValue | PublishedValue; lang: Lang }) {
  const t = correctionLabels(lang);
  if ("published" in value) {
    return <span className="value">{value.published ? formatInterval({ start: value.published, end: value.published }, lang) : t.none}</span>;
  }
  if (!value.interval) return <span className="value">{t.none}</span>;
  const g = value.granularity;
  return (
    <span className="value">
      {formatInterval(value.interval, lang)}
      {g && g !== "day" && PRECISIONS.includes(g) ? ` (${precisionLabel(g as CorrectionGranularity, lang)})` : ""}
    </span>
  );
}

/** «23 تشرين الثاني/نوفمبر 2025، 14:05 UTC»: when a correction was made, in UTC so every reader sees the same. */
export function WhenText({ iso, lang }: { iso: string; lang: Lang }) {
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  return (
    <time dateTime={iso}>
      {valid ? formatInterval({ start: day, end: day }, lang) : iso}
      {time ? `${lang === "ar" ? "،" : ","} ${time} UTC` : ""}
    </time>
  );
}
