// How many share links may be made, so a script cannot fill the database with saved views: each client (its
// forwarded address) may make a few dozen in ten minutes, and all clients together a bounded number per hour — the
// address can be forged, so the global bound is what actually caps growth. Links already made keep working. Kept in
// memory per server process, like the sign-in throttle (a restart forgets it).

export interface ShareLimitPolicy {
  /** Links allowed per window. */
  limit: number;
  windowMs: number;
}

export const PER_CLIENT_SHARE_LIMIT: ShareLimitPolicy = { limit: 30, windowMs: 10 * 60_000 };
export const GLOBAL_SHARE_LIMIT: ShareLimitPolicy = { limit: 1_000, windowMs: 60 * 60_000 };

export type ShareLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

interface Window {
  startedAt: number;
  count: number;
}

/** Keys of a share request: the global one, and the client's when its address is known. */
export function shareLimitKeys(clientAddress: string | null): string[] {
  return clientAddress ? ["global", `client:${clientAddress}`] : ["global", "client:unknown"];
}

export class ShareLinkLimit {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly perClient: ShareLimitPolicy = PER_CLIENT_SHARE_LIMIT,
    private readonly global: ShareLimitPolicy = GLOBAL_SHARE_LIMIT,
    /** Bound on remembered clients, so made-up addresses cannot exhaust memory. */
    private readonly maxKeys = 10_000,
  ) {}

  private policy(key: string): ShareLimitPolicy {
    return key === "global" ? this.global : this.perClient;
  }

  /** Count one link for every key if none is over its limit; otherwise refuse, saying when to try again. */
  take(keys: readonly string[], now: number): ShareLimitDecision {
    let wait = 0;
    const current: Window[] = [];
    for (const key of keys) {
      const policy = this.policy(key);
      let w = this.windows.get(key);
      if (!w || now - w.startedAt >= policy.windowMs) w = { startedAt: now, count: 0 };
      if (w.count >= policy.limit) wait = Math.max(wait, w.startedAt + policy.windowMs - now);
      current.push(w);
    }
    if (wait > 0) return { allowed: false, retryAfterMs: wait };
    if (this.windows.size + keys.length > this.maxKeys) this.forgetExpired(now);
    keys.forEach((key, i) => {
      const w = current[i]!;
      w.count += 1;
      this.windows.set(key, w);
    });
    return { allowed: true };
  }

  private forgetExpired(now: number): void {
    for (const [key, w] of this.windows) if (now - w.startedAt >= this.policy(key).windowMs) this.windows.delete(key);
    // Still full: forget the clients (the global window stays, so the overall bound holds).
    if (this.windows.size >= this.maxKeys) for (const key of this.windows.keys()) if (key !== "global") this.windows.delete(key);
  }
}
