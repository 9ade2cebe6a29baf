// The data files of lib/events/gazetteer/, validated once at load so a typo in a JSON file fails loudly with its path,
// and compiled into phrase lexicons. Code never lists places, actors, sources or trigger words itself.
import { z } from "zod";
import type { EventCategory, SubEventType } from "./types";
import { compileLexicon, type Lexicon } from "./lexicon";
import actorsData from "./gazetteer/actors.json";
import connectivesData from "./gazetteer/connectives.json";
import modalityData from "./gazetteer/modality.json";
import placesData from "./gazetteer/places.json";
import sourcesData from "./gazetteer/sources.json";
import triggersData from "./gazetteer/triggers.json";

const forms = z.array(z.string().min(1));

const placeSchema = z.object({
  id: z.string().regex(/^place:[a-z0-9/-]+$/),
  name: z.string().min(1),
  en: z.string().min(1),
  kind: z.string().min(1),
  parent: z.string().nullable(),
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).nullable(),
  forms,
  ambiguous: z.boolean().optional(),
});
const actorSchema = z.object({
  id: z.string().regex(/^actor:[a-z0-9/-]+$/),
  name: z.string().min(1),
  en: z.string().min(1),
  kind: z.enum(["state", "non-state", "foreign-state", "international", "civilians"]),
  parent: z.string().nullable(),
  forms,
});
const sourceSchema = z.object({
  id: z.string().regex(/^source:[a-z0-9/-]+$/),
  name: z.string().min(1),
  en: z.string().min(1),
  kind: z.enum(["monitor", "news-agency", "broadcaster", "media-centre", "generic", "person"]),
  forms,
  anaphoric: z.boolean().optional(),
  refersTo: z.array(z.string()).optional(),
});

const categories = ["battles", "explosions-remote-violence", "violence-against-civilians", "strategic-developments", "protests", "riots", "statement"] as const;
const triggerSchema = z.object({
  category: z.enum(categories),
  subEventType: z.string().min(1),
  resolve: z.enum(["territory", "weapon", "casualties"]).optional(),
  loss: z.boolean().optional(),
  strength: z.enum(["strong", "weak", "statement"]),
  suffixes: z.boolean(),
  requires: z.object({ after: forms, maxWords: z.number().int().positive() }).optional(),
  verbs: forms,
  nouns: forms,
});

export type Place = z.infer<typeof placeSchema>;
export type Actor = z.infer<typeof actorSchema>;
/** Grammatical gender: what «الأخير» / «الأخيرة» agree with. */
export type Gender = "masculine" | "feminine";
export type Source = z.infer<typeof sourceSchema>;
export interface Trigger extends Omit<z.infer<typeof triggerSchema>, "category" | "subEventType" | "verbs" | "nouns"> {
  category: EventCategory;
  /** "territory" until the agent is known; otherwise an ACLED sub-event type. */
  subEventType: SubEventType | "territory";
  pos: "verb" | "noun";
}

/** A connective as the clause stage reads it ("not-connective": «فيما يخص» and the like, which only look like one). */
export interface Connective {
  kind: "connective" | "not-connective";
  narrative: "continue" | "shift" | null;
  midClause: boolean;
}

function parse<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`lib/events/gazetteer/${file}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  return result.data;
}

const placeFile = parse(z.object({ contextWords: forms, places: z.array(placeSchema) }), placesData, "places.json");
const places = placeFile.places;
const actorFile = parse(
  z.object({
    objectPrepositions: forms,
    partitiveHeads: forms,
    latter: z.object({ masculine: forms, feminine: forms }),
    feminineHeads: forms,
    actors: z.array(actorSchema),
  }),
  actorsData,
  "actors.json",
);
const actors = actorFile.actors;
const sourceFile = parse(
  z.object({ sources: z.array(sourceSchema), personTitles: forms, nameStopWords: forms, backwardMarkers: forms }),
  sourcesData,
  "sources.json",
);
const triggerFile = parse(
  z.object({
    precedence: z.array(z.string()),
    contexts: z.object({ air: forms, artillery: forms }),
    triggers: z.array(triggerSchema),
  }),
  triggersData,
  "triggers.json",
);
const relationType = z.enum(["after", "before", "simultaneous"]);
const connectiveFile = parse(
  z.object({
    connectives: z.array(z.object({ narrative: z.enum(["continue", "shift"]), midClause: z.boolean(), forms })),
    contrast: forms,
    notConnectives: forms,
    relativePronouns: forms,
    clauseVerbs: forms,
    reportingParticiples: forms,
    relations: z.object({
      inClause: z.array(z.object({ type: relationType, forms, needsTrigger: z.boolean() })),
      sentence: z.array(z.object({ type: relationType, forms })),
    }),
  }),
  connectivesData,
  "connectives.json",
);
export const modality = parse(
  z.object({
    negation: z.object({ scope: z.number().int().positive(), forms }),
    irrealis: forms,
    irrealisAfter: forms,
    obligationAfter: z.object({ forms, maxWords: z.number().int().positive() }),
    purpose: z.object({ notAfter: forms, maxWords: z.number().int().positive() }),
    durationOf: z.object({ units: forms, maxWords: z.number().int().positive() }),
    similar: forms,
    topic: forms,
    anaphoric: z.object({ before: forms, after: forms }),
    outcome: forms,
    commentary: forms,
    pluperfect: z.object({ auxiliaries: forms, particle: z.string(), maxGap: z.number().int().positive() }),
    referencePoint: z.object({ markers: forms, maxGap: z.number().int().positive() }),
  }),
  modalityData,
  "modality.json",
);

function checkReferences(): void {
  const placeIds = new Set(places.map((p) => p.id));
  const actorIds = new Set(actors.map((a) => a.id));
  for (const p of places) if (p.parent && !placeIds.has(p.parent)) throw new Error(`places.json: ${p.id}: unknown parent ${p.parent}`);
  for (const a of actors) if (a.parent && !actorIds.has(a.parent)) throw new Error(`actors.json: ${a.id}: unknown parent ${a.parent}`);
  const known = new Set(triggerFile.precedence);
  for (const t of triggerFile.triggers) {
    if (t.subEventType !== "territory" && !known.has(`${t.category}/${t.subEventType}`)) {
      throw new Error(`triggers.json: ${t.category}/${t.subEventType} missing from precedence`);
    }
  }
}
checkReferences();

export const gazetteer = {
  places: new Map(places.map((p) => [p.id, p])),
  actors: new Map(actors.map((a) => [a.id, a])),
  sources: new Map(sourceFile.sources.map((s) => [s.id, s])),
  personTitles: sourceFile.personTitles,
  backwardMarkers: sourceFile.backwardMarkers,
  nameStopWords: sourceFile.nameStopWords,
  feminineHeads: actorFile.feminineHeads,
  precedence: triggerFile.precedence,
  connectives: connectiveFile,
};

/** The lexicons the stages match with, compiled once. */
export const lexicons = {
  places: compileLexicon(places.map((p) => ({ forms: [p.name, ...p.forms], value: p }))),
  placeContext: compileLexicon([{ forms: placeFile.contextWords, value: "context" as const, article: true }]),
  actors: compileLexicon(actors.map((a) => ({ forms: [a.name, ...a.forms], value: a }))),
  sources: compileLexicon(sourceFile.sources.map((s) => ({ forms: [s.name, ...s.forms], value: s }))),
  personTitles: compileLexicon([{ forms: sourceFile.personTitles, value: "title" as const }]),
  backwardMarkers: compileLexicon([{ forms: sourceFile.backwardMarkers, value: "backward" as const }]),
  triggers: compileLexicon<Trigger>(
    triggerFile.triggers.flatMap((t) => {
      const { verbs, nouns, ...rest } = t;
      const base = rest as Omit<Trigger, "pos">;
      return [
        { forms: verbs, value: { ...base, pos: "verb" as const }, suffixes: t.suffixes },
        { forms: nouns, value: { ...base, pos: "noun" as const }, suffixes: t.suffixes, article: true },
      ];
    }),
  ),
  airContext: compileLexicon([{ forms: triggerFile.contexts.air, value: "air" as const, article: true }]),
  artilleryContext: compileLexicon([{ forms: triggerFile.contexts.artillery, value: "artillery" as const, article: true }]),
  connectives: compileLexicon<Connective>([
    ...connectiveFile.connectives.map((c) => ({ forms: c.forms, value: { kind: "connective" as const, narrative: c.narrative, midClause: c.midClause } })),
    ...connectiveFile.notConnectives.map((f) => ({ forms: [f], value: { kind: "not-connective" as const, narrative: null, midClause: false } })),
  ]),
  relativePronouns: compileLexicon([{ forms: connectiveFile.relativePronouns, value: "relative" as const }]),
  clauseVerbs: compileLexicon([
    { forms: connectiveFile.clauseVerbs, value: "verb" as const, suffixes: true },
    { forms: connectiveFile.reportingParticiples, value: "participle" as const, suffixes: true },
  ]),
  inClauseRelations: compileLexicon(
    connectiveFile.relations.inClause.map((r) => ({ forms: r.forms, value: { type: r.type, needsTrigger: r.needsTrigger } })),
  ),
  sentenceRelations: compileLexicon(connectiveFile.relations.sentence.map((r) => ({ forms: r.forms, value: { type: r.type } }))),
  negation: compileLexicon([{ forms: modality.negation.forms, value: "negation" as const }]),
  irrealis: compileLexicon([{ forms: modality.irrealis, value: "irrealis" as const }]),
  irrealisAfter: compileLexicon([{ forms: modality.irrealisAfter, value: "expected" as const }]),
  obligationAfter: compileLexicon([{ forms: modality.obligationAfter.forms, value: "obligation" as const }]),
  notPurposeAfter: compileLexicon([{ forms: modality.purpose.notAfter, value: "result" as const, suffixes: true }]),
  anaphoricBefore: compileLexicon([{ forms: modality.anaphoric.before, value: "this" as const }]),
  anaphoricAfter: compileLexicon([{ forms: modality.anaphoric.after, value: "this" as const }]),
  outcome: compileLexicon([{ forms: modality.outcome, value: "outcome" as const }]),
  // Without the article: «اليوم» is today, not a duration.
  durationUnits: compileLexicon([{ forms: modality.durationOf.units, value: "unit" as const }]),
  similar: compileLexicon([{ forms: modality.similar, value: "similar" as const, article: true }]),
  topic: compileLexicon([{ forms: modality.topic, value: "topic" as const, article: true }]),
  required: compileLexicon(triggerFile.triggers.flatMap((t) => (t.requires ? [{ forms: t.requires.after, value: "required" as const }] : []))),
  objectPrepositions: compileLexicon([{ forms: actorFile.objectPrepositions, value: "preposition" as const }]),
  partitiveHeads: compileLexicon([{ forms: actorFile.partitiveHeads, value: "partitive" as const, article: true }]),
  latter: compileLexicon<Gender>([
    { forms: actorFile.latter.masculine, value: "masculine" },
    { forms: actorFile.latter.feminine, value: "feminine" },
  ]),
  commentary: compileLexicon([{ forms: modality.commentary, value: "commentary" as const }]),
  pluperfectAuxiliaries: compileLexicon([{ forms: modality.pluperfect.auxiliaries, value: "aux" as const }]),
  referenceMarkers: compileLexicon([{ forms: modality.referencePoint.markers, value: "since" as const }]),
};

/** The chain of ids from an entity up to its root («place:aleppo/al-asila» → aleppo → governorate → syria). */
export function ancestry<T extends { id: string; parent: string | null }>(map: ReadonlyMap<string, T>, id: string): string[] {
  const chain: string[] = [];
  for (let cur: string | null = id; cur && !chain.includes(cur); cur = map.get(cur)?.parent ?? null) chain.push(cur);
  return chain;
}

/** Every lexicon above, in a fixed order: an article's text matches them all in one pass (events/text.ts). */
export const allLexicons: readonly Lexicon<unknown>[] = Object.values(lexicons) as Lexicon<unknown>[];
