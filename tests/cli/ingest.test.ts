// `zaman ingest` as a user runs it, on SQLite and PostgreSQL: folders and mixed formats, a summary on stdout,
// problems on stderr naming file, line and field, the exit code, and a second run that changes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { zaman } from "../store/support/cli";
import { snapshot } from "../store/support/corpus";
import { createTestDatabase, describeEachProvider, type TestDatabase } from "../store/support/databases";

// Each step starts the real CLI (a few seconds on a busy 2-core machine).
vi.setConfig({ testTimeout: 120_000 });

const ROOT = path.resolve(import.meta.dirname, "../..");

const paragraph = readFileSync(path.join(ROOT, "corpus/004_9b3dba44908ffe05.md"), "utf8").split("\n---\n")[1]!.split("\n")[0]!;

describeEachProvider("zaman ingest", (provider) => {
  let t: TestDatabase;
  let inbox: string;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    inbox = mkdtempSync(path.join(os.tmpdir(), "zaman-inbox-"));
    writeFileSync(
      path.join(inbox, "wire.jsonl"),
      `${JSON.stringify({ id: "wire-1", outlet: "سانا", published: "2016-06-15", text: paragraph })}\n` +
        `${JSON.stringify({ id: "wire-2", published: "2016-02-30", text: paragraph })}\n`,
    );
    writeFileSync(path.join(inbox, "english.txt"), "The Syrian army said it had retaken the old city of Aleppo.\n");
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it("stores the good articles, reports each bad one with file, line and field, and exits 1", async () => {
    const run = await zaman(["ingest", path.join(ROOT, "corpus"), inbox], t.url);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ingest: 8 articles in [\d.]+ s — 6 added, 0 updated, 0 skipped \(unchanged\), 2 failed · \d+ time expressions, \d+ events stored(, \d+ cross-article groups)?$/m);
    expect(run.stderr).toContain(`${path.join(inbox, "wire.jsonl")}:2 [published]: «2016-02-30» is impossible: February 2016 has 29 days`);
    expect(run.stderr).toMatch(/english\.txt \[text\]: not Arabic: 0% of its \d+ letters are Arabic/);
    expect(await t.db.article.count()).toBe(6);
    expect(await t.db.article.findUnique({ where: { id: "wire-1" } })).toMatchObject({ outlet: "سانا", published: "2016-06-15" });
    expect(await t.db.timeExpression.count({ where: { articleId: "002_bd2704263292804c", text: "أمس", intervalStart: "2016-12-11" } })).toBe(1);
  });

  it("a second run skips everything and changes nothing", async () => {
    const before = await snapshot(t.db, "");
    const run = await zaman(["ingest", "--quiet", path.join(ROOT, "corpus")], t.url);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/— 0 added, 0 updated, 5 skipped \(unchanged\), 0 failed/);
    expect(await snapshot(t.db, "")).toEqual(before);
  });

  it("analysis on worker threads stores exactly what the main thread stores", async () => {
    const threaded = await createTestDatabase(provider);
    try {
      const run = await zaman(["ingest", "--quiet", "--workers", "2", path.join(ROOT, "corpus")], threaded.url);
      expect(run.status).toBe(0);
      const rows = async (db: TestDatabase["db"]) =>
        (await db.event.findMany({ where: { articleId: { not: "wire-1" } }, orderBy: { id: "asc" }, include: { mentions: true } })).map(({ groupId: _g, ...e }) => e);
      expect(await rows(threaded.db)).toEqual(await rows(t.db));
      expect(await threaded.db.event.count()).toBeGreaterThan(50);
    } finally {
      await threaded.destroy();
    }
  });

  it("refuses bad arguments with exit code 2", async () => {
    const run = await zaman(["ingest", "--published"], t.url);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--published needs a value");
  });
});
