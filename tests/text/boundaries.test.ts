import { describe, expect, it } from "vitest";
import { compile, isWordEnd, isWordStart, phrasePattern, wordAlternation } from "../../lib/text/boundaries";
import { normaliseWord } from "../../lib/text/normalise";

function find(pattern: string, text: string, article: Parameters<typeof phrasePattern>[1] = "optional"): string[] {
  const re = new RegExp(phrasePattern(pattern, article), "gu");
  return [...normaliseWord(text).matchAll(re)].map((m) => m[0]);
}

describe("Arabic word boundaries", () => {
  it("«أمس» does not match inside «الأمسية» but matches with clitics", () => {
    expect(find("امس", "حضر الأمسية الشعرية")).toEqual([]);
    expect(find("امس", "وقال أمس، وبالأمس، والأمس")).toEqual(["امس", "وبالامس", "والامس"]);
  });

  it("allows the combined prefixes: «للأسبوع», «وللأسبوع», «بالأسبوع»", () => {
    expect(find("اسبوع", "للأسبوع وللأسبوع بالأسبوع فالأسبوع", "required")).toEqual([
      "للاسبوع",
      "وللاسبوع",
      "بالاسبوع",
      "فالاسبوع",
    ]);
  });

  it("requires the article when told to, and allows none at all for a bare word", () => {
    expect(find("اسبوع", "أسبوع", "required")).toEqual([]);
    expect(find("امس", "لامس الجدار", "bare")).toEqual([]);
    expect(find("امس", "وأمس", "bare")).toEqual(["وامس"]);
  });

  it("captures the conjunction apart in group 1", () => {
    const m = compile(phrasePattern("امس", "optional")).exec("وبالامس");
    expect(m?.[1]).toBe("و");
  });

  it("a word does not end before a digit or a Latin letter", () => {
    expect(find("امس", "امس2 امسx")).toEqual([]);
  });

  it("wordAlternation normalises and puts the longest phrase first", () => {
    const re = new RegExp(phrasePattern(wordAlternation(["أمس", "أمس الأول"]), "bare"), "u");
    expect(re.exec(normaliseWord("قتل أمس الأول"))?.[0]).toBe("امس الاول");
  });

  it("isWordStart / isWordEnd look at the full text", () => {
    expect(isWordStart("الأمسية", 2)).toBe(false);
    expect(isWordStart("قال أمس", 4)).toBe(true);
    expect(isWordEnd("أمسية", 3)).toBe(false);
    expect(isWordEnd("أمس.", 3)).toBe(true);
  });
});
