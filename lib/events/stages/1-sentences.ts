// Stage 1: sentences. A sentence ends at a line break or at . .. … ? ! ; (normalisation has already folded ؟ ؛ into
// ? ;), never inside a quotation («…», “…”, "…", ¢…¢ — the last is how one corpus outlet prints quotes) and never
// at a decimal point. A quotation mark whose partner is not in the same paragraph is treated as plain text, so one
// stray mark cannot swallow the rest of the article.
import type { ArticleText, Span } from "../text";

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

const PAIRS: Record<string, string> = { "«": "»", "“": "”", "‘": "’", "„": "“", "‹": "›" };
/** Marks that open and close the same quotation. */
const TOGGLES = new Set(['"', "¢", "”"]);
const TERMINATORS = new Set([".", "…", "?", "!", ";"]);

/** Quoted regions [start, end) of one paragraph (offsets in the whole text). */
export function quotations(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  for (let i = from; i < to; i += 1) {
    const ch = text[i]!;
    const closer = PAIRS[ch] ?? (TOGGLES.has(ch) ? ch : undefined);
    if (!closer) continue;
    const close = text.indexOf(closer, i + 1);
    if (close < 0 || close >= to) continue;
    spans.push({ start: i, end: close + 1 });
    i = close;
  }
  return spans;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";

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
      const ch = text[i]!;
      if (!TERMINATORS.has(ch)) continue;
      if (ch === "." && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
      let end = i + 1;
      while (end < paraEnd && TERMINATORS.has(text[end]!)) end += 1;
      push(end);
      i = end - 1;
    }
    push(paraEnd);
    if (paraEnd > paraStart || paraEnd < text.length) paragraph += 1;
    paraStart = paraEnd + 1;
  }
  return out;
}
