// The timeline page for a view, rendered on the server with its first window of events (the home page and the
// short links differ only in where the view comes from and what the reader may change).
import type { ViewState } from "@/lib/view/state";
import Explorer, { type ExplorerMode } from "./Explorer";
import { loadExplorer } from "./load-explorer";

interface Props {
  view: ViewState;
  mode: ExplorerMode;
  basePath: string;
  notice?: string | null;
}

export default async function ExplorerPage({ view, mode, basePath, notice = null }: Props) {
  const data = await loadExplorer(view);
  return (
    <Explorer
      initialView={data.view}
      initialPage={data.page}
      initialDensity={data.density}
      initialRange={data.range}
      facets={data.facets}
      mode={mode}
      notice={notice}
      basePath={basePath}
    />
  );
}
