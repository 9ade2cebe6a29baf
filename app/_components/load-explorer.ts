// Server side of the timeline pages: resolve the view's window and load the first page of events with the
// HTML, so the timeline draws without waiting for a second round trip.
import { getFacets, listEvents } from "@/lib/store/timeline";
import type { ViewState, ViewWindow } from "@/lib/view/state";
import type { DayInterval } from "@/lib/time/types";
import type { EventPage, Facets } from "@/lib/view/types";
import { fetchRange, PAGE_LIMIT, windowForSpan } from "@/lib/view/window";

export interface ExplorerData {
  view: ViewState & { window: ViewWindow };
  page: EventPage;
  range: DayInterval;
  facets: Facets;
}

export async function loadExplorer(view: ViewState): Promise<ExplorerData> {
  const facets = await getFacets();
  const window = view.window ?? windowForSpan(facets.span);
  const range = fetchRange(window);
  const page = await listEvents({ range, from: range.start, to: range.end, filters: view.filters, limit: PAGE_LIMIT, offset: 0 });
  return { view: { ...view, window }, page, range, facets };
}
