// Route handlers stay four lines of intent; this turns refusals into clear 4xx JSON and hides internals.
import { BadRequest } from "@/lib/view/query";

export function notFound(what: string, id: string): Response {
  return Response.json({ error: `${what} «${id}» not found` }, { status: 404 });
}

export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof BadRequest) return Response.json({ error: err.message }, { status: err.status });
    if (err instanceof SyntaxError) return Response.json({ error: "the body is not valid JSON" }, { status: 400 });
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
}
