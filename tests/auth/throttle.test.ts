import { describe, expect, it } from "vitest";
import { signInKeys, SignInThrottle } from "@/lib/auth/throttle";

const t0 = Date.UTC(2016, 11, 12, 9, 0, 0);

describe("sign-in throttle", () => {
  it("lets the first failures through, then doubles a lock-out on each further one", () => {
    const throttle = new SignInThrottle();
    const keys = signInKeys("203.0.113.7", "رهف");
    const waits: number[] = [];
    let now = t0;
    for (let i = 0; i < 6; i += 1) {
      expect(throttle.check(keys, now)).toEqual({ allowed: true });
      waits.push(throttle.fail(keys, now));
      now += waits.at(-1)!; // try again as soon as allowed
    }
    expect(waits).toEqual([0, 0, 0, 1000, 2000, 4000]);
  });

  it("refuses attempts during a lock-out and says how long to wait", () => {
    const throttle = new SignInThrottle();
    const keys = signInKeys("203.0.113.7", "رهف");
    for (let i = 0; i < 4; i += 1) throttle.fail(keys, t0);
    expect(throttle.check(keys, t0 + 400)).toEqual({ allowed: false, retryAfterMs: 600 });
    expect(throttle.check(keys, t0 + 1000)).toEqual({ allowed: true });
  });

  it("locks a name out even from another address, and an address out whatever name it types", () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 4; i += 1) throttle.fail(signInKeys(`198.51.100.${i}`, "رهف"), t0);
    expect(throttle.check(signInKeys("192.0.2.1", "رهف"), t0).allowed).toBe(false);
    expect(throttle.check(signInKeys("192.0.2.1", "سامر"), t0).allowed).toBe(true);

    for (let i = 0; i < 4; i += 1) throttle.fail(signInKeys("192.0.2.9", `name-${i}`), t0);
    expect(throttle.check(signInKeys("192.0.2.9", "غيره"), t0).allowed).toBe(false);
  });

  it("bounds guessing with the global key when both address and name change every time", () => {
    const throttle = new SignInThrottle();
    let locked = 0;
    for (let i = 0; i < 25; i += 1) locked = throttle.fail(signInKeys(`10.0.0.${i}`, `n${i}`), t0);
    expect(locked).toBeGreaterThan(0);
    expect(throttle.check(signInKeys("10.9.9.9", "جديد"), t0).allowed).toBe(false);
  });

  it("clears the client's and the name's failures on success, and forgets after a quiet hour", () => {
    const throttle = new SignInThrottle();
    const keys = signInKeys("203.0.113.7", "رهف");
    for (let i = 0; i < 3; i += 1) throttle.fail(keys, t0);
    throttle.succeed(keys);
    expect(throttle.fail(keys, t0)).toBe(0); // the count started again

    const other = new SignInThrottle();
    for (let i = 0; i < 3; i += 1) other.fail(keys, t0);
    expect(other.fail(keys, t0 + 61 * 60_000)).toBe(0);
  });

  it("keeps a bounded number of keys", () => {
    const throttle = new SignInThrottle(undefined, undefined, 100);
    for (let i = 0; i < 1000; i += 1) throttle.fail([`ip:${i}`], t0);
    expect(throttle.size).toBeLessThanOrEqual(100);
  });

  it("keys names case- and form-insensitively", () => {
    expect(signInKeys(null, " Rahaf ")).toEqual(signInKeys(null, "rahaf"));
    expect(signInKeys(null, "رهف")).toContain("name:رهف");
    expect(signInKeys(null, null)).toEqual(["global"]);
  });
});
