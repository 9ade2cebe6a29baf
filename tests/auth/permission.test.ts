import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { editingConfig } from "@/lib/auth/config";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { authorizeWrite, currentEditor, requestOrigin } from "@/lib/auth/permission";
import { issueSession } from "@/lib/auth/session";

const secret = randomBytes(32);
const now = Date.UTC(2016, 11, 12, 9, 0, 0);
const enabled = editingConfig({ ZAMAN_EDITOR_PASSWORD: "كلمة-سر-طويلة" });

function request(method: string, headers: Record<string, string>, url = "http://localhost:3000/api/events/e1/corrections"): Request {
  return new Request(url, { method, headers });
}

describe("who may write", () => {
  const { token } = issueSession("رهف", secret, now, 60_000);
  const cookie = `theme=dark; ${SESSION_COOKIE}=${token}`;

  it("lets a signed-in editor write from the app's own page, and says who they are", () => {
    const verdict = authorizeWrite(request("POST", { cookie, origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }), enabled, secret, now);
    expect(verdict.ok && verdict.editor.name).toBe("رهف");
  });

  it("refuses anonymous writes with 401", () => {
    const verdict = authorizeWrite(request("POST", { origin: "http://localhost:3000" }), enabled, secret, now);
    expect(verdict).toMatchObject({ ok: false, status: 401, code: "not-signed-in" });
  });

  it("says 401 session-expired for an expired session", () => {
    const verdict = authorizeWrite(request("POST", { cookie }), enabled, secret, now + 60_000);
    expect(verdict).toMatchObject({ ok: false, status: 401, code: "session-expired" });
  });

  it("refuses a cross-site write with 403 even with a valid session cookie", () => {
    const verdict = authorizeWrite(request("POST", { cookie, origin: "https://evil.example", "sec-fetch-site": "cross-site" }), enabled, secret, now);
    expect(verdict).toMatchObject({ ok: false, status: 403, code: "cross-site" });
  });

  it("refuses every write with 403 when no editor password is set", () => {
    const disabled = editingConfig({});
    expect(disabled.enabled).toBe(false);
    expect(authorizeWrite(request("POST", { cookie }), disabled, secret, now)).toMatchObject({ ok: false, status: 403, code: "editing-disabled" });
  });

  it("reads the request's own origin from the forwarded host and protocol", () => {
    expect(requestOrigin(request("POST", { host: "localhost:3000", "x-forwarded-proto": "https", "x-forwarded-host": "zaman.example.org" }))).toBe(
      "https://zaman.example.org",
    );
    expect(requestOrigin(request("POST", {}, "http://127.0.0.1:4000/x"))).toBe("http://127.0.0.1:4000");
  });

  it("knows the current editor on reads, and nobody with a forged cookie", () => {
    expect(currentEditor(request("GET", { cookie }), secret, now)?.name).toBe("رهف");
    expect(currentEditor(request("GET", { cookie: `${SESSION_COOKIE}=${token}x` }), secret, now)).toBeNull();
  });
});

describe("editing settings", () => {
  it("reads lifetime and public origins from the environment", () => {
    const c = editingConfig({ ZAMAN_EDITOR_PASSWORD: "x", ZAMAN_SESSION_HOURS: "2", ZAMAN_PUBLIC_ORIGIN: "https://a.example, https://b.example" });
    expect(c.sessionTtlMs).toBe(2 * 3_600_000);
    expect(c.allowedOrigins).toEqual(["https://a.example", "https://b.example"]);
    expect(editingConfig({ ZAMAN_EDITOR_PASSWORD: "" }).enabled).toBe(false);
  });
});
