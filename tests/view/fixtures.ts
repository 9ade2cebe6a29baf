// Timeline events as the store returns them, built from real corpus sentences (summaries are corpus clauses).
import type { TimelineEvent } from "@/lib/view/types";
import { readCorpusArticle } from "./corpus";

const sohr = readCorpusArticle("000_98164b258b84e6eb");
const sana = readCorpusArticle("002_bd2704263292804c");
const ahram = readCorpusArticle("003_3fa513781c5a54af");

function clause(text: string, from: string, to: string): string {
  const s = text.indexOf(from);
  const e = text.indexOf(to, s) + to.length;
  if (s < 0 || e < s) throw new Error(`clause «${from}…${to}» not found`);
  return text.slice(s, e);
}

export function event(over: Partial<TimelineEvent> & Pick<TimelineEvent, "id" | "summary">): TimelineEvent {
  return {
    articleId: over.id.split("#")[0]!,
    ordinal: Number(over.id.split("#")[1] ?? 0),
    category: "battles",
    interval: null,
    granularity: "day",
    approx: false,
    dateSource: "clause",
    corrected: false,
    outlet: null,
    published: null,
    places: [],
    actors: [],
    sources: [],
    confidence: 0.8,
    groupId: null,
    retells: null,
    ...over,
  };
}

export const aleppoEvents: TimelineEvent[] = [
  event({
    id: `${sohr.id}#0`,
    summary: clause(sohr.text, "القوات الحكومية السورية تمكنت", "خلال الأسابيع الماضية"),
    interval: { start: "2016-10-23", end: "2016-11-12" },
    granularity: "week",
    approx: true,
    published: sohr.published,
    places: [{ id: "place:aleppo", name: "حلب" }],
    actors: [{ id: "actor:syrian-army", name: "القوات الحكومية السورية" }],
    sources: [{ id: "source:sohr", name: "المرصد السوري لحقوق الإنسان" }],
  }),
  event({
    id: `${sana.id}#1`,
    summary: clause(sana.text, "وحدات الجيش السورى", "وقلعة الشريف"),
    interval: { start: "2016-12-12", end: "2016-12-12" },
    published: sana.published,
    places: [
      { id: "place:aleppo/al-shaykh-said", name: "الشيخ سعيد" },
      { id: "place:aleppo", name: "حلب" },
    ],
    actors: [{ id: "actor:syrian-army", name: "الجيش السورى" }],
    sources: [{ id: "source:sana", name: "سانا" }],
    groupId: "g1",
  }),
  event({
    id: `${ahram.id}#0`,
    summary: clause(ahram.text, "بدأ الجيش السوري أمس", "في حلب"),
    interval: { start: "2016-12-12", end: "2016-12-12" },
    published: ahram.published,
    places: [{ id: "place:aleppo", name: "حلب" }],
    actors: [{ id: "actor:syrian-army", name: "الجيش السوري" }],
    groupId: "g1",
  }),
  event({
    id: `${ahram.id}#5`,
    category: "statement",
    summary: clause(ahram.text, "أكد وزير الخارجية الروسي", "لخروج المسلحين من حلب"),
    interval: { start: "2016-12-13", end: "2016-12-13" },
    dateSource: "publication",
    published: ahram.published,
    actors: [{ id: "actor:russia", name: "سيرجي لافروف" }],
  }),
  event({
    id: `${sohr.id}#4`,
    category: "strategic-developments",
    summary: clause(sohr.text, "جددت وزارة الدفاع الروسية", "هدنة إنسانية جديدة في حلب"),
    interval: { start: "2016-11-13", end: "2016-11-13" },
    corrected: true,
    published: sohr.published,
  }),
  event({ id: "undated_0000#0", summary: "قصف على أحياء حلب الشرقية", interval: null, granularity: null, dateSource: "undated" }),
];
