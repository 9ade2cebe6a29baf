// A single event's permanent page: the evidence, the reasoning and the other reports, with a way into the timeline.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getEventDetail } from "@/lib/store/timeline";
import { direction, labels } from "@/lib/view/i18n";
import { BadRequest, parseId } from "@/lib/view/query";
import { DEFAULT_VIEW, type Lang } from "@/lib/view/state";
import { viewQuery } from "@/lib/view/url";
import { windowAround } from "@/lib/view/window";
import { EventBody } from "../../_components/EventPanel";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EventPage({ params, searchParams }: Props) {
  const sp = await searchParams;
  const lang: Lang = sp.l === "en" ? "en" : "ar";
  const t = labels(lang);
  let id: string;
  try {
    id = parseId((await params).id, "event");
  } catch (err) {
    if (err instanceof BadRequest) notFound();
    throw err;
  }
  const detail = await getEventDetail(id);
  if (!detail) notFound();
  const timelineHref = `/${viewQuery({ ...DEFAULT_VIEW, lang, selected: detail.id, window: detail.interval ? windowAround(detail.interval) : null })}`;
  return (
    <div className={`article-page ${lang}`} lang={lang} dir={direction(lang)}>
      <p className="no-print">
        <Link href={timelineHref} data-testid="event-on-timeline">
          {t.backToTimeline}
        </Link>
      </p>
      <article className="card panel event-page" data-testid="event-page">
        <h1 lang="ar" dir="rtl">
          {detail.summary}
        </h1>
        <EventBody detail={detail} lang={lang} />
      </article>
    </div>
  );
}
