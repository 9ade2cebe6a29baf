// A permanent short link: the stored view, restored exactly and read only. `?embed=1` for an iframe.
import { notFound } from "next/navigation";
import { getSavedView } from "@/lib/store/timeline";
import Explorer from "../../_components/Explorer";
import { loadExplorer } from "../../_components/load-explorer";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SharedView({ params, searchParams }: Props) {
  const { slug } = await params;
  const sp = await searchParams;
  const saved = await getSavedView(slug);
  if (!saved) notFound();
  const data = await loadExplorer(saved.view);
  return (
    <Explorer
      initialView={data.view}
      initialPage={data.page}
      initialDensity={data.density}
      initialRange={data.range}
      facets={data.facets}
      mode={sp.embed === "1" ? "embed" : "shared"}
      basePath={`/s/${slug}`}
    />
  );
}
