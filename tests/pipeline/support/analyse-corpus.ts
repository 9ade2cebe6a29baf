// Prints the analyses of the corpus as JSON: the time-zone test runs this under other TZ values and compares.
import { analyseArticle } from "../../../lib/pipeline";
import { readCorpus } from "../../events/corpus";

process.stdout.write(JSON.stringify(readCorpus().map((a) => analyseArticle(a))));
