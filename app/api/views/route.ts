// POST /api/views {"query": "<view parameters>"} → 201 {slug, path, query}: a permanent, read-only short link.
import type { NextRequest } from "next/server";
import { createSavedView } from "@/lib/store/timeline";
import { BadRequest } from "@/lib/view/query";
import { MAX_SHARE_BODY, parseShareRequest } from "@/lib/view/share";
import { viewQuery } from "@/lib/view/url";
import { handle } from "../_lib/http";

export async function POST(req: NextRequest) {
  return handle(async () => {
    if (!(req.headers.get("content-type") ?? "").startsWith("application/json")) throw new BadRequest("send JSON");
    const raw = await req.text();
    if (raw.length > MAX_SHARE_BODY) throw new BadRequest("the body is too large");
    const view = parseShareRequest(JSON.parse(raw));
    const { slug } = await createSavedView(view);
    return Response.json({ slug, path: `/s/${slug}`, query: viewQuery(view) }, { status: 201 });
  });
}
