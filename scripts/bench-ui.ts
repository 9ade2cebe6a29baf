// `npm run bench:ui [-- --db file:/path/bench.db] [--articles N] [--runs N] [--keep]`: how fast the timeline page is on a big
// corpus, measured in Debian's chromium.
//
// 1. A database with the synthetic corpus: --db reuses one; otherwise `scripts/bench-ingest.ts --keep` generates and
//    ingests it (10,000 articles by default) and its SQLite file is used (removed afterwards unless --keep; a kept
//    one is reused with --db).
// 2. The production build (the browser tests' build, reused when the sources did not change) served by `next start`.
// 3. In chromium: time from navigation to the timeline drawn (cold, then warm runs), then a zoom sequence from the
//    corpus span down to a day and back, timing each step's redraw and the fetch-and-draw of the new window, and the
//    longest main-thread task seen while zooming.
// Figures, not assertions. Target: drawn in under 2 s, zoom steps well under 100 ms.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildOnce, freePort, launchBrowser } from "../tests/e2e/harness";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface Options {
  db: string | null;
  articles: number;
  runs: number;
  keep: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { db: null, articles: 10_000, runs: 5, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--db") o.db = argv[++i] ?? null;
    else if (a === "--articles") o.articles = Number(argv[++i]);
    else if (a === "--runs") o.runs = Number(argv[++i]);
    else if (a === "--keep") o.keep = true;
    else throw new Error(`unknown argument ${a} (--db URL, --articles N, --runs N, --keep)`);
  }
  return o;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

/** Generate and ingest the synthetic corpus with the store's own benchmark, keeping its SQLite file. */
function syntheticDatabase(articles: number): { url: string; dir: string } {
  process.stdout.write(`generating and ingesting ${articles} synthetic articles (scripts/bench-ingest.ts)…\n`);
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1" };
  delete env.ZAMAN_TEST_PG_URL; // SQLite only
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/bench-ingest.ts", "--articles", String(articles), "--keep"], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(r.stdout.replace(/^/gm, "  | "));
  if (r.status !== 0) throw new Error(`bench-ingest failed:\n${r.stderr}`);
  const kept = /kept (.+)$/m.exec(r.stdout)?.[1]?.trim();
  if (!kept || !fs.existsSync(path.join(kept, "bench.db"))) throw new Error("bench-ingest did not keep its database");
  return { url: `file:${path.join(kept, "bench.db")}`, dir: kept };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const generated = o.db ? null : syntheticDatabase(o.articles);
  const databaseUrl = o.db ?? generated!.url;
  process.stdout.write(`database: ${databaseUrl}\nbuilding the app (reused when unchanged)…\n`);
  const dist = await buildOnce();

  const port = await freePort();
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ZAMAN_NEXT_DIST: dist },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  const browser = await launchBrowser();
  try {
    for (let waited = 0; ; waited += 250) {
      if (server.exitCode !== null) throw new Error(`next start exited:\n${log}`);
      try {
        if ((await fetch(`${base}/api/facets`)).ok) break;
      } catch {
        // not yet
      }
      if (waited > 60_000) throw new Error(`next start did not answer:\n${log}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const facets = (await (await fetch(`${base}/api/facets`)).json()) as { span: { start: string; end: string } | null };
    const total = (await (await fetch(`${base}/api/events?limit=1`)).json()) as { total: number };
    process.stdout.write(`corpus: ${total.total} events, span ${facets.span?.start} … ${facets.span?.end}; machine: ${os.cpus().length} cores\n\n`);

    // Time to drawn: from navigation start to the first redraw with items (a User Timing mark set by the timeline).
    const drawTimes: number[] = [];
    const serverTimes: number[] = [];
    for (let run = 0; run <= o.runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(base + "/", { waitUntil: "commit" });
      await page.waitForFunction(() => performance.getEntriesByName("zaman:timeline-drawn").length > 0, undefined, { timeout: 60_000 });
      const t = await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return { drawn: performance.getEntriesByName("zaman:timeline-drawn")[0]!.startTime, ttfb: nav.responseStart - nav.requestStart };
      });
      (run === 0 ? [] : drawTimes).push(t.drawn);
      (run === 0 ? [] : serverTimes).push(t.ttfb);
      process.stdout.write(`${run === 0 ? "cold" : `run ${run}`}: timeline drawn ${ms(t.drawn)} after navigation (server answered in ${ms(t.ttfb)})\n`);
      await context.close();
    }
    process.stdout.write(`time to timeline drawn: median ${ms(median(drawTimes))} (server ${ms(median(serverTimes))}) over ${o.runs} warm runs — target < 2000 ms\n\n`);

    // Zoom: from the corpus span in, step by step, to a day; then out again. Each step: the redraw after the key,
    // and (when the window needs other data) the fetch and redraw with the new events.
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + "/");
    await page.waitForFunction(() => performance.getEntriesByName("zaman:timeline-drawn").length > 0, undefined, { timeout: 60_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: "longtask", buffered: false });
    });
    await page.locator(".timeline-host").focus();
    const steps: { key: string; redraw: number; settled: number; items: number }[] = [];
    const keys = [...Array(12).fill("+"), ...Array(12).fill("-")] as string[];
    for (const key of keys) {
      const before = await page.evaluate(() => {
        const el = document.querySelector<HTMLElement>(".timeline-host")!;
        return { redraws: Number(el.dataset.redraws ?? 0), t: performance.now() };
      });
      await page.keyboard.press(key === "+" ? "Equal" : "Minus");
      // First redraw after the key: how responsive the zoom feels.
      const redraw = await page.evaluate(async (b) => {
        const el = document.querySelector<HTMLElement>(".timeline-host")!;
        for (;;) {
          if (Number(el.dataset.redraws ?? 0) > b.redraws) return Number(el.dataset.lastRedraw) - b.t;
          await new Promise((r) => requestAnimationFrame(r));
        }
      }, before);
      // Then quiet: no fetch in flight and no redraw for 400 ms — the new window's events are drawn.
      const settled = await page.evaluate(async (b) => {
        const el = document.querySelector<HTMLElement>(".timeline-host")!;
        const count = document.querySelector("[data-testid=event-count]")!;
        for (;;) {
          await new Promise((r) => setTimeout(r, 50));
          const last = Number(el.dataset.lastRedraw);
          if (!count.textContent?.includes("…") && performance.now() - last > 400) return last - b.t;
        }
      }, before);
      const items = await page.evaluate(() => Number(document.querySelector(".timeline-host")?.getAttribute("data-items") ?? 0));
      steps.push({ key, redraw, settled, items });
    }
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    await context.close();
    for (const s of steps) {
      process.stdout.write(`zoom ${s.key === "+" ? "in " : "out"}: redraw ${ms(s.redraw).padStart(7)}, window's events drawn ${ms(s.settled).padStart(7)}, ${s.items} items\n`);
    }
    process.stdout.write(
      `zoom responsiveness: median redraw ${ms(median(steps.map((s) => s.redraw)))}, worst ${ms(Math.max(...steps.map((s) => s.redraw)))}; ` +
        `new window drawn median ${ms(median(steps.map((s) => s.settled)))}, worst ${ms(Math.max(...steps.map((s) => s.settled)))}; ` +
        `longest main-thread task ${ms(longest)}\n`,
    );
  } finally {
    if (generated && !o.keep) fs.rmSync(generated.dir, { recursive: true, force: true });
    else if (generated) process.stdout.write(`\nkept ${generated.dir} (reuse: npm run bench:ui -- --db ${generated.url})\n`);
    await browser.close();
    if (server.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        server.kill("SIGTERM");
      }
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:ui: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
