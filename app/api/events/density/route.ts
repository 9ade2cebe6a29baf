// GET /api/events/density?from=&to=&<view filters> → event counts per day/week/month/year of the window.
import type { NextRequest } from "next/server";
import { countEventsByDay } from "@/lib/store/timeline";
import { bucketCounts, densityUnit } from "@/lib/view/density";
import { BadRequest, parseEventsQuery } from "@/lib/view/query";
import { handle } from "../../_lib/http";

export async function GET(req: NextRequest) {
  return handle(async () => {
    const q = parseEventsQuery(req.nextUrl.searchParams);
    if (!q.range) throw new BadRequest("«from» and «to» are required");
    const unit = densityUnit(q.range.start, q.range.end);
    const perDay = await countEventsByDay(q.range, q.filters);
    return Response.json({ unit, buckets: bucketCounts(perDay, unit) });
  });
}
