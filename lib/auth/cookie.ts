// The session cookie. httpOnly (scripts cannot read it), SameSite=Strict (never sent on a request another site
// starts — the editor UI learns who is signed in by a same-origin fetch, so following a shared link from elsewhere
// loses nothing), Secure whenever the site is served over https, Path=/, and an expiry equal to the token's.
export const SESSION_COOKIE = "zaman_session";

export function sessionCookie(token: string, maxAgeMs: number, secure: boolean): string {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Strict",
    `Max-Age=${Math.max(0, Math.floor(maxAgeMs / 1000))}`,
  ];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

/** Expires the cookie now (sign-out). */
export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie("", 0, secure).replace("Max-Age=0", "Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
}

/** The value of one cookie in a Cookie header, or null. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const pair of header.split(";")) {
    const eq = pair.indexOf("=");
    if (eq < 0) continue;
    if (pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return null;
}
