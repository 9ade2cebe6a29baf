// Plain text (.txt): the whole file is the article; what it cannot say about itself comes from the command line
// (`--published YYYY-MM-DD --outlet NAME [--title T]`). Without --published it is stored as undated.
import { buildArticle } from "./build";
import type { ArticleReading } from "./types";

export interface PlainTextOptions {
  published?: string | null;
  outlet?: string | null;
  title?: string | null;
}

export function readPlainTextArticle(text: string, file: string, options: PlainTextOptions = {}): ArticleReading {
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  return buildArticle(
    { published: options.published, outlet: options.outlet, title: options.title, publishedSource: "given", text: body },
    { file },
  );
}
