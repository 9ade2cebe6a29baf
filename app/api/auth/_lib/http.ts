// Route-handler glue shared by the sign-in and correction routes: JSON answers, the session secret, and the one
// permission check every write goes through (lib/auth decides; this only turns the verdict into a response).
import { editingConfig, type EditingConfig } from "@/lib/auth/config";
import { checkWriteOrigin } from "@/lib/auth/origin";
import { authorizeWrite, currentEditor, requestOrigin } from "@/lib/auth/permission";
import { loadSessionSecret } from "@/lib/auth/secret";
import type { EditorSession } from "@/lib/auth/session";
import type { RequestIssue } from "@/lib/corrections/request";

let cachedSecret: Buffer | null = null;

export function sessionSecret(): Buffer {
  cachedSecret ??= loadSessionSecret();
  return cachedSecret;
}

export function config(): EditingConfig {
  return editingConfig();
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/** Errors are `{error, code, issues?}`: `error` for people, `code` for the UI to say it in Arabic. */
export function errorJson(status: number, code: string, error: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return json({ error, code, ...extra }, status, headers);
}

export function invalid(issues: readonly RequestIssue[]): Response {
  const first = issues[0];
  return errorJson(400, first?.code ?? "body-invalid", issues.map((i) => `${i.field}: ${i.message}`).join("; "), { issues });
}

/** The request body as JSON, or a 400 response. Bodies are small: anything over 16 kB is refused unread. */
export async function readJson(req: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > 16_384) return { ok: false, response: errorJson(413, "body-too-large", "request body too large") };
  const text = await req.text();
  if (text.length > 16_384) return { ok: false, response: errorJson(413, "body-too-large", "request body too large") };
  if (text.trim() === "") return { ok: true, body: {} };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: errorJson(400, "body-invalid", "the request body is not valid JSON") };
  }
}

/** A 403 for a write another site made the browser send (sign-in and sign-out included), else null. */
export function refuseCrossSite(req: Request): Response | null {
  const verdict = checkWriteOrigin({
    method: req.method,
    origin: req.headers.get("origin"),
    secFetchSite: req.headers.get("sec-fetch-site"),
    selfOrigin: requestOrigin(req),
    allowedOrigins: config().allowedOrigins,
  });
  return verdict.ok ? null : errorJson(403, "cross-site", verdict.reason);
}

/** The signed-in editor allowed to make this write, or the 401/403 response that refuses it. */
export function requireEditor(req: Request): { ok: true; editor: EditorSession } | { ok: false; response: Response } {
  const verdict = authorizeWrite(req, config(), sessionSecret(), Date.now());
  if (verdict.ok) return { ok: true, editor: verdict.editor };
  return { ok: false, response: errorJson(verdict.status, verdict.code, verdict.error) };
}

export function editorOf(req: Request): EditorSession | null {
  return currentEditor(req, sessionSecret(), Date.now());
}

/** Best effort: the forwarded client address (see WRITE_API.md on why the throttle does not rely on it alone). */
export function clientIp(req: Request): string | null {
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || req.headers.get("x-real-ip") || null;
}
