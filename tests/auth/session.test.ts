import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { issueSession, SESSION_TTL_MS, verifySession } from "@/lib/auth/session";

const secret = randomBytes(32);
const now = Date.UTC(2016, 11, 12, 9, 0, 0);

function tamperPayload(token: string, edit: (p: Record<string, unknown>) => void): string {
  const [v, payload, sig] = token.split(".") as [string, string, string];
  const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
  edit(data);
  return `${v}.${Buffer.from(JSON.stringify(data)).toString("base64url")}.${sig}`;
}

describe("editor sessions", () => {
  it("round-trips the editor's Arabic name and the expiry", () => {
    const { token, session } = issueSession("رهف الحلبي", secret, now);
    const check = verifySession(token, secret, now + 1000);
    expect(check).toEqual({ ok: true, session });
    expect(session.expiresAt - session.issuedAt).toBe(SESSION_TTL_MS);
  });

  it("gives two sign-ins of the same name different tokens", () => {
    expect(issueSession("رهف", secret, now).token).not.toBe(issueSession("رهف", secret, now).token);
  });

  it("rejects a token whose payload was changed (another name, a later expiry)", () => {
    const { token } = issueSession("رهف", secret, now);
    expect(verifySession(tamperPayload(token, (p) => (p.name = "مدير")), secret, now)).toEqual({ ok: false, reason: "bad-signature" });
    expect(verifySession(tamperPayload(token, (p) => (p.exp = now + 365 * 86_400_000)), secret, now)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
  });

  it("rejects a changed or truncated signature, and a token signed with another secret", () => {
    const { token } = issueSession("رهف", secret, now);
    const sigStart = token.lastIndexOf(".") + 1;
    for (const at of [sigStart, sigStart + 20, token.length - 1]) {
      for (const c of ["A", "B", "_"]) {
        if (token[at] === c) continue;
        expect(verifySession(token.slice(0, at) + c + token.slice(at + 1), secret, now).ok).toBe(false);
      }
    }
    expect(verifySession(token.slice(0, -4), secret, now)).toEqual({ ok: false, reason: "bad-signature" });
    expect(verifySession(token, randomBytes(32), now)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("expires exactly at its expiry time", () => {
    const { token, session } = issueSession("رهف", secret, now, 60_000);
    expect(verifySession(token, secret, session.expiresAt - 1).ok).toBe(true);
    expect(verifySession(token, secret, session.expiresAt)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses missing and malformed tokens without throwing", () => {
    expect(verifySession(null, secret, now)).toEqual({ ok: false, reason: "missing" });
    expect(verifySession("", secret, now)).toEqual({ ok: false, reason: "missing" });
    for (const bad of ["abc", "v1.abc", "v2.a.b", "v1..sig", "v1.a.b.c"]) {
      expect(verifySession(bad, secret, now).ok).toBe(false);
    }
  });
});
