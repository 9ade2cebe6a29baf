// Stage 2: clauses. Inside a sentence a clause starts
// - at a connective that opens clauses by itself («فيما», «بينما», «في حين», «وذلك», «حيث», «لكن» …);
// - at a relation marker («بعد أن», «عقب», «إثر», «بالتزامن مع»; «بعد»/«قبل» only before an event word);
// - after «،» «,» or a spaced dash, when what follows opens a clause: a connective, a relative pronoun, a trigger or
//   reporting verb, an auxiliary («تمكنوا», «بدأت»). A comma before anything else — the next name of a list of
//   places, an apposition, an adverb — does not split.
// Quotations and asides between two spaced dashes are never split. A clause holding nothing but its connective
// («في السياق ذاته،») joins the next one.
import { lexicons, type Connective } from "../gazetteer";
import type { PhraseMatch } from "../lexicon";
import { wordsBetween, type ArticleText, type Span } from "../text";

/** Longest fronted phrase (in words) that joins the clause after it. */
const FRONTED_WORDS = 6;
import { quotations, type Sentence } from "./1-sentences";

export type RelationType = "after" | "before" | "simultaneous";

export type Opener =
  | { kind: "connective"; narrative: "continue" | "shift"; text: string; span: Span }
  | { kind: "relation"; type: RelationType; text: string; span: Span }
  | { kind: "relative" | "verb"; text: string; span: Span };

export interface Clause extends Span {
  index: number;
  sentence: number;
  /** What opens the clause, if anything: its narrative role and relation marker are read from it. */
  opener: Opener | null;
  /** Asides between two spaced dashes inside it: background, whose trigger words do not make the clause's event. */
  asides?: Span[];
}

type Lookup = Map<number, PhraseMatch<unknown>[]>;

function byPosition(matches: readonly PhraseMatch<unknown>[]): Lookup {
  const map: Lookup = new Map();
  for (const m of matches) {
    const list = map.get(m.from);
    if (list) list.push(m);
    else map.set(m.from, [m]);
  }
  return map;
}

interface Indexes {
  connectives: Lookup;
  relations: Lookup;
  relatives: Lookup;
  verbs: Lookup;
  triggerVerbs: Lookup;
  triggerStarts: Set<number>;
  /** Sorted positions of connectives and relation markers: the only places a clause starts without a comma. */
  openerStarts: number[];
  /** Sorted positions of triggers and auxiliary verbs. */
  verbStarts: number[];
}

function indexes(article: ArticleText): Indexes {
  const triggers = article.matches(lexicons.triggers);
  return {
    connectives: byPosition(article.matches(lexicons.connectives)),
    relations: byPosition(article.matches(lexicons.inClauseRelations)),
    relatives: byPosition(article.matches(lexicons.relativePronouns)),
    // A verb with an attached pronoun does not open a clause: «سيطرتها» is more often «her control» than «she took it».
    verbs: byPosition(article.matches(lexicons.clauseVerbs).filter((v) => v.suffix === "")),
    triggerVerbs: byPosition(triggers.filter((t) => t.value.pos === "verb" && t.value.strength !== "weak" && t.suffix === "")),
    triggerStarts: new Set(triggers.filter((t) => t.value.strength !== "weak").map((t) => t.from)),
    openerStarts: [...new Set([...article.matches(lexicons.connectives), ...article.matches(lexicons.inClauseRelations)].map((m) => m.from))].sort((a, b) => a - b),
    verbStarts: [...triggers.filter((t) => t.value.strength !== "weak"), ...article.matches(lexicons.clauseVerbs).filter((v) => v.suffix === "")]
      .map((m) => m.from)
      .sort((a, b) => a - b),
  };
}

function nextWordStart(text: string, at: number, end: number): number {
  while (at < end && /[\s,;:\-–—"«“(]/u.test(text[at]!)) at += 1;
  // «و فيما يخص»: a conjunction written apart from its word.
  if (text[at] === "و" && text[at + 1] === " ") return nextWordStart(text, at + 2, end);
  return at;
}

/** A relation marker at `at` («عقب», «بعد أن»; «بعد»/«قبل» only before an event word). */
function relationAt(article: ArticleText, ix: Indexes, at: number): Opener | null {
  const relation = ix.relations.get(at)?.[0] as PhraseMatch<{ type: RelationType; needsTrigger: boolean }> | undefined;
  if (!relation) return null;
  if (relation.value.needsTrigger && !ix.triggerStarts.has(nextWordStart(article.text, relation.end, article.text.length))) return null;
  return { kind: "relation", type: relation.value.type, text: article.text.slice(at, relation.end), span: { start: at, end: relation.end } };
}

/** The opener at position `at`, if a clause may start there. `afterComma` admits the weaker openers. */
function openerAt(article: ArticleText, ix: Indexes, at: number, afterComma: boolean): Opener | null {
  const text = article.text;
  const connective = ix.connectives.get(at)?.[0] as PhraseMatch<Connective> | undefined;
  if (connective && connective.value.kind === "connective" && connective.value.narrative && (afterComma || connective.value.midClause)) {
    // «وذلك عقب انسحاب …»: a connective then a relation marker is a relation.
    const then = relationAt(article, ix, nextWordStart(text, connective.end, text.length));
    if (then) return { ...then, text: text.slice(at, then.span.end), span: { start: at, end: then.span.end } };
    return { kind: "connective", narrative: connective.value.narrative, text: text.slice(at, connective.end), span: { start: at, end: connective.end } };
  }
  const relation = relationAt(article, ix, at);
  if (relation) return relation;
  if (!afterComma) return null;
  const relative = ix.relatives.get(at)?.[0];
  if (relative) return { kind: "relative", text: text.slice(at, relative.end), span: { start: at, end: relative.end } };
  const verb = ix.verbs.get(at)?.[0] ?? ix.triggerVerbs.get(at)?.[0];
  if (verb) return { kind: "verb", text: text.slice(at, verb.end), span: { start: at, end: verb.end } };
  return null;
}

function hasVerb(ix: Indexes, span: Span): boolean {
  return between(ix.verbStarts, span.start, span.end).length > 0;
}

/** The values of a sorted array within [from, to). */
function between(sorted: readonly number[], from: number, to: number): number[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < sorted.length && sorted[k]! < to; k += 1) out.push(sorted[k]!);
  return out;
}

function isInside(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => s.start < at && at < s.end);
}

export function splitClauses(article: ArticleText, sentences: readonly Sentence[]): Clause[] {
  const text = article.text;
  const ix = indexes(article);
  const out: Clause[] = [];
  for (const sentence of sentences) {
    const quotes = quotations(text, sentence.start, sentence.end);
    const starts: { at: number; opener: Opener | null }[] = [{ at: sentence.start, opener: openerAt(article, ix, nextWordStart(text, sentence.start, sentence.end), true) }];
    // Where a clause may start: after a comma or a spaced dash, or at a connective or relation marker.
    const candidates: { at: number; comma: boolean }[] = [];
    const dashes: number[] = [];
    for (let i = sentence.start + 1; i < sentence.end; i += 1) {
      const code = text.charCodeAt(i);
      const dash = (code === 0x2d || code === 0x2013 || code === 0x2014) && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20;
      if (dash && !isInside(quotes, i)) dashes.push(i);
      if (code === 0x2c || dash) candidates.push({ at: i, comma: true });
    }
    // Two spaced dashes enclose an aside («قد أكد - في تصريحات … في حي الشيخ سعيد الذي تمت استعادته - إن …»): the
    // sentence goes on after it, so neither the aside nor its dashes start a clause.
    const asides: Span[] = [];
    for (let k = 0; k + 1 < dashes.length; k += 2) asides.push({ start: dashes[k]! - 1, end: dashes[k + 1]! + 1 });
    for (const at of between(ix.openerStarts, sentence.start + 1, sentence.end)) candidates.push({ at, comma: false });
    candidates.sort((a, b) => a.at - b.at);
    for (const { at: i, comma } of candidates) {
      if (isInside(quotes, i) || isInside(asides, i)) continue;
      if (comma) {
        const at = nextWordStart(text, i + 1, sentence.end);
        const opener = at < sentence.end ? openerAt(article, ix, at, true) : null;
        if (opener) starts.push({ at, opener });
        continue;
      }
      const last = starts[starts.length - 1]!;
      if (last.at === i || (last.opener && i < last.opener.span.end)) continue;
      const opener = openerAt(article, ix, i, false);
      if (opener) starts.push({ at: i, opener });
    }
    starts.sort((a, b) => a.at - b.at);
    const clauses: Omit<Clause, "index">[] = [];
    for (let k = 0; k < starts.length; k += 1) {
      const s = starts[k]!;
      if (k > 0 && s.at === starts[k - 1]!.at) continue;
      let end = k + 1 < starts.length ? starts[k + 1]!.at : sentence.end;
      while (end > s.at && /\s/u.test(text[end - 1]!)) end -= 1;
      clauses.push({ start: s.at, end, sentence: sentence.index, opener: s.opener });
    }
    // A clause that is only its connective («في السياق ذاته،») joins the next clause, keeping its opener.
    for (let k = 0; k + 1 < clauses.length; k += 1) {
      const c = clauses[k]!;
      const rest = c.opener ? text.slice(c.opener.span.end, c.end) : text.slice(c.start, c.end);
      if (c.opener?.kind === "connective" && !/[\p{L}\p{N}]/u.test(rest)) {
        clauses[k + 1] = { ...clauses[k + 1]!, start: c.start, opener: c.opener };
        clauses.splice(k, 1);
        k -= 1;
      }
    }
    // A short fronted phrase with no verb of its own («وفي وسط البلاد،», «مصادر في المعارضة السورية،») belongs to
    // the clause it introduces.
    if (clauses.length > 1 && !hasVerb(ix, clauses[0]!) && wordsBetween(text, clauses[0]!.start, clauses[0]!.end) <= FRONTED_WORDS) {
      clauses[1] = { ...clauses[1]!, start: clauses[0]!.start, opener: clauses[0]!.opener ?? clauses[1]!.opener };
      clauses.shift();
    }
    for (const c of clauses) {
      const inside = asides.filter((a) => c.start <= a.start && a.end <= c.end);
      out.push({ ...c, index: out.length, ...(inside.length ? { asides: inside } : {}) });
    }
  }
  return out;
}

/** The clause containing a normalised offset. */
export function clauseAt(clauses: readonly Clause[], at: number): Clause | undefined {
  return clauses.find((c) => c.start <= at && at < c.end);
}
