// Helpers for engine tests: resolve a real sentence against an explicit publication date and pick the expression
// that covers a given piece of it.
import { resolveTimeExpressions } from "../../lib/time/resolve";
import type { TimeExpression } from "../../lib/time/types";

export function resolveText(text: string, dct: string | null): TimeExpression[] {
  return resolveTimeExpressions(text, { dct });
}

/** The expression whose span covers the first occurrence of `needle` (throws if the needle is not in the text). */
export function expressionAt(found: TimeExpression[], text: string, needle: string, nth = 0): TimeExpression | undefined {
  let at = -1;
  for (let i = 0, from = 0; i <= nth; i += 1) {
    at = text.indexOf(needle, from);
    if (at < 0) throw new Error(`«${needle}» not in the text`);
    from = at + 1;
  }
  return found.find((t) => t.start <= at && t.end >= at + needle.length);
}

/** Resolve `text` at `dct` and return the expression covering `needle`. */
export function resolveAt(text: string, dct: string | null, needle: string, nth = 0): TimeExpression | undefined {
  return expressionAt(resolveText(text, dct), text, needle, nth);
}

/** Any expression overlapping the first occurrence of `needle`. */
export function overlapping(found: TimeExpression[], text: string, needle: string): TimeExpression[] {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`«${needle}» not in the text`);
  return found.filter((t) => t.start < at + needle.length && t.end > at);
}
