// The sign-in routes called as Next calls them: a web Request in, a Response out.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

const dataDir = mkdtempSync(path.join(tmpdir(), "zaman-auth-routes-"));
const PASSWORD = "حلب-2016-كلمة-طويلة";
beforeAll(() => {
  process.env.ZAMAN_DATA_DIR = dataDir;
  delete process.env.ZAMAN_SESSION_SECRET;
});
beforeEach(() => {
  process.env.ZAMAN_EDITOR_PASSWORD = PASSWORD;
});
afterAll(() => {
  delete process.env.ZAMAN_EDITOR_PASSWORD;
  delete process.env.ZAMAN_DATA_DIR;
  rmSync(dataDir, { recursive: true, force: true });
});

const signin = await import("@/app/api/auth/signin/route");
const signout = await import("@/app/api/auth/signout/route");
const session = await import("@/app/api/auth/session/route");

const BASE = "http://localhost:3000";
function post(url: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${BASE}${url}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE, "sec-fetch-site": "same-origin", ...headers },
    body: JSON.stringify(body),
  });
}
function cookieOf(res: Response): string {
  const set = res.headers.get("set-cookie") ?? "";
  return set.split(";")[0] ?? "";
}

describe("sign-in", () => {
  it("signs an editor in with the right password: an httpOnly SameSite=Strict cookie the session route recognises", async () => {
    const res = await signin.POST(post("/api/auth/signin", { name: "رهف الحلبي", password: PASSWORD }, { "x-forwarded-for": "192.0.2.1" }));
    expect(res.status).toBe(200);
    const set = res.headers.get("set-cookie")!;
    expect(set).toMatch(/^zaman_session=v1\./);
    expect(set).toContain("HttpOnly");
    expect(set).toContain("SameSite=Strict");
    expect(set).not.toContain("Secure");
    expect(((await res.json()) as { editor: { name: string } }).editor.name).toBe("رهف الحلبي");

    const who = await session.GET(new Request(`${BASE}/api/auth/session`, { headers: { cookie: cookieOf(res) } }));
    expect(await who.json()).toMatchObject({ editing: true, editor: { name: "رهف الحلبي" } });
    const nobody = await session.GET(new Request(`${BASE}/api/auth/session`));
    expect(await nobody.json()).toMatchObject({ editing: true, editor: null });
  });

  it("sets the Secure flag when the site is reached over https", async () => {
    const res = await signin.POST(
      post("/api/auth/signin", { name: "سامر", password: PASSWORD }, { "x-forwarded-proto": "https", origin: "https://localhost:3000", "x-forwarded-for": "192.0.2.2" }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toContain("Secure");
  });

  it("refuses a wrong password with 401 and no cookie", async () => {
    const res = await signin.POST(post("/api/auth/signin", { name: "رهف", password: "خطأ" }, { "x-forwarded-for": "192.0.2.3" }));
    expect(res.status).toBe(401);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(await res.json()).toMatchObject({ code: "wrong-password" });
  });

  it("slows repeated failures down: 429 with Retry-After, even for the right password, until the lock-out ends", async () => {
    const ip = { "x-forwarded-for": "198.51.100.77" };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await signin.POST(post("/api/auth/signin", { name: "مهاجم", password: `guess-${i}` }, ip))).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    const locked = await signin.POST(post("/api/auth/signin", { name: "مهاجم", password: PASSWORD }, ip));
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(locked.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a sign-in another site makes the browser send", async () => {
    const res = await signin.POST(
      post("/api/auth/signin", { name: "رهف", password: PASSWORD }, { origin: "https://evil.example", "sec-fetch-site": "cross-site" }),
    );
    expect(res.status).toBe(403);
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("needs a name", async () => {
    const res = await signin.POST(post("/api/auth/signin", { name: "  ", password: PASSWORD }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: "name-invalid" });
  });

  it("is disabled, with a message in both languages, when no password is set", async () => {
    delete process.env.ZAMAN_EDITOR_PASSWORD;
    const res = await signin.POST(post("/api/auth/signin", { name: "رهف", password: "" }));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: "editing-disabled" });
    const state = (await (await session.GET(new Request(`${BASE}/api/auth/session`))).json()) as { editing: boolean; message: { ar: string } };
    expect(state.editing).toBe(false);
    expect(state.message.ar).toContain("ZAMAN_EDITOR_PASSWORD");
  });

  it("signs out by expiring the cookie", async () => {
    const res = await signout.POST(post("/api/auth/signout", {}));
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/^zaman_session=;.*Max-Age=0/);
  });
});
