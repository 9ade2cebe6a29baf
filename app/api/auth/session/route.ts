// GET /api/auth/session → whether editing is enabled and who is signed in: the UI asks this (same-origin fetch, so
// the SameSite=Strict cookie is sent) to show or hide the editing controls.
import { EDITING_DISABLED_MESSAGE } from "@/lib/auth/config";
import { config, editorOf, json } from "../_lib/http";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  const settings = config();
  if (!settings.enabled) return json({ editing: false, message: EDITING_DISABLED_MESSAGE, editor: null });
  const editor = editorOf(req);
  return json({
    editing: true,
    editor: editor ? { name: editor.name, expiresAt: new Date(editor.expiresAt).toISOString() } : null,
  });
}
