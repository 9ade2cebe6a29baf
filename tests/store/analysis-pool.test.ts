// The analysis pool: the ingesting thread can take queued articles itself, and when a worker dies only the article
// it was analysing fails; the others it held are analysed elsewhere (on this thread when no worker is left).
import { describe, expect, it } from "vitest";
import type { Article } from "../../lib/article/types";
import { AnalysisPool } from "../../lib/store/analysis-pool";
import { corpusReadings } from "./support/corpus";
import { fakeAnalyse } from "./support/fake-analysis";

const crashingWorker = new URL("./support/crashing-worker.ts", import.meta.url);

async function articles(prefix: string): Promise<Article[]> {
  return (await corpusReadings(prefix)).flatMap((r) => (r.ok ? [r.article] : []));
}

describe("analysis pool", () => {
  it("a worker that dies fails only the article it was on; the rest are analysed on this thread", async () => {
    const corpus = await articles("p/");
    const crash: Article = { ...corpus[0]!, id: "crash" };
    const pool = await AnalysisPool.start(1, { fallback: fakeAnalyse, workerModule: crashingWorker });
    try {
      const outcomes = await Promise.allSettled([crash, ...corpus].map((a) => pool.analyse(a)));
      expect(outcomes[0]).toMatchObject({ status: "rejected", reason: { message: "analysis worker exited with code 3" } });
      outcomes.slice(1).forEach((o, i) => expect(o).toEqual({ status: "fulfilled", value: fakeAnalyse(corpus[i]!) }));
    } finally {
      await pool.close();
    }
  });

  it("without a fallback the articles left fail with the reason, none is lost", async () => {
    const corpus = await articles("q/");
    const pool = await AnalysisPool.start(1, { workerModule: crashingWorker });
    try {
      const outcomes = await Promise.allSettled([{ ...corpus[0]!, id: "crash" }, ...corpus].map((a) => pool.analyse(a)));
      expect(outcomes.map((o) => o.status)).toEqual(Array(corpus.length + 1).fill("rejected"));
      expect(outcomes[1]).toMatchObject({ reason: { message: "analysis workers stopped: analysis worker exited with code 3" } });
    } finally {
      await pool.close();
    }
  });

  it("the ingesting thread takes the article it waits for if it is still queued, else the last queued", async () => {
    const corpus = await articles("r/");
    // More articles than a worker is sent ahead (256): the last ones wait in the pool's queue.
    const many = Array.from({ length: 300 }, (_, i) => ({ ...corpus[i % corpus.length]!, id: `r/${i}` }));
    const pool = await AnalysisPool.start(1, { workerModule: crashingWorker });
    try {
      const ran: string[] = [];
      const here = (a: Article) => {
        ran.push(a.id);
        return fakeAnalyse(a);
      };
      const pending = many.map((a) => pool.analyse(a));
      expect(pool.helpOne(here, many[280])).toBe("given");
      expect(pool.helpOne(here, many[0])).toBe("other"); // already with the worker: the last queued instead
      expect(ran).toEqual(["r/280", "r/299"]);
      const results = await Promise.all(pending);
      results.forEach((r, i) => expect(r).toEqual(fakeAnalyse(many[i]!)));
    } finally {
      await pool.close();
    }
  });
});
