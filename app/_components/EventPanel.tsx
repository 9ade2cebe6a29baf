"use client";
// The event panel: the sentence with its time expression, the reasoning in words, who reported it and
// when, and every other report of the same event, so that disagreements stay visible.
import { useEffect, useRef, useState, type ReactNode, type Ref } from "react";
import { formatInterval } from "@/lib/view/dates";
import { categoryLabel, dateSourceLabel, formatConfidence, labels, publishedSourceLabel } from "@/lib/view/i18n";
import { displayName } from "@/lib/view/entities";
import { explainDate } from "@/lib/view/reasoning";
import type { Lang } from "@/lib/view/state";
import type { EventDetail, GroupMember } from "@/lib/view/types";
import { fetchEvent } from "./client-api";
import HighlightedText, { IsoText, type TextMark } from "./HighlightedText";
import { EventTags } from "./Narrative";

interface Props {
  eventId: string;
  lang: Lang;
  headingRef?: Ref<HTMLHeadingElement>;
  onClose(): void;
  onSelect(id: string): void;
  extra?: (eventId: string) => ReactNode;
  /** Scroll the panel's top into view when it opens (a click on the timeline, not keyboard stepping). */
  scrollIntoView?: boolean;
}

function sameInterval(a: GroupMember["interval"], b: GroupMember["interval"]): boolean {
  return (a?.start ?? null) === (b?.start ?? null) && (a?.end ?? null) === (b?.end ?? null);
}

export function EventBody({ detail, lang, onSelect }: { detail: EventDetail; lang: Lang; onSelect?(id: string): void }) {
  const t = labels(lang);
  const reasoning = explainDate(
    {
      expression: detail.expression,
      dateSource: detail.dateSource,
      published: detail.published,
      interval: detail.interval,
      inferredInterval: detail.inferredInterval,
      corrected: detail.corrected,
    },
    lang,
  );
  const marks: TextMark[] = [{ start: detail.clause.start, end: detail.clause.end, data: { kind: "clause" } }];
  if (detail.expression && detail.expression.sentenceStart >= 0) {
    marks.push({
      start: detail.expression.sentenceStart,
      end: detail.expression.sentenceEnd,
      data: { kind: "expression", title: reasoning.chain },
    });
  }
  const others = detail.mentions.filter((m) => m.eventId !== detail.id);
  const list = (xs: { name: string; en?: string }[]) => (xs.length ? xs.map((x) => displayName(x, lang)).join(lang === "ar" ? "، " : ", ") : "—");
  return (
    <>
      <p className="date-line">
        <strong data-testid="event-date">{reasoning.result}</strong> <EventTags event={detail} lang={lang} />
      </p>
      {detail.retells && (
        <p className="retells" data-testid="event-retells">
          {t.retellsNote}{" "}
          {onSelect && (
            <button type="button" className="btn" onClick={() => onSelect(detail.retells!)}>
              {t.showFirstTelling}
            </button>
          )}
        </p>
      )}
      <h3>{t.evidence}</h3>
      <p className="sentence" lang="ar" dir="rtl" data-testid="event-sentence">
        <HighlightedText text={detail.sentenceText} marks={marks} />
      </p>
      <h3>{t.reasoning}</h3>
      <div className="reasoning" data-testid="event-reasoning">
        <div className="chain">
          <IsoText text={reasoning.chain} />
        </div>
        <ul>
          <li>
            {t.dateSource}: {dateSourceLabel(detail.dateSource, lang)}
          </li>
          {detail.expression && (
            <li>
              {t.rule}: <span className="ltr">{detail.expression.rule}</span>
            </li>
          )}
          {reasoning.notes.map((n) => (
            <li key={n}>
              <IsoText text={n} />
            </li>
          ))}
        </ul>
      </div>
      <dl>
        <dt>{t.outlet}</dt>
        <dd>{detail.outlet ?? "—"}</dd>
        <dt>{t.published}</dt>
        <dd>
          {detail.published ? formatInterval({ start: detail.published, end: detail.published }, lang) : t.publishedUnknown}
          {detail.publishedSource !== "given" ? ` (${publishedSourceLabel(detail.publishedSource, lang)})` : ""}
        </dd>
        <dt>{t.category}</dt>
        <dd>{categoryLabel(detail.category, lang)}</dd>
        <dt>{t.places}</dt>
        <dd>{list(detail.places)}</dd>
        <dt>{t.actors}</dt>
        <dd>{list(detail.actors)}</dd>
        <dt>{t.sources}</dt>
        <dd>{list(detail.sources)}</dd>
        <dt>{t.confidence}</dt>
        <dd>{formatConfidence(detail.confidence, lang)}</dd>
      </dl>
      <h3>{t.otherReports}</h3>
      {others.length === 0 ? (
        <p>{t.noOtherReports}</p>
      ) : (
        <ul className="mentions" data-testid="mentions">
          {others.map((m) => (
            <li key={m.eventId}>
              <span className={sameInterval(m.interval, detail.interval) ? "" : "differs"}>
                {m.interval ? formatInterval(m.interval, lang) : t.publishedUnknown}
              </span>
              {" · "}
              {m.outlet ?? "—"} · {t.published}: <IsoText text={m.published ?? t.publishedUnknown} />
              <div lang="ar" dir="rtl">{m.summary}</div>
              {onSelect && (
                <button type="button" className="btn" onClick={() => onSelect(m.eventId)}>
                  {t.showReport}
                </button>
              )}{" "}
              <a href={`/articles/${encodeURIComponent(m.articleId)}${lang === "en" ? "?l=en" : ""}`}>{t.openArticle}</a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a className="btn primary" href={`/articles/${encodeURIComponent(detail.articleId)}${lang === "en" ? "?l=en" : ""}#event-${detail.ordinal}`} data-testid="open-article">
          {t.openArticle}
        </a>
      </p>
    </>
  );
}

export default function EventPanel({ eventId, lang, headingRef, onClose, onSelect, extra, scrollIntoView = false }: Props) {
  const t = labels(lang);
  const [detail, setDetail] = useState<EventDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);

  // Opened by a click on the drawing while the panel is below the fold: bring its top into view.
  useEffect(() => {
    const el = panel.current;
    if (scrollIntoView && el && el.getBoundingClientRect().top > window.innerHeight - 80) {
      window.scrollBy({ top: el.getBoundingClientRect().top - window.innerHeight + 240 });
    }
  }, [scrollIntoView]);

  useEffect(() => {
    const ctrl = new AbortController();
    fetchEvent(eventId, ctrl.signal)
      .then((d) => setDetail(d))
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) setError(err instanceof Error ? err.message : String(err));
      });
    return () => ctrl.abort();
  }, [eventId]);

  return (
    <aside ref={panel} className="card panel" aria-labelledby="event-panel-title" data-testid="event-panel" onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <button type="button" className="btn close" onClick={onClose} aria-label={t.close}>
        ×
      </button>
      <h2 id="event-panel-title" ref={headingRef} tabIndex={-1} lang="ar" dir="rtl">
        {detail ? detail.summary : error ? t.notFound : t.loading}
      </h2>
      {error && <p className="notice error">{error}</p>}
      {detail && <EventBody detail={detail} lang={lang} onSelect={onSelect} />}
      {detail && extra?.(detail.id)}
    </aside>
  );
}
