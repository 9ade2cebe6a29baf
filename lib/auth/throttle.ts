// Slows down repeated failed sign-ins. Each key (the client's IP, the name typed, and one global key) gets a few free
// failures, then every further failure doubles a lock-out (1 s, 2 s, 4 s … up to a cap) during which attempts are
// refused without checking the password. A key is forgotten after a quiet period. Kept in memory: a restart forgets
// it, and several server processes would each keep their own (documented in WRITE_API.md).
// The global key matters because X-Forwarded-For can be forged by a direct client: whatever the keys an attacker
// rotates, guessing stays bounded.

export interface ThrottlePolicy {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key with no failure for this long starts afresh. */
  forgetAfterMs: number;
}

export const PER_CLIENT_POLICY: ThrottlePolicy = { freeFailures: 3, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };
export const GLOBAL_POLICY: ThrottlePolicy = { freeFailures: 20, baseDelayMs: 1_000, maxDelayMs: 60_000, forgetAfterMs: 15 * 60_000 };

interface KeyState {
  failures: number;
  lastFailure: number;
  lockedUntil: number;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Keys for a sign-in attempt; the policy of each is chosen by its prefix. */
export function signInKeys(ip: string | null, name: string | null): string[] {
  const keys = ["global"];
  if (ip) keys.push(`ip:${ip}`);
  if (name) keys.push(`name:${name.normalize("NFC").trim().toLowerCase()}`);
  return keys;
}

export class SignInThrottle {
  private readonly state = new Map<string, KeyState>();

  constructor(
    private readonly perClient: ThrottlePolicy = PER_CLIENT_POLICY,
    private readonly global: ThrottlePolicy = GLOBAL_POLICY,
    /** Bound on remembered keys, so a flood of made-up IPs/names cannot exhaust memory. */
    private readonly maxKeys: number = 10_000,
  ) {}

  private policy(key: string): ThrottlePolicy {
    return key === "global" ? this.global : this.perClient;
  }

  private current(key: string, now: number): KeyState | undefined {
    const s = this.state.get(key);
    if (s && now - s.lastFailure >= this.policy(key).forgetAfterMs && now >= s.lockedUntil) {
      this.state.delete(key);
      return undefined;
    }
    return s;
  }

  /** May an attempt with these keys be checked now? */
  check(keys: readonly string[], now: number): ThrottleDecision {
    let wait = 0;
    for (const key of keys) {
      const s = this.current(key, now);
      if (s && s.lockedUntil > now) wait = Math.max(wait, s.lockedUntil - now);
    }
    return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true };
  }

  /** Record a failed attempt; returns how long these keys are now locked (0 while failures are still free). */
  fail(keys: readonly string[], now: number): number {
    let wait = 0;
    for (const key of keys) {
      const policy = this.policy(key);
      const s = this.current(key, now) ?? { failures: 0, lastFailure: now, lockedUntil: 0 };
      s.failures += 1;
      s.lastFailure = now;
      const over = s.failures - policy.freeFailures;
      if (over > 0) {
        const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(over - 1, 30));
        s.lockedUntil = now + delay;
        wait = Math.max(wait, delay);
      }
      this.state.delete(key); // re-insert: Map order is then least recently failed first
      this.state.set(key, s);
    }
    this.evict();
    return wait;
  }

  /** A successful sign-in clears its client's and its name's failures (not the global count). */
  succeed(keys: readonly string[]): void {
    for (const key of keys) if (key !== "global") this.state.delete(key);
  }

  get size(): number {
    return this.state.size;
  }

  private evict(): void {
    for (const key of this.state.keys()) {
      if (this.state.size <= this.maxKeys) break;
      if (key !== "global") this.state.delete(key);
    }
  }
}
