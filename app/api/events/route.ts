// GET /api/events?from=YYYY-MM-DD&to=YYYY-MM-DD&<view filters>&limit=&cursor= → a page of events.
import type { NextRequest } from "next/server";
import { listEvents } from "@/lib/store/timeline";
import { parseEventsQuery } from "@/lib/view/query";
import { handle } from "../_lib/http";

export async function GET(req: NextRequest) {
  return handle(async () => Response.json(await listEvents(parseEventsQuery(req.nextUrl.searchParams))));
}
