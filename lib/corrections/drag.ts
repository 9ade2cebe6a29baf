// A drag on the timeline → the interval the correction form opens with. vis-timeline reports times in epoch ms:
// a one-day box sits at its day's middle, a range ends at the midnight after its last day (lib/view/items.ts).
// Snapping to whole days keeps a drag from inventing hours the data never had.
import type { DayInterval } from "../time/types";
import { dayFromNumber } from "./interval";

const DAY_MS = 86_400_000;

/** The days an item covers after it was moved or resized; `end` null for a box (one day). */
export function intervalFromDrag(start: number, end: number | null): DayInterval {
  if (end === null) {
    const day = dayFromNumber(Math.floor(start / DAY_MS));
    return { start: day, end: day };
  }
  // Range edges sit on midnights, so a move shifts both by the same whole number of days after rounding.
  const first = Math.round(start / DAY_MS);
  const afterLast = Math.max(first + 1, Math.round(end / DAY_MS));
  return { start: dayFromNumber(first), end: dayFromNumber(afterLast - 1) };
}
