// May this request change data? The one decision every write route asks, in order: is editing enabled at all (403),
// is the request from this site (403), is an editor signed in (401). Pure: headers in, a verdict out.
import type { EditingConfig } from "./config";
import { readCookie, SESSION_COOKIE } from "./cookie";
import { checkWriteOrigin } from "./origin";
import { verifySession, type EditorSession } from "./session";

/** What the decision needs of a request; the web-standard Request satisfies it. */
export interface WriteRequest {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
}

export type WriteVerdict =
  | { ok: true; editor: EditorSession }
  | { ok: false; status: 401 | 403; code: "editing-disabled" | "cross-site" | "not-signed-in" | "session-expired"; error: string };

/** The origin a request was addressed to: the forwarded host/proto set by Next's server (or a proxy), else its URL. */
export function requestOrigin(req: WriteRequest): string {
  const url = new URL(req.url);
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host") || url.host;
  const proto = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(":", "");
  return `${proto}://${host}`;
}

export function isHttps(req: WriteRequest, config: EditingConfig): boolean {
  return config.forceSecureCookie || requestOrigin(req).startsWith("https:");
}

/** The signed-in editor of a request, if any (reads need no sign-in; the UI asks this to show editing controls). */
export function currentEditor(req: WriteRequest, secret: Buffer, now: number): EditorSession | null {
  const check = verifySession(readCookie(req.headers.get("cookie"), SESSION_COOKIE), secret, now);
  return check.ok ? check.session : null;
}

export function authorizeWrite(req: WriteRequest, config: EditingConfig, secret: Buffer, now: number): WriteVerdict {
  if (!config.enabled) {
    return { ok: false, status: 403, code: "editing-disabled", error: "editing is disabled: ZAMAN_EDITOR_PASSWORD is not set" };
  }
  const origin = checkWriteOrigin({
    method: req.method,
    origin: req.headers.get("origin"),
    secFetchSite: req.headers.get("sec-fetch-site"),
    selfOrigin: requestOrigin(req),
    allowedOrigins: config.allowedOrigins,
  });
  if (!origin.ok) return { ok: false, status: 403, code: "cross-site", error: origin.reason };
  const session = verifySession(readCookie(req.headers.get("cookie"), SESSION_COOKIE), secret, now);
  if (!session.ok) {
    return session.reason === "expired"
      ? { ok: false, status: 401, code: "session-expired", error: "your editor session has expired: sign in again" }
      : { ok: false, status: 401, code: "not-signed-in", error: "sign in as an editor to make corrections" };
  }
  return { ok: true, editor: session.session };
}
