// GET /api/events/:id → the event, its evidence (sentence, time expression, rule) and the other reports.
import type { NextRequest } from "next/server";
import { getEventDetail } from "@/lib/store/timeline";
import { parseId } from "@/lib/view/query";
import { handle, notFound } from "../../_lib/http";

export async function GET(_req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const id = parseId((await ctx.params).id, "event");
    const detail = await getEventDetail(id);
    return detail ? Response.json(detail) : notFound("event", id);
  });
}
