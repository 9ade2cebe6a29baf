// Stage 9: explicit relations between events of the article, then their chronological order.
// - A clause opened by a relation marker («عقب سيطرة …», «بعد أن شن …», «بالتزامن مع استمرار …») relates the event
//   of its sentence's main clause (the nearest event clause before it, else after it) to its own event.
// - A sentence or clause opened by «بالتزامن مع ذلك», «في الوقت نفسه», «بعد ذلك» … relates its event to the event
//   told just before it.
// Both ends of a relation record it. Order: by interval (start, then end; undated last), then, for the same
// interval, relations («after» comes after), then the order of the text.
import type { ExtractedEvent } from "../types";
import { lexicons } from "../gazetteer";
import type { ArticleText } from "../text";
import type { RelationType } from "./2-clauses";
import type { DatedEvent } from "./8-dating";

export type Relation = ExtractedEvent["relations"][number];
export type RelatedEvent = DatedEvent & { relations: Relation[]; sequence: number };

const INVERSE: Record<RelationType, RelationType> = { after: "before", before: "after", simultaneous: "simultaneous" };

function relate(from: RelatedEvent, type: RelationType, to: RelatedEvent, marker: string): void {
  if (from === to) return;
  if (!from.relations.some((r) => r.ordinal === to.ordinal && r.type === type)) from.relations.push({ type, ordinal: to.ordinal, marker });
  const back = INVERSE[type];
  if (!to.relations.some((r) => r.ordinal === from.ordinal && r.type === back)) to.relations.push({ type: back, ordinal: from.ordinal, marker });
}

export function orderEvents(article: ArticleText, dated: readonly DatedEvent[]): RelatedEvent[] {
  const events: RelatedEvent[] = dated.map((e) => ({ ...e, relations: [], sequence: 0 }));
  const sentenceMarkers = article.matches(lexicons.sentenceRelations);
  events.forEach((event, i) => {
    const opener = event.clause.opener;
    if (opener?.kind === "relation") {
      const sameSentence = events.filter((e) => e !== event && e.sentence.index === event.sentence.index);
      const main = [...sameSentence.filter((e) => e.ordinal < event.ordinal)].pop() ?? sameSentence.find((e) => e.ordinal > event.ordinal);
      if (main) relate(main, opener.type, event, article.originalText(opener.span));
      return;
    }
    // «بالتزامن مع ذلك …», «في الوقت نفسه …» at the start of the clause.
    const at = opener ? opener.span.start : event.clause.start;
    const marker = sentenceMarkers.find((m) => m.from === at);
    const previous = events[i - 1];
    if (marker && previous) relate(event, marker.value.type, previous, article.originalText({ start: marker.start, end: marker.end }));
  });

  const chronological = [...events].sort(compare);
  settleByRelations(chronological);
  chronological.forEach((e, i) => (e.sequence = i));
  return chronological;
}

function compare(a: RelatedEvent, b: RelatedEvent): number {
  const ia = a.dating.interval;
  const ib = b.dating.interval;
  if (!ia || !ib) return ia ? -1 : ib ? 1 : a.ordinal - b.ordinal;
  return ia.start < ib.start ? -1 : ia.start > ib.start ? 1 : ia.end < ib.end ? -1 : ia.end > ib.end ? 1 : a.ordinal - b.ordinal;
}

/** Within runs of equal intervals, put an event after the events it is said to come after (text order otherwise). */
function settleByRelations(list: RelatedEvent[]): void {
  let from = 0;
  while (from < list.length) {
    let to = from + 1;
    while (to < list.length && sameInterval(list[from]!, list[to]!)) to += 1;
    if (to - from > 1) list.splice(from, to - from, ...topological(list.slice(from, to)));
    from = to;
  }
}

function sameInterval(a: RelatedEvent, b: RelatedEvent): boolean {
  const ia = a.dating.interval;
  const ib = b.dating.interval;
  return ia === ib || (ia !== null && ib !== null && ia.start === ib.start && ia.end === ib.end);
}

function topological(run: RelatedEvent[]): RelatedEvent[] {
  const inRun = new Set(run.map((e) => e.ordinal));
  const waiting = new Map(run.map((e) => [e.ordinal, new Set(e.relations.filter((r) => r.type === "after" && inRun.has(r.ordinal)).map((r) => r.ordinal))]));
  const out: RelatedEvent[] = [];
  const left = [...run];
  while (left.length > 0) {
    // The first event in text order that waits for nothing left; on a cycle, simply the first one.
    const k = Math.max(0, left.findIndex((e) => [...waiting.get(e.ordinal)!].every((o) => !left.some((l) => l.ordinal === o))));
    out.push(left.splice(k, 1)[0]!);
  }
  return out;
}
