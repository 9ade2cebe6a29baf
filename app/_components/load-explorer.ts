// Server side of the timeline pages: resolve the view's window and load the first page of events with the
// HTML, so the timeline draws without waiting for a second round trip.
import { getFacets, loadWindow } from "@/lib/store/timeline";
import type { ViewState, ViewWindow } from "@/lib/view/state";
import type { DayInterval } from "@/lib/time/types";
import type { DensityBucket } from "@/lib/view/density";
import type { EventPage, Facets } from "@/lib/view/types";
import { fetchRange, PAGE_LIMIT, windowForSpan } from "@/lib/view/window";

export interface ExplorerData {
  view: ViewState & { window: ViewWindow };
  page: EventPage;
  /** Counts per period when the window holds too many events to draw. */
  density: DensityBucket[] | null;
  range: DayInterval;
  facets: Facets;
}

export async function loadExplorer(view: ViewState): Promise<ExplorerData> {
  const facets = await getFacets();
  const window = view.window ?? windowForSpan(facets.span);
  const range = fetchRange(window);
  const { page, density } = await loadWindow(range, view.filters, PAGE_LIMIT);
  return { view: { ...view, window }, page, density: density?.buckets ?? null, range, facets };
}
