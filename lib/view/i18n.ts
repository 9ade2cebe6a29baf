// Interface labels, Arabic first. Both languages have exactly the same keys (the type checks it).
import type { DateSource, EventCategory } from "../events/types";
import type { DateSourceFilter, Grouping, Lang } from "./state";

const ar = {
  appName: "زمن",
  tagline: "تسلسل الأحداث من الأخبار العربية",
  switchLanguage: "English",
  filters: "التصفية",
  outlet: "الوسيلة الإعلامية",
  place: "المكان",
  actor: "الجهة الفاعلة",
  category: "نوع الحدث",
  dateSource: "مصدر التاريخ",
  search: "بحث في النص",
  searchPlaceholder: "مثلاً: الجيش السوري",
  grouping: "التجميع",
  clearFilters: "مسح التصفية",
  timeline: "الخط الزمني",
  narrative: "السرد اليومي",
  narrativeHint: "الأحداث نفسها مرتبة يوماً بيوم",
  zoomIn: "تكبير",
  zoomOut: "تصغير",
  fit: "عرض الكل",
  loading: "جارٍ التحميل…",
  eventsShown: "حدثاً معروضاً",
  eventsOf: "من",
  tooMany: "الأحداث كثيرة في هذه الفترة: كبّر لرؤيتها كلها",
  noEvents: "لا أحداث تطابق هذه التصفية في هذه الفترة",
  undated: "أحداث بلا تاريخ",
  startedEarlier: "بدأت قبل هذه الفترة",
  close: "إغلاق",
  evidence: "الدليل",
  reasoning: "كيف حُدّد التاريخ",
  published: "تاريخ النشر",
  publishedUnknown: "غير مؤرَّخ",
  places: "الأماكن",
  actors: "الجهات",
  sources: "المصادر",
  confidence: "درجة الثقة",
  otherReports: "تقارير أخرى عن الحدث نفسه",
  noOtherReports: "لم تورده مقالات أخرى",
  openArticle: "فتح المقال",
  article: "المقال",
  expressions: "التعابير الزمنية",
  eventsOfArticle: "الأحداث المستخرجة",
  resolvedTo: "يُحلّ إلى",
  inferred: "استنتاج الآلة",
  current: "التاريخ الحالي",
  correctedMark: "مُصحَّح",
  vagueMark: "تقريبي",
  reportedMark: "بتاريخ النشر",
  retoldMark: "رواية ثانية",
  retellsNote: "يروي المقال هنا مرة أخرى حدثاً ذكره قبل ذلك (النوع والجهة والتاريخ والمكان نفسها).",
  showFirstTelling: "عرض الرواية الأولى",
  share: "مشاركة",
  shareCopied: "نُسخ الرابط",
  shareCreate: "إنشاء رابط دائم",
  shareTooMany: "أُنشئ عدد كبير من الروابط؛ حاول بعد {s} ثانية",
  export: "تصدير",
  print: "طباعة",
  embed: "تضمين",
  readOnly: "عرض للقراءة فقط",
  keyboardHelp: "المفاتيح: ← → أو j k للتنقل بين الأحداث، Enter للفتح، Esc للإغلاق",
  invalidView: "تعذّرت قراءة العرض من الرابط، فعُرض العرض الافتراضي",
  notFound: "غير موجود",
  backToTimeline: "العودة إلى الخط الزمني",
  legend: "دليل الرموز",
  legendDay: "يوم محدد",
  legendVague: "فترة تقريبية",
  legendReported: "مؤرَّخ بتاريخ النشر فقط",
  legendCorrected: "تاريخ مُصحَّح",
  legendRetold: "رواية ثانية لحدث في المقال نفسه",
  all: "الكل",
  selected: "الحدث المحدد",
  clause: "الجملة",
  rule: "القاعدة",
  unspecified: "غير محدد",
  showReport: "عرض هذا التقرير",
  shareThisView: "رابط هذا العرض",
  copy: "نسخ",
  permanentLink: "رابط دائم (للقراءة فقط)",
  eventLink: "رابط هذا الحدث",
  openInExplorer: "فتح في المستكشف",
  shareNotFound: "رابط المشاركة هذا غير موجود أو غير صالح",
} as const;

type Labels = { readonly [K in keyof typeof ar]: string };

const en: Labels = {
  appName: "Zaman",
  tagline: "The sequence of events in Arabic news",
  switchLanguage: "العربية",
  filters: "Filters",
  outlet: "Outlet",
  place: "Place",
  actor: "Actor",
  category: "Event type",
  dateSource: "Date source",
  search: "Search the text",
  searchPlaceholder: "e.g. الجيش السوري",
  grouping: "Group by",
  clearFilters: "Clear filters",
  timeline: "Timeline",
  narrative: "Day by day",
  narrativeHint: "The same events, day by day",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  fit: "Show all",
  loading: "Loading…",
  eventsShown: "events shown",
  eventsOf: "of",
  tooMany: "Too many events in this period: zoom in to see them all",
  noEvents: "No events match these filters in this period",
  undated: "Undated events",
  startedEarlier: "Began before this period",
  close: "Close",
  evidence: "Evidence",
  reasoning: "How the date was found",
  published: "Published",
  publishedUnknown: "undated",
  places: "Places",
  actors: "Actors",
  sources: "Sources",
  confidence: "Confidence",
  otherReports: "Other reports of the same event",
  noOtherReports: "No other article reports it",
  openArticle: "Open the article",
  article: "Article",
  expressions: "Time expressions",
  eventsOfArticle: "Events extracted",
  resolvedTo: "resolves to",
  inferred: "Inferred",
  current: "Current date",
  correctedMark: "corrected",
  vagueMark: "approximate",
  reportedMark: "by publication date",
  retoldMark: "told again",
  retellsNote: "The article tells here again an event it told earlier (same kind, actor, date and place).",
  showFirstTelling: "Show the first telling",
  share: "Share",
  shareCopied: "Link copied",
  shareCreate: "Create a permanent link",
  shareTooMany: "Too many links made; try again in {s} s",
  export: "Export",
  print: "Print",
  embed: "Embed",
  readOnly: "Read-only view",
  keyboardHelp: "Keys: ← → or j k move between events, Enter opens, Esc closes",
  invalidView: "The link's view could not be read; showing the default view",
  notFound: "Not found",
  backToTimeline: "Back to the timeline",
  legend: "Legend",
  legendDay: "A given day",
  legendVague: "An approximate period",
  legendReported: "Dated by publication only",
  legendRetold: "Told again by the same article",
  legendCorrected: "Corrected date",
  all: "All",
  selected: "Selected event",
  clause: "Clause",
  rule: "Rule",
  unspecified: "unspecified",
  showReport: "Show this report",
  shareThisView: "Link to this view",
  copy: "Copy",
  permanentLink: "Permanent link (read only)",
  eventLink: "Link to this event",
  openInExplorer: "Open in the explorer",
  shareNotFound: "This share link does not exist or is malformed",
};

export type LabelKey = keyof typeof ar;

export function labels(lang: Lang): Labels {
  return lang === "ar" ? ar : en;
}

const CATEGORY_LABELS: Record<EventCategory, { ar: string; en: string }> = {
  battles: { ar: "معارك", en: "Battles" },
  "explosions-remote-violence": { ar: "قصف وتفجيرات", en: "Explosions / remote violence" },
  "violence-against-civilians": { ar: "عنف ضد المدنيين", en: "Violence against civilians" },
  "strategic-developments": { ar: "تطورات استراتيجية", en: "Strategic developments" },
  protests: { ar: "احتجاجات", en: "Protests" },
  riots: { ar: "أعمال شغب", en: "Riots" },
  statement: { ar: "تصريحات", en: "Statements" },
};

export function categoryLabel(c: EventCategory, lang: Lang): string {
  return CATEGORY_LABELS[c][lang];
}

const DATE_SOURCE_FILTER_LABELS: Record<DateSourceFilter, { ar: string; en: string }> = {
  explicit: { ar: "تعبير زمني صريح", en: "Explicit expression" },
  reported: { ar: "تاريخ النشر فقط", en: "Publication date only" },
  corrected: { ar: "مُصحَّح يدوياً", en: "Corrected by hand" },
};

export function dateSourceFilterLabel(d: DateSourceFilter, lang: Lang): string {
  return DATE_SOURCE_FILTER_LABELS[d][lang];
}

const DATE_SOURCE_LABELS: Record<DateSource, { ar: string; en: string }> = {
  clause: { ar: "تعبير زمني في الجملة نفسها", en: "a time expression in its clause" },
  sentence: { ar: "تعبير زمني في الجملة", en: "a time expression in its sentence" },
  narrative: { ar: "تاريخ الجملة السابقة التي يكملها السرد", en: "the previous sentence the narrative continues" },
  publication: { ar: "تاريخ نشر المقال فقط", en: "only the article's publication date" },
  undated: { ar: "لا تاريخ: المقال غير مؤرَّخ", en: "no date: the article is undated" },
};

export function dateSourceLabel(d: DateSource, lang: Lang): string {
  return DATE_SOURCE_LABELS[d][lang];
}

const GROUPING_LABELS: Record<Grouping, { ar: string; en: string }> = {
  none: { ar: "بلا تجميع", en: "None" },
  outlet: { ar: "حسب الوسيلة", en: "By outlet" },
  place: { ar: "حسب المكان", en: "By place" },
  actor: { ar: "حسب الجهة", en: "By actor" },
  category: { ar: "حسب النوع", en: "By event type" },
};

export function groupingLabel(g: Grouping, lang: Lang): string {
  return GROUPING_LABELS[g][lang];
}

const PUBLISHED_SOURCE_LABELS: Record<"given" | "inferred" | "corrected", { ar: string; en: string }> = {
  given: { ar: "كما ورد في المصدر", en: "as given by the source" },
  inferred: { ar: "مستنتَج من النص", en: "inferred from the text" },
  corrected: { ar: "مُصحَّح يدوياً", en: "corrected by hand" },
};

/** Where an article's publication date came from, in words. */
export function publishedSourceLabel(s: "given" | "inferred" | "corrected", lang: Lang): string {
  return PUBLISHED_SOURCE_LABELS[s][lang];
}

/** The two directions the interface is laid out in. */
export function direction(lang: Lang): "rtl" | "ltr" {
  return lang === "ar" ? "rtl" : "ltr";
}

/** A confidence 0..1 as a percentage readers can compare. */
export function formatConfidence(c: number, lang: Lang): string {
  const pct = Math.round(Math.max(0, Math.min(1, c)) * 100);
  return lang === "ar" ? `${pct}٪` : `${pct}%`;
}
