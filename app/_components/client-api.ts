// Browser-side calls to the read API. Every request can be aborted when the view moves on.
import type { DensityBucket, DensityUnit } from "@/lib/view/density";
import type { ViewFilters } from "@/lib/view/state";
import type { DayInterval } from "@/lib/time/types";
import type { EventDetail, EventPage } from "@/lib/view/types";
import { encodeFilters } from "@/lib/view/url";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: "application/json" } });
  if (!res.ok) {
    let message = `${res.status}`;
    try {
      const body = (await res.json()) as { error?: string };
      if (body.error) message = body.error;
    } catch {
      // not JSON: keep the status
    }
    throw new ApiError(res.status, message);
  }
  return (await res.json()) as T;
}

export function eventsUrl(range: DayInterval, filters: ViewFilters, limit: number): string {
  const q = encodeFilters({ filters });
  q.set("from", range.start);
  q.set("to", range.end);
  q.set("limit", String(limit));
  return `/api/events?${q.toString()}`;
}

export function fetchEvents(range: DayInterval, filters: ViewFilters, limit: number, signal?: AbortSignal) {
  return getJson<EventPage>(eventsUrl(range, filters, limit), signal);
}

export function fetchDensity(range: DayInterval, filters: ViewFilters, signal?: AbortSignal) {
  const q = encodeFilters({ filters });
  q.set("from", range.start);
  q.set("to", range.end);
  return getJson<{ unit: DensityUnit; buckets: DensityBucket[] }>(`/api/events/density?${q.toString()}`, signal);
}

export function fetchEvent(id: string, signal?: AbortSignal) {
  return getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`, signal);
}

/** The window's events, or their density when there are too many (GET /api/timeline). */
export function fetchWindow(range: DayInterval, filters: ViewFilters, signal?: AbortSignal) {
  const q = encodeFilters({ filters });
  q.set("from", range.start);
  q.set("to", range.end);
  return getJson<{ page: EventPage; density: { unit: DensityUnit; buckets: DensityBucket[] } | null }>(`/api/timeline?${q.toString()}`, signal);
}
