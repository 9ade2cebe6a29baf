// Stage 3: places, actors and sources named in the article, from the gazetteers (lib/events/gazetteer/*.json).
// - Overlaps are settled longest first («الجيش السوري الحر» is the FSA; «حلب» inside «غرفة عمليات فتح حلب» is part of
//   an actor's name); at equal length a source beats an actor, which beats a place.
// - An ambiguous place name («المشهد», «صلاح الدين») counts only after a place word («حي», «مدينة» …) or as the next
//   item of a list of places («أحياء سيف الدولة والمشهد والسكري»).
// - A place right after a source locates the source, not the event («مصادر محلية في حلب»).
// - An anaphoric source («المصدر», «القناة») is the nearest earlier source of the kind it refers to.
// - A person source is a title and a name («الناشط الإعلامي منصور حسين»).
import { gazetteer, lexicons, type Actor, type Place, type Source } from "../gazetteer";
import type { PhraseMatch } from "../lexicon";
import type { ArticleText, Span } from "../text";

export type Role = "place" | "actor" | "source";

export interface EntityMention extends Span {
  role: Role;
  id: string;
  name: string;
  kind: string;
  /** Governed by a preposition («لقوات النظام», «من المعارضة», «ضد داعش»): an object, never the agent. */
  object: boolean;
}

export interface Mentions {
  places: EntityMention[];
  actors: EntityMention[];
  sources: EntityMention[];
}

const ROLE_RANK: Record<Role, number> = { source: 0, actor: 1, place: 2 };

interface Candidate extends Omit<EntityMention, "object"> {
  match: PhraseMatch<unknown>;
  ambiguous: boolean;
  anaphor: Source | null;
}

function candidates(article: ArticleText): Candidate[] {
  const out: Candidate[] = [];
  const add = (role: Role, m: PhraseMatch<Place | Actor | Source>, e: Place | Actor | Source) => {
    const source = role === "source" ? (e as Source) : null;
    out.push({
      role,
      id: e.id,
      name: e.name,
      kind: e.kind,
      start: m.start,
      end: m.end,
      match: m,
      ambiguous: role === "place" && (e as Place).ambiguous === true,
      anaphor: source?.anaphoric ? source : null,
    });
  };
  for (const m of article.matches(lexicons.places)) add("place", m, m.value);
  for (const m of article.matches(lexicons.actors)) add("actor", m, m.value);
  for (const m of article.matches(lexicons.sources)) add("source", m, m.value);
  out.push(...personSources(article));
  return out;
}

/** «الناشط الإعلامي، بلال عمران»: a title, an optional comma, then one or two name words. */
function personSources(article: ArticleText): Candidate[] {
  const text = article.text;
  const stop = new Set(gazetteer.nameStopWords.map((w) => w.replace(/[ـ]/g, "")));
  const out: Candidate[] = [];
  for (const title of article.matches(lexicons.personTitles)) {
    const rest = /^[ \t]*,?[ \t]*([\p{L}]+)(?:[ \t]+([\p{L}]+))?/u.exec(text.slice(title.end, title.end + 60));
    if (!rest) continue;
    const words = [rest[1]!, rest[2]].filter((w): w is string => w !== undefined && !stop.has(w) && !/^(?:ال|لل)/u.test(w));
    if (words.length === 0 || words[0] !== rest[1]) continue;
    const name = words.join(" ");
    const end = title.end + rest[0].indexOf(words[0]!) + name.length;
    out.push({
      role: "source",
      id: `source:person/${name.replace(/ /g, "-")}`,
      name: `${text.slice(title.start, title.end)} ${name}`,
      kind: "person",
      start: title.start,
      end,
      match: title,
      ambiguous: false,
      anaphor: null,
    });
  }
  return out;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function findMentions(article: ArticleText): Mentions {
  const text = article.text;
  const all = candidates(article).sort(
    (a, b) => b.end - b.start - (a.end - a.start) || ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of all) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  kept.sort((a, b) => a.start - b.start);

  const contextEnds = new Set(article.matches(lexicons.placeContext).map((m) => m.end));
  const governors: Governors = {
    prepositions: new Map(article.matches(lexicons.objectPrepositions).map((m) => [m.end, m])),
    partitives: new Set(article.matches(lexicons.partitiveHeads).map((m) => m.end)),
  };
  const places: EntityMention[] = [];
  const actors: EntityMention[] = [];
  const sources: EntityMention[] = [];
  let lastPlace: Candidate | null = null;
  let lastSource: Candidate | null = null;
  for (const c of kept) {
    if (c.role === "place") {
      if (c.ambiguous && !isPlaceContext(text, c, lastPlace, contextEnds)) continue;
      if (lastSource && /^[\s]*في[\s]+$/u.test(text.slice(lastSource.end, c.match.from))) continue;
      places.push(strip(c, text, governors));
      lastPlace = c;
    } else if (c.role === "actor") {
      actors.push(strip(c, text, governors));
    } else {
      const resolved = c.anaphor ? resolveAnaphor(c, sources, text, governors) : strip(c, text, governors);
      sources.push(resolved);
      lastSource = c;
    }
  }
  return { places, actors, sources };
}

function isPlaceContext(text: string, c: Candidate, lastPlace: Candidate | null, contextEnds: ReadonlySet<number>): boolean {
  // «حي المشهد», «أحياء سيف الدولة»: a place word right before it.
  let p = c.match.from;
  while (p > 0 && /[ \t]/u.test(text[p - 1]!)) p -= 1;
  if (p < c.match.from && contextEnds.has(p)) return true;
  // «… سيف الدولة والمشهد والسكري»: the next item of a list that started with a place.
  if (lastPlace) {
    const gap = text.slice(lastPlace.end, c.match.from);
    if (/^[\s,]*$/u.test(gap) && (c.match.conjunction === "و" || gap.includes(","))) return true;
  }
  return false;
}

function resolveAnaphor(c: Candidate, earlier: readonly EntityMention[], text: string, g: Governors): EntityMention {
  for (const wanted of c.anaphor?.refersTo ?? []) {
    for (let i = earlier.length - 1; i >= 0; i -= 1) {
      const e = earlier[i]!;
      if (e.kind === wanted || e.id === wanted) return { ...e, start: c.start, end: c.end };
    }
  }
  return strip(c, text, g);
}

interface Governors {
  prepositions: Map<number, PhraseMatch<unknown>>;
  partitives: Set<number>;
}

/** Is the mention governed by a preposition (glued or the word before), other than a partitive «عنصر من …»? */
function isObject(text: string, c: Candidate, g: Governors): boolean {
  if (c.match.preposition !== "" && c.role === "actor") return true;
  let p = c.match.from;
  while (p > 0 && /[\s"«“(]/u.test(text[p - 1]!)) p -= 1;
  const preposition = g.prepositions.get(p);
  if (!preposition) return false;
  if (text.slice(preposition.start, preposition.end) !== "من") return true;
  let q = preposition.from;
  while (q > 0 && /[\s()0-9]/u.test(text[q - 1]!)) q -= 1;
  return !g.partitives.has(q);
}

function strip(c: Candidate, text: string, g: Governors): EntityMention {
  return { role: c.role, id: c.id, name: c.name, kind: c.kind, start: c.start, end: c.end, object: isObject(text, c, g) };
}
