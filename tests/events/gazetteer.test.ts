import { describe, expect, it } from "vitest";
import { ancestry, gazetteer } from "../../lib/events/gazetteer";
import { articleText } from "../../lib/events/text";
import { findMentions } from "../../lib/events/stages/3-mentions";
import { corpusArticle } from "./corpus";

/** Gazetteer ids found at the first occurrence of `needle` in `text`. */
function idsAt(text: string, needle: string): string[] {
  const a = articleText(text);
  const m = findMentions(a);
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`«${needle}» not in text`);
  return [...m.places, ...m.actors, ...m.sources]
    .filter((x) => {
      const o = a.toOriginal(x);
      return o.start < at + needle.length && at < o.end;
    })
    .map((x) => x.id);
}

describe("gazetteer data", () => {
  it("ids are unique, parents exist, the hierarchy has no cycle", () => {
    const all = [...gazetteer.places.keys(), ...gazetteer.actors.keys(), ...gazetteer.sources.keys()];
    expect(new Set(all).size).toBe(all.length);
    for (const id of gazetteer.places.keys()) expect(ancestry(gazetteer.places, id).at(-1)).toBe("place:syria");
    for (const a of gazetteer.actors.values()) if (a.parent) expect(gazetteer.actors.has(a.parent)).toBe(true);
  });

  it("coordinates, where given, fall inside Syria", () => {
    const located = [...gazetteer.places.values()].filter((p) => p.coordinates);
    expect(located.length).toBeGreaterThanOrEqual(8);
    for (const p of located) {
      const [lat, lon] = p.coordinates!;
      expect(lat).toBeGreaterThan(32.3);
      expect(lat).toBeLessThan(37.4);
      expect(lon).toBeGreaterThan(35.7);
      expect(lon).toBeLessThan(42.4);
    }
    expect(gazetteer.places.get("place:aleppo/al-asila")?.coordinates).toBeNull();
  });

  it.each([
    ["002_", "حى الأصيلة", "place:aleppo/al-asila"],
    ["002_", "أحياء الشيخ سعيد", "place:aleppo/al-shaykh-said"],
    ["003_", "حي الشيخ سعيد", "place:aleppo/al-shaykh-said"],
    ["002_", "وكرم الدعدع", "place:aleppo/karm-al-dada"],
    ["002_", "أحياء الكلاسة", "place:aleppo/al-kalasa"],
    ["002_", "وبستان القصر", "place:aleppo/bustan-al-qasr"],
    ["000_", "ضاحية الأسد", "place:aleppo/dahiyat-al-assad"],
    ["000_", "منطقة منيان", "place:aleppo/minyan"],
    ["004_", "بلدة خلصة", "place:aleppo-governorate/khalsa"],
    ["004_", "وخان طومان", "place:aleppo-governorate/khan-tuman"],
    ["004_", "الزربة", "place:aleppo-governorate/al-zirba"],
    ["004_", "كرم الطراب", "place:aleppo/karm-al-tarrab"],
    ["002_", "مدينة تدمر", "place:palmyra"],
    ["003_", "مدينة تدمر", "place:palmyra"],
    ["003_", "مدينة الرقة", "place:raqqa"],
    ["000_", "مدينة الباب", "place:aleppo-governorate/al-bab"],
    ["000_", "في درعا", "place:daraa"],
    ["004_", "مدينة إدلب", "place:idlib"],
    ["004_", "ريف حمص الشمالي", "place:homs-governorate/northern-countryside"],
    ["004_", "الغوطة الشرقية", "place:eastern-ghouta"],
    ["001_", "الراشدين", "place:aleppo/al-rashidin"],
    ["001_", "جمعية الزهراء", "place:aleppo/jamiyat-al-zahraa"],
  ])("%s «%s» is %s", (article, needle, id) => {
    expect(idsAt(corpusArticle(article).text, needle)).toContain(id);
  });

  it.each([
    ["يواصل الجيش السورى انتصراته", "الجيش السورى", "actor:syrian-army"],
    ["أن قوات النظام استعادت السيطرة", "قوات النظام", "actor:syrian-army"],
    ["أن القوات الحكومية تمكنت من السيطرة", "القوات الحكومية", "actor:syrian-army"],
    ["لتستعيدها قوات الأسد في عمليتها", "قوات الأسد", "actor:syrian-army"],
    ["وكانت فصائل المعارضة المسلحة قد انسحبت", "فصائل المعارضة المسلحة", "actor:opposition"],
    ["أحرزت فصائل جيش الفتح تقدماً", "جيش الفتح", "actor:jaish-al-fath"],
    ["شن فيلق الرحمن هجوماً", "فيلق الرحمن", "actor:faylaq-al-rahman"],
    ["أوكاراً لتنظيم فتح الشام", "فتح الشام", "actor:jabhat-fateh-al-sham"],
    ["أحكمت فصائل الجيش السوري الحر سيطرتها", "الجيش السوري الحر", "actor:free-syrian-army"],
    ["عمليات درع الفرات شمال سوريا", "درع الفرات", "actor:euphrates-shield"],
    ["سيطرة تنظيم الدولة على المدينة", "تنظيم الدولة", "actor:isis"],
    ["نشر داعش مزيدا من مسلحيه", "داعش", "actor:isis"],
    ["تتقدم قوات سوريا الديمقراطية", "قوات سوريا الديمقراطية", "actor:sdf"],
    ["بدعم من الطيران الروسي", "الطيران الروسي", "actor:russia/air-force"],
    ["جددت وزارة الدفاع الروسية استعدادها", "وزارة الدفاع الروسية", "actor:russia/defence-ministry"],
    ["وأكد لافروف أن", "لافروف", "actor:russia/lavrov"],
    ["يواصل الجيش التركي إرسال تعزيزات", "الجيش التركي", "actor:turkey"],
    ["مدعومة بطائرات التحالف الدولي", "التحالف الدولي", "actor:international-coalition"],
    ["و4 عناصر من حزب الله", "حزب الله", "actor:hezbollah"],
    ["وأطلقت منظمة الخوذ البيضاء مناشدة", "الخوذ البيضاء", "actor:white-helmets"],
    ["ودعا لافروف الولاياتالمتحدة", "الولاياتالمتحدة", "actor:usa"],
  ])("«%s»: «%s» is %s", (text, needle, id) => {
    expect(idsAt(text, needle)).toContain(id);
  });

  it.each([
    ["فقد أعلن المرصد السوري لحقوق الإنسان أن", "المرصد السوري لحقوق الإنسان", "source:sohr"],
    ['في تصريحات نقلتها وكالة الأنباء السورية "سانا"، اليوم', "وكالة الأنباء السورية", "source:sana"],
    ["ذكرت قناة سكاي نيوز أن", "سكاي نيوز", "source:sky-news-arabia"],
    ["ونسبت وكالة الإعلام الروسية لريابكوف قوله", "وكالة الإعلام الروسية", "source:ria"],
    ["وأكدت مصادر ميدانية أن الاشتباكات", "مصادر ميدانية", "source:generic/field"],
    ["أكدت مصادر حقوقية سورية معارضة، أن", "مصادر حقوقية سورية معارضة", "source:generic/rights"],
    ["وأفادت مصادر محلية في حلب أن", "مصادر محلية", "source:generic/local"],
    ["وأعلن مصدر عسكرى فى الجيش السورى تحرير", "مصدر عسكرى", "source:generic/military"],
  ])("«%s»: «%s» is %s", (text, needle, id) => {
    expect(idsAt(text, needle)).toContain(id);
  });
});
