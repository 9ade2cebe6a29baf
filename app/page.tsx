// The timeline. The URL carries the whole view; a malformed one is explained and the default view shown.
import ExplorerPage from "./_components/ExplorerPage";
import { labels } from "@/lib/view/i18n";
import { DEFAULT_VIEW } from "@/lib/view/state";
import { tryDecodeView } from "@/lib/view/url";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const parsed = tryDecodeView(sp);
  const lang = sp.l === "en" ? "en" : "ar";
  const view = parsed.ok ? parsed.view : { ...DEFAULT_VIEW, lang: lang as "ar" | "en" };
  const notice = parsed.ok ? null : `${labels(view.lang).invalidView} (${parsed.error.message})`;
  return <ExplorerPage view={view} mode={sp.embed === "1" ? "embed" : "full"} notice={notice} basePath="/" />;
}
