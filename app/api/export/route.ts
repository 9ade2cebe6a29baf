// GET /api/export?format=json|csv|timelinejs|timeml&from=&to=&<view filters>[&l=en] → a download of the filtered
// events (TimeML: the articles they come from, with TIMEX3 and the filtered events' EVENT annotations and TLINKs).
// Same filters as the view.
import type { NextRequest } from "next/server";
import { listAllEvents, TooMany } from "@/lib/store/timeline";
import { getTimeMlArticles } from "@/lib/store/timeml";
import { toCsv, toJson, toTimelineJs, toTimeMl, toTimeMlCollection } from "@/lib/view/export";
import { BadRequest, parseEventsQuery, parseExportFormat, parseId } from "@/lib/view/query";
import { encodeFilters } from "@/lib/view/url";
import { handle, notFound } from "../_lib/http";

/** An export is never silently cut: above these it asks for a narrower window. */
const MAX_EVENTS = 20_000;
const MAX_ARTICLES = 2_000;

function download(body: string, type: string, name: string): Response {
  return new Response(body, {
    headers: { "content-type": `${type}; charset=utf-8`, "content-disposition": `attachment; filename="${name}"`, "x-content-type-options": "nosniff" },
  });
}

export async function GET(req: NextRequest) {
  return handle(async () => {
    const params = req.nextUrl.searchParams;
    const format = parseExportFormat(params);
    const lang = params.get("l") === "en" ? "en" : "ar";
    // One article's TimeML, whatever the filters.
    const single = params.get("article");
    if (single !== null) {
      if (format !== "timeml") throw new BadRequest("«article» goes with format=timeml");
      const id = parseId(single, "article");
      const [a] = await getTimeMlArticles([id]);
      return a ? download(toTimeMl(a), "application/xml", `${id}.tml`) : notFound("article", id);
    }
    const q = parseEventsQuery(params);
    let events;
    try {
      events = await listAllEvents(q, MAX_EVENTS);
    } catch (err) {
      if (err instanceof TooMany) throw new BadRequest(err.message);
      throw err;
    }
    const query = encodeFilters({ filters: q.filters });
    if (q.from) query.set("from", q.from);
    if (q.to) query.set("to", q.to);
    switch (format) {
      case "json":
        return download(toJson(events, { query: query.toString(), total: events.length }), "application/json", "zaman-events.json");
      case "csv":
        return download(toCsv(events), "text/csv", "zaman-events.csv");
      case "timelinejs": {
        const title = lang === "ar" ? "زمن: تسلسل الأحداث" : "Zaman: the sequence of events";
        return download(`${JSON.stringify(toTimelineJs(events, lang, title), null, 2)}\n`, "application/json", "zaman-timelinejs.json");
      }
      case "timeml": {
        const ids = [...new Set(events.map((e) => e.articleId))];
        if (ids.length > MAX_ARTICLES) throw new BadRequest(`${ids.length} articles: more than the ${MAX_ARTICLES} a TimeML export holds`);
        const annotated = await getTimeMlArticles(ids, new Set(events.map((e) => e.id)));
        return download(toTimeMlCollection(annotated), "application/xml", "zaman-timeml.xml");
      }
    }
  });
}
