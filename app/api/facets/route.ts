// GET /api/facets → the outlets, places, actors and categories to filter on, and the corpus span.
import { getFacets } from "@/lib/store/timeline";
import { handle } from "../_lib/http";

export const dynamic = "force-dynamic";

export async function GET() {
  return handle(async () => Response.json(await getFacets()));
}
