// GET  /api/events/:id/corrections → the event's corrections, newest first, with its current date and version.
// POST /api/events/:id/corrections {date, granularity?, reason, expectedVersion} → 201 the correction and the event.
import { validateEventCorrection } from "@/lib/corrections/request";
import { invalid, json } from "../../../auth/_lib/http";
import { readRoute, writeRoute } from "../../../corrections/_lib/route";
import { correctEventDate, eventHistory } from "../../../corrections/_lib/service";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export function GET(_req: Request, ctx: Ctx): Promise<Response> {
  return readRoute(ctx, "event", eventHistory);
}

export function POST(req: Request, ctx: Ctx): Promise<Response> {
  return writeRoute(req, ctx, "event", async (id, body, editor) => {
    const input = validateEventCorrection(body);
    if (!input.ok) return invalid(input.issues);
    return json(await correctEventDate(id, input.value, editor.name), 201);
  });
}
