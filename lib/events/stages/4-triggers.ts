// Stage 4: the trigger words of each clause (lib/events/gazetteer/triggers.json) and whether each reports something
// that happened (realis) — see lib/events/gazetteer/modality.json for the rules and their examples — plus what the
// clause as a whole is: commentary, pluperfect background, or the outcome of the event before it.
import { lexicons, modality, type Trigger } from "../gazetteer";
import type { Lexicon, PhraseMatch } from "../lexicon";
import { normaliseWord } from "../../text/normalise";
import { within, wordsBetween, type ArticleText, type Span } from "../text";
import type { Clause } from "./2-clauses";

export interface TriggerMention extends Span {
  trigger: Trigger;
  clause: number;
  /** «قصفاً مماثلاً»: of the same kind as the event told before it. */
  similar: boolean;
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

/** The modality words of one clause, looked up once for all its triggers. */
interface ClauseWords {
  negation: PhraseMatch<unknown>[];
  irrealis: PhraseMatch<unknown>[];
  irrealisAfter: PhraseMatch<unknown>[];
  obligationAfter: PhraseMatch<unknown>[];
  notPurposeAfter: PhraseMatch<unknown>[];
  durationUnits: PhraseMatch<unknown>[];
  topic: PhraseMatch<unknown>[];
  anaphoricBefore: PhraseMatch<unknown>[];
  anaphoricAfter: PhraseMatch<unknown>[];
  similar: PhraseMatch<unknown>[];
}

function clauseWords(article: ArticleText, clause: Clause): ClauseWords {
  const of = (lexicon: Lexicon<unknown>) => within(article.matches(lexicon), clause);
  return {
    negation: of(lexicons.negation),
    irrealis: of(lexicons.irrealis),
    irrealisAfter: of(lexicons.irrealisAfter),
    obligationAfter: of(lexicons.obligationAfter),
    notPurposeAfter: of(lexicons.notPurposeAfter),
    durationUnits: of(lexicons.durationUnits),
    topic: of(lexicons.topic),
    anaphoricBefore: of(lexicons.anaphoricBefore),
    anaphoricAfter: of(lexicons.anaphoricAfter),
    similar: of(lexicons.similar),
  };
}

function irrealisReason(article: ArticleText, clause: Clause, words: ClauseWords, t: PhraseMatch<Trigger>): string | null {
  const text = article.text;
  for (const n of words.negation) {
    if (n.end <= t.from && wordsBetween(text, n.end, t.from) < modality.negation.scope) return `negated «${text.slice(n.start, n.end)}»`;
  }
  for (const m of words.irrealis) {
    if (m.end <= t.from) return `irrealis «${text.slice(m.start, m.end)}»`;
  }
  for (const m of words.irrealisAfter) {
    if (m.from >= t.end && wordsBetween(text, t.end, m.from) <= 1) return `expected «${text.slice(m.start, m.end)}»`;
  }
  if (t.value.pos === "noun") {
    for (const m of words.obligationAfter) {
      if (m.from >= t.end && wordsBetween(text, t.end, m.from) <= modality.obligationAfter.maxWords) return `obligation «${text.slice(m.start, m.end)}»`;
    }
  }
  if (t.value.pos === "noun" && t.preposition === "ل") {
    const result = words.notPurposeAfter.some(
      (m) => m.end <= t.from && wordsBetween(text, m.end, t.from) <= modality.purpose.maxWords,
    );
    if (!result) return "purpose «ل»";
  }
  // «بعد أسابيع من الاشتباكات»: the clashes are the background of the clause.
  if (/(?:^|\s)من\s+$/u.test(text.slice(Math.max(clause.start, t.from - 6), t.from))) {
    const unit = words.durationUnits.find(
      (u) => u.end <= t.from && wordsBetween(text, u.end, t.from) <= modality.durationOf.maxWords,
    );
    if (unit) return `background «${text.slice(unit.start, t.from).trim()}»`;
  }
  for (const m of words.topic) {
    if (m.end <= t.from && wordsBetween(text, m.end, t.from) === 0) return `topic «${text.slice(m.start, m.end)}»`;
  }
  for (const m of words.anaphoricBefore) {
    if (m.end <= t.from && wordsBetween(text, m.end, t.from) === 0) return `anaphoric «${text.slice(m.from, m.end)}»`;
  }
  for (const m of words.anaphoricAfter) {
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

/**
 * A trigger with `requires` counts only when one of its phrases follows it closely in the clause; it then reaches to
 * the end of that phrase («أعادت أمس الأمن والاستقرار»). Null when the phrase is missing.
 */
function withRequired(article: ArticleText, clause: Clause, t: PhraseMatch<Trigger>): PhraseMatch<Trigger> | null {
  const requires = t.value.requires;
  if (!requires) return t;
  const wanted = new Set(requires.after.map(normaliseWord));
  const phrase = within(article.matches(lexicons.required), clause).find(
    (r) => r.from >= t.end && wanted.has(r.form) && wordsBetween(article.text, t.end, r.from) <= requires.maxWords,
  );
  return phrase ? { ...t, end: phrase.end } : null;
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
    const words = clauseWords(article, clause);
    const mine = within(triggers, clause)
      .filter((m) => !clause.asides?.some((a) => a.start <= m.from && m.end <= a.end))
      .map((m) => withRequired(article, clause, m))
      .filter((m): m is PhraseMatch<Trigger> => m !== null)
      .map((m) => ({
      start: m.start,
      end: m.end,
      trigger: m.value,
      clause: clause.index,
      irrealis: irrealisReason(article, clause, words, m),
      similar: words.similar.some((x) => x.from >= m.end && wordsBetween(article.text, m.end, x.from) <= 1),
      match: m,
    }));
    // «بعد أسابيع من الاشتباكات والعمليات العسكرية»: a trigger joined by «و» to one that is not an event is not one.
    for (let k = 1; k < mine.length; k += 1) {
      const before = mine[k - 1]!;
      const t = mine[k]!;
      if (before.irrealis && t.irrealis === null && t.match.conjunction === "و" && /^\s*$/u.test(article.text.slice(before.end, t.match.from))) {
        t.irrealis = before.irrealis;
      }
    }
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
