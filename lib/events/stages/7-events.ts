// Stage 7: which clauses are events, and what each names. A clause is an event when stage 5 found a realis trigger,
// unless it is commentary, the outcome of the event before it («مما أسفر عن …», or deaths with no armed actor and no
// place of their own: «مؤكدة أنه خلف عشرات الضحايا»), or a bare reporting clause whose content follows in the next
// event clause of its sentence («وأفادت مصادر محلية … أن مقاتلي …» then «… تمكنوا، اليوم، من …»).
// A clause that names no place takes those of the nearest clause of its sentence that does; its agent may have been
// carried from the clause before (stage 5). Both are flagged.
import type { EventFlag } from "../types";
import { within, type ArticleText } from "../text";
import type { Sentence } from "./1-sentences";
import type { Clause } from "./2-clauses";
import type { EntityMention, Mentions } from "./3-mentions";
import type { ClauseReading } from "./4-triggers";
import type { Classification } from "./5-classify";

export interface DraftEvent {
  ordinal: number;
  clause: Clause;
  sentence: Sentence;
  reading: ClauseReading;
  kind: Classification;
  actors: EntityMention[];
  places: EntityMention[];
  sources: EntityMention[];
  summary: string;
  flags: EventFlag[];
}

const SUMMARY_MAX = 300;

function unique(list: readonly EntityMention[]): EntityMention[] {
  const seen = new Set<string>();
  return list.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}

/** The clause in the original text, without its connective or relation marker, trimmed. */
function summaryOf(article: ArticleText, clause: Clause): string {
  const from = clause.opener && (clause.opener.kind === "connective" || clause.opener.kind === "relation") ? clause.opener.span.end : clause.start;
  let s = article.originalText({ start: from, end: clause.end });
  s = s.replace(/^[\s,،.:;؛\-–—]+/u, "").replace(/[\s,،.:;؛\-–—]+$/u, "");
  if (s.length > SUMMARY_MAX) {
    const cut = s.lastIndexOf(" ", SUMMARY_MAX);
    s = `${s.slice(0, cut > 0 ? cut : SUMMARY_MAX)} …`;
  }
  return s;
}

function isOutcome(clause: Clause, reading: ClauseReading, kind: Classification, mentions: Mentions): boolean {
  if (reading.outcome) return true;
  const strong = reading.triggers.filter((t) => t.irrealis === null && t.trigger.strength === "strong");
  const onlyDeaths = strong.length > 0 && strong.every((t) => t.trigger.resolve === "casualties");
  const armed = within(mentions.actors, clause).some((a) => a.kind !== "civilians");
  return onlyDeaths && kind.trigger.trigger.resolve === "casualties" && !armed && within(mentions.places, clause).length === 0;
}

export function assembleEvents(
  article: ArticleText,
  sentences: readonly Sentence[],
  clauses: readonly Clause[],
  readings: readonly ClauseReading[],
  kinds: readonly (Classification | null)[],
  mentions: Mentions,
  sources: readonly EntityMention[][],
): DraftEvent[] {
  const isEvent = clauses.map((c) => {
    const kind = kinds[c.index];
    const reading = readings[c.index]!;
    return kind !== null && kind !== undefined && !reading.commentary && !isOutcome(c, reading, kind, mentions);
  });
  // A bare statement («وأفادت مصادر … أن») whose content is told in a later clause of the sentence is not an event.
  for (const c of clauses) {
    const kind = kinds[c.index];
    if (!isEvent[c.index] || kind?.category !== "statement" || kind.subEventType !== "statement") continue;
    const next = clauses.find((d) => d.sentence === c.sentence && d.index > c.index && isEvent[d.index]);
    const content = next !== undefined && kinds[next.index]?.category !== "statement" && next.opener?.kind !== "relation";
    if (content) isEvent[c.index] = false;
  }

  const events: DraftEvent[] = [];
  for (const clause of clauses) {
    if (!isEvent[clause.index]) continue;
    const kind = kinds[clause.index]!;
    const flags: EventFlag[] = [];
    let actors = unique(within(mentions.actors, clause));
    if (kind.agent && kind.agentInherited) {
      actors = unique([kind.agent, ...actors]);
      flags.push("inherited-actors");
    } else if (kind.agent) {
      actors = unique([kind.agent, ...actors]);
    }
    let places = unique(within(mentions.places, clause));
    if (places.length === 0) {
      const siblings = clauses.filter((d) => d.sentence === clause.sentence && d.index !== clause.index);
      const ordered = [...siblings.filter((d) => d.index < clause.index).reverse(), ...siblings.filter((d) => d.index > clause.index)];
      for (const d of ordered) {
        const found = within(mentions.places, d);
        if (found.length > 0) {
          places = unique(found);
          flags.push("inherited-places");
          break;
        }
      }
    }
    if (readings[clause.index]!.pluperfect) flags.push("background");
    events.push({
      ordinal: events.length,
      clause,
      sentence: sentences[clause.sentence]!,
      reading: readings[clause.index]!,
      kind,
      actors,
      places,
      sources: sources[clause.index] ?? [],
      summary: summaryOf(article, clause),
      flags,
    });
  }
  return events;
}
