import { describe, expect, it } from "vitest";
import { articleText } from "../../lib/events/text";
import { findMentions, type EntityMention } from "../../lib/events/stages/3-mentions";
import { corpusArticle } from "./corpus";
import { offsetOf } from "./helpers";

function mentionsOf(text: string) {
  const a = articleText(text);
  const m = findMentions(a);
  const withText = (list: EntityMention[]) => list.map((x) => ({ ...x, text: a.originalText(x), original: a.toOriginal(x) }));
  return { places: withText(m.places), actors: withText(m.actors), sources: withText(m.sources) };
}

describe("mentions", () => {
  it("003: ambiguous names count inside a list of neighbourhoods («أحياء سيف الدولة والمشهد … وصلاح الدين»)", () => {
    const { places } = mentionsOf(corpusArticle("003_").text);
    expect(places.map((p) => p.id)).toEqual(
      expect.arrayContaining(["place:aleppo/saif-al-dawla", "place:aleppo/al-mashhad", "place:aleppo/salah-al-din", "place:aleppo/al-idaa"]),
    );
  });

  it("ambiguous names do not count as places outside such a context", () => {
    const { places } = mentionsOf("وصف المراسل المشهد في حلب بأنه مأساوي، واستشهد بكلمات صلاح الدين الأيوبي");
    expect(places.map((p) => p.id)).toEqual(["place:aleppo"]);
  });

  it("a place right after a source locates the source, not the event («مصادر محلية في حلب»)", () => {
    const text = corpusArticle("004_").text;
    const { places } = mentionsOf(text);
    const at = offsetOf(text, "مصادر محلية في حلب") + "مصادر محلية في ".length;
    expect(places.some((p) => p.original.start === at)).toBe(false);
  });

  it("an anaphoric source is the nearest earlier source of its kind", () => {
    const a002 = mentionsOf(corpusArticle("002_").text);
    const theSource = a002.sources.find((s) => s.text === "المصدر");
    expect(theSource?.id).toBe("source:generic/military");
    const a000 = mentionsOf(corpusArticle("000_").text);
    expect(a000.sources.find((s) => s.text === "القناة")?.id).toBe("source:sky-news-arabia");
    const a001 = mentionsOf(corpusArticle("001_").text);
    expect(a001.sources.find((s) => s.text === "ذات المصادر")?.id).toBe("source:generic/opposition");
  });

  it("001: «الأخير» / «الأخيرة» as a noun is the nearest earlier actor of its gender, even inside a longer name", () => {
    const a001 = mentionsOf(corpusArticle("001_").text);
    // «… موالية للنظام السوري، قد أعلنت سيطرت الأخير الكاملة»: the regime, named inside the media's description.
    expect(a001.actors.filter((x) => x.text === "الأخير").map((x) => x.id)).toEqual(["actor:syrian-government"]);
    // «مصادر عسكرية تابعة للمعارضة، انسحاب مقاتلي الأخيرة»: the opposition.
    expect(a001.actors.filter((x) => x.text === "الأخيرة").map((x) => [x.id, x.object])).toEqual([["actor:opposition", false]]);
    expect(mentionsOf("هاجم تنظيم داعش مواقع الجيش السوري، وتمكن هذا الأخير من صد الهجوم").actors.at(-1)).toMatchObject({
      text: "الأخير",
      id: "actor:syrian-army",
    });
  });

  it("«الأخير» after a definite word is an adjective, and one that stands for a source adds no actor", () => {
    expect(mentionsOf("قصفت الطائرات مواقع المعارضة خلال الأيام الأخيرة وفي مرحلتها الأخيرة").actors.map((x) => x.text)).toEqual(["المعارضة"]);
    expect(mentionsOf("أكد المرصد السوري أن القصف استمر، وقال الأخير إن عشرة قتلوا").actors.map((x) => x.text)).toEqual([]);
  });

  it("004: a named media activist is a person source", () => {
    const { sources } = mentionsOf(corpusArticle("004_").text);
    expect(sources.filter((s) => s.kind === "person").map((s) => [s.id, s.text])).toEqual([
      ["source:person/منصور-حسين", "الناشط الإعلامي منصور حسين"],
      ["source:person/بلال-عمران", "الناشط الإعلامي، بلال عمران"],
    ]);
  });

  it("an actor governed by a preposition is an object; a partitive «عنصر من» is not", () => {
    const a004 = mentionsOf(corpusArticle("004_").text);
    const held = a004.actors.find((x) => x.text === "قوات النظام" && x.object);
    expect(held).toBeDefined();
    const a000 = mentionsOf(corpusArticle("000_").text);
    const killed = a000.actors.find((x) => x.text === "قوات الحكومة السورية");
    expect(killed?.object).toBe(false);
  });

  it("a name inside a longer name is not a mention of its own", () => {
    const { places, actors } = mentionsOf(corpusArticle("000_").text);
    expect(actors.map((x) => x.id)).toContain("actor:fatah-halab");
    expect(actors.map((x) => x.id)).toContain("actor:sdf");
    const text = corpusArticle("000_").text;
    const room = offsetOf(text, "غرفة عمليات فتح حلب");
    expect(places.some((p) => p.original.start > room && p.original.start < room + 20)).toBe(false);
  });
});
