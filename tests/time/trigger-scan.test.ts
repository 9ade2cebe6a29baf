import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normaliseText } from "../../lib/text/normalise";
import { Chrono, type Parser } from "chrono-node";
import { createConfiguration } from "../../lib/time/locale/ar/configuration";

// The trigger scan (lib/time/locale/ar/parsers/triggeredPattern.ts) must find exactly what the full pattern finds,
// scanned the way chrono scans (exec on the rest of the text after each match).

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.resolve(here, "../../corpus");
const testSentences = readdirSync(here)
  .filter((f) => f.endsWith(".test.ts"))
  .flatMap((f) => readFileSync(path.join(here, f), "utf8").match(/"[^"\n]*[\u0600-\u06FF][^"\n]*"/g) ?? [])
  .map((s) => s.slice(1, -1));
const texts = [
  ...readdirSync(corpusDir).map((f) => readFileSync(path.join(corpusDir, f), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "")),
  testSentences.join(" . "),
].map((t) => normaliseText(t).text);

const reference = { instant: new Date(Date.UTC(2016, 11, 13, 12)), timezone: 0 };
const option = {
  publication: {
    day: { year: 2016, month: 12, day: 13 },
    time: null,
    interval: { start: "2016-12-13", end: "2016-12-13" },
    granularity: "day",
    value: "2016-12-13",
  },
};

/** What one parser extracts from a text, as chrono runs it (no refiners). */
function extracted(parser: Parser, text: string): Array<[number, string]> {
  return new Chrono({ parsers: [parser], refiners: [] })
    .parse(text, reference, option as never)
    .map((r) => [r.index, r.text]);
}

describe("trigger scan", () => {
  const context = { text: texts.join("\n") } as never;
  const parsers = createConfiguration().parsers.filter((p) => p.pattern(context).constructor !== RegExp);

  it("is used by every parser of the locale (the comparison is not vacuous)", () => {
    expect(parsers.length).toBe(createConfiguration().parsers.length);
    expect(testSentences.length).toBeGreaterThan(200);
  });

  it("extracts the same expressions as the full patterns on the corpus and the test sentences", () => {
    for (const parser of parsers) {
      const fast = parser.pattern(context);
      const full = new RegExp(fast.source, fast.flags);
      const plain: Parser = { pattern: () => full, extract: (c, m) => parser.extract(c, m) };
      for (const text of texts) {
        expect([parser.constructor.name, extracted(parser, text)]).toEqual([parser.constructor.name, extracted(plain, text)]);
      }
    }
  });
});

describe("trigger scan outside chrono's loop", () => {
  it("a pattern bound to one parse's text still finds what the full pattern finds in another text", () => {
    const [first, second] = [texts[0]!, texts[2]!];
    for (const parser of createConfiguration().parsers) {
      const bound = parser.pattern({ text: first } as never);
      const full = new RegExp(bound.source, bound.flags);
      const stale: Parser = { pattern: () => bound, extract: (c, m) => parser.extract(c, m) };
      const plain: Parser = { pattern: () => full, extract: (c, m) => parser.extract(c, m) };
      expect([parser.constructor.name, extracted(stale, second)]).toEqual([parser.constructor.name, extracted(plain, second)]);
    }
    expect(extracted(createConfiguration().parsers[0]!, second).length).toBeGreaterThan(0);
  });
});
