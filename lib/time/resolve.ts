// The engine's entry point: every time expression of an Arabic text, resolved against its publication date.
//
// Pipeline: normalise the text once (keeping the offset map) → run the Arabic chrono locale over the normalised
// text (parsers attach TimexDrafts, refiners merge and de-overlap) → resolve each draft in text order against its
// reference (publication date, an earlier expression, or nothing) → report spans in the ORIGINAL text.
// Nothing here reads the clock or the machine's time zone.

import type { ParsingResult } from "chrono-node";
import { arabic } from "./locale/ar";
import { weekdayAgreementFlag } from "./locale/ar/refiners/weekdayAgreement";
import { dayOf, formatDay, isValidDay, type CalendarDay } from "./calendar";
import { ANCHOR_FALLS_BACK_TO_PUBLICATION } from "./conventions";
import { draftOf, isAtLeastAsFine, resolveDraftOnce, unresolvedValueFor, type ArabicParsingOption, type Reference, type Resolution, type TimexDraft } from "./draft";
import { normaliseText } from "../text/normalise";
import type { Anchor, ResolveOptions, TimeExpression } from "./types";

const DCT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * The publication reference of a dct: "YYYY-MM-DD" or an ISO date-time. A date-time is taken as the wall clock the
 * article was written in (its zone designator, if any, is not applied: "2016-12-13T01:30:00+02:00" is 13 December,
 * 01:30). Throws on a malformed or impossible dct.
 */
export function publicationReference(dct: string): Reference {
  const m = DCT.exec(dct.trim());
  if (!m) throw new Error(`publication date (dct) must be YYYY-MM-DD or an ISO date-time, got ${JSON.stringify(dct)}`);
  const day: CalendarDay = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isValidDay(day)) throw new Error(`publication date (dct) ${JSON.stringify(dct)} is not a calendar day`);
  let time: Reference["time"] = null;
  if (m[4] !== undefined) {
    const hour = Number(m[4]);
    const minute = Number(m[5]);
    const second = m[6] === undefined ? 0 : Number(m[6]);
    if (hour > 23 || minute > 59 || second > 60) {
      throw new Error(`publication date (dct) ${JSON.stringify(dct)} has an impossible time of day`);
    }
    time = { hour, minute };
  }
  const iso = formatDay(day);
  return { day, time, interval: { start: iso, end: iso }, granularity: time ? "minute" : "day", value: iso };
}

/** Every time expression in `text`, in text order, resolved against `options.dct`. */
export function resolveTimeExpressions(text: string, options: ResolveOptions): TimeExpression[] {
  if (typeof text !== "string") throw new Error("text must be a string");
  const publication = options.dct === null || options.dct === undefined ? null : publicationReference(options.dct);
  const normalised = normaliseText(text);
  // chrono needs a reference instant; ours never reaches the output (parsers assign their components from our
  // calendar), so a fixed UTC noon keeps the machine's clock out of it.
  const instant = publication
    ? new Date(Date.UTC(publication.day.year, publication.day.month - 1, publication.day.day, 12))
    : new Date(Date.UTC(2000, 0, 1, 12));
  const option: ArabicParsingOption = { publication };
  // Our refiners return chrono ParsingResults (ParsedResult is their public interface).
  const results = arabic.parse(normalised.text, { instant, timezone: 0 }, option) as ParsingResult[];

  const out: TimeExpression[] = [];
  for (const result of results) {
    const draft = draftOf(result);
    if (!draft) continue;
    const start = normalised.toOriginalStart(result.index);
    const end = normalised.toOriginalEnd(result.index + result.text.length);
    out.push(resolveDraft(draft, { text: text.slice(start, end), start, end }, publication, out));
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function resolveDraft(
  draft: TimexDraft,
  span: { text: string; start: number; end: number },
  publication: Reference | null,
  earlier: TimeExpression[],
): TimeExpression {
  const { anchor, ref } = referenceFor(draft, publication, earlier);
  const resolution: Resolution | null = anchor.kind === "unresolved" ? null : resolveDraftOnce(draft, ref);
  const flags = [...(draft.flags ?? []), ...(resolution?.flags ?? [])];
  const weekday = resolution ? weekdayAgreementFlag(draft, resolution.interval) : null;
  if (weekday) flags.push(weekday);
  const mod = resolution?.mod === undefined ? (draft.mod ?? null) : resolution.mod;
  const expression: TimeExpression = {
    text: span.text,
    start: span.start,
    end: span.end,
    type: resolution?.type ?? draft.type,
    value: resolution?.value ?? draft.unresolvedValue ?? unresolvedValueFor(draft.granularity),
    mod,
    interval: resolution?.interval ?? null,
    granularity: resolution?.granularity ?? draft.granularity,
    approx: draft.approx ?? false,
    anchor,
    rule: draft.rule,
  };
  if (flags.length) expression.flags = flags;
  return expression;
}

/** Which reference a draft resolves against, and the anchor reported to users. */
function referenceFor(
  draft: TimexDraft,
  publication: Reference | null,
  earlier: TimeExpression[],
): { anchor: Anchor; ref: Reference | null } {
  if (draft.anchor === "absolute") return { anchor: { kind: "absolute" }, ref: null };
  if (draft.anchor === "publication") {
    if (!publication) return { anchor: { kind: "unresolved", reason: "undated article: no publication date" }, ref: null };
    return { anchor: { kind: "publication", date: publication.value }, ref: publication };
  }
  const needs = draft.needs ?? "day";
  for (let i = earlier.length - 1; i >= 0; i -= 1) {
    const e = earlier[i]!;
    if (!e.interval || e.anchor.kind === "unresolved" || (e.type !== "DATE" && e.type !== "TIME")) continue;
    if (!isAtLeastAsFine(e.granularity, needs)) continue;
    const ref: Reference = {
      day: dayOf(e.interval.start),
      time: null,
      interval: e.interval,
      granularity: e.granularity,
      value: e.value,
    };
    return { anchor: { kind: "expression", index: i, text: e.text }, ref };
  }
  if (ANCHOR_FALLS_BACK_TO_PUBLICATION && publication) {
    return { anchor: { kind: "publication", date: publication.value }, ref: publication };
  }
  return { anchor: { kind: "unresolved", reason: `no earlier expression of ${needs} precision to count from` }, ref: null };
}
