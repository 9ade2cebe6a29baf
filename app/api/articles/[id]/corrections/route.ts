// GET  /api/articles/:id/corrections → the article's publication-date corrections, with its current date and version.
// POST /api/articles/:id/corrections {published, reason, expectedVersion?} → 201 the correction and what moved.
import { validateArticleCorrection } from "@/lib/corrections/request";
import { invalid, json } from "../../../auth/_lib/http";
import { readRoute, writeRoute } from "../../../corrections/_lib/route";
import { articleHistory, correctArticlePublished } from "../../../corrections/_lib/service";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export function GET(_req: Request, ctx: Ctx): Promise<Response> {
  return readRoute(ctx, "article", articleHistory);
}

export function POST(req: Request, ctx: Ctx): Promise<Response> {
  return writeRoute(req, ctx, "article", async (id, body, editor) => {
    const input = validateArticleCorrection(body);
    if (!input.ok) return invalid(input.issues);
    return json(await correctArticlePublished(id, input.value, editor.name), 201);
  });
}
