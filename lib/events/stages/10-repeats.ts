// Stage 10: events an article tells twice. News prose often gives the event in its lead and again, in more detail,
// further down («شن "فيلق الرحمن" أمس، هجوماً سيطر خلاله على نقاط … جنوب الغوطة» … «تمكن خلاله من السيطرة على عدة
// طرق ونقاط … جنوب الغوطة»). A later event retells an earlier one when it is of the same kind (category and
// sub-event type, not a statement), by the same actor family, dated by the text to the same days, and names a place
// the first telling names. Not: «ضربات مماثلة» (similar strikes: other ones), nor a strike in one village after
// strikes on its region (a part of an event is not a retelling of it). It keeps its own event: it is flagged "repeat" and linked to the first
// telling by a "same" relation (both ends record it), so the timeline can draw it as a retelling and TimeML can say
// IDENTITY. Nothing is merged away: a different date, place or actor is a different event here.
import type { EventFlag } from "../types";
import { ancestry, gazetteer } from "../gazetteer";
import type { EntityMention } from "./3-mentions";
import type { RelatedEvent } from "./9-ordering";

const TEXT_DATED = new Set(["clause", "sentence", "narrative"]);

function family(actor: EntityMention): string {
  return ancestry(gazetteer.actors, actor.id).at(-1) ?? actor.id;
}

function retells(later: RelatedEvent, first: RelatedEvent): boolean {
  const [a, b] = [later.kind, first.kind];
  if (a.category === "statement" || a.category !== b.category || a.subEventType !== b.subEventType) return false;
  if (a.trigger.similar) return false;
  const [ia, ib] = [later.dating.interval, first.dating.interval];
  if (!ia || !ib || ia.start !== ib.start || ia.end !== ib.end) return false;
  if (!TEXT_DATED.has(later.dating.dateSource) || !TEXT_DATED.has(first.dating.dateSource)) return false;
  if (!a.agent || !b.agent || family(a.agent) !== family(b.agent)) return false;
  return later.places.some((p) => first.places.some((q) => q.id === p.id));
}

/** Flags and links the retellings among an article's events (any order in; the same array out). */
export function markRepeats(events: RelatedEvent[]): RelatedEvent[] {
  const byText = [...events].sort((x, y) => x.ordinal - y.ordinal);
  const firsts: RelatedEvent[] = [];
  for (const e of byText) {
    const first = firsts.find((f) => retells(e, f));
    if (!first) {
      firsts.push(e);
      continue;
    }
    e.dating = { ...e.dating, flags: [...e.dating.flags, "repeat" satisfies EventFlag] };
    e.relations.push({ type: "same", ordinal: first.ordinal, marker: "" });
    first.relations.push({ type: "same", ordinal: e.ordinal, marker: "" });
  }
  return events;
}
