// `zaman correct`, `zaman revert` and `zaman history` as a user scripts them, on SQLite and PostgreSQL: recorded like
// the web app's corrections, with the same refusals (stale version, unknown id, impossible date).
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { CorrectionRecord } from "../../lib/corrections/types";
import { zaman } from "../store/support/cli";
import { createTestDatabase, describeEachProvider, type TestDatabase } from "../store/support/databases";

// Each step starts the real CLI (a few seconds on a busy 2-core machine).
vi.setConfig({ testTimeout: 120_000 });

const ROOT = path.resolve(import.meta.dirname, "../..");
const A003 = "003_3fa513781c5a54af";

describeEachProvider("zaman correct / revert / history", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const run = await zaman(["ingest", "--quiet", path.join(ROOT, "corpus")], t.url);
    expect(run.status).toBe(0);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it("corrects an event's date, shows it in its history, and refuses a stale version", async () => {
    const event = await t.db.event.findFirstOrThrow({ where: { articleId: A003, start: { not: null } }, orderBy: { ordinal: "asc" } });
    const run = await zaman(["correct", "event", event.id, "--date", "2016-12-10..2016-12-11", "--reason", "two days of fighting", "--by", "رهف"], t.url);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout) as { correction: CorrectionRecord; event: { version: number } };
    expect(answer.event).toMatchObject({ id: event.id, version: event.version + 1, interval: { start: "2016-12-10", end: "2016-12-11" }, granularity: "day" });
    expect(await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ start: "2016-12-10", end: "2016-12-11", inferredStart: event.inferredStart });

    const history = await zaman(["history", "event", event.id], t.url);
    expect(history.status).toBe(0);
    const lines = history.stdout.trim().split("\n").map((l) => JSON.parse(l) as CorrectionRecord);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ id: answer.correction.id, author: "رهف", reason: "two days of fighting", before: { interval: { start: event.start, end: event.end } } });

    const stale = await zaman(["correct", "event", event.id, "--date", "2016-12-01", "--reason", "late", "--by", "سامي", "--expected-version", String(event.version)], t.url);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("conflict");
    expect(await t.db.correction.count({ where: { targetId: event.id } })).toBe(1);
  });

  it("corrects an article's publication date, reports what moved, and reverts it", async () => {
    const before = await t.db.event.findMany({ where: { articleId: A003 }, select: { id: true, start: true, dateOrigin: true } });
    const run = await zaman(["correct", "article", A003, "--published", "2016-12-14", "--reason", "print edition of the 14th", "--by", "سامي"], t.url);
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout) as { correction: CorrectionRecord; article: { published: string }; moved: { eventId: string }[]; keptByHand: string[] };
    expect(answer.article.published).toBe("2016-12-14");
    // Events that hang on the publication date and were not dated by hand move.
    const movable = before.filter((e) => e.dateOrigin !== "event-correction" && e.start !== null);
    expect(answer.moved.length).toBeGreaterThan(0);
    for (const m of answer.moved) expect(movable.map((e) => e.id)).toContain(m.eventId);

    const revert = await zaman(["revert", answer.correction.id, "--reason", "the web date was right", "--by", "رهف"], t.url);
    expect(revert.status).toBe(0);
    expect(JSON.parse(revert.stdout)).toMatchObject({ reverted: { id: answer.correction.id, revertedBy: "رهف" }, revert: { revertsId: answer.correction.id } });
    const after = await t.db.event.findMany({ where: { articleId: A003 }, select: { id: true, start: true } });
    expect(new Map(after.map((e) => [e.id, e.start]))).toEqual(new Map(before.map((e) => [e.id, e.start])));

    const again = await zaman(["revert", answer.correction.id], t.url);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already-reverted");
    const history = await zaman(["history", "article", A003], t.url);
    expect(history.stdout.trim().split("\n").map((l) => (JSON.parse(l) as CorrectionRecord).revertsId)).toEqual([answer.correction.id, null]);
  });

  it("refuses impossible dates, missing names and unknown ids", async () => {
    const impossible = await zaman(["correct", "article", A003, "--published", "2016-02-30", "--reason", "x", "--by", "رهف"], t.url);
    expect(impossible.status).toBe(2);
    expect(impossible.stderr).toContain("2016-02-30 does not exist in the calendar");
    const anonymous = await zaman(["correct", "article", A003, "--published", "2016-12-14", "--reason", "x"], t.url);
    expect(anonymous.status).toBe(2);
    expect(anonymous.stderr).toContain("--by");
    const unknown = await zaman(["history", "event", "no-such-event"], t.url);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("not found");
  });
});
