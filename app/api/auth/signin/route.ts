// POST /api/auth/signin {name, password} → the session cookie. Throttled per client, per name and globally.
import { z } from "zod";
import { EDITING_DISABLED_MESSAGE } from "@/lib/auth/config";
import { sessionCookie } from "@/lib/auth/cookie";
import { checkEditorName } from "@/lib/auth/editor-name";
import { editorPasswordMatches } from "@/lib/auth/password";
import { isHttps } from "@/lib/auth/permission";
import { issueSession } from "@/lib/auth/session";
import { signInKeys, SignInThrottle } from "@/lib/auth/throttle";
import { clientIp, config, errorJson, json, readJson, refuseCrossSite, sessionSecret } from "../_lib/http";

export const dynamic = "force-dynamic";

// One throttle per server process, kept across hot reloads in development.
const store = globalThis as typeof globalThis & { zamanSignInThrottle?: SignInThrottle };
const throttle = (store.zamanSignInThrottle ??= new SignInThrottle());

const body = z.object({ name: z.unknown(), password: z.string().max(1024) });

function tooMany(retryAfterMs: number): Response {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return errorJson(429, "too-many-attempts", `too many failed sign-ins: try again in ${seconds} s`, { retryAfterSeconds: seconds }, { "retry-after": String(seconds) });
}

export async function POST(req: Request): Promise<Response> {
  const settings = config();
  if (!settings.enabled) return errorJson(403, "editing-disabled", EDITING_DISABLED_MESSAGE.en, { message: EDITING_DISABLED_MESSAGE });
  // Sign-in is a write too: another site must not sign a visitor in under a name of its choosing.
  const crossSite = refuseCrossSite(req);
  if (crossSite) return crossSite;

  const read = await readJson(req);
  if (!read.ok) return read.response;
  const parsed = body.safeParse(read.body);
  if (!parsed.success) return errorJson(400, "body-invalid", "send {name, password}");
  const name = checkEditorName(parsed.data.name);
  if (!name.ok) return errorJson(400, "name-invalid", name.error);

  const now = Date.now();
  const keys = signInKeys(clientIp(req), name.name);
  const allowed = throttle.check(keys, now);
  if (!allowed.allowed) return tooMany(allowed.retryAfterMs);

  if (!editorPasswordMatches(parsed.data.password, settings.password)) {
    const locked = throttle.fail(keys, now);
    return errorJson(401, "wrong-password", "wrong editor password", locked > 0 ? { retryAfterSeconds: Math.ceil(locked / 1000) } : {});
  }
  throttle.succeed(keys);
  const { token, session } = issueSession(name.name, sessionSecret(), now, settings.sessionTtlMs);
  return json(
    { editor: { name: session.name }, expiresAt: new Date(session.expiresAt).toISOString() },
    200,
    { "set-cookie": sessionCookie(token, settings.sessionTtlMs, isHttps(req, settings)) },
  );
}
