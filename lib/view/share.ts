// Requests about share links: what a client may send to create one, and the slug format.
import { z } from "zod";
import { BadRequest } from "./query";
import type { ViewState } from "./state";
import { decodeView, ViewUrlError } from "./url";

export const MAX_SHARE_BODY = 8 * 1024;

const createShare = z.strictObject({ query: z.string().max(4000) });

/** The body of POST /api/views: `{"query": "<the view's URL parameters>"}`, decoded like a page URL. */
export function parseShareRequest(body: unknown): ViewState {
  const r = createShare.safeParse(body);
  if (!r.success) throw new BadRequest('the body must be {"query": "<view parameters>"}');
  try {
    return decodeView(r.data.query.replace(/^\?/, ""));
  } catch (err) {
    if (err instanceof ViewUrlError) throw new BadRequest(err.message);
    throw err;
  }
}
