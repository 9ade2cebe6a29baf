// Browser-side calls to the write API and the sign-in routes. Same-origin fetches: the browser adds Origin and
// Sec-Fetch-Site, and sends the SameSite=Strict session cookie.
import type {
  ArticleCorrectionResponse,
  ConflictBody,
  EventCorrectionResponse,
  HistoryResponse,
  RevertResponse,
} from "@/lib/corrections/types";
import { refreshEditor } from "./useEditor";

export interface ApiFailure {
  ok: false;
  status: number;
  code: string;
  error: string;
  /** The whole error body (a 409 carries the current value; a 400 its issues). */
  body: Record<string, unknown>;
}
export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

async function call<T>(method: "GET" | "POST", url: string, body?: unknown, signal?: AbortSignal): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      signal,
      credentials: "same-origin",
      headers: body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    return { ok: false, status: 0, code: "network", error: err instanceof Error ? err.message : String(err), body: {} };
  }
  let data: unknown = null;
  try {
    data = await res.json();
  } catch {
    // not JSON
  }
  if (res.ok) return { ok: true, data: data as T };
  const b = (data ?? {}) as Record<string, unknown>;
  // A write refused for want of a session (expired, signed out elsewhere): the editing controls follow.
  if (res.status === 401 && method === "POST" && !url.startsWith("/api/auth/")) void refreshEditor();
  return {
    ok: false,
    status: res.status,
    code: typeof b.code === "string" ? b.code : res.status === 404 ? "not-found" : `http-${res.status}`,
    error: typeof b.error === "string" ? b.error : `HTTP ${res.status}`,
    body: b,
  };
}

const enc = encodeURIComponent;

export function eventHistory(id: string, signal?: AbortSignal) {
  return call<HistoryResponse>("GET", `/api/events/${enc(id)}/corrections`, undefined, signal);
}

export function articleHistory(id: string, signal?: AbortSignal) {
  return call<HistoryResponse>("GET", `/api/articles/${enc(id)}/corrections`, undefined, signal);
}

export function correctEvent(id: string, body: { date: string; granularity: string; reason: string; expectedVersion: number }) {
  return call<EventCorrectionResponse>("POST", `/api/events/${enc(id)}/corrections`, body);
}

export function correctArticle(id: string, body: { published: string; reason: string; expectedVersion: number | null }) {
  return call<ArticleCorrectionResponse>("POST", `/api/articles/${enc(id)}/corrections`, body);
}

export function revertCorrection(id: string, reason: string | null) {
  return call<RevertResponse>("POST", `/api/corrections/${enc(id)}/revert`, { reason });
}

export function signIn(name: string, password: string) {
  return call<{ editor: { name: string }; expiresAt: string }>("POST", "/api/auth/signin", { name, password });
}

export function signOut() {
  return call<{ editor: null }>("POST", "/api/auth/signout", {});
}

export function asConflict(f: ApiFailure): ConflictBody | null {
  return f.status === 409 && f.body.code === "conflict" ? (f.body as unknown as ConflictBody) : null;
}
