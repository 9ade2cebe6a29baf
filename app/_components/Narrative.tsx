"use client";
// The accessible alternative to the drawing: the same filtered events, day by day, in reading order.
import { useMemo } from "react";
import { formatDayWithWeekday, formatInterval } from "@/lib/view/dates";
import { categoryLabel, labels } from "@/lib/view/i18n";
import { isVague } from "@/lib/view/items";
import { displayName } from "@/lib/view/entities";
import { buildNarrative } from "@/lib/view/narrative";
import type { Lang } from "@/lib/view/state";
import type { TimelineEvent } from "@/lib/view/types";

interface Props {
  lang: Lang;
  events: TimelineEvent[];
  undated: TimelineEvent[];
  selected: string | null;
  truncatedOf: number | null;
  /** The period shown, in words: printed above the list so that a printout says what it covers. */
  period?: string;
  /** The period's first day: events that began earlier are listed apart. */
  from?: string;
  onSelect(id: string): void;
}

export function EventTags({ event, lang }: { event: TimelineEvent; lang: Lang }) {
  const t = labels(lang);
  return (
    <>
      {isVague(event) && <span className="tag vague">{t.vagueMark}</span>}
      {event.dateSource === "publication" && <span className="tag reported">{t.reportedMark}</span>}
      {event.corrected && <span className="tag corrected">{t.correctedMark}</span>}
      {event.retells && <span className="tag retold">{t.retoldMark}</span>}
    </>
  );
}

function Row({ e, lang, selected, onSelect }: { e: TimelineEvent; lang: Lang; selected: boolean; onSelect(id: string): void }) {
  const oneDay = e.interval && e.interval.start === e.interval.end;
  return (
    <li>
      <button type="button" className="ev-row" aria-current={selected ? "true" : undefined} onClick={() => onSelect(e.id)} data-event-id={e.id}>
        <span className="summary" lang="ar" dir="rtl">
          {e.summary}
        </span>
        <span className="meta">
          <EventTags event={e} lang={lang} />
          {!oneDay && e.interval ? `${formatInterval(e.interval, lang)} · ` : ""}
          {categoryLabel(e.category, lang)}
          {e.outlet ? ` · ${e.outlet}` : ""}
          {e.places.length ? ` · ${e.places.map((p) => displayName(p, lang)).join(lang === "ar" ? "، " : ", ")}` : ""}
        </span>
      </button>
    </li>
  );
}

export default function Narrative({ lang, events, undated, selected, truncatedOf, period, from, onSelect }: Props) {
  const t = labels(lang);
  const n = useMemo(() => buildNarrative(events, from ?? null), [events, from]);
  return (
    <section className="card narrative" aria-labelledby="narrative-title" data-testid="narrative">
      <h2 id="narrative-title">{t.narrative}</h2>
      <p className="hint">{t.narrativeHint}</p>
      {period && (
        <p className="period" data-testid="narrative-period">
          {period}
        </p>
      )}
      {truncatedOf !== null && (
        <p className="notice">
          {t.tooMany} ({events.length ? `${events.length} ${t.eventsOf} ` : ""}{truncatedOf})
        </p>
      )}
      {n.days.length === 0 && n.earlier.length === 0 && <p>{t.noEvents}</p>}
      {n.earlier.length > 0 && (
        <section aria-label={t.startedEarlier} data-testid="narrative-earlier">
          <h3>{t.startedEarlier}</h3>
          <ol>
            {n.earlier.map((e) => (
              <Row key={e.id} e={e} lang={lang} selected={e.id === selected} onSelect={onSelect} />
            ))}
          </ol>
        </section>
      )}
      {n.days.map((d) => (
        <section key={d.day} aria-label={formatDayWithWeekday(d.day, lang)}>
          <h3>
            <time dateTime={d.day}>{formatDayWithWeekday(d.day, lang)}</time>
          </h3>
          <ol>
            {d.events.map((e) => (
              <Row key={e.id} e={e} lang={lang} selected={e.id === selected} onSelect={onSelect} />
            ))}
          </ol>
        </section>
      ))}
      {undated.length > 0 && (
        <section>
          <h3>{t.undated}</h3>
          <ol>
            {undated.map((e) => (
              <Row key={e.id} e={e} lang={lang} selected={e.id === selected} onSelect={onSelect} />
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
