// Stage 3: places, actors and sources named in the article, from the gazetteers (lib/events/gazetteer/*.json).
// - Overlaps are settled longest first («الجيش السوري الحر» is the FSA; «حلب» inside «غرفة عمليات فتح حلب» is part of
//   an actor's name); at equal length a source beats an actor, which beats a place.
// - An ambiguous place name («المشهد», «صلاح الدين») counts only after a place word («حي», «مدينة» …) or as the next
//   item of a list of places («أحياء سيف الدولة والمشهد والسكري»).
// - A place right after a source locates the source, not the event («مصادر محلية في حلب»).
// - An anaphoric source («المصدر», «القناة») is the nearest earlier source of the kind it refers to.
// - A person source is a title and a name («الناشط الإعلامي منصور حسين»).
// - «الأخير» / «الأخيرة» used as a noun («سيطرة الأخير», «مقاتلي الأخيرة») is the nearest earlier actor of its gender
//   (the nearest earlier actor or source, that is: when it is a source, no actor is added).
import { gazetteer, lexicons, type Actor, type Gender, type Place, type Source } from "../gazetteer";
import type { PhraseMatch } from "../lexicon";
import { normaliseWord } from "../../text/normalise";
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
  /** «الأخير» / «الأخيرة»: the gender of the earlier actor it stands for. */
  latter: Gender | null;
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
      latter: null,
    });
  };
  for (const m of article.matches(lexicons.places)) add("place", m, m.value);
  for (const m of article.matches(lexicons.actors)) add("actor", m, m.value);
  for (const m of article.matches(lexicons.sources)) add("source", m, m.value);
  out.push(...personSources(article));
  for (const m of article.matches(lexicons.latter)) {
    out.push({ role: "actor", id: "", name: "", kind: "", start: m.start, end: m.end, match: m, ambiguous: false, anaphor: null, latter: m.value });
  }
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
      latter: null,
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
  // Actors inside a longer name («النظام السوري» in «وسائل إعلامية موالية للنظام السوري»): not mentions of their own,
  // but what a later «الأخير» may stand for.
  const inside: Candidate[] = [];
  for (const c of all) {
    if (!kept.some((k) => overlaps(k, c))) kept.push(c);
    else if (c.role === "actor" && !c.latter) inside.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  inside.sort((a, b) => a.start - b.start);

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
    } else if (c.latter) {
      const embedded = inside.filter((e) => e.end <= c.match.from).map((e) => strip(e, text, governors));
      const referent = isLatterNoun(text, c) ? nearestOfGender(c, c.latter, [actors, embedded], sources, text) : null;
      if (referent) actors.push({ ...referent, start: c.start, end: c.end, object: isObject(text, c, governors) });
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

/** How far back «الأخير» looks for what it stands for (about two sentences of news prose). */
const LATTER_REACH = 400;

/** «سيطرة الأخير», «مقاتلي الأخيرة», «هذا الأخير»: a noun. After a definite word it is an adjective: «الأيام الأخيرة»,
 * «مرحلتها الأخيرة» (a word with an attached pronoun is definite too). */
function isLatterNoun(text: string, c: Candidate): boolean {
  const before = /([\p{L}\p{M}]+)[^\p{L}\p{M}]*$/u.exec(text.slice(Math.max(0, c.match.from - 40), c.match.from));
  if (!before) return true;
  const word = before[1]!;
  if (/^(?:[وف]?[بك]?ال|[وف]?لل)/u.test(word)) return false;
  return !/(?:ها|هم|هما|هن|نا|كم)$/u.test(word);
}

/** The grammatical gender of a mention, from its first word (see actors.json). */
function genderOf(text: string, m: Span): Gender {
  let word = text.slice(m.start, m.end).split(" ")[0] ?? "";
  word = word.replace(/^لل/u, "ال").replace(/^ال/u, "");
  if (/(?:ه|ات)$/u.test(word) || feminineHeads.has(word)) return "feminine";
  return "masculine";
}

const feminineHeads = new Set(gazetteer.feminineHeads.map((w) => normaliseWord(w).replace(/^ال/u, "")));

function nearestOfGender(
  c: Candidate,
  gender: Gender,
  actorLists: readonly (readonly EntityMention[])[],
  sources: readonly EntityMention[],
  text: string,
): EntityMention | null {
  let best: EntityMention | null = null;
  let bestIsActor = false;
  const consider = (list: readonly EntityMention[], isActor: boolean) => {
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const m = list[i]!;
      if (m.end > c.match.from || c.match.from - m.end > LATTER_REACH) continue;
      if (genderOf(text, m) !== gender) continue;
      if (!best || m.start > best.start) {
        best = m;
        bestIsActor = isActor;
      }
      break;
    }
  };
  for (const list of actorLists) consider(list, true);
  consider(sources, false);
  return bestIsActor ? best : null;
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
