// Validation of the read API's query strings. The filters use the view's own URL parameters, so a view,
// an API call and an export with the same filters select the same events.
import { z } from "zod";
import type { DayInterval } from "../time/types";
import { parseDay } from "./dates";
import type { ViewFilters } from "./state";
import { decodeView, ViewUrlError } from "./url";

/** A request the API refuses, with the status and a message for the client. */
export class BadRequest extends Error {
  readonly status = 400;
  constructor(message: string) {
    super(message);
    this.name = "BadRequest";
  }
}

const isoDay = z.string().refine((s) => {
  try {
    parseDay(s);
    return true;
  } catch {
    return false;
  }
}, "must be a real day written YYYY-MM-DD");

export const MAX_PAGE = 2000;

const eventsQuery = z
  .object({
    from: isoDay.optional(),
    to: isoDay.optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(500),
    cursor: z
      .string()
      .regex(/^\d{1,9}$/, "must be the `next` value of a previous page")
      .optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "`from` must not be after `to`", path: ["from"] });

export interface EventsQuery {
  range: DayInterval | null;
  /** Only one of from/to: open-ended on the other side. */
  from: string | null;
  to: string | null;
  filters: ViewFilters;
  limit: number;
  /** Offset into the ordered result, as returned in a page's `next`. */
  offset: number;
}

function firstError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid query";
  const where = issue.path.length ? `«${issue.path.join(".")}» ` : "";
  return `${where}${issue.message}`;
}

function single(params: URLSearchParams, key: string): string | undefined {
  const all = params.getAll(key);
  if (all.length > 1) throw new BadRequest(`«${key}» given more than once`);
  return all[0];
}

/** Filters from the view parameters (o, p, a, c, d, q); a malformed one is a 400, not a crash. */
export function parseFilters(params: URLSearchParams): ViewFilters {
  try {
    return decodeView(params).filters;
  } catch (err) {
    if (err instanceof ViewUrlError) throw new BadRequest(err.message);
    throw err;
  }
}

export function parseEventsQuery(params: URLSearchParams): EventsQuery {
  const raw = {
    from: single(params, "from"),
    to: single(params, "to"),
    limit: single(params, "limit"),
    cursor: single(params, "cursor"),
  };
  const r = eventsQuery.safeParse(raw);
  if (!r.success) throw new BadRequest(firstError(r.error));
  const { from, to, limit, cursor } = r.data;
  return {
    range: from && to ? { start: from, end: to } : null,
    from: from ?? null,
    to: to ?? null,
    filters: parseFilters(params),
    limit,
    offset: cursor ? Number(cursor) : 0,
  };
}

/** Ids in paths: printable, bounded. */
export function parseId(raw: string, what: string): string {
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    throw new BadRequest(`${what} id is not valid URL encoding`);
  }
  if (id.length === 0 || id.length > 200 || /[\s\p{Cc}]/u.test(id)) throw new BadRequest(`${what} id «${id.slice(0, 40)}» is malformed`);
  return id;
}

export const EXPORT_FORMATS = ["json", "csv", "timelinejs", "timeml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function parseExportFormat(params: URLSearchParams): ExportFormat {
  const f = single(params, "format") ?? "json";
  if (!(EXPORT_FORMATS as readonly string[]).includes(f)) {
    throw new BadRequest(`«format» must be one of ${EXPORT_FORMATS.join(", ")}`);
  }
  return f as ExportFormat;
}
