// Validation of a view state that arrives as JSON (share links read back from the database, POST bodies).
import { z } from "zod";
import { CATEGORIES, DATE_SOURCE_FILTERS, GROUPINGS, type ViewState } from "./state";

/** Bounds shared with the URL decoder. */
export const LIMITS = {
  idLength: 200,
  listLength: 50,
  textLength: 200,
  /** 1000-01-01 and 2999-12-31 in UTC: far wider than any corpus, narrow enough to reject nonsense. */
  minTime: Date.UTC(1000, 0, 1),
  maxTime: Date.UTC(3000, 0, 1),
  /** The timeline zooms from hours to years; a window is at least a second wide. */
  minSpan: 1000,
} as const;

// Printable, no whitespace or control characters: ids, outlets and gazetteer keys.
const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .regex(/^[^\s\p{Cc}]+(?: [^\s\p{Cc}]+)*$/u, "must be printable text without leading/trailing spaces");

export const viewWindowSchema = z
  .object({
    start: z.number().int().min(LIMITS.minTime).max(LIMITS.maxTime),
    end: z.number().int().min(LIMITS.minTime).max(LIMITS.maxTime),
  })
  .refine((w) => w.end - w.start >= LIMITS.minSpan, "window end must be after its start");

export const viewStateSchema = z.strictObject({
  window: viewWindowSchema.nullable(),
  filters: z.strictObject({
    outlets: z.array(idSchema).max(LIMITS.listLength),
    places: z.array(idSchema).max(LIMITS.listLength),
    actors: z.array(idSchema).max(LIMITS.listLength),
    categories: z.array(z.enum(CATEGORIES as [string, ...string[]])).max(CATEGORIES.length),
    dateSources: z.array(z.enum(DATE_SOURCE_FILTERS as [string, ...string[]])).max(DATE_SOURCE_FILTERS.length),
    text: z.string().max(LIMITS.textLength),
  }),
  group: z.enum(GROUPINGS as [string, ...string[]]),
  selected: idSchema.nullable(),
  lang: z.enum(["ar", "en"]),
});

/** Parse untrusted JSON into a view state, or throw a readable error. */
export function parseViewJson(input: unknown): ViewState {
  const result = viewStateSchema.safeParse(input);
  if (!result.success) throw new Error(`invalid view: ${z.prettifyError(result.error)}`);
  return result.data as ViewState;
}
