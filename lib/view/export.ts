// Exports of the filtered events in the formats the field uses: JSON, CSV (spreadsheets), TimelineJS JSON
// (Knight Lab), and TimeML (the article text with TIMEX3 and EVENT annotations, and TLINKs). Pure functions over
// plain data.
import type { TimeExpression } from "../time/types";
import { displayName } from "./entities";
import { categoryLabel } from "./i18n";
import { formatInterval, parseDay } from "./dates";
import type { Lang } from "./state";
import type { TimelineEvent } from "./types";

// ---- JSON ----------------------------------------------------------------------------------------------------

export interface ExportMeta {
  /** The filters and window the export was made with, as the view's URL parameters. */
  query: string;
  total: number;
}

export function toJson(events: readonly TimelineEvent[], meta: ExportMeta): string {
  return `${JSON.stringify({ format: "zaman-events", version: 1, query: meta.query, count: events.length, events }, null, 2)}\n`;
}

// ---- CSV -----------------------------------------------------------------------------------------------------

export const CSV_COLUMNS = [
  "id",
  "article_id",
  "outlet",
  "published",
  "start",
  "end",
  "granularity",
  "approx",
  "date_source",
  "corrected",
  "category",
  "summary",
  "places",
  "actors",
  "sources",
  "confidence",
  "group_id",
] as const;

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with «'» (CSV injection). */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(events: readonly TimelineEvent[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const e of events) {
    const row: (string | number | boolean | null)[] = [
      e.id,
      e.articleId,
      e.outlet,
      e.published,
      e.interval?.start ?? null,
      e.interval?.end ?? null,
      e.granularity,
      e.approx,
      e.dateSource,
      e.corrected,
      e.category,
      e.summary,
      e.places.map((p) => p.id).join("|"),
      e.actors.map((p) => p.id).join("|"),
      e.sources.map((p) => p.id).join("|"),
      e.confidence,
      e.groupId,
    ];
    lines.push(row.map(csvCell).join(","));
  }
  // A byte-order mark so that spreadsheet programs read the Arabic as UTF-8.
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

// ---- TimelineJS ----------------------------------------------------------------------------------------------

/** TimelineJS date object (https://timeline.knightlab.com/docs/json-format.html): strings, year required. */
export interface TimelineJsDate {
  year: string;
  month?: string;
  day?: string;
  display_date?: string;
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: string; text?: string };
  group?: string;
  display_date?: string;
  unique_id?: string;
  autolink?: boolean;
}

export interface TimelineJsDocument {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
  scale?: "human" | "cosmological";
}

/** TimelineJS renders headline and text as HTML: everything from an article is escaped. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function tjsDate(iso: string): TimelineJsDate {
  const d = parseDay(iso);
  return { year: String(d.year), month: String(d.month), day: String(d.day) };
}

export function toTimelineJs(events: readonly TimelineEvent[], lang: Lang, title: string): TimelineJsDocument {
  const slides: TimelineJsSlide[] = [];
  for (const e of events) {
    if (!e.interval) continue; // TimelineJS needs a start date
    const lines = [
      e.outlet ? `${e.outlet} · ${e.published ?? ""}` : (e.published ?? ""),
      e.places.length ? e.places.map((p) => displayName(p, lang)).join(lang === "ar" ? "، " : ", ") : "",
      e.dateSource === "publication" ? (lang === "ar" ? "مؤرَّخ بتاريخ النشر فقط" : "dated by publication only") : "",
    ].filter((x) => x !== "");
    const slide: TimelineJsSlide = {
      unique_id: e.id.replace(/[^A-Za-z0-9_-]/g, "_"),
      start_date: tjsDate(e.interval.start),
      text: {
        headline: escapeHtml(e.summary.length > 120 ? `${e.summary.slice(0, 119)}…` : e.summary),
        text: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join(""),
      },
      group: categoryLabel(e.category, lang),
      display_date: formatInterval(e.interval, lang),
      autolink: false,
    };
    if (e.interval.end !== e.interval.start) slide.end_date = tjsDate(e.interval.end);
    slides.push(slide);
  }
  return { title: { text: { headline: escapeHtml(title) } }, events: slides, scale: "human" };
}

// ---- TimeML --------------------------------------------------------------------------------------------------

export interface TimeMlArticle {
  id: string;
  published: string | null;
  text: string;
  expressions: TimeExpression[];
  /** Events to annotate (EVENT + MAKEINSTANCE), with their links to times and to each other (TLINK). */
  events?: TimeMlEvent[];
}

export interface TimeMlEvent {
  ordinal: number;
  /** The clause in the original text: the trigger is looked for inside it. */
  clause: { start: number; end: number };
  /** The trigger words as they appear in the text («استعادت»). */
  trigger: string;
  category: string;
  /** Index of the expression that dates the event now (after corrections), if one does. */
  timexIndex: number | null;
  relations: readonly { type: "after" | "before" | "simultaneous" | "same"; ordinal: number }[];
}

/** XML 1.0 text: the five entities escaped, characters XML forbids dropped. */
export function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

function attrs(pairs: [string, string | null | undefined][]): string {
  return pairs
    .filter((p): p is [string, string] => p[1] !== null && p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xmlText(v)}"`)
    .join("");
}

/** SINCE_MOD expressions («منذ مساء أمس») begin the event; other dating expressions include it. */
const TLINK_TO_TIME = (x: TimeExpression): string => (x.mod === "ON_OR_AFTER" ? "BEGUN_BY" : "IS_INCLUDED");
/** "same": two tellings of one event in the article (stage 10), TimeML's IDENTITY. */
const TLINK_BETWEEN_EVENTS = { after: "AFTER", before: "BEFORE", simultaneous: "SIMULTANEOUS", same: "IDENTITY" } as const;

interface Tag {
  start: number;
  end: number;
  open: string;
  close: string;
}

/**
 * One article as a TimeML document body: DCT, the text with TIMEX3 and EVENT tags (never overlapping: an event
 * trigger inside a time expression is left untagged), then MAKEINSTANCE for each tagged event and TLINKs: event to
 * the expression that dates it, event to event for the relations the text states («بعد», «عقب», «بالتزامن مع»).
 */
export function timeMlDocument(a: TimeMlArticle): string {
  const dct = a.published
    ? `<DCT><TIMEX3${attrs([["tid", "t0"], ["type", "DATE"], ["value", a.published], ["temporalFunction", "false"], ["functionInDocument", "CREATION_TIME"]])}>${xmlText(a.published)}</TIMEX3></DCT>`
    : "<DCT/>";
  const tags: Tag[] = [];
  const overlapsTag = (start: number, end: number) => tags.some((t) => start < t.end && t.start < end);
  // tids follow the engine's expression list (t1 = index 0), so anchors by index keep their meaning.
  const tagged = new Set<number>();
  const ordered = a.expressions
    .map((x, i) => ({ x, i }))
    .filter(({ x }) => x.start >= 0 && x.end <= a.text.length && x.end > x.start)
    .sort((p, q) => p.x.start - q.x.start || q.x.end - p.x.end);
  for (const { x, i } of ordered) {
    if (overlapsTag(x.start, x.end)) continue; // TIMEX3 tags cannot overlap: keep the first, longest one
    const anchor =
      x.anchor.kind === "publication" ? "t0" : x.anchor.kind === "expression" ? `t${x.anchor.index + 1}` : null;
    const open = `<TIMEX3${attrs([
      ["tid", `t${i + 1}`],
      ["type", x.type],
      ["value", x.value],
      ["mod", x.mod],
      ["temporalFunction", anchor ? "true" : "false"],
      ["anchorTimeID", anchor],
    ])}>`;
    tags.push({ start: x.start, end: x.end, open, close: "</TIMEX3>" });
    tagged.add(i);
  }
  const instances = new Set<number>();
  for (const e of a.events ?? []) {
    const start = e.trigger ? a.text.indexOf(e.trigger, e.clause.start) : -1;
    if (start < 0 || start + e.trigger.length > e.clause.end) continue;
    // A trigger around a time expression («أعادت أمس الأمن») is tagged by its first word.
    const firstWord = e.trigger.search(/\s/u);
    const end = [start + e.trigger.length, firstWord > 0 ? start + firstWord : -1].find((end) => end > start && !overlapsTag(start, end));
    if (end === undefined) continue;
    const open = `<EVENT${attrs([["eid", `e${e.ordinal + 1}`], ["class", e.category === "statement" ? "REPORTING" : "OCCURRENCE"]])}>`;
    tags.push({ start, end, open, close: "</EVENT>" });
    instances.add(e.ordinal);
  }
  tags.sort((p, q) => p.start - q.start);
  let out = "";
  let at = 0;
  for (const t of tags) {
    out += xmlText(a.text.slice(at, t.start)) + t.open + xmlText(a.text.slice(t.start, t.end)) + t.close;
    at = t.end;
  }
  out += xmlText(a.text.slice(at));

  const links: string[] = [];
  const instance = (ordinal: number) => `ei${ordinal + 1}`;
  for (const e of (a.events ?? []).filter((e) => instances.has(e.ordinal)).sort((p, q) => p.ordinal - q.ordinal)) {
    links.push(`<MAKEINSTANCE${attrs([["eiid", instance(e.ordinal)], ["eventID", `e${e.ordinal + 1}`], ["tense", "NONE"], ["aspect", "NONE"], ["polarity", "POS"], ["pos", "UNKNOWN"]])}/>`);
  }
  const seen = new Set<string>();
  const link = (pairs: [string, string][]) => {
    const key = pairs.map((p) => p.join("=")).join(" ");
    if (seen.has(key)) return;
    seen.add(key);
    links.push(`<TLINK${attrs([["lid", `l${seen.size}`], ...pairs])}/>`);
  };
  for (const e of a.events ?? []) {
    if (!instances.has(e.ordinal)) continue;
    const x = e.timexIndex === null ? undefined : a.expressions[e.timexIndex];
    if (x && e.timexIndex !== null && tagged.has(e.timexIndex)) {
      link([["relType", TLINK_TO_TIME(x)], ["eventInstanceID", instance(e.ordinal)], ["relatedToTime", `t${e.timexIndex + 1}`]]);
    }
    for (const r of e.relations) {
      if (!instances.has(r.ordinal) || r.ordinal === e.ordinal) continue;
      link([["relType", TLINK_BETWEEN_EVENTS[r.type]], ["eventInstanceID", instance(e.ordinal)], ["relatedToEventInstance", instance(r.ordinal)]]);
    }
  }
  const tail = links.length ? `\n${links.join("\n")}` : "";
  return `<TimeML>\n<DOCID>${xmlText(a.id)}</DOCID>\n${dct}\n<TEXT>${out}</TEXT>${tail}\n</TimeML>`;
}

/** A single article: a TimeML file. */
export function toTimeMl(a: TimeMlArticle): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${timeMlDocument(a)}\n`;
}

/** Several articles: their TimeML documents in one collection element. */
export function toTimeMlCollection(articles: readonly TimeMlArticle[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<TimeMLCollection>\n${articles.map(timeMlDocument).join("\n")}\n</TimeMLCollection>\n`;
}
