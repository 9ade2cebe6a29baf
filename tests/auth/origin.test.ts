import { describe, expect, it } from "vitest";
import { checkWriteOrigin, normaliseOrigin } from "@/lib/auth/origin";

const self = "http://localhost:3000";
const post = (origin: string | null, secFetchSite: string | null, allowedOrigins?: string[]) =>
  checkWriteOrigin({ method: "POST", origin, secFetchSite, selfOrigin: self, allowedOrigins });

describe("cross-site write protection", () => {
  it("lets reads through whatever their origin", () => {
    expect(checkWriteOrigin({ method: "GET", origin: "https://evil.example", secFetchSite: "cross-site", selfOrigin: self }).ok).toBe(true);
    expect(checkWriteOrigin({ method: "head", origin: null, secFetchSite: "cross-site", selfOrigin: self }).ok).toBe(true);
  });

  it("accepts a write from the app's own pages", () => {
    expect(post(self, "same-origin").ok).toBe(true);
    expect(post("http://LOCALHOST:3000", null).ok).toBe(true);
  });

  it("refuses a write another site makes the browser send", () => {
    expect(post("https://evil.example", "cross-site").ok).toBe(false);
    expect(post(null, "cross-site").ok).toBe(false);
    expect(post(null, "same-site").ok).toBe(false); // a sibling subdomain is another site's code
    expect(post("http://localhost:3001", null).ok).toBe(false);
    expect(post("https://localhost:3000", null).ok).toBe(false);
    expect(post("null", "same-origin").ok).toBe(false);
    const refused = post("https://evil.example", null);
    expect(refused.ok === false && refused.reason).toContain("evil.example");
  });

  it("applies to every method that writes", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(checkWriteOrigin({ method, origin: "https://evil.example", secFetchSite: null, selfOrigin: self }).ok).toBe(false);
    }
  });

  it("accepts a request with neither header (not a browser page: it still needs the session cookie)", () => {
    expect(post(null, null).ok).toBe(true);
    expect(post(null, "none").ok).toBe(true);
  });

  it("accepts configured public origins behind a proxy, with default ports normalised", () => {
    expect(post("https://zaman.example.org", "same-origin", ["https://zaman.example.org:443"]).ok).toBe(true);
    expect(post("https://other.example.org", "same-origin", ["https://zaman.example.org"]).ok).toBe(false);
    expect(normaliseOrigin("javascript:alert(1)")).toBeNull();
    expect(normaliseOrigin("HTTP://Example.org:80/path")).toBe("http://example.org");
  });
});
