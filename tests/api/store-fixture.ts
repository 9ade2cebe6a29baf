// Rows for the read-side tests, made from real corpus articles: the SANA report (002) and the Ahram report (003)
// of the army's advance in Aleppo on 12 December 2016 (one event group, two reports), the SOHR report (000) with
// its vague «الأسابيع الماضية», a statement dated only by publication, a hand-corrected event, and an undated
// article. Offsets are computed from the texts, never typed in.
import type { Db } from "@/lib/store/client";
import { readCorpusArticle, spanOf } from "../view/corpus";

export const sana = readCorpusArticle("002_bd2704263292804c");
export const ahram = readCorpusArticle("003_3fa513781c5a54af");
export const sohr = readCorpusArticle("000_98164b258b84e6eb");

function sentenceAround(text: string, at: number): { start: number; end: number } {
  const start = Math.max(text.lastIndexOf(".", at - 1), text.lastIndexOf("\n", at - 1)) + 1;
  const ends = [text.indexOf(".", at), text.indexOf("\n", at)].filter((x) => x >= 0);
  return { start, end: ends.length ? Math.min(...ends) + 1 : text.length };
}

async function article(db: Db, a: { id: string; text: string; published: string | null; outlet: string | null }) {
  await db.article.create({
    data: {
      id: a.id,
      outlet: a.outlet,
      language: "ar",
      body: a.text,
      contentHash: `hash-${a.id}`,
      analysisVersion: "test",
      published: a.published,
      publishedSource: a.published ? "given" : "inferred",
      ingestedPublished: a.published,
      ingestedPublishedSource: a.published ? "given" : "inferred",
      undated: a.published === null,
    },
  });
}

interface EventSpec {
  article: { id: string; text: string };
  ordinal: number;
  clause: [string, string];
  interval: [string, string] | null;
  category?: string;
  dateSource?: string;
  timex?: { index: number; text: string; nth?: number; value: string; anchor: string; rule: string; approx?: boolean; granularity?: string };
  places?: [string, string][];
  actors?: [string, string][];
  groupId?: string;
  dateOrigin?: string;
  inferred?: [string, string];
}

async function event(db: Db, s: EventSpec) {
  const text = s.article.text;
  const c0 = text.indexOf(s.clause[0]);
  const c1 = text.indexOf(s.clause[1], c0) + s.clause[1].length;
  if (c0 < 0 || c1 < c0) throw new Error(`clause not found: ${s.clause[0]}`);
  const sentence = sentenceAround(text, c0);
  let timexId: string | null = null;
  if (s.timex) {
    const span = spanOf(text, s.timex.text, s.timex.nth ?? 0);
    timexId = `${s.article.id}-t${s.timex.index}`;
    await db.timeExpression.upsert({
      where: { id: timexId },
      update: {},
      create: {
        id: timexId,
        articleId: s.article.id,
        index: s.timex.index,
        start: span.start,
        end: span.end,
        text: s.timex.text,
        type: "DATE",
        value: s.timex.value,
        intervalStart: s.interval?.[0] ?? null,
        intervalEnd: s.interval?.[1] ?? null,
        granularity: s.timex.granularity ?? "day",
        approx: s.timex.approx ?? false,
        anchorKind: "publication",
        anchorRef: s.timex.anchor,
        rule: s.timex.rule,
      },
    });
  }
  const id = `${s.article.id}-e${s.ordinal}`;
  const inferred = s.inferred ?? s.interval;
  await db.event.create({
    data: {
      id,
      articleId: s.article.id,
      ordinal: s.ordinal,
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      clauseStart: c0,
      clauseEnd: c1,
      summary: text.slice(c0, c1),
      category: s.category ?? "battles",
      trigger: "",
      start: s.interval?.[0] ?? null,
      end: s.interval?.[1] ?? null,
      granularity: s.interval ? (s.timex?.granularity ?? "day") : null,
      dateSource: s.dateSource ?? (s.timex ? "clause" : s.interval ? "publication" : "undated"),
      dateRule: s.timex ? `clause expression «${s.timex.text}»` : "publication date",
      timexId,
      timexIndex: s.timex?.index ?? null,
      approx: s.timex?.approx ?? false,
      confidence: 0.8,
      dateOrigin: s.dateOrigin ?? "inferred",
      inferredStart: inferred?.[0] ?? null,
      inferredEnd: inferred?.[1] ?? null,
      inferredDateSource: s.dateSource ?? "clause",
      inferredDateRule: "test",
      inferredConfidence: 0.8,
      groupId: s.groupId ?? null,
    },
  });
  let position = 0;
  for (const [role, list] of [["place", s.places ?? []], ["actor", s.actors ?? []]] as const) {
    position = 0;
    for (const [entityId, surface] of list) {
      const span = spanOf(text, surface);
      await db.eventMention.create({ data: { eventId: id, role, position: position++, entityId, text: surface, ...span } });
    }
  }
  return id;
}

export const IDS = {
  sanaAdvance: `${sana.id}-e1`,
  ahramAdvance: `${ahram.id}-e0`,
  lavrov: `${ahram.id}-e5`,
  sohrWeeks: `${sohr.id}-e0`,
  sohrTruce: `${sohr.id}-e4`,
  undated: "undated_0001-e0",
};

export async function insertAleppoFixture(db: Db): Promise<void> {
  await article(db, sana);
  await article(db, { ...ahram, outlet: "الأهرام" });
  await article(db, sohr);
  const undatedText = "قصف مدفعي على أحياء حلب الشرقية أمس.";
  await article(db, { id: "undated_0001", text: undatedText, published: null, outlet: null });
  await db.eventGroup.create({ data: { id: `g-${IDS.ahramAdvance}`, score: 0.8 } });

  await event(db, {
    article: sana,
    ordinal: 1,
    clause: ["وحدات الجيش السورى", "وقلعة الشريف"],
    interval: ["2016-12-12", "2016-12-12"],
    timex: { index: 0, text: "اليوم الاثنين", value: "2016-12-12", anchor: "2016-12-12", rule: "ar/casual-day:today" },
    places: [["place:aleppo/al-shaykh-said", "الشيخ سعيد"], ["place:aleppo", "حلب"]],
    actors: [["actor:syrian-army", "الجيش السورى"]],
    groupId: `g-${IDS.ahramAdvance}`,
  });
  await event(db, {
    article: ahram,
    ordinal: 0,
    clause: ["بدأ الجيش السوري أمس", "في حلب"],
    interval: ["2016-12-12", "2016-12-12"],
    timex: { index: 0, text: "أمس", value: "2016-12-12", anchor: "2016-12-13", rule: "ar/casual-day:yesterday" },
    places: [["place:aleppo", "حلب"]],
    actors: [["actor:syrian-army", "الجيش السوري"]],
    groupId: `g-${IDS.ahramAdvance}`,
  });
  await event(db, {
    article: ahram,
    ordinal: 5,
    category: "statement",
    clause: ["أكد وزير الخارجية الروسي", "لخروج المسلحين من حلب"],
    interval: ["2016-12-13", "2016-12-13"],
    actors: [["actor:russia", "سيرجي لافروف"]],
  });
  await event(db, {
    article: sohr,
    ordinal: 0,
    clause: ["القوات الحكومية السورية تمكنت", "خلال الأسابيع الماضية"],
    interval: ["2016-10-23", "2016-11-12"],
    timex: { index: 0, text: "الأسابيع الماضية", value: "PAST_REF", anchor: "2016-11-13", rule: "ar/vague:past-weeks", approx: true, granularity: "week" },
    places: [["place:aleppo", "حلب"]],
  });
  await event(db, {
    article: sohr,
    ordinal: 4,
    category: "strategic-developments",
    clause: ["جددت وزارة الدفاع الروسية", "هدنة إنسانية جديدة في حلب"],
    interval: ["2016-11-14", "2016-11-14"],
    inferred: ["2016-11-13", "2016-11-13"],
    dateOrigin: "event-correction",
    places: [["place:aleppo", "حلب"]],
  });
  await event(db, {
    article: { id: "undated_0001", text: undatedText },
    ordinal: 0,
    clause: ["قصف مدفعي", "الشرقية"],
    interval: null,
    category: "explosions-remote-violence",
  });
}
