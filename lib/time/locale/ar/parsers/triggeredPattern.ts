// Speed: a parser's full pattern is large (number words, month names, clitics, a Unicode look-behind at its start),
// and running it at every position of a long article costs ~100 ns per character per parser. Every phrase of a
// family contains at least one cheap TRIGGER word («قبل», a month name, «ساعة»…) at most LOOKBACK characters after
// its start, so the full pattern is tried, sticky, only at the word starts of the window before each trigger. Same
// leftmost match as the full pattern (the windows cover every start that can reach a trigger); chrono only ever
// calls `exec`, on the text of the parse or on what is left of it after a match.
//
// Finding the triggers: nineteen parsers scanning the same article for their own trigger words cost more than the
// rest of the parse. Most triggers lie inside one word, so the article is cut into words ONCE per parse
// (lib/time/locale/ar/parsers/wordTriggers.ts), and each distinct word is tested against every trigger once per
// process (news vocabulary repeats). Triggers that span words («10:30», «12/12») keep their own scan (scope "text").

import { isWordStartAt, triggerWindows } from "./wordTriggers";

/**
 * Cheap words (a literal-ish regex) of which every phrase of a parser has one at most `lookback` characters after its
 * start: a number, or a function of the trigger's text when some triggers can only start a phrase and others end it.
 * scope "word" (default): the regex is tested on single words (letters, marks, digits), so it must neither span
 * words nor look outside the word. scope "text": scanned over the text, with a fixed lookback; an occurrence that
 * begins inside another's match is not seen, so keep such triggers short.
 */
export interface Trigger {
  words: RegExp;
  lookback: number | ((trigger: string) => number);
  scope?: "word" | "text";
}

/** A RegExp whose `exec` tries the full pattern only near triggers. */
class TriggeredRegExp extends RegExp {
  private readonly anchored: RegExp;
  private readonly scan: RegExp;
  /** The text of the current parse (set by `bindTo`): word triggers are looked up for it, once. */
  private bound: string | null = null;

  constructor(full: RegExp, private readonly trigger: Trigger) {
    super(full.source, full.flags.replace(/[gy]/g, ""));
    // The scan meets triggers in text order: a varying lookback would make its windows go back in the text.
    if (trigger.scope === "text" && typeof trigger.lookback !== "number") throw new Error("a text-scope trigger needs a fixed lookback");
    this.anchored = new RegExp(full.source, `${full.flags.replace(/[gy]/g, "")}y`);
    this.scan = new RegExp(trigger.words.source, `${trigger.words.flags.replace(/[gy]/g, "")}g`);
  }

  bindTo(text: string | null): this {
    this.bound = text;
    return this;
  }

  override exec(text: string): RegExpExecArray | null {
    const bound = this.bound;
    // `text` is the bound text or a suffix of it (chrono re-runs exec on the rest after a match). Anything else
    // (a caller using the pattern on its own) gets the self-contained scan.
    if (this.trigger.scope !== "text" && bound !== null && text.length <= bound.length) {
      const offset = bound.length - text.length;
      if (text.length === 0 || (text.charCodeAt(0) === bound.charCodeAt(offset) && text.charCodeAt(text.length - 1) === bound.charCodeAt(bound.length - 1))) {
        return this.execByWords(text, bound, offset);
      }
    }
    return this.execByScan(text);
  }

  /** Windows from the per-parse word index: [from, to] in the bound text, sorted by `from`. */
  private execByWords(text: string, bound: string, offset: number): RegExpExecArray | null {
    const windows = triggerWindows(bound, this.trigger);
    const anchored = this.anchored;
    let tried = offset - 1;
    // Windows ending before the offset are skipped by `tried`.
    for (let w = 0; w < windows.length; w += 2) {
      const to = windows[w + 1]!;
      for (let s = Math.max(tried + 1, windows[w]!); s <= to; s += 1) {
        if (!isWordStartAt(text, s - offset)) continue;
        anchored.lastIndex = s - offset;
        const found = anchored.exec(text);
        if (found) return found;
      }
      if (to > tried) tried = to;
    }
    return null;
  }

  private execByScan(text: string): RegExpExecArray | null {
    const scan = this.scan;
    const anchored = this.anchored;
    const lookback = this.trigger.lookback;
    scan.lastIndex = 0;
    let tried = -1;
    for (let m = scan.exec(text); m; m = scan.exec(text)) {
      const at = m.index;
      const back = typeof lookback === "number" ? lookback : lookback(m[0]);
      for (let s = Math.max(tried + 1, at - back); s <= at; s += 1) {
        if (!isWordStartAt(text, s)) continue;
        anchored.lastIndex = s;
        const found = anchored.exec(text);
        if (found) return found;
      }
      if (at > tried) tried = at;
      if (m[0].length === 0) scan.lastIndex += 1;
    }
    return null;
  }
}

/** The full pattern, run only at the word starts at most `lookback` characters before an occurrence of a trigger. */
export function triggeredPattern(full: RegExp, trigger: Trigger): RegExp {
  return new TriggeredRegExp(full, trigger);
}

/** Tell a triggered pattern which text the coming `exec` calls scan (chrono: the parse's text, then its suffixes). */
export function bindPattern(pattern: RegExp, text: string | null): RegExp {
  return pattern instanceof TriggeredRegExp ? pattern.bindTo(text) : pattern;
}
