// POST /api/corrections/:id/revert {reason?} → the reverted correction, the revert's own record, and what moved.
import { validateRevert } from "@/lib/corrections/request";
import { invalid, json } from "../../../auth/_lib/http";
import { writeRoute } from "../../_lib/route";
import { revertOne } from "../../_lib/service";

export const dynamic = "force-dynamic";

export function POST(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return writeRoute(req, ctx, "correction", async (id, body, editor) => {
    const input = validateRevert(body);
    if (!input.ok) return invalid(input.issues);
    return json(await revertOne(id, input.value.reason, editor.name));
  });
}
