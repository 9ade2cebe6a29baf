// The weekday check: when the text states a weekday with a date («اليوم الاثنين», «الأحد 12 كانون الأول»), the
// resolved day must be that weekday. A mismatch is not corrected (the date words usually win: a reporter writes
// «اليوم» right and the weekday from memory), only flagged so a reader sees it.

import { dayOf, isoWeekday } from "../../../calendar";
import type { TimexDraft } from "../../../draft";
import type { DayInterval } from "../../../types";
import { WEEKDAY_ENGLISH } from "../constants";

/** The flag for a draft's stated weekday against its resolved interval; null when they agree or cannot be checked. */
export function weekdayAgreementFlag(draft: TimexDraft, interval: DayInterval | null): string | null {
  if (!draft.statedWeekday || !interval) return null;
  const actual = isoWeekday(dayOf(interval.start));
  if (actual === draft.statedWeekday.weekday) return null;
  return `weekday-mismatch: text says ${draft.statedWeekday.text} (${WEEKDAY_ENGLISH[draft.statedWeekday.weekday]}), ${interval.start} is a ${WEEKDAY_ENGLISH[actual]}`;
}
