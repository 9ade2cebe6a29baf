// A stand-in for the event pipeline in store tests: the real time engine for expressions, and one "event" per
// expression (its sentence, dated by it). Storage is what these tests check; the pipeline is tested on its own.
import type { Article } from "../../../lib/article/types";
import type { ExtractedEvent } from "../../../lib/events/types";
import type { Analysis } from "../../../lib/store/analysis";
import { resolveTimeExpressions } from "../../../lib/time/resolve";

function sentenceAround(text: string, at: number): { start: number; end: number } {
  const before = Math.max(text.lastIndexOf(".", at - 1), text.lastIndexOf("\n", at - 1));
  const afterCandidates = [text.indexOf(".", at), text.indexOf("\n", at)].filter((i) => i >= 0);
  const end = afterCandidates.length ? Math.min(...afterCandidates) : text.length;
  return { start: before + 1, end };
}

export function fakeAnalyse(article: Article): Analysis {
  const timexes = resolveTimeExpressions(article.text, { dct: article.published });
  const events: ExtractedEvent[] = timexes.map((t, i) => {
    const sentence = sentenceAround(article.text, t.start);
    const aleppo = article.text.indexOf("حلب", sentence.start);
    const places =
      aleppo >= 0 && aleppo < sentence.end ? [{ id: "place:aleppo", text: "حلب", start: aleppo, end: aleppo + 3 }] : [];
    return {
      ordinal: i,
      sentence,
      clause: sentence,
      summary: article.text.slice(sentence.start, sentence.end).trim().slice(0, 400),
      category: "battles",
      trigger: t.text,
      places,
      actors: [],
      sources: [],
      interval: t.interval,
      granularity: t.interval ? t.granularity : null,
      dateSource: t.interval ? "clause" : "undated",
      timexIndex: i,
      dateRule: `clause expression «${t.text}»`,
      confidence: 0.8,
      relations: [],
    };
  });
  return { timexes, events };
}
