// Editor sessions as HMAC-signed tokens: `v1.<payload>.<signature>`, both base64url, the payload a small JSON
// {name, iat, exp, sid}. Stateless: the server keeps nothing, a token is valid until it expires or the secret changes.
// The clock is a parameter so expiry is tested without waiting.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { checkEditorName } from "./editor-name";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const VERSION = "v1";

export interface EditorSession {
  name: string;
  /** Epoch ms. */
  issuedAt: number;
  expiresAt: number;
  /** Random id: two sign-ins never produce the same token. */
  sid: string;
}

export type SessionCheck =
  | { ok: true; session: EditorSession }
  | { ok: false; reason: "missing" | "malformed" | "bad-signature" | "expired" };

function sign(body: string, secret: Buffer): Buffer {
  return createHmac("sha256", secret).update(body, "utf8").digest();
}

export function issueSession(name: string, secret: Buffer, now: number, ttlMs: number = SESSION_TTL_MS): { token: string; session: EditorSession } {
  const session: EditorSession = { name, issuedAt: now, expiresAt: now + ttlMs, sid: randomBytes(12).toString("base64url") };
  const payload = Buffer.from(
    JSON.stringify({ name: session.name, iat: session.issuedAt, exp: session.expiresAt, sid: session.sid }),
    "utf8",
  ).toString("base64url");
  const body = `${VERSION}.${payload}`;
  return { token: `${body}.${sign(body, secret).toString("base64url")}`, session };
}

export function verifySession(token: string | null | undefined, secret: Buffer, now: number): SessionCheck {
  if (!token) return { ok: false, reason: "missing" };
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== VERSION || !parts[1] || !parts[2]) return { ok: false, reason: "malformed" };
  const body = `${parts[0]}.${parts[1]}`;
  // Compared as text, so that only the canonical encoding passes (base64url decoding ignores a last character's
  // spare bits). Signature first, in constant time: nothing of the payload is trusted before it.
  const given = Buffer.from(parts[2], "utf8");
  const expected = Buffer.from(sign(body, secret).toString("base64url"), "utf8");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad-signature" };
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (typeof data !== "object" || data === null) return { ok: false, reason: "malformed" };
  const { name, iat, exp, sid } = data as Record<string, unknown>;
  const checked = checkEditorName(name);
  if (!checked.ok || typeof iat !== "number" || typeof exp !== "number" || typeof sid !== "string") {
    return { ok: false, reason: "malformed" };
  }
  if (now >= exp) return { ok: false, reason: "expired" };
  return { ok: true, session: { name: checked.name, issuedAt: iat, expiresAt: exp, sid } };
}
