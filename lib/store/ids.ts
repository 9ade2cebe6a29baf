// Stored ids. Event and expression ids derive from the article id and the position the pipeline gives (stable for
// the same text), so they survive re-ingest: corrections and share links name events by them. URL-safe as they are.

export function eventId(articleId: string, ordinal: number): string {
  return `${articleId}-e${ordinal}`;
}

export function timexId(articleId: string, index: number): string {
  return `${articleId}-t${index}`;
}

/** The article and ordinal an event id names, or null when it is not an event id. */
export function parseEventId(id: string): { articleId: string; ordinal: number } | null {
  const m = /^(.+)-e(\d{1,6})$/.exec(id);
  return m ? { articleId: m[1]!, ordinal: Number(m[2]) } : null;
}

/** A group is named after its smallest member event id: stable while that member stays in it. */
export function groupId(memberEventIds: readonly string[]): string {
  return `g-${[...memberEventIds].sort()[0] ?? ""}`;
}
