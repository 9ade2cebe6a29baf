// Speed: a parser's full pattern is large (number words, month names, clitics, a Unicode look-behind at its start),
// and running it at every position of a long article costs ~100 ns per character per parser. Every phrase of a
// family contains at least one cheap TRIGGER word («قبل», a month name, «ساعة»…) at most LOOKBACK characters after
// its start, so this RegExp subclass scans for the trigger with a plain literal regex, then tries the full pattern,
// sticky, only at the word starts of the window before each trigger. Same leftmost match as the full pattern (the
// window covers every start that can reach the trigger); chrono only ever calls `exec`.

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/** Whether the unit before `index` continues a word: ASCII and Arabic by code ranges, anything else by regex. */
function isWordStartAt(text: string, index: number): boolean {
  if (index <= 0) return true;
  const c = text.charCodeAt(index - 1);
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f);
  if (c >= 0x0600 && c <= 0x06ff) {
    // Arabic block: letters, marks and digits continue a word; punctuation (، ؛ ؟ ٪ …) does not.
    return !((c >= 0x0610 && c <= 0x061a) || (c >= 0x0620 && c <= 0x0669) || (c >= 0x066e && c <= 0x06d3) ||
      (c >= 0x06d5 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e8) || (c >= 0x06ea && c <= 0x06ff));
  }
  return !WORD_CHAR.test(text[index - 1] ?? "");
}

class TriggeredRegExp extends RegExp {
  private readonly anchored: RegExp;
  private readonly trigger: RegExp;

  constructor(full: RegExp, trigger: RegExp, private readonly lookback: number | ((trigger: string) => number)) {
    super(full.source, full.flags.replace(/[gy]/g, ""));
    this.anchored = new RegExp(full.source, `${full.flags.replace(/[gy]/g, "")}y`);
    this.trigger = new RegExp(trigger.source, `${trigger.flags.replace(/[gy]/g, "")}g`);
  }

  override exec(text: string): RegExpExecArray | null {
    const trigger = this.trigger;
    const anchored = this.anchored;
    trigger.lastIndex = 0;
    let tried = -1;
    for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
      const at = m.index;
      const lookback = typeof this.lookback === "number" ? this.lookback : this.lookback(m[0]);
      for (let s = Math.max(tried + 1, at - lookback); s <= at; s += 1) {
        if (!isWordStartAt(text, s)) continue;
        anchored.lastIndex = s;
        const found = anchored.exec(text);
        if (found) return found;
      }
      tried = Math.max(tried, at);
      if (m[0].length === 0) trigger.lastIndex += 1;
    }
    return null;
  }
}

/**
 * Cheap words (a literal-ish regex) of which every phrase of a parser has one at most `lookback` characters after its
 * start: a number, or a function of the trigger's text when some triggers can only start a phrase and others end it.
 * An occurrence that begins inside another's match is not seen: keep triggers short, made of letters and digits.
 */
export interface Trigger {
  words: RegExp;
  lookback: number | ((trigger: string) => number);
}

/** The full pattern, run only at the word starts at most `lookback` characters before an occurrence of a trigger. */
export function triggeredPattern(full: RegExp, trigger: Trigger): RegExp {
  return new TriggeredRegExp(full, trigger.words, trigger.lookback);
}
