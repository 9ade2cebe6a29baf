// The view in the URL: compact, versioned, validated. `decodeView(encodeView(v))` equals `normaliseView(v)`.
//
//   ?v=1&w=2016-11-01~2016-12-31&p=place:aleppo&p=place:homs&c=battles&d=explicit&q=حلب&g=outlet&e=<id>&l=en
//
// Lists are repeated keys (no separator to escape). Defaults are omitted. Windows are UTC: a day
// (YYYY-MM-DD) when aligned to midnight, else minutes, seconds or milliseconds as needed.
import { LIMITS, viewStateSchema } from "./schema";
import {
  CATEGORIES,
  DATE_SOURCE_FILTERS,
  DEFAULT_VIEW,
  GROUPINGS,
  type DateSourceFilter,
  type Grouping,
  type Lang,
  type ViewState,
  type ViewWindow,
} from "./state";
import type { EventCategory } from "../events/types";

export const VIEW_VERSION = 1;

/** A URL that does not describe a view: says which parameter and why. */
export class ViewUrlError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(`view parameter «${param}»: ${message}`);
    this.name = "ViewUrlError";
  }
}

/** The parameters this module owns; a page may add its own (e.g. `embed`) beside them. */
export const VIEW_PARAMS = ["v", "w", "o", "p", "a", "c", "d", "q", "g", "e", "l"] as const;

const SINGLE = new Set(["v", "w", "q", "g", "e", "l"]);

/** Sorted, de-duplicated lists and trimmed text: the canonical form of a view. */
export function normaliseView(view: ViewState): ViewState {
  const list = <T extends string>(xs: readonly T[]): T[] => [...new Set(xs)].sort();
  return {
    window: view.window ? { start: view.window.start, end: view.window.end } : null,
    filters: {
      outlets: list(view.filters.outlets),
      places: list(view.filters.places),
      actors: list(view.filters.actors),
      categories: list(view.filters.categories),
      dateSources: list(view.filters.dateSources),
      text: view.filters.text.replace(/\s+/gu, " ").trim(),
    },
    group: view.group,
    selected: view.selected,
    lang: view.lang,
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** UTC instant → the shortest exact form. */
export function formatInstant(ms: number): string {
  const d = new Date(ms);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  const milli = d.getUTCMilliseconds();
  if (h === 0 && m === 0 && s === 0 && milli === 0) return day;
  const hm = `${day}T${pad(h)}:${pad(m)}`;
  if (s === 0 && milli === 0) return hm;
  if (milli === 0) return `${hm}:${pad(s)}`;
  return `${hm}:${pad(s)}.${pad(milli, 3)}`;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?)?$/;

/** The inverse of formatInstant; rejects impossible dates such as 2016-02-30. */
export function parseInstant(text: string, param = "w"): number {
  const m = INSTANT.exec(text);
  if (!m) throw new ViewUrlError(param, `«${text}» is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.mmm]])`);
  const [y, mo, d, h, mi, s, ms] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as number[];
  const t = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms!);
  const back = new Date(t);
  if (
    back.getUTCFullYear() !== y ||
    back.getUTCMonth() !== mo! - 1 ||
    back.getUTCDate() !== d ||
    back.getUTCHours() !== h ||
    back.getUTCMinutes() !== mi ||
    back.getUTCSeconds() !== s
  ) {
    throw new ViewUrlError(param, `«${text}» is not a real date and time`);
  }
  return t;
}

export function encodeWindow(w: ViewWindow): string {
  return `${formatInstant(w.start)}~${formatInstant(w.end)}`;
}

export function decodeWindow(text: string): ViewWindow {
  const parts = text.split("~");
  if (parts.length !== 2) throw new ViewUrlError("w", "expected START~END");
  const start = parseInstant(parts[0]!);
  const end = parseInstant(parts[1]!);
  if (start < LIMITS.minTime || end > LIMITS.maxTime) throw new ViewUrlError("w", "window outside the years 1000–2999");
  if (end - start < LIMITS.minSpan) throw new ViewUrlError("w", "the window must end after it starts");
  return { start, end };
}

/** The view as URL search parameters (defaults omitted, canonical order). */
export function encodeView(view: ViewState): URLSearchParams {
  const v = normaliseView(view);
  const out = new URLSearchParams();
  out.set("v", String(VIEW_VERSION));
  if (v.window) out.set("w", encodeWindow(v.window));
  for (const x of v.filters.outlets) out.append("o", x);
  for (const x of v.filters.places) out.append("p", x);
  for (const x of v.filters.actors) out.append("a", x);
  for (const x of v.filters.categories) out.append("c", x);
  for (const x of v.filters.dateSources) out.append("d", x);
  if (v.filters.text) out.set("q", v.filters.text);
  if (v.group !== "none") out.set("g", v.group);
  if (v.selected) out.set("e", v.selected);
  if (v.lang !== "ar") out.set("l", v.lang);
  return out;
}

/** Only the filters, in the view's own parameter names: the API and the exports take the same filters. */
export function encodeFilters(view: Pick<ViewState, "filters">, into = new URLSearchParams()): URLSearchParams {
  const full = encodeView({ ...DEFAULT_VIEW, filters: view.filters });
  for (const [k, v] of full) if (k !== "v") into.append(k, v);
  return into;
}

/** `?…` query string for a view, for links and history.replaceState. */
export function viewQuery(view: ViewState): string {
  return `?${encodeView(view).toString()}`;
}

type ParamSource = URLSearchParams | string | Record<string, string | string[] | undefined>;

function toParams(source: ParamSource): URLSearchParams {
  if (source instanceof URLSearchParams) return source;
  if (typeof source === "string") return new URLSearchParams(source);
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(source)) {
    if (v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) out.append(k, x);
  }
  return out;
}

function oneOf<T extends string>(param: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ViewUrlError(param, `«${value}» is not one of ${allowed.join(", ")}`);
  }
  return value as T;
}

/** Parse a view from URL parameters; throws ViewUrlError on anything it cannot vouch for. */
export function decodeView(source: ParamSource): ViewState {
  const params = toParams(source);
  const seen = new Map<string, string[]>();
  for (const [k, v] of params) {
    if (!(VIEW_PARAMS as readonly string[]).includes(k)) continue; // other page parameters (embed, …)
    const xs = seen.get(k) ?? [];
    xs.push(v);
    seen.set(k, xs);
  }
  for (const [k, xs] of seen) {
    if (SINGLE.has(k) && xs.length > 1) throw new ViewUrlError(k, "given more than once");
  }
  const one = (k: string): string | undefined => seen.get(k)?.[0];
  const many = (k: string): string[] => {
    const xs = seen.get(k) ?? [];
    if (xs.length > LIMITS.listLength) throw new ViewUrlError(k, `more than ${LIMITS.listLength} values`);
    for (const x of xs) {
      if (x.length === 0 || x.length > LIMITS.idLength || x.trim() !== x || /[\p{Cc}]/u.test(x)) {
        throw new ViewUrlError(k, "values must be non-empty printable text");
      }
    }
    return xs;
  };

  const version = one("v");
  if (version !== undefined && version !== String(VIEW_VERSION)) {
    throw new ViewUrlError("v", `unsupported view version «${version}» (this app reads version ${VIEW_VERSION})`);
  }
  const text = one("q") ?? "";
  if (text.length > LIMITS.textLength) throw new ViewUrlError("q", `longer than ${LIMITS.textLength} characters`);
  const selected = one("e");
  if (selected !== undefined) many("e");

  const view: ViewState = {
    window: one("w") !== undefined ? decodeWindow(one("w")!) : null,
    filters: {
      outlets: many("o"),
      places: many("p"),
      actors: many("a"),
      categories: many("c").map((x) => oneOf<EventCategory>("c", x, CATEGORIES)),
      dateSources: many("d").map((x) => oneOf<DateSourceFilter>("d", x, DATE_SOURCE_FILTERS)),
      text,
    },
    group: one("g") !== undefined ? oneOf<Grouping>("g", one("g")!, GROUPINGS) : DEFAULT_VIEW.group,
    selected: selected ?? null,
    lang: one("l") !== undefined ? oneOf<Lang>("l", one("l")!, ["ar", "en"]) : DEFAULT_VIEW.lang,
  };
  const normal = normaliseView(view);
  // Belt and braces: the decoded value must satisfy the same schema as stored share links.
  const check = viewStateSchema.safeParse(normal);
  if (!check.success) throw new ViewUrlError("?", check.error.issues[0]?.message ?? "invalid view");
  return normal;
}

export type ViewParse = { ok: true; view: ViewState } | { ok: false; error: ViewUrlError };

/** decodeView without throwing: pages show the error and fall back to the default view. */
export function tryDecodeView(source: ParamSource): ViewParse {
  try {
    return { ok: true, view: decodeView(source) };
  } catch (err) {
    if (err instanceof ViewUrlError) return { ok: false, error: err };
    return { ok: false, error: new ViewUrlError("?", err instanceof Error ? err.message : String(err)) };
  }
}
