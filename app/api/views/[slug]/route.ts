// GET /api/views/:slug → {slug, view, query, createdAt}: the stored view of a share link.
import type { NextRequest } from "next/server";
import { getSavedView, SLUG_PATTERN } from "@/lib/store/timeline";
import { BadRequest } from "@/lib/view/query";
import { viewQuery } from "@/lib/view/url";
import { handle, notFound } from "../../_lib/http";

export async function GET(_req: NextRequest, ctx: { params: Promise<{ slug: string }> }) {
  return handle(async () => {
    const { slug } = await ctx.params;
    if (!SLUG_PATTERN.test(slug)) throw new BadRequest("a share link id is 16 letters, digits, «-» or «_»");
    const saved = await getSavedView(slug);
    if (!saved) return notFound("share link", slug);
    return Response.json({ slug, view: saved.view, query: viewQuery(saved.view), createdAt: saved.createdAt.toISOString() });
  });
}
