// Where the triggers of every parser occur in one text, found with one pass over its words (see triggeredPattern.ts).
// Each distinct word is tested against every registered trigger once per process and remembered: the lookback its
// triggers allow for each parser. A parser then gets, for the text of the current parse, its windows of candidate
// phrase starts: [word start − lookback, word start] for every word holding one of its triggers. Only the word start
// (or earlier ones) can start a phrase whose trigger is in that word: inside a word nothing is a word start.

import type { Trigger } from "./triggeredPattern";

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/** Whether the unit at `index` continues a word: ASCII and Arabic by code ranges, anything else by regex. */
function isWordUnit(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  if (c >= 0x0600 && c <= 0x06ff) {
    // Arabic block: letters, marks and digits continue a word; punctuation (، ؛ ؟ ٪ …) does not.
    return (c >= 0x0610 && c <= 0x061a) || (c >= 0x0620 && c <= 0x0669) || (c >= 0x066e && c <= 0x06d3) ||
      (c >= 0x06d5 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e8) || (c >= 0x06ea && c <= 0x06ff);
  }
  return WORD_CHAR.test(text[index] ?? "");
}

/** Whether a word may start at `index`: nothing that continues a word just before it. */
export function isWordStartAt(text: string, index: number): boolean {
  return index <= 0 || !isWordUnit(text, index - 1);
}

/** Registered triggers, by identity (parsers declare theirs as module constants, so instances share one id). */
const ids = new Map<Trigger, number>();
/** Per id: the trigger and a global-flag copy of its regex for scanning words. */
const registered: Array<{ trigger: Trigger; scan: RegExp }> = [];
/** Any registered trigger: most words hold none, and one test tells so. */
let anyTrigger: RegExp = /(?!)/;

/**
 * Remembered words: the triggers each holds, as pairs (trigger id, longest lookback its occurrences allow) in one
 * array, empty for most words. Looked up by a hash of the word's code units computed while cutting the text, so no
 * string is made for a word already seen. Bounded below.
 */
interface RememberedWord {
  word: string;
  triggers: Int16Array;
  next: RememberedWord | null;
}
let rememberedByHash = new Map<number, RememberedWord>();
let remembered = 0;
const MAX_REMEMBERED_WORDS = 200_000;
const NONE = new Int16Array(0);

/** The text of the current parse and, per trigger id, its windows (pairs from, to; sorted by `from` when read). */
interface WordIndex {
  text: string;
  windows: number[][];
  sorted: boolean[];
}
let current: WordIndex | null = null;

function register(trigger: Trigger): number {
  let id = ids.get(trigger);
  if (id === undefined) {
    id = registered.length;
    ids.set(trigger, id);
    registered.push({ trigger, scan: new RegExp(trigger.words.source, `${trigger.words.flags.replace(/[gy]/g, "")}g`) });
    anyTrigger = new RegExp(registered.map((r) => `(?:${r.trigger.words.source})`).join("|"), "u");
    // Remembered words and the current index lack the new trigger.
    rememberedByHash = new Map();
    remembered = 0;
    current = null;
  }
  return id;
}

/** The triggers of the word text[start, end), whose hash is `hash`. */
function triggersOf(text: string, start: number, end: number, hash: number): Int16Array {
  const length = end - start;
  const first = rememberedByHash.get(hash);
  for (let e: RememberedWord | null | undefined = first; e; e = e.next) {
    if (e.word.length === length && text.startsWith(e.word, start)) return e.triggers;
  }
  const word = text.slice(start, end);
  const pairs: number[] = [];
  const holdsAny = anyTrigger.test(word);
  for (let id = 0; holdsAny && id < registered.length; id += 1) {
    const { trigger, scan } = registered[id]!;
    let longest = -1;
    scan.lastIndex = 0;
    for (let m = scan.exec(word); m; m = scan.exec(word)) {
      const back = typeof trigger.lookback === "number" ? trigger.lookback : trigger.lookback(m[0]);
      if (back > longest) longest = back;
      if (m[0].length === 0) scan.lastIndex += 1;
    }
    if (longest >= 0) pairs.push(id, longest);
  }
  const triggers = pairs.length ? Int16Array.from(pairs) : NONE;
  if (remembered >= MAX_REMEMBERED_WORDS) {
    rememberedByHash = new Map();
    remembered = 0;
  }
  rememberedByHash.set(hash, { word, triggers, next: rememberedByHash.get(hash) ?? null });
  remembered += 1;
  return triggers;
}

function indexWords(text: string): WordIndex {
  const windows: number[][] = registered.map(() => []);
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordUnit(text, i)) i += 1;
    if (i >= n) break;
    const start = i;
    let hash = 0;
    while (i < n && isWordUnit(text, i)) {
      hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
      i += 1;
    }
    const found = triggersOf(text, start, i, hash);
    for (let k = 0; k < found.length; k += 2) {
      const back = found[k + 1]!;
      windows[found[k]!]!.push(back > start ? 0 : start - back, start);
    }
  }
  return { text, windows, sorted: registered.map((r) => typeof r.trigger.lookback === "number") };
}

/**
 * For `trigger` in `text`: windows of candidate phrase starts as pairs (from, to) in one array, sorted by `from`
 * (so trying them in order finds the leftmost phrase first).
 */
export function triggerWindows(text: string, trigger: Trigger): readonly number[] {
  const id = register(trigger);
  if (current === null || current.text !== text) current = indexWords(text);
  const windows = current.windows[id]!;
  if (!current.sorted[id]) {
    // A lookback that depends on the trigger's text makes `from` go back and forth.
    const pairs: Array<[number, number]> = [];
    for (let k = 0; k < windows.length; k += 2) pairs.push([windows[k]!, windows[k + 1]!]);
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    pairs.forEach(([from, to], k) => {
      windows[2 * k] = from;
      windows[2 * k + 1] = to;
    });
    current.sorted[id] = true;
  }
  return windows;
}
