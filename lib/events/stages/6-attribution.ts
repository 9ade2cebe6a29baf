// Stage 6: which sources each clause is attributed to. A source counts when its sentence has a reporting cue (a
// reporting verb or noun from triggers.json, a participle «مشيراً», a backward marker «بحسب»). A source after a
// backward marker («… بحسب ما أكد الناشط الإعلامي منصور حسين») covers its clause and the clauses before it; any other
// source («أعلن المرصد السوري أن …») covers its clause and the clauses after it, up to the next source. A sentence
// with a single attributed clause is attributed to that source as a whole («… والذي أضاف أن …»).
import { lexicons } from "../gazetteer";
import { within, wordsBetween, type ArticleText } from "../text";
import type { Sentence } from "./1-sentences";
import type { Clause } from "./2-clauses";
import type { EntityMention, Mentions } from "./3-mentions";
import type { ClauseReading } from "./4-triggers";

function unique(list: readonly EntityMention[]): EntityMention[] {
  const seen = new Set<string>();
  return list.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}

export function attributeSources(
  article: ArticleText,
  sentences: readonly Sentence[],
  clauses: readonly Clause[],
  readings: readonly ClauseReading[],
  mentions: Mentions,
): EntityMention[][] {
  const text = article.text;
  const backwardMarkers = article.matches(lexicons.backwardMarkers);
  const participles = article.matches(lexicons.clauseVerbs).filter((m) => m.value === "participle");
  const out: EntityMention[][] = clauses.map(() => []);
  for (const sentence of sentences) {
    const mine = clauses.filter((c) => c.sentence === sentence.index);
    const cue =
      mine.some((c) => readings[c.index]!.triggers.some((t) => t.trigger.strength === "statement")) ||
      within(participles, sentence).length > 0 ||
      within(backwardMarkers, sentence).length > 0;
    if (!cue) continue;
    const forward = new Map<number, EntityMention[]>();
    const backward = new Map<number, EntityMention[]>();
    for (const c of mine) {
      for (const s of within(mentions.sources, c)) {
        const isBackward = backwardMarkers.some((b) => b.end <= s.start && b.from >= c.start && wordsBetween(text, b.end, s.start) <= 2);
        const map = isBackward ? backward : forward;
        map.set(c.index, [...(map.get(c.index) ?? []), s]);
      }
    }
    const holders = new Set([...forward.keys(), ...backward.keys()]);
    if (holders.size === 0) continue;
    if (holders.size === 1) {
      const only = [...holders][0]!;
      const all = unique([...(forward.get(only) ?? []), ...(backward.get(only) ?? [])]);
      for (const c of mine) out[c.index] = all;
      continue;
    }
    for (const c of mine) {
      let from: EntityMention[] = [];
      for (const d of mine) if (d.index <= c.index && forward.has(d.index)) from = forward.get(d.index)!;
      let back: EntityMention[] = [];
      for (const d of mine) {
        if (d.index < c.index) continue;
        if (d.index > c.index && forward.has(d.index)) break;
        if (backward.has(d.index)) {
          back = backward.get(d.index)!;
          break;
        }
      }
      out[c.index] = unique([...from, ...back]);
    }
  }
  return out;
}
