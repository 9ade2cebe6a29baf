// The correction UI's words, Arabic first. Both languages have the same keys (the type checks it), and every error
// code the write API or the form can produce has a sentence in each.
import type { CorrectionGranularity } from "./interval";
import type { Lang } from "./moves";

const ar = {
  editDate: "تصحيح التاريخ",
  editDateHint: "يُحفظ التصحيح مع اسمك والسبب، ولا يُمحى استنتاج الآلة الأصلي.",
  from: "من",
  to: "إلى (اختياري)",
  precision: "الدقة",
  willSave: "سيُحفظ",
  reason: "السبب (مطلوب)",
  reasonPlaceholder: "مثلاً: بيان سانا يحدد اليوم صراحةً",
  save: "حفظ التصحيح",
  saving: "جارٍ الحفظ…",
  cancel: "إلغاء",
  saved: "حُفظ التصحيح.",
  revertDone: "أُلغي التصحيح وعاد التاريخ السابق.",
  history: "سجل التصحيحات",
  noCorrections: "لم يُصحَّح بعد.",
  by: "بواسطة",
  at: "في",
  reverted: "أُلغي",
  revertOf: "إلغاء تصحيح سابق",
  revert: "إلغاء هذا التصحيح",
  reverting: "جارٍ الإلغاء…",
  revertReason: "سبب الإلغاء (اختياري)",
  confirmRevert: "تأكيد الإلغاء",
  conflictTitle: "عدّل شخص آخر هذا قبلك، فلم يُحفظ تصحيحك.",
  conflictCurrent: "القيمة الحالية",
  conflictLatest: "آخر تصحيح",
  conflictRetry: "ابدأ من القيمة الحالية",
  signInToEdit: "سجّل الدخول محرّراً لتصحيح التواريخ.",
  signIn: "تسجيل الدخول",
  signOut: "تسجيل الخروج",
  signedInAs: "محرّر:",
  signInTitle: "دخول المحرّرين",
  signInHint: "القراءة متاحة للجميع؛ التصحيح للمحرّرين فقط. يُسجَّل اسمك على كل تصحيح.",
  name: "اسمك",
  password: "كلمة مرور المحرّرين",
  signingIn: "جارٍ الدخول…",
  backToTimeline: "العودة إلى الخط الزمني",
  dragHint: "نقلتَ الحدث على الخط الزمني. اذكر السبب واحفظ، أو ألغِ ليعود إلى مكانه.",
  publishedTitle: "تصحيح تاريخ النشر",
  publishedNow: "تاريخ النشر الحالي",
  publishedNew: "تاريخ النشر الصحيح",
  undatedArticle: "هذا المقال غير مؤرَّخ: أعطه تاريخ نشر لتُحلّ تعابيره الزمنية النسبية.",
  whatMoved: "ما الذي تحرّك",
  nothingMoved: "لم يتحرّك أي حدث.",
  keptByHand: "أحداث صُحّحت يدوياً فبقيت في مكانها",
  corrections: "التصحيحات",
  event: "الحدث",
  old: "قبل",
  new: "بعد",
  none: "بلا تاريخ",
  original: "استنتاج الآلة",
  close: "إغلاق",
} as const;

export type CorrectionLabels = { readonly [K in keyof typeof ar]: string };

const en: CorrectionLabels = {
  editDate: "Correct the date",
  editDateHint: "The correction is kept with your name and reason; the engine's original inference is never erased.",
  from: "From",
  to: "To (optional)",
  precision: "Precision",
  willSave: "Will be saved as",
  reason: "Reason (required)",
  reasonPlaceholder: "e.g. SANA's statement gives the day explicitly",
  save: "Save correction",
  saving: "Saving…",
  cancel: "Cancel",
  saved: "Correction saved.",
  revertDone: "Correction reverted: the previous date is back.",
  history: "Correction history",
  noCorrections: "Not corrected yet.",
  by: "by",
  at: "on",
  reverted: "reverted",
  revertOf: "reverts an earlier correction",
  revert: "Revert this correction",
  reverting: "Reverting…",
  revertReason: "Why revert (optional)",
  confirmRevert: "Confirm revert",
  conflictTitle: "Someone else changed this first: your correction was not saved.",
  conflictCurrent: "Current value",
  conflictLatest: "Latest correction",
  conflictRetry: "Start again from the current value",
  signInToEdit: "Sign in as an editor to correct dates.",
  signIn: "Sign in",
  signOut: "Sign out",
  signedInAs: "Editor:",
  signInTitle: "Editors' sign-in",
  signInHint: "Anyone can read; only editors can correct. Your name is recorded on every correction.",
  name: "Your name",
  password: "Editors' password",
  signingIn: "Signing in…",
  backToTimeline: "Back to the timeline",
  dragHint: "You moved the event on the timeline. Give a reason and save, or cancel to put it back.",
  publishedTitle: "Correct the publication date",
  publishedNow: "Current publication date",
  publishedNew: "Correct publication date",
  undatedArticle: "This article is undated: give it a publication date and its relative time expressions resolve.",
  whatMoved: "What moved",
  nothingMoved: "No event moved.",
  keptByHand: "Events corrected by hand, left where they were",
  corrections: "Corrections",
  event: "Event",
  old: "before",
  new: "after",
  none: "undated",
  original: "Engine's inference",
  close: "Close",
};

export function correctionLabels(lang: Lang): CorrectionLabels {
  return lang === "ar" ? ar : en;
}

const PRECISION: Record<CorrectionGranularity, { ar: string; en: string }> = {
  day: { ar: "يوم (أو أيام محددة)", en: "Day (or given days)" },
  week: { ar: "أسبوع", en: "Week" },
  month: { ar: "شهر", en: "Month" },
  year: { ar: "سنة", en: "Year" },
};

export function precisionLabel(g: CorrectionGranularity, lang: Lang): string {
  return PRECISION[g][lang];
}

const ERRORS: Record<string, { ar: string; en: string }> = {
  "date-missing": { ar: "التاريخ مطلوب.", en: "A date is required." },
  "date-format": { ar: "اكتب التاريخ بالشكل YYYY-MM-DD.", en: "Write the date as YYYY-MM-DD." },
  "date-impossible": { ar: "هذا اليوم غير موجود في التقويم.", en: "That day does not exist in the calendar." },
  "date-out-of-range": { ar: "السنة خارج المدى المقبول (1000–2999).", en: "The year is outside 1000–2999." },
  "range-reversed": { ar: "نهاية المدى قبل بدايته.", en: "The range ends before it starts." },
  "range-too-long": { ar: "المدى أطول من قرن.", en: "The range is longer than a century." },
  "precision-unknown": { ar: "دقة غير معروفة.", en: "Unknown precision." },
  "precision-too-fine": { ar: "المدى أقصر من الدقة المختارة (شهر من ثلاثة أيام مثلاً).", en: "The range is shorter than the precision claims (e.g. a three-day month)." },
  "reason-missing": { ar: "اذكر سبب التصحيح.", en: "Give a reason for the correction." },
  "reason-too-long": { ar: "السبب أطول من 1000 حرف.", en: "The reason is longer than 1000 characters." },
  "reason-invalid": { ar: "السبب يحوي محارف تحكّم.", en: "The reason contains control characters." },
  "version-missing": { ar: "أعد تحميل الحدث ثم حاول مجدداً.", en: "Reload the event and try again." },
  "version-invalid": { ar: "أعد تحميل الحدث ثم حاول مجدداً.", en: "Reload the event and try again." },
  "body-invalid": { ar: "طلب غير صالح.", en: "Invalid request." },
  "not-signed-in": { ar: "سجّل الدخول محرّراً أولاً.", en: "Sign in as an editor first." },
  "session-expired": { ar: "انتهت جلستك: سجّل الدخول مجدداً.", en: "Your session expired: sign in again." },
  "cross-site": { ar: "رُفض طلب آتٍ من موقع آخر.", en: "A request from another site was refused." },
  "editing-disabled": { ar: "التحرير معطّل على هذا الخادم (ZAMAN_EDITOR_PASSWORD غير مضبوطة).", en: "Editing is disabled on this server (ZAMAN_EDITOR_PASSWORD is not set)." },
  "wrong-password": { ar: "كلمة المرور غير صحيحة.", en: "Wrong password." },
  "too-many-attempts": { ar: "محاولات فاشلة كثيرة: انتظر قليلاً ثم أعد المحاولة.", en: "Too many failed attempts: wait a moment and try again." },
  "name-invalid": { ar: "اكتب اسمك (حتى 80 حرفاً).", en: "Give your name (up to 80 characters)." },
  "not-found": { ar: "غير موجود.", en: "Not found." },
  conflict: { ar: "عدّل شخص آخر هذا قبلك.", en: "Someone else changed this first." },
  "already-reverted": { ar: "أُلغي هذا التصحيح من قبل.", en: "This correction was already reverted." },
  "not-revertible": { ar: "لا يمكن إلغاء هذا التصحيح: تلاه تصحيح آخر للهدف نفسه، ألغِ الأحدث أولاً.", en: "This correction cannot be reverted: a later one changed the same item; revert that first." },
};

/** A sentence for an error code; unknown codes fall back to the server's own (English) message. */
export function errorText(code: string | undefined, lang: Lang, fallback: string): string {
  const known = code ? ERRORS[code] : undefined;
  return known ? known[lang] : fallback;
}

export const KNOWN_ERROR_CODES = Object.keys(ERRORS);
