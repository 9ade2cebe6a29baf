// Stage 1: sentences. A sentence ends at a line break or at . .. … ? ! ; (normalisation has already folded ؟ ؛ into
// ? ;), never inside a quotation («…», “…”, "…", ¢…¢ — the last is how one corpus outlet prints quotes) and never
// at a decimal point. A quotation mark whose partner is not in the same paragraph is treated as plain text, so one
// stray mark cannot swallow the rest of the article.
import type { ArticleText, Span } from "../text";

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** Opening quotation mark → its closing partner (char codes). */
const PAIRS = new Map<number, number>([
  [0xab, 0xbb], // « »
  [0x201c, 0x201d], // “ ”
  [0x2018, 0x2019], // ‘ ’
  [0x201e, 0x201c], // „ “
  [0x2039, 0x203a], // ‹ ›
  // Marks that open and close the same quotation: " ¢ ”
  [0x22, 0x22],
  [0xa2, 0xa2],
  [0x201d, 0x201d],
]);
/** . … ? ! ; (normalisation folds ؟ ؛ into ? ;) */
const TERMINATORS = new Set([0x2e, 0x2026, 0x3f, 0x21, 0x3b]);

/** Quoted regions [start, end) of one paragraph (offsets in the whole text). */
export function quotations(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  for (let i = from; i < to; i += 1) {
    const closer = PAIRS.get(text.charCodeAt(i));
    if (closer === undefined) continue;
    let close = i + 1;
    while (close < to && text.charCodeAt(close) !== closer) close += 1;
    if (close >= to) continue;
    spans.push({ start: i, end: close + 1 });
    i = close;
  }
  return spans;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  // A run of punctuation alone («..» between two spaces) is not a sentence.
  return /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : null;
}

export function splitSentences(article: ArticleText): Sentence[] {
  const text = article.text;
  const out: Sentence[] = [];
  let paragraph = 0;
  let paraStart = 0;
  while (paraStart <= text.length) {
    let paraEnd = text.indexOf("\n", paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    const quotes = quotations(text, paraStart, paraEnd);
    let q = 0;
    let start = paraStart;
    const push = (end: number) => {
      const span = trimmed(text, start, end);
      if (span) out.push({ ...span, index: out.length, paragraph });
      start = end;
    };
    for (let i = paraStart; i < paraEnd; i += 1) {
      while (q < quotes.length && quotes[q]!.end <= i) q += 1;
      const quote = quotes[q];
      if (quote && quote.start <= i && i < quote.end) {
        i = quote.end - 1;
        continue;
      }
      const code = text.charCodeAt(i);
      if (!TERMINATORS.has(code)) continue;
      if (code === 0x2e && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
      let end = i + 1;
      while (end < paraEnd && TERMINATORS.has(text.charCodeAt(end))) end += 1;
      push(end);
      i = end - 1;
    }
    push(paraEnd);
    if (paraEnd > paraStart || paraEnd < text.length) paragraph += 1;
    paraStart = paraEnd + 1;
  }
  return out;
}
