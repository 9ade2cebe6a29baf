// The name an editor gives at sign-in: recorded on every correction they make, shown in the history.
export const EDITOR_NAME_MAX = 80;

export type EditorNameCheck = { ok: true; name: string } | { ok: false; error: string };

/** Trimmed, NFC, inner whitespace collapsed; 1..80 characters, no control or bidi-override characters. */
export function checkEditorName(raw: unknown): EditorNameCheck {
  if (typeof raw !== "string") return { ok: false, error: "the editor's name is required" };
  const name = raw.normalize("NFC").replace(/\s+/gu, " ").trim();
  if (name === "") return { ok: false, error: "the editor's name is required" };
  if ([...name].length > EDITOR_NAME_MAX) return { ok: false, error: `the editor's name is longer than ${EDITOR_NAME_MAX} characters` };
  // Bidi overrides/isolates could make a name in the history read as something else.
  if (/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(name)) {
    return { ok: false, error: "the editor's name contains control characters" };
  }
  return { ok: true, name };
}
