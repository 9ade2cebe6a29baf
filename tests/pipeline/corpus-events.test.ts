// What the corpus articles report, checked by hand: which clauses are events, their ACLED category, actors, places
// and sources; which clauses are not events (background, commentary, conditions, outcomes).
import { describe, expect, it } from "vitest";
import { analysed, eventAt, ids, mustEventAt } from "../events/helpers";

describe("corpus events: categories, actors, places, sources", () => {
  it("000: the FSA's Euphrates Shield factions take seven villages north of al-Bab", () => {
    const { article, analysis } = analysed("000_");
    const e = mustEventAt(article, analysis.events, "سيطرتها على (7) قرى");
    expect(e).toMatchObject({ category: "battles", subEventType: "non-state-actor-overtakes-territory" });
    expect(ids(e.actors).slice(0, 2)).toEqual(["actor:free-syrian-army", "actor:euphrates-shield"]);
    expect(ids(e.places)).toContain("place:aleppo-governorate/al-bab");
  });

  it("000: SOHR reports the government's recapture west of Aleppo; what it had lost is a pluperfect background", () => {
    const { article, analysis } = analysed("000_");
    const retaken = mustEventAt(article, analysis.events, "تمكنت من السيطرة على العديد من الأحياء");
    expect(retaken).toMatchObject({ subEventType: "government-regains-territory", dateSource: "publication" });
    expect(ids(retaken.sources)).toEqual(["source:sohr"]);
    expect(ids(retaken.places)).toEqual(["place:aleppo/west"]);
    const lost = mustEventAt(article, analysis.events, "والتي كانت قد خسرتها");
    expect(lost.flags).toEqual(expect.arrayContaining(["background", "inherited-actors", "inherited-places"]));
    expect(lost.interval).toEqual({ start: "2016-10-23", end: "2016-11-13" });
    expect(lost.approx).toBe(true);
  });

  it("000: army units destroy Fateh al-Sham positions in Daraa", () => {
    const { article, analysis } = analysed("000_");
    const e = mustEventAt(article, analysis.events, "فقد دمرت وحدات من الجيش السوري");
    expect(e).toMatchObject({ category: "battles", subEventType: "armed-clash" });
    expect(ids(e.actors)).toEqual(["actor:syrian-army", "actor:jabhat-fateh-al-sham"]);
    expect(ids(e.places)).toEqual(["place:daraa-governorate/al-yadouda", "place:daraa/daraa-al-balad"]);
  });

  it("000: the ultimatum and the warning are statements; the threatened attack is no battle", () => {
    const { article, analysis } = analysed("000_");
    expect(mustEventAt(article, analysis.events, "أمهل فصائل المعارضة")).toMatchObject({ category: "statement", subEventType: "warning" });
    const warning = mustEventAt(article, analysis.events, "النظام حذر المعارضة");
    expect(warning).toMatchObject({ category: "statement", subEventType: "warning" });
    expect(ids(warning.sources)).toEqual(["source:sky-news-arabia"]);
  });

  it("001: the opposition's withdrawal from Aleppo's suburbs came before the regime's recapture («وذلك عقب»)", () => {
    const { article, analysis } = analysed("001_");
    const recapture = mustEventAt(article, analysis.events, "استعادت السيطرة على 32 منطقة");
    const withdrawal = mustEventAt(article, analysis.events, "انسحاب كامل فصائل المعارضة");
    expect(recapture).toMatchObject({ subEventType: "government-regains-territory" });
    expect(withdrawal).toMatchObject({ category: "strategic-developments", subEventType: "non-violent-transfer-of-territory" });
    expect(ids(withdrawal.actors)[0]).toBe("actor:opposition");
    expect(recapture.relations).toContainEqual({ type: "after", ordinal: withdrawal.ordinal, marker: "وذلك عقب" });
    expect(withdrawal.relations).toContainEqual({ type: "before", ordinal: recapture.ordinal, marker: "وذلك عقب" });
    expect(ids(recapture.sources)).toEqual(["source:generic/rights"]);
    expect(ids(withdrawal.sources)).toEqual(["source:generic/rights"]);
  });

  it("001: «سيطرت الأخير» is the regime's control (the latter: the regime the pro-government media are loyal to)", () => {
    const { article, analysis } = analysed("001_");
    const e = mustEventAt(article, analysis.events, "قد أعلنت سيطرت الأخير الكاملة");
    expect(e).toMatchObject({ category: "battles", subEventType: "government-regains-territory" });
    expect(ids(e.actors)[0]).toBe("actor:syrian-government");
    expect(ids(e.sources)).toEqual(["source:generic/pro-government-media"]);
  });

  it("004: «فيما هدأت حدة المعارك بريف دمشق» does not borrow Jaish al-Fath from the clause about Khalsa near Aleppo", () => {
    const { article, analysis } = analysed("004_");
    const khalsa = mustEventAt(article, analysis.events, "أحرزت فصائل");
    expect(ids(khalsa.actors)).toEqual(["actor:jaish-al-fath"]);
    const calm = mustEventAt(article, analysis.events, "هدأت حدة المعارك بريف دمشق");
    expect(ids(calm.places)).toEqual(["place:rif-dimashq"]);
    expect(ids(calm.actors)).toEqual([]);
  });

  it("004: the lead's Faylaq al-Rahman attack told again twice further down is flagged as retold, linked to the lead", () => {
    const { article, analysis } = analysed("004_");
    const lead = mustEventAt(article, analysis.events, "هجوماً سيطر خلاله على نقاط");
    const again = mustEventAt(article, analysis.events, "تمكن خلاله من السيطرة على عدة طرقٍ");
    const detail = mustEventAt(article, analysis.events, "الفيلق تمكن من السيطرة على طريق الغوطة الرئيسي");
    for (const e of [again, detail]) {
      expect(e.flags).toContain("repeat");
      expect(e.interval).toEqual(lead.interval);
      expect(e.relations).toContainEqual({ type: "same", ordinal: lead.ordinal, marker: "" });
      expect(lead.relations).toContainEqual({ type: "same", ordinal: e.ordinal, marker: "" });
    }
    expect(lead.flags ?? []).not.toContain("repeat");
    // Similar strikes are other strikes; a strike on one village is a part of the strikes on its region, not them.
    const region = mustEventAt(article, analysis.events, "تجدد غارات طيران النظام الحربي");
    for (const needle of ["ضربات مماثلة طاولت مدينتي الرستن", "استهدفت بالصواريخ الفراغية قرية الفرحانية"]) {
      const e = mustEventAt(article, analysis.events, needle);
      expect(e.flags ?? [], needle).not.toContain("repeat");
      expect(e.relations.filter((r) => r.type === "same"), needle).toEqual([]);
    }
    expect(region.relations.filter((r) => r.type === "same")).toEqual([]);
  });

  it("001: Turkish reinforcements are a change to group activity", () => {
    const { article, analysis } = analysed("001_");
    const e = mustEventAt(article, analysis.events, "يواصل الجيش التركي إرسال تعزيزات");
    expect(e).toMatchObject({ category: "strategic-developments", subEventType: "change-to-group-activity" });
    expect(ids(e.actors)[0]).toBe("actor:turkey");
  });

  it("002: engineers clearing mines is disrupted weapons use, not an explosion", () => {
    const { article, analysis } = analysed("002_");
    const e = mustEventAt(article, analysis.events, "بدأت بإزالة الألغام");
    expect(e).toMatchObject({ category: "strategic-developments", subEventType: "disrupted-weapons-use", dateSource: "narrative" });
    expect(ids(e.sources)).toEqual(["source:generic/military"]);
  });

  it("002: ISIS takes Palmyra (non-state actor overtakes territory), the army has fought around it since Sunday morning", () => {
    const { article, analysis } = analysed("002_");
    const battle = mustEventAt(article, analysis.events, "معارك شرسة فى محيط مدينة تدمر");
    const capture = mustEventAt(article, analysis.events, "عقب سيطرة تنظيم داعش");
    expect(capture).toMatchObject({ subEventType: "non-state-actor-overtakes-territory" });
    expect(ids(capture.actors)).toEqual(["actor:isis"]);
    expect(ids(capture.places)).toEqual(["place:palmyra"]);
    expect(capture.flags).toContain("inherited-places");
    expect(battle.relations).toContainEqual({ type: "after", ordinal: capture.ordinal, marker: "عقب" });
  });

  it("002: Moscow's denial is a statement; the negated agreement is no event", () => {
    const { article, analysis } = analysed("002_");
    expect(mustEventAt(article, analysis.events, "لكن موسكو نفت")).toMatchObject({ category: "statement", subEventType: "denial" });
    expect(analysis.events.some((e) => e.category === "strategic-developments" && e.subEventType === "agreement")).toBe(false);
  });

  it("003: Russian air strikes near Palmyra and the shelling of Aleppo's districts are explosions", () => {
    const { article, analysis } = analysed("003_");
    const raids = mustEventAt(article, analysis.events, "شن الطيران الروسي 64 غارة جوية");
    expect(raids).toMatchObject({ category: "explosions-remote-violence", subEventType: "air-drone-strike" });
    expect(ids(raids.actors)[0]).toBe("actor:russia/air-force");
    expect(ids(raids.places)).toEqual(["place:palmyra"]);
    expect(raids.relations.map((r) => r.marker)).toContain("في الوقت نفسه");
    const shelled = mustEventAt(article, analysis.events, "أن القصف استهدف أحياء");
    expect(shelled).toMatchObject({ subEventType: "shelling-artillery-missile-attack" });
    expect(ids(shelled.places)).toHaveLength(5);
    expect(ids(shelled.sources)).toEqual(["source:generic/local"]);
  });

  it("004: air strikes on Aleppo and Idlib, with the activists who reported them", () => {
    const { article, analysis } = analysed("004_");
    const tarrab = mustEventAt(article, analysis.events, "حي كرم الطراب");
    expect(tarrab).toMatchObject({ subEventType: "air-drone-strike", interval: { start: "2016-06-15", end: "2016-06-15" } });
    expect(ids(tarrab.places)).toEqual(["place:aleppo/karm-al-tarrab", "place:aleppo"]);
    expect(ids(tarrab.sources)).toEqual(["source:person/منصور-حسين"]);
    // «قصفاً مماثلاً» is of the same kind as the raid told before it.
    const salihin = mustEventAt(article, analysis.events, "قصفاً مماثلاً");
    expect(salihin).toMatchObject({ subEventType: "air-drone-strike" });
    expect(ids(salihin.places)).toEqual(["place:aleppo/al-salihin"]);
    const idlib = mustEventAt(article, analysis.events, "طيران النظام استهدف بغارتين");
    expect(idlib).toMatchObject({ subEventType: "air-drone-strike", dateSource: "clause" });
    expect(analysis.timexes[idlib.timexIndex!]!.text).toBe("ظهر اليوم");
    expect(ids(idlib.actors)[0]).toBe("actor:syrian-army/air-force");
    expect(ids(idlib.sources)).toEqual(["source:person/بلال-عمران"]);
  });

  it("004: Jaish al-Fath takes the northern hill of Khalsa «اليوم»; its subject comes from the clause before", () => {
    const { article, analysis } = analysed("004_");
    const e = mustEventAt(article, analysis.events, "من إحكام قبضتهم");
    expect(e).toMatchObject({ subEventType: "non-state-actor-overtakes-territory", interval: { start: "2016-06-15", end: "2016-06-15" } });
    expect(ids(e.actors)).toEqual(["actor:jaish-al-fath"]);
    expect(e.flags).toContain("inherited-actors");
    expect(ids(e.sources)).toEqual(["source:generic/local"]);
  });
});

describe("corpus clauses that are not events", () => {
  it.each([
    ["002_", "وتتضمن المعارضة التى يغلب عليها السنة", "background description"],
    ["002_", "وفى حالة قبول كل الأطراف", "a condition"],
    ["004_", "ويُعتبر هجوم المعارضة هذا", "commentary"],
    ["003_", "مما أسفر عن تدمير 11 دبابة", "the outcome of the raids"],
    ["003_", "والقضاء علي زهاء 300 مسلح", "more of that outcome"],
    ["003_", "مؤكدة أنه خلف عشرات الضحايا", "the toll of the shelling told before"],
    ["003_", "مشيرًا إلي أن هذه الممرات لن تصبح هدفًا", "a negated future"],
    ["000_", "فيما يخص تطورات الأوضاع", "a heading"],
  ])("%s «%s» (%s)", (article, needle) => {
    const { article: a, analysis } = analysed(article);
    expect(eventAt(a, analysis.events, needle)).toBeUndefined();
  });
});
