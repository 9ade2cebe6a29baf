// The article view: the whole text with every time expression highlighted (its resolved date on hover and on
// keyboard focus), the table of expressions, and the events the article produced.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticleDetail } from "@/lib/store/timeline";
import { formatInterval } from "@/lib/view/dates";
import { splitByMarks } from "@/lib/view/highlight";
import { categoryLabel, direction, labels, publishedSourceLabel } from "@/lib/view/i18n";
import { BadRequest, parseId } from "@/lib/view/query";
import { explainDate } from "@/lib/view/reasoning";
import { DEFAULT_VIEW, type Lang } from "@/lib/view/state";
import type { ArticleExpression } from "@/lib/view/types";
import { viewQuery } from "@/lib/view/url";
import { windowAround } from "@/lib/view/window";
import { EventTags } from "../../_components/Narrative";
import ArticleCorrections from "../../components/corrections/ArticleCorrections";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function resolvedText(x: ArticleExpression, lang: Lang): string {
  const t = labels(lang);
  if (!x.interval) return `${x.value}`;
  return `${t.resolvedTo} ${formatInterval(x.interval, lang)}${x.approx ? ` (${t.vagueMark})` : ""}`;
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const sp = await searchParams;
  const lang: Lang = sp.l === "en" ? "en" : "ar";
  const t = labels(lang);
  let id: string;
  try {
    id = parseId((await params).id, "article");
  } catch (err) {
    if (err instanceof BadRequest) notFound();
    throw err;
  }
  const article = await getArticleDetail(id);
  if (!article) notFound();

  const marks = article.expressions.map((x, i) => ({ start: x.start, end: x.end, data: { x, i } }));
  const runs = splitByMarks(article.text, marks);
  const other = lang === "ar" ? "en" : "ar";

  return (
    <div className={`article-page ${lang}`} lang={lang} dir={direction(lang)}>
      <p className="no-print">
        <Link href={lang === "en" ? "/?l=en" : "/"}>{t.backToTimeline}</Link>
        {" · "}
        <Link href={`/articles/${encodeURIComponent(article.id)}${other === "en" ? "?l=en" : ""}`} lang={other}>
          {t.switchLanguage}
        </Link>
      </p>
      <h1 lang="ar" dir="rtl">
        {article.title ?? (
          <>
            {t.article} <bdi dir="ltr">{article.id}</bdi>
          </>
        )}
      </h1>
      <p className="article-meta">
        {t.outlet}: {article.outlet ?? "—"} · {t.published}:{" "}
        {article.published ? formatInterval({ start: article.published, end: article.published }, lang) : t.publishedUnknown}
        {article.publishedSource !== "given" ? ` (${publishedSourceLabel(article.publishedSource, lang)})` : ""}
        {article.url && (
          <>
            {" · "}
            <a href={article.url} rel="noopener noreferrer nofollow">
              {article.url}
            </a>
          </>
        )}
      </p>
      <ArticleCorrections articleId={article.id} lang={lang} />
      <article className="article-text" lang="ar" dir="rtl" data-testid="article-text">
        {runs.map((run) => {
          const m = run.marks.at(-1);
          if (!m) return <span key={run.start}>{run.text}</span>;
          const tip = `tx-tip-${run.start}`;
          return (
            <span key={run.start} className="tx-wrap">
              <mark className="tx" tabIndex={0} aria-describedby={tip} data-value={m.data.x.value}>
                {run.text}
              </mark>
              <span className="tx-tip" role="tooltip" id={tip} lang={lang} dir={direction(lang)}>
                {resolvedText(m.data.x, lang)}
              </span>
            </span>
          );
        })}
      </article>

      <h2>{t.expressions}</h2>
      <table className="expr-table" data-testid="expressions">
        <thead>
          <tr>
            <th>«…»</th>
            <th>{t.resolvedTo}</th>
            <th>{t.reasoning}</th>
            <th>{t.rule}</th>
          </tr>
        </thead>
        <tbody>
          {article.expressions.map((x) => (
            <tr key={x.id}>
              <td lang="ar" dir="rtl">{x.text}</td>
              <td>{x.interval ? formatInterval(x.interval, lang) : x.value}</td>
              <td>
                {
                  explainDate(
                    { expression: x, dateSource: "clause", published: article.published, interval: x.interval, inferredInterval: x.interval, corrected: false },
                    lang,
                  ).chain
                }
              </td>
              <td className="ltr">{x.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t.eventsOfArticle}</h2>
      <ol className="article-events" data-testid="article-events">
        {article.events.map((e) => (
          <li key={e.id} id={`event-${e.ordinal}`}>
            <span lang="ar" dir="rtl">{e.summary}</span>
            <br />
            <EventTags event={e} lang={lang} />
            {e.interval ? formatInterval(e.interval, lang) : t.publishedUnknown} · {categoryLabel(e.category, lang)}
            {" · "}
            <Link
              href={`/${viewQuery({ ...DEFAULT_VIEW, lang, selected: e.id, window: e.interval ? windowAround(e.interval) : null })}`}
            >
              {t.timeline}
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
