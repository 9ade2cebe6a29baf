// POST /api/views {"query": "<view parameters>"} → 201 {slug, path, query}: a permanent, read-only short link.
// 429 with Retry-After when too many links are made (lib/view/share-limit.ts).
import type { NextRequest } from "next/server";
import { createSavedView } from "@/lib/store/timeline";
import { BadRequest } from "@/lib/view/query";
import { MAX_SHARE_BODY, parseShareRequest } from "@/lib/view/share";
import { ShareLinkLimit, shareLimitKeys } from "@/lib/view/share-limit";
import { viewQuery } from "@/lib/view/url";
import { clientIp } from "../auth/_lib/http";
import { handle } from "../_lib/http";

const shareLimit = new ShareLinkLimit();

export async function POST(req: NextRequest) {
  return handle(async () => {
    if (!(req.headers.get("content-type") ?? "").startsWith("application/json")) throw new BadRequest("send JSON");
    const raw = await req.text();
    if (raw.length > MAX_SHARE_BODY) throw new BadRequest("the body is too large");
    const view = parseShareRequest(JSON.parse(raw));
    const decision = shareLimit.take(shareLimitKeys(clientIp(req)), Date.now());
    if (!decision.allowed) {
      const seconds = Math.ceil(decision.retryAfterMs / 1000);
      return Response.json(
        { error: `too many share links made from here; try again in ${seconds} s (the links already made keep working)` },
        { status: 429, headers: { "retry-after": String(seconds) } },
      );
    }
    const { slug } = await createSavedView(view);
    return Response.json({ slug, path: `/s/${slug}`, query: viewQuery(view) }, { status: 201 });
  });
}
