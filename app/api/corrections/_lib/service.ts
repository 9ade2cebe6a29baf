// The write side's calls into lib/store, with the process-wide database client and the analysis pipeline that
// re-resolves an article when its publication date changes. Refusals come back as StoreRefusal (404/409).
import { getDb } from "@/lib/store/client";
import * as store from "@/lib/store/corrections";
import type { ArticleCorrectionRequest, EventCorrectionRequest } from "@/lib/corrections/request";
import { reanalysis } from "./pipeline";

export async function eventHistory(id: string) {
  return store.eventHistory(await getDb(), id);
}

export async function articleHistory(id: string) {
  return store.articleHistory(await getDb(), id);
}

export async function correctEventDate(id: string, input: EventCorrectionRequest, author: string) {
  return store.correctEventDate(await getDb(), id, input, author);
}

export async function correctArticlePublished(id: string, input: ArticleCorrectionRequest, author: string) {
  return store.correctArticlePublished(await getDb(), id, input, author, await reanalysis());
}

export async function revertOne(id: string, reason: string | null, author: string) {
  return store.revertCorrection(await getDb(), id, { reason }, author, await reanalysis());
}
