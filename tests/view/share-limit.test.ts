import { describe, expect, it } from "vitest";
import { ShareLinkLimit, shareLimitKeys } from "../../lib/view/share-limit";

const MINUTE = 60_000;

describe("share link limit", () => {
  it("lets a client make its quota, then refuses with the time left in its window, then allows again", () => {
    const limit = new ShareLinkLimit({ limit: 3, windowMs: 10 * MINUTE }, { limit: 100, windowMs: 60 * MINUTE });
    const keys = shareLimitKeys("203.0.113.7");
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < 3; i += 1) expect(limit.take(keys, t0 + i * 1000).allowed).toBe(true);
    const refused = limit.take(keys, t0 + 4 * MINUTE);
    expect(refused).toEqual({ allowed: false, retryAfterMs: 6 * MINUTE });
    // Another client is not affected.
    expect(limit.take(shareLimitKeys("198.51.100.2"), t0 + 4 * MINUTE).allowed).toBe(true);
    expect(limit.take(keys, t0 + 10 * MINUTE).allowed).toBe(true);
  });

  it("bounds all clients together, whatever addresses they claim", () => {
    const limit = new ShareLinkLimit({ limit: 3, windowMs: MINUTE }, { limit: 5, windowMs: 60 * MINUTE });
    const t0 = 0;
    const answers = Array.from({ length: 8 }, (_, i) => limit.take(shareLimitKeys(`10.0.0.${i}`), t0 + i).allowed);
    expect(answers).toEqual([true, true, true, true, true, false, false, false]);
  });

  it("a refused request is not counted", () => {
    const limit = new ShareLinkLimit({ limit: 1, windowMs: MINUTE }, { limit: 2, windowMs: MINUTE });
    expect(limit.take(shareLimitKeys("a"), 0).allowed).toBe(true);
    expect(limit.take(shareLimitKeys("a"), 1).allowed).toBe(false);
    // The global window still has room for one: the refusal above did not use it.
    expect(limit.take(shareLimitKeys("b"), 2).allowed).toBe(true);
  });

  it("forgets clients rather than grow without bound", () => {
    const limit = new ShareLinkLimit({ limit: 1, windowMs: MINUTE }, { limit: 1_000_000, windowMs: MINUTE }, 50);
    for (let i = 0; i < 500; i += 1) expect(limit.take(shareLimitKeys(`c${i}`), i).allowed).toBe(true);
    expect((limit as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(50);
  });
});
