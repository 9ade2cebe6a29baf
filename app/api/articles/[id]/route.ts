// GET /api/articles/:id → the article's text, its time expressions and the events it produced.
import type { NextRequest } from "next/server";
import { getArticleDetail } from "@/lib/store/timeline";
import { parseId } from "@/lib/view/query";
import { handle, notFound } from "../../_lib/http";

export async function GET(_req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const id = parseId((await ctx.params).id, "article");
    const article = await getArticleDetail(id);
    return article ? Response.json(article) : notFound("article", id);
  });
}
