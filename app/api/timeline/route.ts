// GET /api/timeline?from=&to=&<view filters> → {page, density}: what the timeline draws for a window — its events,
// or, when more than 500 match, their counts per day/week/month/year (and an empty page).
import type { NextRequest } from "next/server";
import { loadWindow } from "@/lib/store/timeline";
import { BadRequest, parseEventsQuery } from "@/lib/view/query";
import { PAGE_LIMIT } from "@/lib/view/window";
import { handle } from "../_lib/http";

export async function GET(req: NextRequest) {
  return handle(async () => {
    const q = parseEventsQuery(req.nextUrl.searchParams);
    if (!q.range) throw new BadRequest("«from» and «to» are required");
    return Response.json(await loadWindow(q.range, q.filters, PAGE_LIMIT));
  });
}
