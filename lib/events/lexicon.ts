// A phrase lexicon (gazetteer names, triggers, connectives) matched word by word over normalised text: the text is cut
// into words once (Unicode letters, marks, digits: JavaScript's \b knows no Arabic), and each word is looked up, after
// its proclitics, in a table of the lexicon's forms by their first word.
// Forms are written as news text writes them and normalised here, so «فى»/«في» or «الأصيلة»/«الاصيلة» need no
// separate entries. Arabic words carry proclitics: the conjunctions و ف, the prepositions ب ل ك, and ل + ال written
// «لل» («للانسحاب»); they are allowed before every form and reported apart from the phrase, which never includes them.
import { normaliseWord, type NormalisedText } from "../text/normalise";

export interface LexiconEntry<T> {
  forms: readonly string[];
  value: T;
  /** Attached pronouns (ه ها هم هما هن نا) may follow the form («استعادته», «سيطرتها»). */
  suffixes?: boolean;
  /** The article may be added to forms written without it («اشتباكات» → «الاشتباكات»). */
  article?: boolean;
}

export interface PhraseMatch<T> {
  value: T;
  /** Normalised offset where the word starts, proclitics included. */
  from: number;
  /** Normalised offsets of the phrase (proclitics excluded, except in «لل» words; suffix included). */
  start: number;
  end: number;
  /** The form as the lexicon lists it (normalised). */
  form: string;
  /** Conjunction glued before the phrase: "", "و" or "ف". */
  conjunction: string;
  /** Preposition glued before the phrase: "", "ب", "ل" or "ك" (the «ل» of «لل» included). */
  preposition: string;
  /** Attached pronoun after the form, or "". */
  suffix: string;
}

export interface Lexicon<T> {
  /** Every match in the text, left to right; at one position the longest form wins; matches never overlap. */
  find(text: NormalisedText): PhraseMatch<T>[];
  readonly size: number;
  /** Its forms by their first word, longest first (what `findAll` merges). */
  readonly table: ReadonlyMap<string, readonly Candidate<T>[]>;
}

interface Key<T> {
  entry: LexiconEntry<T>;
  form: string;
  /** «لانسحاب» stands for «لل» + «انسحاب»: the key itself carries the preposition ل. */
  lam: boolean;
}

export function compileLexicon<T>(entries: Iterable<LexiconEntry<T>>): Lexicon<T> {
  const keys = new Map<string, Key<T>>();
  const add = (key: string, k: Key<T>) => {
    if (!keys.has(key)) keys.set(key, k);
  };
  for (const entry of entries) {
    for (const raw of entry.forms) {
      const form = normaliseWord(raw.trim()).replace(/\s+/g, " ");
      if (!form) continue;
      add(form, { entry, form, lam: false });
      const withArticle = form.startsWith("ال") ? form : entry.article ? `ال${form}` : null;
      if (withArticle) {
        if (withArticle !== form) add(withArticle, { entry, form, lam: false });
        // ل + ال is written «لل»: after the preposition ل the key loses its alef.
        add(`ل${withArticle.slice(2)}`, { entry, form, lam: true });
      }
    }
  }
  // Candidates by their first word, longest key first (at one position the longest form wins).
  const byFirst = new Map<string, Candidate<T>[]>();
  for (const [body, key] of keys) {
    const tokens = body.split(" ");
    if (tokens.some((t) => !WORD_RE.test(t))) throw new Error(`lexicon form «${body}» holds something other than words`);
    const list = byFirst.get(tokens[0]!) ?? [];
    list.push({ body, key, tokens });
    byFirst.set(tokens[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.body.length - a.body.length || (a.body < b.body ? -1 : 1));

  const alone: Lexicon<unknown>[] = [];
  const lexicon: Lexicon<T> = {
    size: keys.size,
    table: byFirst,
    find: (text: NormalisedText) => findAll(text, alone)[0] as PhraseMatch<T>[],
  };
  alone.push(lexicon as Lexicon<unknown>);
  return lexicon;
}

type Merged = Map<string, { lexicon: number; candidates: readonly Candidate<unknown>[] }[]>;
const mergedTables = new WeakMap<readonly Lexicon<unknown>[], Merged>();

function merged(lexicons: readonly Lexicon<unknown>[]): Merged {
  let table = mergedTables.get(lexicons);
  if (!table) {
    table = new Map();
    lexicons.forEach((lexicon, index) => {
      for (const [first, candidates] of lexicon.table) {
        const list = table!.get(first);
        if (list) list.push({ lexicon: index, candidates });
        else table!.set(first, [{ lexicon: index, candidates }]);
      }
    });
    mergedTables.set(lexicons, table);
  }
  return table;
}

interface Best {
  c: Candidate<unknown>;
  suffix: string;
  last: number;
}

/**
 * The matches of several lexicons in one pass over the words (the same as calling `find` on each): each word's
 * readings are looked up once in a table merged from all the lexicons. Per lexicon, the first reading (longest
 * proclitics first) that yields a form wins, and of its forms the longest; a match blocks that lexicon up to its end.
 */
export function findAll(text: NormalisedText, lexicons: readonly Lexicon<unknown>[]): PhraseMatch<unknown>[][] {
  const table = merged(lexicons);
  const hitsByWord = hitTables.get(table) ?? new Map<string, WordHits>();
  hitTables.set(table, hitsByWord);
  const words = wordsOf(text);
  const out: PhraseMatch<unknown>[][] = lexicons.map(() => []);
  const next = new Int32Array(lexicons.length);
  const done = new Uint8Array(lexicons.length);
  const touched: number[] = [];
  const found = new Map<number, Best>();
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const hits = hitsOf(table, hitsByWord, word.text);
    if (hits === NO_HITS) continue;
    for (const { pre, rest, stems } of hits) {
      found.clear();
      for (const { lexicon, candidates } of rest) {
        if (done[lexicon] || next[lexicon]! > i) continue;
        for (const c of candidates) {
          const had = found.get(lexicon);
          if (had && c.body.length <= had.c.body.length) break;
          const last = continuation(words, i, c);
          if (last !== null) found.set(lexicon, { c, suffix: last.suffix, last: last.index });
        }
      }
      for (const { suffix, lexicons: stemLexicons } of stems) {
        // «ه» after the stem is a pronoun only where the writer did not write ة («وزارة» is no «وزار» + «ه»).
        if (suffix.startsWith("ه") && text.original[text.toOriginalStart(word.end - suffix.length)] === "ة") continue;
        for (const { lexicon, candidates } of stemLexicons) {
          if (done[lexicon] || next[lexicon]! > i) continue;
          for (const c of candidates) {
            if (c.tokens.length !== 1 || !c.key.entry.suffixes) continue;
            const had = found.get(lexicon);
            if (!had || c.body.length > had.c.body.length) found.set(lexicon, { c, suffix, last: i });
          }
        }
      }
      for (const [lexicon, best] of found) {
        const conjunction = pre.startsWith("و") || pre.startsWith("ف") ? pre[0]! : "";
        out[lexicon]!.push({
          value: best.c.key.entry.value,
          from: word.start,
          // A «لل» key covers the whole word («للانسحاب»): its two lams are preposition and article at once.
          start: best.c.key.lam ? word.start : word.start + pre.length,
          end: words[best.last]!.end,
          form: best.c.key.form,
          conjunction,
          preposition: best.c.key.lam ? "ل" : pre.slice(conjunction.length),
          suffix: best.suffix,
        });
        next[lexicon] = best.last + 1;
        done[lexicon] = 1;
        touched.push(lexicon);
      }
    }
    for (const l of touched) done[l] = 0;
    touched.length = 0;
  }
  return out;
}

type TableHits = readonly { lexicon: number; candidates: readonly Candidate<unknown>[] }[];

/**
 * The readings of one word that some lexicon of a merged table knows: per reading (longest proclitics first), the
 * table's entries for the rest and for the rest without an attached pronoun. Most words have none (NO_HITS).
 */
type WordHits = readonly { pre: string; rest: TableHits; stems: { suffix: string; lexicons: TableHits }[] }[];
const NO_HITS: WordHits = [];
const NO_TABLE_HITS: TableHits = [];
/** Per merged table, the hits of each word seen (news vocabulary repeats: a word is read once). Bounded. */
const hitTables = new WeakMap<Merged, Map<string, WordHits>>();
const MAX_REMEMBERED_WORDS = 200_000;

function hitsOf(table: Merged, remembered: Map<string, WordHits>, word: string): WordHits {
  const known = remembered.get(word);
  if (known) return known;
  const hits: { pre: string; rest: TableHits; stems: { suffix: string; lexicons: TableHits }[] }[] = [];
  const first = word.charCodeAt(0);
  for (const pre of PROCLITICS) {
    if (word.length <= pre.length || (pre !== "" && (pre.charCodeAt(0) !== first || !word.startsWith(pre)))) continue;
    const rest = pre === "" ? word : word.slice(pre.length);
    const stems: { suffix: string; lexicons: TableHits }[] = [];
    for (const suffix of SUFFIX_LIST) {
      if (rest.length <= suffix.length || !rest.endsWith(suffix)) continue;
      const lexicons = table.get(rest.slice(0, -suffix.length));
      if (lexicons) stems.push({ suffix, lexicons });
    }
    const restHits = table.get(rest) ?? NO_TABLE_HITS;
    if (restHits.length || stems.length) hits.push({ pre, rest: restHits, stems });
  }
  const result = hits.length ? hits : NO_HITS;
  if (remembered.size >= MAX_REMEMBERED_WORDS) remembered.clear();
  remembered.set(word, result);
  return result;
}

export interface Candidate<T> {
  body: string;
  key: Key<T>;
  tokens: string[];
}

interface Word {
  start: number;
  end: number;
  text: string;
  /** Only spaces or tabs since the previous word (so the two may belong to one multi-word form). */
  joined: boolean;
}

const WORD_RE = /^[\p{L}\p{M}\p{N}_]+$/u;
const WORDS = /[\p{L}\p{M}\p{N}_]+/gu;
const SUFFIX_LIST = ["هما", "هم", "هن", "ها", "ه", "نا"];
const PROCLITICS = ["وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك", ""];
const wordCache = new WeakMap<NormalisedText, Word[]>();

/** The words of a text, cut once per text and shared by every lexicon. */
function wordsOf(text: NormalisedText): Word[] {
  let words = wordCache.get(text);
  if (words) return words;
  words = [];
  let previousEnd = -1;
  for (const m of text.text.matchAll(WORDS)) {
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0], joined: previousEnd >= 0 && onlySpacesBetween(text.text, previousEnd, m.index) });
    previousEnd = m.index + m[0].length;
  }
  wordCache.set(text, words);
  return words;
}

/** Do the words after `i` continue a multi-word form (separated by spaces on one line)? The last may take a pronoun. */
function continuation(words: readonly Word[], i: number, c: Candidate<unknown>): { index: number; suffix: string } | null {
  for (let k = 1; k < c.tokens.length; k += 1) {
    const w = words[i + k];
    if (!w || !w.joined) return null;
    if (w.text === c.tokens[k]) continue;
    const lastWithPronoun =
      k === c.tokens.length - 1 && c.key.entry.suffixes && SUFFIX_LIST.some((s) => w.text === c.tokens[k] + s);
    if (!lastWithPronoun) return null;
    return { index: i + k, suffix: w.text.slice(c.tokens[k]!.length) };
  }
  return { index: i + c.tokens.length - 1, suffix: "" };
}

function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}
