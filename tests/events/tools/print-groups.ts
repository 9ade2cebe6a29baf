// Prints the cross-article groups the corpus yields. `npx tsx tests/events/tools/print-groups.ts`
import { groupEvents } from "../../../lib/events/grouping";
import { analyseArticle } from "../../../lib/pipeline";
import { readCorpus } from "../corpus";

const articles = readCorpus().map((a) => ({ article: a, events: analyseArticle(a).events }));
const groups = groupEvents(articles.flatMap(({ article, events }) => events.map((event) => ({ articleId: article.id, outlet: article.outlet, published: article.published, event }))));
for (const g of groups) {
  console.log(`${g.id} ${g.category} score ${g.score} spread ${g.spread.start}..${g.spread.end} (${g.spread.days} d, agree ${g.spread.agree}) places ${g.places.join(",")} actors ${g.actors.join(",")}`);
  for (const m of g.members) {
    const e = articles.find((a) => a.article.id === m.articleId)!.events.find((x) => x.ordinal === m.ordinal)!;
    console.log(`   ${m.articleId.slice(0, 3)}#${m.ordinal} ${m.interval?.start}..${m.interval?.end} ${m.dateSource} ${m.score} | ${e.subEventType} | ${e.summary.slice(0, 90)}`);
  }
}
