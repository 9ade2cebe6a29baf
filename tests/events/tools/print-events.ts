// Prints what the pipeline makes of corpus articles: every event with its category, date, rule, places, actors and
// sources, then the counts per dating rule. `npx tsx tests/events/tools/print-events.ts [id-prefix…]`
import { readCorpus } from "../corpus";
import { analyseArticle } from "../../../lib/pipeline";

const wanted = process.argv.slice(2);
for (const article of readCorpus()) {
  if (wanted.length > 0 && !wanted.some((w) => article.id.startsWith(w))) continue;
  const { timexes, events } = analyseArticle(article);
  console.log(`\n===== ${article.id} (published ${article.published}) — ${events.length} events, ${timexes.length} expressions`);
  for (const e of [...events].sort((a, b) => a.ordinal - b.ordinal)) {
    const date = e.interval ? (e.interval.start === e.interval.end ? e.interval.start : `${e.interval.start}..${e.interval.end}`) : "—";
    console.log(`#${e.ordinal} [${e.category}/${e.subEventType}] «${e.trigger}» ${date} ${e.dateSource} ${e.confidence} (${e.dateRule})`);
    console.log(`   ${e.summary}`);
    const names = (ms: typeof e.places) => ms.map((m) => `${m.id.replace(/^\w+:/, "")}`).join(", ");
    console.log(`   places: ${names(e.places)} | actors: ${names(e.actors)} | sources: ${names(e.sources)}${e.flags?.length ? ` | flags: ${e.flags.join(",")}` : ""}${e.relations.length ? ` | relations: ${e.relations.map((r) => `${r.type} #${r.ordinal} «${r.marker}»`).join("; ")}` : ""}`);
  }
  const by = new Map<string, number>();
  for (const e of events) by.set(e.dateSource, (by.get(e.dateSource) ?? 0) + 1);
  console.log(`   dating: ${[...by].map(([k, v]) => `${k} ${v}`).join(", ")}`);
}
