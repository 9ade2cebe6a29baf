// POST /api/auth/signout → the session cookie expired. Sessions are stateless tokens: signing out removes this
// browser's copy; a token copied elsewhere stays valid until it expires (or ZAMAN_SESSION_SECRET changes).
import { clearedSessionCookie } from "@/lib/auth/cookie";
import { isHttps } from "@/lib/auth/permission";
import { config, json, refuseCrossSite } from "../_lib/http";

export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  const settings = config();
  const crossSite = refuseCrossSite(req);
  if (crossSite) return crossSite;
  return json({ editor: null }, 200, { "set-cookie": clearedSessionCookie(isHttps(req, settings)) });
}
