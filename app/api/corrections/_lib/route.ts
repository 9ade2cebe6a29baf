// The shape every write route follows: permission → validated input → lib/store → JSON, with the store's refusals
// turned into clear 4xx answers (404 unknown id, 409 stale version or revert refused) and nothing else leaking.
import { checkTargetId } from "@/lib/corrections/request";
import type { EditorSession } from "@/lib/auth/session";
import { errorJson, invalid, json, readJson, requireEditor } from "../../auth/_lib/http";
import { StoreRefusal } from "@/lib/store/errors";

type Kind = "event" | "article" | "correction";

/** A read: the id checked, then `work`; public (anyone with a link can view the history). */
export async function readRoute(ctx: { params: Promise<{ id: string }> }, kind: Kind, work: (id: string) => Promise<unknown | null>): Promise<Response> {
  const id = checkTargetId((await ctx.params).id, kind);
  if (!id.ok) return invalid(id.issues);
  return guarded(async () => {
    const result = await work(id.value);
    return result === null ? errorJson(404, "not-found", `${kind} «${id.value}» not found`) : json(result);
  });
}

/** A write: editor permission first (401/403 before anything is read), then the id, the body, and `work`. */
export async function writeRoute(
  req: Request,
  ctx: { params: Promise<{ id: string }> },
  kind: Kind,
  work: (id: string, body: unknown, editor: EditorSession) => Promise<Response>,
): Promise<Response> {
  const permission = requireEditor(req);
  if (!permission.ok) return permission.response;
  const id = checkTargetId((await ctx.params).id, kind);
  if (!id.ok) return invalid(id.issues);
  const body = await readJson(req);
  if (!body.ok) return body.response;
  return guarded(() => work(id.value, body.body, permission.editor));
}

async function guarded(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof StoreRefusal || (err instanceof Error && err.name === "StoreRefusal")) {
      const r = err as StoreRefusal;
      return errorJson(r.status, r.code, r.message, r.extra);
    }
    console.error(err);
    return errorJson(500, "internal", "internal error: nothing was changed");
  }
}
