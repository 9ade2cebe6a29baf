// Cross-site write protection, checked on every request that is not GET/HEAD/OPTIONS (on top of the SameSite cookie):
// - Sec-Fetch-Site, when the browser sends it, must be "same-origin" (or "none": typed by the user);
// - Origin, when sent, must be this site's own origin ("null" — sandboxed frames, data: URLs — is refused).
// A request with neither header does not come from a browser page (curl, scripts): no other site can make a
// browser send it, and it still needs the session cookie to write anything.

export interface WriteRequestFacts {
  method: string;
  /** Header values, null when absent. */
  origin: string | null;
  secFetchSite: string | null;
  /** The origin this request was addressed to, e.g. "http://localhost:3000" (from the URL / Host header). */
  selfOrigin: string;
  /** Extra origins allowed to write (ZAMAN_PUBLIC_ORIGIN behind a proxy that rewrites Host). */
  allowedOrigins?: readonly string[];
}

export type OriginCheck = { ok: true } | { ok: false; reason: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** "https://Example.org:443/x" → "https://example.org" (default ports dropped); null when not an http(s) origin. */
export function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin;
  } catch {
    return null;
  }
}

export function checkWriteOrigin(req: WriteRequestFacts): OriginCheck {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return { ok: true };
  const site = req.secFetchSite?.trim().toLowerCase() ?? null;
  if (site !== null && site !== "same-origin" && site !== "none") {
    return { ok: false, reason: `cross-site request refused (Sec-Fetch-Site: ${site})` };
  }
  if (req.origin !== null) {
    const given = normaliseOrigin(req.origin);
    const allowed = new Set(
      [req.selfOrigin, ...(req.allowedOrigins ?? [])].map(normaliseOrigin).filter((o): o is string => o !== null),
    );
    if (given === null || !allowed.has(given)) {
      return { ok: false, reason: `request from another origin refused (Origin: ${req.origin})` };
    }
  }
  return { ok: true };
}
