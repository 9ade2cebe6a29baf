// Stage 5: what kind of event a clause reports (ACLED event type and sub-event type) and who did it.
// - The agent of a trigger is the nearest actor in its clause that no preposition governs («لقوات النظام», «من
//   المعارضة» are objects) and that is not civilians; with none, the clause's subject is carried from the clause
//   before (a relative clause «الذي شن …» takes the last actor named before it) — unless a contrastive connective
//   («فيما», «بينما») opens it on another scene: places in another region than the clause before («… قرب بلدة خلصة،
//   فيما هدأت حدة المعارك بريف دمشق»).
// - `resolve` rules of triggers.json: territory (the agent's kind), weapon (air or artillery context), casualties.
// - Several triggers: the precedence list of triggers.json decides, then the earliest. Statement triggers count only
//   when the clause has no other realis trigger; weak ones only name a weapon («عبوة ناسفة») for deaths.
// - «قصفاً مماثلاً», «ضربات مماثلة»: the kind of the event told before.
import type { EventCategory, SubEventType } from "../types";
import { ancestry, gazetteer, lexicons } from "../gazetteer";
import { normaliseWord } from "../../text/normalise";
import { within, type ArticleText, type Span } from "../text";
import type { Clause } from "./2-clauses";
import type { EntityMention, Mentions } from "./3-mentions";
import type { ClauseReading, TriggerMention } from "./4-triggers";

export interface Classification {
  category: EventCategory;
  subEventType: SubEventType;
  trigger: TriggerMention;
  /** Who did it; null when no actor is named in the clause or carried from the one before. */
  agent: EntityMention | null;
  agentInherited: boolean;
}

interface Context {
  /** A weak explosions trigger («عبوة ناسفة», «لغم») names the weapon. */
  explosive: boolean;
  air: boolean;
  artillery: boolean;
  /** Civilians named in the clause. */
  civilians: boolean;
  /** Armed actors named in the clause (agents or objects). */
  combatants: boolean;
}

const rank = new Map(gazetteer.precedence.map((key, i) => [key, i]));
/** Civilians are victims, never the agent of a trigger. */
const CIVILIANS = "actor:civilians";

const CONTRAST = new Set(gazetteer.connectives.contrast.flatMap((f) => [normaliseWord(f), `و${normaliseWord(f)}`]));

/** The regions a place lies in: itself and what contains it, below the country. */
function regions(id: string): string[] {
  return ancestry(gazetteer.places, id).filter((p) => gazetteer.places.get(p)?.parent !== null);
}

/** A contrastive clause on another scene: both clauses name places, and none of this one's shares a region with the
 * one before. */
function changesScene(mentions: Mentions, clause: Clause, previous: Clause): boolean {
  if (clause.opener?.kind !== "connective" || !CONTRAST.has(clause.opener.text)) return false;
  const here = within(mentions.places, clause);
  const before = new Set(within(mentions.places, previous).flatMap((p) => regions(p.id)));
  if (here.length === 0 || before.size === 0) return false;
  return here.every((p) => !regions(p.id).some((r) => before.has(r)));
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

function weaponContext(article: ArticleText, clause: Clause, actors: readonly EntityMention[], realis: readonly TriggerMention[]): Context {
  return {
    explosive: realis.some((t) => t.trigger.strength === "weak" && t.trigger.category === "explosions-remote-violence"),
    air:
      within(article.matches(lexicons.airContext), clause).length > 0 ||
      actors.some((a) => a.id.endsWith("/air-force") || a.id === "actor:international-coalition"),
    artillery: within(article.matches(lexicons.artilleryContext), clause).length > 0,
    civilians: actors.some((a) => a.kind === "civilians"),
    combatants: actors.some((a) => a.kind !== "civilians"),
  };
}

interface Kind {
  category: EventCategory;
  subEventType: SubEventType;
}

function resolveTrigger(t: TriggerMention, agent: EntityMention | null, ctx: Context, others: readonly TriggerMention[]): Kind {
  const own = { category: t.trigger.category, subEventType: t.trigger.subEventType as SubEventType };
  const weapon = ctx.air
    ? ({ category: "explosions-remote-violence", subEventType: "air-drone-strike" } as const)
    : ctx.artillery
      ? ({ category: "explosions-remote-violence", subEventType: "shelling-artillery-missile-attack" } as const)
      : ctx.explosive
        ? ({ category: "explosions-remote-violence", subEventType: "remote-explosive-landmine-ied" } as const)
        : null;
  switch (t.trigger.resolve) {
    case "territory": {
      const kind = agent?.kind;
      const state = kind === "state";
      const nonState = kind === "non-state";
      if (!state && !nonState) return { category: "battles", subEventType: "armed-clash" };
      const taker = t.trigger.loss ? (state ? "non-state" : "state") : state ? "state" : "non-state";
      return { category: "battles", subEventType: taker === "state" ? "government-regains-territory" : "non-state-actor-overtakes-territory" };
    }
    case "weapon":
      return weapon ?? own;
    case "casualties": {
      if (weapon) return weapon;
      const otherwise = others.some((o) => o !== t && o.trigger.resolve !== "casualties" && o.trigger.strength === "strong");
      if (!otherwise && ctx.civilians && !ctx.combatants) return { category: "violence-against-civilians", subEventType: "attack" };
      return { category: "battles", subEventType: "armed-clash" };
    }
    default:
      return own;
  }
}

export function classifyClauses(
  article: ArticleText,
  clauses: readonly Clause[],
  readings: readonly ClauseReading[],
  mentions: Mentions,
): (Classification | null)[] {
  const out: (Classification | null)[] = [];
  let subject: EntityMention | null = null;
  let similarTo: Kind | null = null;
  for (const clause of clauses) {
    const previous = clauses[clause.index - 1];
    const sameSentence = previous !== undefined && previous.sentence === clause.sentence;
    const actors = within(mentions.actors, clause);
    const agents = actors.filter((a) => !a.object && a.id !== CIVILIANS);
    // The subject carried into this clause from the one before, if it names none itself.
    let carried: EntityMention | null = null;
    if (sameSentence) {
      const before = within(mentions.actors, previous).filter((a) => !a.object && a.id !== CIVILIANS);
      carried = clause.opener?.kind === "relative" ? (before[before.length - 1] ?? subject) : subject;
      if (changesScene(mentions, clause, previous)) carried = null;
    }
    const reading = readings[clause.index]!;
    const realis = reading.triggers.filter((t) => t.irrealis === null);
    const strong = realis.filter((t) => t.trigger.strength === "strong");
    const pool = strong.length > 0 ? strong : realis.filter((t) => t.trigger.strength === "statement");
    const ctx = weaponContext(article, clause, actors, realis);
    let best = null as (Classification & { rank: number }) | null;
    for (const t of pool) {
      const nearest = agents.reduce<EntityMention | null>((b, a) => (b === null || distance(a, t) < distance(b, t) ? a : b), null);
      // A statement whose speaker is a source («قال مسئول من المعارضة») does not borrow the actor of the clause before.
      const speaker = t.trigger.category === "statement" && within(mentions.sources, clause).length > 0;
      const agent: EntityMention | null = nearest ?? (speaker ? null : carried);
      const kind: Kind = t.similar && similarTo ? similarTo : resolveTrigger(t, agent, ctx, strong);
      const r = rank.get(`${kind.category}/${kind.subEventType}`) ?? Number.MAX_SAFE_INTEGER;
      if (best === null || r < best.rank) best = { ...kind, trigger: t, agent, agentInherited: nearest === null && agent !== null, rank: r };
    }
    out.push(best ? { category: best.category, subEventType: best.subEventType, trigger: best.trigger, agent: best.agent, agentInherited: best.agentInherited } : null);
    if (best && best.category !== "statement") similarTo = { category: best.category, subEventType: best.subEventType };
    subject = best?.agent ?? agents[0] ?? carried;
  }
  return out;
}
