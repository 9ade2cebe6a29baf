import { describe, expect, it, vi } from "vitest";

// Wrap the real timingSafeEqual so the test can see what it was given.
vi.mock("node:crypto", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:crypto")>();
  return { ...real, default: real, timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

const crypto = await import("node:crypto");
const { editorPasswordMatches } = await import("@/lib/auth/password");

describe("editor password check", () => {
  it("accepts the password and refuses anything else", () => {
    expect(editorPasswordMatches("حلب-كانون-2016", "حلب-كانون-2016")).toBe(true);
    expect(editorPasswordMatches("حلب-كانون-2015", "حلب-كانون-2016")).toBe(false);
    expect(editorPasswordMatches("", "حلب-كانون-2016")).toBe(false);
    expect(editorPasswordMatches("حلب-كانون-2016 ", "حلب-كانون-2016")).toBe(false);
  });

  it("never matches when no password is set, not even an empty guess", () => {
    expect(editorPasswordMatches("", null)).toBe(false);
    expect(editorPasswordMatches("", "")).toBe(false);
    expect(editorPasswordMatches("anything", null)).toBe(false);
  });

  it("compares fixed-length digests with crypto.timingSafeEqual, whatever the guess's length", () => {
    const spy = vi.mocked(crypto.timingSafeEqual);
    spy.mockClear();
    for (const guess of ["x", "a much longer guess than the password itself", "كلمة"]) {
      editorPasswordMatches(guess, "secret-password");
    }
    expect(spy).toHaveBeenCalledTimes(3);
    for (const [a, b] of spy.mock.calls) {
      expect((a as Buffer).length).toBe(32);
      expect((b as Buffer).length).toBe(32);
    }
    // Also on the disabled path, so that path takes the same time.
    spy.mockClear();
    editorPasswordMatches("guess", null);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("treats composed and decomposed Arabic the same (NFC)", () => {
    // «آ» as one code point vs alef + madda above.
    expect(editorPasswordMatches("\u0622ذار", "\u0627\u0653ذار")).toBe(true);
  });
});
