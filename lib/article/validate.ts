// Checks every article passes before it is stored, whatever its format: each returns a reason a person can act on,
// or null. Limits are documented in prisma/README.md.

/** Longest article text accepted, in UTF-16 code units (≈1 MB of Arabic in UTF-8). News articles run 2–50 thousand. */
export const MAX_ARTICLE_CHARS = 500_000;
/** Largest single-article file (.md, .txt, .html) read; HTML carries markup, so the cap is above the text cap. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Longest JSON Lines line read (the file itself is streamed and may be of any size). */
export const MAX_JSONL_LINE_CHARS = 2 * MAX_ARTICLE_CHARS;
/** Share of the letters that must be Arabic: quoted names in Latin script are fine, an English article is not. */
export const MIN_ARABIC_LETTER_SHARE = 0.5;

/** Per UTF-16 code unit of the Basic Multilingual Plane: 0 not a letter, 1 a letter, 2 an Arabic letter. Built once
 * (a few milliseconds), it makes the check a table look-up per character: it runs on every ingested article. */
let letterKinds: Uint8Array | null = null;

function kinds(): Uint8Array {
  if (letterKinds) return letterKinds;
  const table = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const arabic = /\p{Script=Arabic}/u;
  for (let c = 0; c < 0x10000; c += 1) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogate halves: astral letters are not counted
    const ch = String.fromCharCode(c);
    if (letter.test(ch)) table[c] = arabic.test(ch) ? 2 : 1;
  }
  return (letterKinds = table);
}

/** Share of letters in Arabic script, and the letter count (letters of the Basic Multilingual Plane). */
export function arabicLetterShare(text: string): { share: number; letters: number } {
  const table = kinds();
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i += 1) {
    const kind = table[text.charCodeAt(i)]!;
    if (kind !== 0) {
      letters += 1;
      if (kind === 2) arabic += 1;
    }
  }
  return { share: letters === 0 ? 0 : arabic / letters, letters };
}

/** Why a text cannot be an article (empty, binary, too long, not Arabic), or null. */
export function textProblem(text: string): string | null {
  if (text.trim() === "") return "the article text is empty";
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return `binary content: a NUL character at offset ${nul}`;
  if (text.length > MAX_ARTICLE_CHARS) {
    return `too large: ${text.length.toLocaleString("en")} characters (the limit is ${MAX_ARTICLE_CHARS.toLocaleString("en")})`;
  }
  const { share, letters } = arabicLetterShare(text);
  if (letters === 0) return "no letters at all: not an article";
  if (share < MIN_ARABIC_LETTER_SHARE) {
    const percent = Math.round(share * 100);
    return `not Arabic: ${percent}% of its ${letters.toLocaleString("en")} letters are Arabic (at least ${MIN_ARABIC_LETTER_SHARE * 100}% needed)`;
  }
  return null;
}

/**
 * Bytes → text. UTF-8 strictly (a wrong byte is an error, not a replacement character), a leading BOM dropped; bytes
 * that look binary (NUL in the first 8 KB) are refused before decoding. `label` names another encoding (HTML pages
 * may declare windows-1256).
 */
export function decodeText(bytes: Uint8Array, label = "utf-8"): { text: string } | { problem: string } {
  const head = bytes.subarray(0, 8192);
  const nul = head.indexOf(0);
  if (nul >= 0) return { problem: `binary content: a NUL byte at offset ${nul}` };
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    decoder = new TextDecoder("utf-8", { fatal: true });
  }
  try {
    return { text: decoder.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { problem: `not valid ${decoder.encoding.toUpperCase()} text (binary or another encoding)` };
  }
}

/** Ids become parts of event ids and URLs: letters, digits and _ . : - only. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

export function idProblem(id: string): string | null {
  if (ID.test(id)) return null;
  return `«${id.length > 40 ? `${id.slice(0, 40)}…` : id}» is not a usable id (1–128 of A–Z a–z 0–9 _ . : -, starting with a letter or digit)`;
}

/** Line endings as \n: offsets then mean the same on every platform. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
