// Where to go after signing in: only a path on this site, so the sign-in page cannot be used to bounce an editor
// to another site ("//evil.example", "/\\evil.example", "https://…" are all refused).
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || raw.length > 2000) return "/";
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  if (/[\u0000-\u001F\u007F]/u.test(raw)) return "/";
  try {
    const url = new URL(raw, "http://zaman.invalid");
    if (url.origin !== "http://zaman.invalid") return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
