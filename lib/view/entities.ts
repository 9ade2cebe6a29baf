// Names of gazetteer entities (places, actors, sources) in both languages, read from the event engine's data files,
// so the timeline shows «حلب» / «Aleppo» whatever form an article wrote.
import actors from "../events/gazetteer/actors.json";
import places from "../events/gazetteer/places.json";
import sources from "../events/gazetteer/sources.json";
import type { Lang } from "./state";

export interface EntityName {
  ar: string;
  en: string;
}

const NAMES = new Map<string, EntityName>();
for (const list of [places.places, actors.actors, sources.sources] as { id: string; name: string; en: string }[][]) {
  for (const e of list) NAMES.set(e.id, { ar: e.name, en: e.en });
}

/** The gazetteer's names for an id, or undefined for an id it does not know. */
export function entityNames(id: string): EntityName | undefined {
  return NAMES.get(id);
}

/** A reference's name for display: English when asked and known, else the Arabic name. */
export function displayName(ref: { name: string; en?: string }, lang: Lang): string {
  return lang === "en" && ref.en ? ref.en : ref.name;
}

const CHILDREN = new Map<string, string[]>();
for (const list of [places.places, actors.actors] as { id: string; parent: string | null }[][]) {
  for (const e of list) {
    if (!e.parent) continue;
    const kids = CHILDREN.get(e.parent) ?? [];
    kids.push(e.id);
    CHILDREN.set(e.parent, kids);
  }
}

/**
 * An entity and everything under it in the gazetteer's hierarchy: «place:aleppo-governorate» covers Aleppo city, its
 * neighbourhoods and its countryside; «actor:syrian-government» covers the army and its air force.
 */
export function withDescendants(id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const kid of CHILDREN.get(out[i]!) ?? []) if (!out.includes(kid)) out.push(kid);
  return out;
}
