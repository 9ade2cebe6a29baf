import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from "@/lib/auth/cookie";
import { checkEditorName } from "@/lib/auth/editor-name";
import { loadSessionSecret, SESSION_SECRET_FILE } from "@/lib/auth/secret";

const dirs: string[] = [];
const freshDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), "zaman-secret-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("session secret", () => {
  it("is generated on first run, private to its owner, and the same on the next run", () => {
    const dir = path.join(freshDir(), "data");
    const first = loadSessionSecret({}, dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path.join(dir, SESSION_SECRET_FILE)).mode & 0o077).toBe(0);
    expect(loadSessionSecret({}, dir).equals(first)).toBe(true);
    expect(loadSessionSecret({}, freshDir()).equals(first)).toBe(false);
  });

  it("comes from ZAMAN_SESSION_SECRET when set, which must be long enough", () => {
    const value = "s".repeat(40);
    expect(loadSessionSecret({ ZAMAN_SESSION_SECRET: value }, freshDir()).toString()).toBe(value);
    expect(() => loadSessionSecret({ ZAMAN_SESSION_SECRET: "short" }, freshDir())).toThrow(/at least 32/);
  });
});

describe("session cookie", () => {
  it("is httpOnly, SameSite=Strict, on the whole site, with an expiry, Secure only over https", () => {
    const plain = sessionCookie("tok", 3_600_000, false);
    expect(plain.split("; ")).toEqual([`${SESSION_COOKIE}=tok`, "Path=/", "HttpOnly", "SameSite=Strict", "Max-Age=3600"]);
    expect(sessionCookie("tok", 3_600_000, true).endsWith("; Secure")).toBe(true);
    expect(clearedSessionCookie(false)).toContain("Max-Age=0");
  });

  it("is read back from a Cookie header among others", () => {
    expect(readCookie(`a=1; ${SESSION_COOKIE}=v1.x.y; b=2`, SESSION_COOKIE)).toBe("v1.x.y");
    expect(readCookie("a=1", SESSION_COOKIE)).toBeNull();
    expect(readCookie(null, SESSION_COOKIE)).toBeNull();
  });
});

describe("editor name", () => {
  it("keeps an Arabic name, trimmed, spaces collapsed", () => {
    expect(checkEditorName("  رهف   الحلبي ")).toEqual({ ok: true, name: "رهف الحلبي" });
  });

  it("refuses a missing, overlong, or direction-overriding name", () => {
    expect(checkEditorName("   ").ok).toBe(false);
    expect(checkEditorName(undefined).ok).toBe(false);
    expect(checkEditorName("ر".repeat(81)).ok).toBe(false);
    expect(checkEditorName("\u202Eرهف").ok).toBe(false);
  });
});

describe("where sign-in leads back to", () => {
  it("keeps a path on this site, with its query", async () => {
    const { safeNextPath } = await import("@/lib/auth/redirect");
    expect(safeNextPath("/articles/002_bd2704263292804c?l=en")).toBe("/articles/002_bd2704263292804c?l=en");
    expect(safeNextPath("/?v=1&sel=abc")).toBe("/?v=1&sel=abc");
  });

  it("refuses anything that leaves the site", async () => {
    const { safeNextPath } = await import("@/lib/auth/redirect");
    for (const bad of ["//evil.example/x", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "evil", "/\tx", null, ""]) {
      expect(safeNextPath(bad)).toBe("/");
    }
  });
});
