// Sets (TIMEX3 SET): «يومياً», «أسبوعياً», «شهرياً», «سنوياً», «كل يوم», «كل أسبوع», «كل ثلاثة أيام», «كل يومين»,
// «كل يوم جمعة». Value P1D, P1W, P3D… or XXXX-WXX-5 for a weekday; no days of their own.

import { GAP, wordAlternation } from "../../../../text/boundaries";
import { normaliseWord } from "../../../../text/normalise";
import type { TimexDraft } from "../../../draft";
import { WEEKDAYS } from "../constants";
import { AbstractArabicParser } from "./AbstractArabicParser";
import type { Trigger } from "./triggeredPattern";
import { durationValue, quantityPattern, readQuantity, unitGranularity, type TimeUnit } from "./timeUnits";

const ADVERBS: Record<string, TimeUnit> = { يوميا: "day", اسبوعيا: "week", شهريا: "month", سنويا: "year", ساعيا: "hour" };
const WEEKDAY_BARE = new Map(Object.entries(WEEKDAYS).map(([name, w]) => [normaliseWord(name).replace(/^ال/, ""), w]));
const WEEKDAY = wordAlternation([...WEEKDAY_BARE.keys()]);

const PATTERN =
  `(?:(?<adverb>${Object.keys(ADVERBS).join("|")})` +
  `|كل${GAP}(?:يوم${GAP}(?<weekday>${WEEKDAY})(?![\\p{L}\\p{M}])|${quantityPattern()}))`;

/** Every phrase contains one of these within 4 characters of its start (see triggeredPattern.ts). */
const TRIGGER: Trigger = { words: /كل|يوميا|اسبوعيا|شهريا|سنويا|ساعيا/u, lookback: 4 };

export default class ARSetParser extends AbstractArabicParser {
  protected override trigger = TRIGGER;

  innerPattern(): string {
    return PATTERN;
  }

  innerExtract(match: RegExpMatchArray): TimexDraft | null {
    const g = match.groups ?? {};
    if (g.weekday !== undefined) {
      const w = WEEKDAY_BARE.get(g.weekday);
      if (!w) return null;
      return { rule: "ar/set:weekday", type: "SET", granularity: "day", anchor: "absolute", resolve: () => ({ value: `XXXX-WXX-${w}`, interval: null }) };
    }
    const unit = g.adverb !== undefined ? ADVERBS[g.adverb] : undefined;
    const q = unit ? { count: 1, unit } : readQuantity(g);
    if (!q) return null;
    const value = durationValue(q.count, q.unit);
    return {
      rule: g.adverb !== undefined ? "ar/set:adverb" : "ar/set:every",
      type: "SET",
      granularity: unitGranularity(q.unit),
      anchor: "absolute",
      resolve: () => ({ value, interval: null }),
    };
  }
}
