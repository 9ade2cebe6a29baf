// Browser-test harness: build the app once (shared between test files through a lock and a source fingerprint),
// give each test file its own fresh database (SQLite, or an empty PostgreSQL one it is handed) made by the store's
// setup, serve it with `next start` on a free port, and drive Debian's chromium through playwright-core.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const ARTIFACTS = path.join(ROOT, "artifacts");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const TSX_BIN = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

const BASE_ENV = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  ZAMAN_SKIP_TYPECHECK: "1",
};

/** Everything the production build depends on: if none of it changed, the last build is reused. */
function sourceFingerprint(): string {
  const hash = crypto.createHash("sha256");
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(tsx?|css|json|svg|prisma|js|mjs)$/.test(entry.name)) {
        const st = fs.statSync(p);
        hash.update(`${path.relative(ROOT, p)}:${st.size}:${st.mtimeMs}\n`);
      }
    }
  };
  for (const d of ["app", "lib", "public", "generated"]) walk(path.join(ROOT, d));
  for (const f of ["next.config.js", "package.json", "tsconfig.json"]) {
    const p = path.join(ROOT, f);
    if (fs.existsSync(p)) hash.update(`${f}:${fs.statSync(p).mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, what: string): string {
  const r = spawnSync(cmd, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/**
 * `next build` once per state of the sources, shared by all browser-test files and benchmarks: each state builds into
 * its own folder (`.next/e2e-<fingerprint>`, read by next.config.js), so a build never pulls the files from under a
 * server another test file is running; a lock directory serialises the builds. Returns the folder.
 */
export async function buildOnce(): Promise<string> {
  const lock = path.join(os.tmpdir(), "zaman-e2e-build.lock");
  for (let waited = 0; ; waited += 500) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A stale lock (a killed run) older than 15 minutes is taken over.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 900_000) fs.rmSync(lock, { recursive: true, force: true });
      if (waited > 900_000) throw new Error("timed out waiting for another test file's build");
      await sleep(500);
    }
  }
  try {
    const fp = sourceFingerprint().slice(0, 12);
    const dist = `.next/e2e-${fp}`;
    if (fs.existsSync(path.join(ROOT, dist, "BUILD_ID"))) return dist;
    // Builds of older sources: the three newest stay (a server of another test file may still use one), older
    // ones go once they are ten minutes old.
    const parent = path.join(ROOT, ".next");
    const old = (fs.existsSync(parent) ? fs.readdirSync(parent) : [])
      .filter((name) => /^e2e(-|$)/.test(name))
      .map((name) => ({ p: path.join(parent, name), at: fs.statSync(path.join(parent, name)).mtimeMs }))
      .sort((x, y) => y.at - x.at)
      .slice(3);
    for (const o of old) if (Date.now() - o.at > 600_000) fs.rmSync(o.p, { recursive: true, force: true });
    run(process.execPath, [NEXT_BIN, "build"], { ...BASE_ENV, ZAMAN_NEXT_DIST: dist }, "next build");
    return dist;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface ZamanServer {
  url: string;
  databaseUrl: string;
  dir: string;
  /** Run a CLI command against this server's database. */
  cli(args: string[]): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra articles (corpus .md text) to ingest after the corpus, e.g. a hostile one. */
  extraArticles?: { name: string; content: string }[];
  /** An empty database to use instead of a fresh SQLite file (e.g. a PostgreSQL one); the caller drops it. */
  databaseUrl?: string;
}

/** A fresh database (store's setup + the corpus), then `next start` on a free port. */
export async function startZaman(options: StartOptions = {}): Promise<ZamanServer> {
  const dist = await buildOnce();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zaman-e2e-"));
  const databaseUrl = options.databaseUrl ?? `file:${path.join(dir, "zaman.db")}`;
  const env = { ...BASE_ENV, DATABASE_URL: databaseUrl };
  run(process.execPath, [TSX_BIN, "scripts/db-setup.ts"], env, "db:setup");
  const cli = (args: string[]) => run(process.execPath, [TSX_BIN, "cli/zaman.ts", ...args], env, `zaman ${args.join(" ")}`);
  if (options.extraArticles?.length) {
    const extra = path.join(dir, "extra");
    fs.mkdirSync(extra);
    for (const a of options.extraArticles) fs.writeFileSync(path.join(extra, a.name), a.content);
    cli(["ingest", extra]);
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), ZAMAN_NEXT_DIST: dist },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${url}/api/facets`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${log}`);
    await sleep(250);
  }
  return {
    url,
    databaseUrl,
    dir,
    cli,
    async stop() {
      if (child.exitCode === null && child.pid) {
        try {
          process.kill(-child.pid, "SIGTERM"); // the process group we started
        } catch {
          child.kill("SIGTERM");
        }
        await new Promise((r) => {
          child.once("exit", r);
          setTimeout(r, 5000);
        });
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.ZAMAN_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Collect page errors so a test can assert none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** A screenshot in artifacts/ (the viewport, or the whole page) to look at. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** The timeline has drawn (vis-timeline created and items diffed in). */
export async function waitForTimeline(page: Page): Promise<void> {
  await page.waitForSelector(".timeline-host[data-ready='1']", { timeout: 20_000 });
  await page.waitForFunction(() => {
    const host = document.querySelector(".timeline-host");
    return host !== null && host.getAttribute("data-items") !== null;
  });
}
