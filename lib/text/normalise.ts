// Arabic text normalisation that never loses the original: every parser matches the normalised text, every result
// is reported with offsets into the original text through the offset map built here.
//
// What is folded (one pass, no per-match re-normalisation):
// - hamza forms of alef أ إ آ ٱ → ا; alef maqsura ى → ي (writers swap them freely: «على»/«علي», «الماضى»/«الماضي»);
// - ta marbuta ة → ه, everywhere. Decision: ة only ever ends a word, and news text writes «الماضيه», «السنه» for
//   «الماضية», «السنة»; folding it lets one lexicon entry match both. Nothing is lost: results carry original text.
// - tashkeel (U+064B–U+065F, U+0670) and tatweel (U+0640) removed; invisible format characters (ZWNJ, ZWJ, LRM, RLM,
//   ALM, BOM, soft hyphen) removed; no-break and other Unicode spaces → " ";
// - Eastern Arabic ٠-٩ and Persian ۰-۹ digits → 0-9; Arabic punctuation ، ؛ ؟ ٪ ٫ ٬ → , ; ? % . ,
// - Arabic presentation forms (ligatures such as ﻻ) → their NFKC letters (may expand one unit into several).
// Latin letters are left as they are (case included): the engine reads Arabic.

/** Normalised text plus the map back to the original. */
export interface NormalisedText {
  readonly original: string;
  readonly text: string;
  /** Original offset where normalised unit `i` starts (0 ≤ i ≤ text.length; text.length maps to original.length). */
  toOriginalStart(i: number): number;
  /** Original offset (end exclusive) where a span ending at normalised `j` (exclusive) ends, trailing marks included. */
  toOriginalEnd(j: number): number;
}

// Per-code-unit fold table for the BMP range we touch: -1 = unchanged, -2 = removed, else the replacement unit.
const KEEP = -1;
const DROP = -2;
const FOLD = new Int32Array(0x10000).fill(KEEP);

function fold(chars: string, to: string): void {
  for (const ch of chars) FOLD[ch.charCodeAt(0)] = to.charCodeAt(0);
}
fold("أإآٱ", "ا");
fold("ى", "ي");
fold("ة", "ه");
fold("،٬", ",");
fold("؛", ";");
fold("؟", "?");
fold("٪", "%");
fold("٫", ".");
for (let d = 0; d < 10; d += 1) {
  FOLD[0x0660 + d] = 0x30 + d;
  FOLD[0x06f0 + d] = 0x30 + d;
}
for (let c = 0x064b; c <= 0x065f; c += 1) FOLD[c] = DROP;
FOLD[0x0670] = DROP; // superscript alef
FOLD[0x0640] = DROP; // tatweel
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0xfeff, 0x00ad, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e]) {
  FOLD[c] = DROP;
}
for (const c of [0x00a0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]) {
  FOLD[c] = 0x20;
}

/** Removed marks that belong to the letter before them (a span ending on that letter keeps them). */
function isAttachedMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
}

function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);
}

/** Characters whose normalisation changes the length of the text (the slow path is needed only when present). */
const LENGTH_CHANGING = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u061C\uFEFF\u00AD\u202A-\u202E\uFB50-\uFDFF\uFE70-\uFEFE]/;

/** Normalise `original` for matching; see the header comment for what is folded. */
export function normaliseText(original: string): NormalisedText {
  if (!LENGTH_CHANGING.test(original)) return sameLength(original);
  return withOffsetMap(original);
}

/** Convenience for lexicons and patterns: the normalised form of a word or phrase. */
export function normaliseWord(word: string): string {
  return normaliseText(word).text;
}

// Fast path: every change is one unit for one unit, so offsets are the identity.
function sameLength(original: string): NormalisedText {
  const n = original.length;
  const out = new Uint16Array(n);
  let changed = false;
  for (let i = 0; i < n; i += 1) {
    const code = original.charCodeAt(i);
    const to = FOLD[code] ?? KEEP;
    if (to >= 0) {
      out[i] = to;
      changed = true;
    } else out[i] = code;
  }
  const text = changed ? decode(out, n) : original;
  return {
    original,
    text,
    toOriginalStart: (i) => clamp(i, n),
    toOriginalEnd: (j) => clamp(j, n),
  };
}

// Slow path: for each normalised unit, the original offset it came from (4 bytes per unit). The end of a span is
// the end of its last unit's original character, extended over the diacritics and tatweel that followed it.
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]/g;
const MAX_EXPANSION = 18; // ﷺ (U+FDFA) → «صلى الله عليه وسلم»

function withOffsetMap(original: string): NormalisedText {
  const n = original.length;
  const capacity = n + (original.match(PRESENTATION_FORMS)?.length ?? 0) * MAX_EXPANSION;
  const out = new Uint16Array(capacity);
  const starts = new Int32Array(capacity + 1);
  let len = 0;
  for (let i = 0; i < n; i += 1) {
    const code = original.charCodeAt(i);
    if (isPresentationForm(code)) {
      const expanded = normaliseWord(original[i]!.normalize("NFKC"));
      for (let k = 0; k < expanded.length; k += 1) {
        out[len] = expanded.charCodeAt(k);
        starts[len] = i;
        len += 1;
      }
      continue;
    }
    const to = FOLD[code] ?? KEEP;
    if (to === DROP) continue;
    out[len] = to >= 0 ? to : code;
    starts[len] = i;
    len += 1;
  }
  starts[len] = n;
  const text = decode(out, len);
  const toOriginalEnd = (j: number): number => {
    if (j <= 0) return 0;
    if (j > len) return n;
    let end = starts[j - 1]! + 1;
    while (end < n && isAttachedMark(original.charCodeAt(end))) end += 1;
    return end;
  };
  return {
    original,
    text,
    toOriginalStart: (i) => (i <= 0 ? (len > 0 ? starts[0]! : n) : i >= len ? n : starts[i]!),
    toOriginalEnd,
  };
}

function clamp(i: number, n: number): number {
  return i < 0 ? 0 : i > n ? n : i;
}

function decode(units: Uint16Array, length: number): string {
  let s = "";
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return s;
}
