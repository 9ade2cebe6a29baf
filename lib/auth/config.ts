// Editing settings, read from the environment once per request (cheap; lets tests and restarts change them).
//   ZAMAN_EDITOR_PASSWORD  the editors' shared password; unset or empty → editing is disabled, the app is read-only
//   ZAMAN_SESSION_SECRET   key signing sessions (≥ 32 chars); unset → generated into the data directory
//   ZAMAN_SESSION_HOURS    session lifetime (default 12)
//   ZAMAN_PUBLIC_ORIGIN    comma-separated origins allowed to write besides the request's own (behind a proxy)
//   ZAMAN_COOKIE_SECURE    "1" forces the Secure cookie flag even when the request looks like plain http
import { SESSION_TTL_MS } from "./session";

/** The environment variables read (process.env, or a plain object in tests). */
export type Env = Readonly<Record<string, string | undefined>>;

export interface EditingConfig {
  password: string | null;
  enabled: boolean;
  sessionTtlMs: number;
  allowedOrigins: string[];
  forceSecureCookie: boolean;
}

export const EDITING_DISABLED_MESSAGE = {
  ar: "التحرير معطّل على هذا الخادم: لم تُضبط كلمة مرور المحرّرين (ZAMAN_EDITOR_PASSWORD).",
  en: "Editing is disabled on this server: no editor password is set (ZAMAN_EDITOR_PASSWORD).",
} as const;

export function editingConfig(env: Env = process.env): EditingConfig {
  const password = env.ZAMAN_EDITOR_PASSWORD && env.ZAMAN_EDITOR_PASSWORD !== "" ? env.ZAMAN_EDITOR_PASSWORD : null;
  const hours = Number(env.ZAMAN_SESSION_HOURS);
  return {
    password,
    enabled: password !== null,
    sessionTtlMs: Number.isFinite(hours) && hours > 0 ? Math.round(hours * 3_600_000) : SESSION_TTL_MS,
    allowedOrigins: (env.ZAMAN_PUBLIC_ORIGIN ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
    forceSecureCookie: env.ZAMAN_COOKIE_SECURE === "1",
  };
}
