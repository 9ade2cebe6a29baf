// A permanent short link: the stored view, restored exactly and read only. `?embed=1` for an iframe.
import { notFound } from "next/navigation";
import { getSavedView } from "@/lib/store/timeline";
import ExplorerPage from "../../_components/ExplorerPage";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SharedView({ params, searchParams }: Props) {
  const { slug } = await params;
  const sp = await searchParams;
  const saved = await getSavedView(slug);
  if (!saved) notFound();
  return <ExplorerPage view={saved.view} mode={sp.embed === "1" ? "embed" : "shared"} basePath={`/s/${slug}`} />;
}
