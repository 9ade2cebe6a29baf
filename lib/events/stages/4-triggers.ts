// Stage 4: the trigger words of each clause (lib/events/gazetteer/triggers.json) and whether each reports something
// that happened (realis) — see lib/events/gazetteer/modality.json for the rules and their examples — plus what the
// clause as a whole is: commentary, pluperfect background, or the outcome of the event before it.
import { lexicons, modality, type Trigger } from "../gazetteer";
import type { PhraseMatch } from "../lexicon";
import { within, wordsBetween, type ArticleText, type Span } from "../text";
import type { Clause } from "./2-clauses";

export interface TriggerMention extends Span {
  trigger: Trigger;
  clause: number;
  /** Why it does not report an event (null when it does): negated, irrealis «…», expected, purpose, anaphoric. */
  irrealis: string | null;
  match: PhraseMatch<Trigger>;
}

export interface ClauseReading {
  triggers: TriggerMention[];
  /** «يعتبر …», «على اعتبار …»: background commentary. */
  commentary: boolean;
  /** «كان/كانت … قد»: a past background. */
  pluperfect: boolean;
  /** «مما أسفر عن …»: the outcome of the event told before. */
  outcome: boolean;
}

function irrealisReason(article: ArticleText, clause: Clause, t: PhraseMatch<Trigger>): string | null {
  const text = article.text;
  for (const n of within(article.matches(lexicons.negation), clause)) {
    if (n.end <= t.from && wordsBetween(text, n.end, t.from) < modality.negation.scope) return `negated «${text.slice(n.start, n.end)}»`;
  }
  for (const m of within(article.matches(lexicons.irrealis), clause)) {
    if (m.end <= t.from) return `irrealis «${text.slice(m.start, m.end)}»`;
  }
  for (const m of within(article.matches(lexicons.irrealisAfter), clause)) {
    if (m.from >= t.end && wordsBetween(text, t.end, m.from) <= 1) return `expected «${text.slice(m.start, m.end)}»`;
  }
  if (t.value.pos === "noun" && t.preposition === "ل") {
    const result = within(article.matches(lexicons.notPurposeAfter), clause).some((m) => m.end <= t.from && wordsBetween(text, m.end, t.from) <= 2);
    if (!result) return "purpose «ل»";
  }
  for (const m of within(article.matches(lexicons.anaphoricBefore), clause)) {
    if (m.end <= t.from && wordsBetween(text, m.end, t.from) === 0) return `anaphoric «${text.slice(m.from, m.end)}»`;
  }
  for (const m of within(article.matches(lexicons.anaphoricAfter), clause)) {
    if (m.from >= t.end && wordsBetween(text, t.end, m.from) <= 1) return `anaphoric «${text.slice(m.start, m.end)}»`;
  }
  return null;
}

/** The opening of a clause: its connective, if any, and the three words after it. */
function opening(article: ArticleText, clause: Clause): Span {
  const from = clause.opener?.kind === "connective" ? clause.opener.span.end : clause.start;
  const words = /^(?:[\s,]*[^\s,]+){0,3}/u.exec(article.text.slice(from, clause.end))?.[0] ?? "";
  return { start: clause.start, end: from + words.length };
}

function isPluperfect(article: ArticleText, clause: Clause): boolean {
  const text = article.text;
  for (const aux of within(article.matches(lexicons.pluperfectAuxiliaries), clause)) {
    const after = text.slice(aux.end, clause.end);
    const qad = new RegExp(`(?:^|[\\s,])${modality.pluperfect.particle}(?=\\s)`, "u").exec(after);
    if (qad && wordsBetween(text, aux.end, aux.end + qad.index) <= modality.pluperfect.maxGap) return true;
  }
  return false;
}

export function readClauses(article: ArticleText, clauses: readonly Clause[]): ClauseReading[] {
  const triggers = article.matches(lexicons.triggers);
  const out: ClauseReading[] = [];
  for (const clause of clauses) {
    const mine = within(triggers, clause).map((m) => ({
      start: m.start,
      end: m.end,
      trigger: m.value,
      clause: clause.index,
      irrealis: irrealisReason(article, clause, m),
      match: m,
    }));
    const head = opening(article, clause);
    const outcomeOpener = within(article.matches(lexicons.outcome), head).length > 0;
    // «… مما أسفر عن تدمير 11 دبابة. والقضاء على 300 مسلح»: a sentence that only adds to an outcome is one too.
    const previous = out[out.length - 1];
    const firstWord = mine[0];
    const continuesOutcome =
      previous?.outcome === true && firstWord !== undefined && firstWord.match.from <= head.start + 1 && firstWord.trigger.pos === "noun";
    out.push({
      triggers: mine,
      commentary: within(article.matches(lexicons.commentary), head).length > 0,
      pluperfect: isPluperfect(article, clause),
      outcome: outcomeOpener || continuesOutcome,
    });
  }
  return out;
}
