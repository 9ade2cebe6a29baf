// Base of every Arabic parser: Unicode word boundaries with proclitics (lib/text/boundaries.ts) instead of chrono's
// ASCII `(\W|^)`, and a TimexDraft attached to each result (lib/time/draft.ts).
//
// A subclass gives `innerPattern()` (regex source in normalised spelling; its first capture group is group 1 of the
// match handed to `innerExtract`) and `innerExtract()`, which returns a draft or null to reject the match.
// The conjunction clitic (و ف) is matched but left out of the span («وأمس» → «أمس»).

import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { type ArticleUse, compile, isWordStart, phrasePattern } from "../../../../text/boundaries";
import { dayOf } from "../../../calendar";
import { attachDraft, publicationOf, resolveDraftOnce, type TimexDraft } from "../../../draft";
import { bindPattern, triggeredPattern, type Trigger } from "./triggeredPattern";

/** What innerExtract returns: a draft, optionally trimming the span (offsets relative to the span after the conjunction). */
export type Extracted = TimexDraft | { draft: TimexDraft; trimStart?: number; trimEnd?: number } | null;

export abstract class AbstractArabicParser implements Parser {
  /** Regex source of the phrase, without boundaries or clitics; written in normalised spelling. */
  abstract innerPattern(): string;
  /** Build the draft from the match (group 0 = the phrase without its conjunction, groups from 1 = innerPattern's). */
  abstract innerExtract(match: RegExpMatchArray, context: ParsingContext): Extracted;
  /** Whether the first word takes the article (see lib/text/boundaries.ts). */
  protected article: ArticleUse = "none";

  /**
   * Speed (see triggeredPattern.ts): cheap words of which every phrase has one within `lookback` characters of its
   * start. The full pattern then runs only at the word starts just before them, not at every position of the text.
   */
  protected trigger?: Trigger;

  private cached?: RegExp;

  pattern(context?: ParsingContext): RegExp {
    if (!this.cached) {
      const full = compile(phrasePattern(this.innerPattern(), this.article));
      this.cached = this.trigger ? triggeredPattern(full, this.trigger) : full;
    }
    return bindPattern(this.cached, context?.text ?? null);
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    // chrono re-runs the regex on a slice of the text, where the look-behind cannot see the character before the
    // slice: check the boundary again on the full text.
    if (!isWordStart(context.text, index)) return null;
    const conjunction = match[1] ?? "";
    const inner = match.slice(1) as RegExpMatchArray;
    inner[0] = match[0].slice(conjunction.length);
    inner.index = index + conjunction.length;
    inner.groups = match.groups;
    const extracted = this.innerExtract(inner, context);
    if (!extracted) return null;
    const { draft, trimStart = 0, trimEnd = 0 } = "draft" in extracted ? extracted : { draft: extracted };
    const text = inner[0].slice(trimStart, inner[0].length - trimEnd);
    const result = context.createParsingResult(inner.index + trimStart, text);
    assignComponents(result, draft, context);
    return attachDraft(result, draft);
  }
}

/**
 * Give chrono's own result explicit year/month/day components computed by our calendar (never chrono's local-time
 * arithmetic), so a caller reading `result.start` sees the same day as the TimeExpression. Expressions anchored on
 * another expression are left implied: their day is known only after resolution.
 */
function assignComponents(result: ParsingResult, draft: TimexDraft, context: ParsingContext): void {
  const publication = publicationOf(context);
  const ref = draft.anchor === "absolute" ? null : draft.anchor === "publication" ? publication : undefined;
  if (ref === undefined || (draft.anchor === "publication" && !ref)) return;
  const interval = resolveDraftOnce(draft, ref).interval;
  if (!interval) return;
  const first = dayOf(interval.start);
  result.start.assign("year", first.year);
  result.start.assign("month", first.month);
  result.start.assign("day", first.day);
  if (interval.end !== interval.start) {
    const last = dayOf(interval.end);
    result.end = result.start.clone();
    result.end.assign("year", last.year);
    result.end.assign("month", last.month);
    result.end.assign("day", last.day);
  }
}
