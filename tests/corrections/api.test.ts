// The write API through its route handlers (a web Request in, a Response out, as Next calls them), against a fresh
// database holding the corpus, on SQLite and on PostgreSQL. The re-analysis after a publication-date change uses the
// store tests' stand-in pipeline (the real time engine for expressions, one event per expression).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ArticleCorrectionResponse, ConflictBody, EventCorrectionResponse, HistoryResponse, RevertResponse } from "@/lib/corrections/types";
import { closeDb } from "@/lib/store/client";
import { ingestArticles } from "@/lib/store/ingest";
import { corpusReadings, snapshot } from "../store/support/corpus";
import { createTestDatabase, describeEachProvider, type TestDatabase } from "../store/support/databases";
import { fakeAnalyse } from "../store/support/fake-analysis";

const PASSWORD = "كلمة-سر-المحررين-2016";
const dataDir = mkdtempSync(path.join(tmpdir(), "zaman-corrections-api-"));
process.env.ZAMAN_EDITOR_PASSWORD = PASSWORD;
process.env.ZAMAN_DATA_DIR = dataDir;
delete process.env.ZAMAN_SESSION_SECRET;

const { substituteAnalysis } = await import("@/app/api/corrections/_lib/pipeline");
const signin = await import("@/app/api/auth/signin/route");
const eventRoute = await import("@/app/api/events/[id]/corrections/route");
const articleRoute = await import("@/app/api/articles/[id]/corrections/route");
const revertRoute = await import("@/app/api/corrections/[id]/revert/route");

substituteAnalysis(fakeAnalyse);
afterAll(() => {
  substituteAnalysis(null);
  rmSync(dataDir, { recursive: true, force: true });
});

const BASE = "http://localhost:3000";
const SAME_SITE = { origin: BASE, "sec-fetch-site": "same-origin" };
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

function post(url: string, body: unknown, headers: Record<string, string>): Request {
  return new Request(`${BASE}${url}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}
const get = (url: string) => new Request(`${BASE}${url}`);

async function signIn(name: string): Promise<string> {
  const res = await signin.POST(post("/api/auth/signin", { name, password: PASSWORD }, { ...SAME_SITE, "x-forwarded-for": "192.0.2.10" }));
  expect(res.status).toBe(200);
  return (res.headers.get("set-cookie") ?? "").split(";")[0]!;
}

// Article 003 (al-Ahram, published 2016-12-13): both «أمس» resolve to 2016-12-12.
const AHRAM = "003_3fa513781c5a54af";
const AHRAM_E0 = `${AHRAM}-e0`;
const AHRAM_E1 = `${AHRAM}-e1`;
const UNDATED = `undated-${AHRAM}`;

describeEachProvider("write API", (provider) => {
  let t: TestDatabase;
  let rahaf: string;
  let samer: string;
  const editor = (cookie: string) => ({ ...SAME_SITE, cookie });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const corpus = await ingestArticles(t.db, await corpusReadings(""), { analyse: fakeAnalyse, analysisVersion: "test" });
    expect(corpus).toMatchObject({ added: 5, failed: 0 });
    const undated = (await corpusReadings("undated-")).filter((r) => r.ok && r.article.id === UNDATED);
    const dateless = await ingestArticles(
      t.db,
      undated.map((r) => (r.ok ? { ...r, article: { ...r.article, published: null, publishedConfidence: null } } : r)),
      { analyse: fakeAnalyse, analysisVersion: "test" },
    );
    expect(dateless).toMatchObject({ added: 1, failed: 0 });
    process.env.DATABASE_URL = t.url;
    rahaf = await signIn("رهف الحلبي");
    samer = await signIn("سامر");
  });
  afterAll(async () => {
    await closeDb();
    delete process.env.DATABASE_URL;
    await t?.destroy();
  });

  const eventRow = (id: string) => t.db.event.findUniqueOrThrow({ where: { id } });

  it("shows an event's empty history, current date and version to anyone", async () => {
    const res = await eventRoute.GET(get(`/api/events/${AHRAM_E0}/corrections`), ctx(AHRAM_E0));
    expect(res.status).toBe(200);
    const body = (await res.json()) as HistoryResponse;
    expect(body.target).toEqual({ kind: "event", id: AHRAM_E0, version: 1, interval: { start: "2016-12-12", end: "2016-12-12" }, granularity: "day" });
    expect(body.corrections).toEqual([]);
  });

  it("refuses anonymous, cross-site and badly formed corrections, and changes nothing", async () => {
    const before = await snapshot(t.db, AHRAM);
    const body = { date: "2016-12-11", granularity: "day", reason: "الصالح تحدث يوم الأحد", expectedVersion: 1 };
    const anonymous = await eventRoute.POST(post(`/api/events/${AHRAM_E0}/corrections`, body, SAME_SITE), ctx(AHRAM_E0));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: "not-signed-in" });

    const crossSite = await eventRoute.POST(
      post(`/api/events/${AHRAM_E0}/corrections`, body, { cookie: rahaf, origin: "https://evil.example", "sec-fetch-site": "cross-site" }),
      ctx(AHRAM_E0),
    );
    expect(crossSite.status).toBe(403);

    const impossible = await eventRoute.POST(post(`/api/events/${AHRAM_E0}/corrections`, { ...body, date: "2016-02-30" }, editor(rahaf)), ctx(AHRAM_E0));
    expect(impossible.status).toBe(400);
    const why = (await impossible.json()) as { code: string; error: string };
    expect(why.code).toBe("date-impossible");
    expect(why.error).toContain("2016-02-30");

    const noReason = await eventRoute.POST(post(`/api/events/${AHRAM_E0}/corrections`, { ...body, reason: "  " }, editor(rahaf)), ctx(AHRAM_E0));
    expect(noReason.status).toBe(400);
    expect(await noReason.json()).toMatchObject({ code: "reason-missing" });

    const unknown = await eventRoute.POST(post(`/api/events/${AHRAM}-e99/corrections`, body, editor(rahaf)), ctx(`${AHRAM}-e99`));
    expect(unknown.status).toBe(404);
    const notJson = await eventRoute.POST(
      new Request(`${BASE}/api/events/${AHRAM_E0}/corrections`, { method: "POST", headers: editor(rahaf), body: "{date:" }),
      ctx(AHRAM_E0),
    );
    expect(notJson.status).toBe(400);

    expect(await snapshot(t.db, AHRAM)).toEqual(before);
  });

  it("corrects an event's date under the signed-in editor's name, keeping the inference", async () => {
    const res = await eventRoute.POST(
      post(
        `/api/events/${AHRAM_E0}/corrections`,
        // An `author` in the body is ignored: the name comes from the session.
        { date: "2016-12-11", granularity: "day", reason: "بدأت العملية البرية يوم الأحد 11 كانون الأول", expectedVersion: 1, author: "someone else" },
        editor(rahaf),
      ),
      ctx(AHRAM_E0),
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as EventCorrectionResponse;
    expect(body.event).toEqual({ id: AHRAM_E0, version: 2, interval: { start: "2016-12-11", end: "2016-12-11" }, granularity: "day" });
    expect(body.correction).toMatchObject({
      targetKind: "event",
      targetId: AHRAM_E0,
      author: "رهف الحلبي",
      before: { interval: { start: "2016-12-12", end: "2016-12-12" } },
      after: { interval: { start: "2016-12-11", end: "2016-12-11" } },
      revertedAt: null,
    });
    expect(await eventRow(AHRAM_E0)).toMatchObject({ start: "2016-12-11", end: "2016-12-11", inferredStart: "2016-12-12", dateOrigin: "event-correction", version: 2 });

    const history = (await (await eventRoute.GET(get(`/api/events/${AHRAM_E0}/corrections`), ctx(AHRAM_E0))).json()) as HistoryResponse;
    expect(history.target.version).toBe(2);
    expect(history.corrections.map((c) => [c.author, c.reason])).toEqual([["رهف الحلبي", "بدأت العملية البرية يوم الأحد 11 كانون الأول"]]);
  });

  it("answers a stale version with 409 and the current value, not an overwrite", async () => {
    const res = await eventRoute.POST(
      post(`/api/events/${AHRAM_E0}/corrections`, { date: "2016-12-10", reason: "رأي آخر", expectedVersion: 1 }, editor(samer)),
      ctx(AHRAM_E0),
    );
    expect(res.status).toBe(409);
    const body = (await res.json()) as ConflictBody;
    expect(body.code).toBe("conflict");
    expect(body.current).toMatchObject({ version: 2, interval: { start: "2016-12-11", end: "2016-12-11" } });
    expect(body.latest?.author).toBe("رهف الحلبي");
    expect(await eventRow(AHRAM_E0)).toMatchObject({ start: "2016-12-11", version: 2 });
  });

  it("reverts a correction: the event goes back to the inference, the history keeps both, a second revert is refused", async () => {
    const history = (await (await eventRoute.GET(get(`/api/events/${AHRAM_E0}/corrections`), ctx(AHRAM_E0))).json()) as HistoryResponse;
    const id = history.corrections[0]!.id;
    const anonymous = await revertRoute.POST(post(`/api/corrections/${id}/revert`, {}, SAME_SITE), ctx(id));
    expect(anonymous.status).toBe(401);

    const res = await revertRoute.POST(post(`/api/corrections/${id}/revert`, { reason: "التاريخ الأصلي صحيح" }, editor(samer)), ctx(id));
    expect(res.status).toBe(200);
    const body = (await res.json()) as RevertResponse;
    expect(body.reverted).toMatchObject({ id, revertedBy: "سامر" });
    expect(body.revert).toMatchObject({ revertsId: id, author: "سامر", reason: "التاريخ الأصلي صحيح" });
    expect(await eventRow(AHRAM_E0)).toMatchObject({ start: "2016-12-12", end: "2016-12-12", dateOrigin: "inferred" });

    const after = (await (await eventRoute.GET(get(`/api/events/${AHRAM_E0}/corrections`), ctx(AHRAM_E0))).json()) as HistoryResponse;
    expect(after.corrections).toHaveLength(2);
    expect(after.corrections.find((c) => c.id === id)?.revertedAt).not.toBeNull();

    const again = await revertRoute.POST(post(`/api/corrections/${id}/revert`, {}, editor(samer)), ctx(id));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: "already-reverted" });
    const ofRevert = await revertRoute.POST(post(`/api/corrections/${body.revert.id}/revert`, {}, editor(samer)), ctx(body.revert.id));
    expect(ofRevert.status).toBe(409);
    const unknown = await revertRoute.POST(post(`/api/corrections/c-nope/revert`, {}, editor(samer)), ctx("c-nope"));
    expect(unknown.status).toBe(404);
  });

  it("corrects a publication date: «أمس» moves with it, a hand-corrected event stays, and the answer says what moved", async () => {
    const v = (await eventRow(AHRAM_E1)).version;
    const hand = await eventRoute.POST(
      post(`/api/events/${AHRAM_E1}/corrections`, { date: "2016-12-11", reason: "غارات الرقة يوم الأحد", expectedVersion: v }, editor(rahaf)),
      ctx(AHRAM_E1),
    );
    expect(hand.status).toBe(201);

    const history = (await (await articleRoute.GET(get(`/api/articles/${AHRAM}/corrections`), ctx(AHRAM))).json()) as HistoryResponse;
    expect(history.target).toMatchObject({ kind: "article", published: "2016-12-13" });
    const res = await articleRoute.POST(
      post(`/api/articles/${AHRAM}/corrections`, { published: "2016-12-14", reason: "عدد الأربعاء", expectedVersion: history.target.version }, editor(rahaf)),
      ctx(AHRAM),
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as ArticleCorrectionResponse;
    expect(body.article).toMatchObject({ id: AHRAM, published: "2016-12-14" });
    expect(body.correction).toMatchObject({ field: "published", before: { published: "2016-12-13" }, after: { published: "2016-12-14" }, author: "رهف الحلبي" });
    const e0 = body.moved.find((m) => m.eventId === AHRAM_E0);
    expect(e0).toMatchObject({ before: { start: "2016-12-12", end: "2016-12-12" }, after: { start: "2016-12-13", end: "2016-12-13" } });
    expect(e0?.summary).toContain("أمس");
    expect(body.moved.map((m) => m.eventId)).not.toContain(AHRAM_E1);
    expect(body.keptByHand).toContain(AHRAM_E1);
    expect(await eventRow(AHRAM_E0)).toMatchObject({ start: "2016-12-13" });
    expect(await eventRow(AHRAM_E1)).toMatchObject({ start: "2016-12-11" });

    const stale = await articleRoute.POST(
      post(`/api/articles/${AHRAM}/corrections`, { published: "2016-12-15", reason: "س", expectedVersion: history.target.version }, editor(samer)),
      ctx(AHRAM),
    );
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ConflictBody).current.published).toBe("2016-12-14");

    const revert = await revertRoute.POST(post(`/api/corrections/${body.correction.id}/revert`, {}, editor(samer)), ctx(body.correction.id));
    expect(revert.status).toBe(200);
    const reverted = (await revert.json()) as RevertResponse;
    expect(reverted.moved.find((m) => m.eventId === AHRAM_E0)?.after).toEqual({ start: "2016-12-12", end: "2016-12-12" });
    expect(await eventRow(AHRAM_E0)).toMatchObject({ start: "2016-12-12" });
  });

  it("gives an undated article its publication date, and its relative expressions then resolve", async () => {
    const before = await t.db.event.findMany({ where: { articleId: UNDATED }, orderBy: { ordinal: "asc" } });
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((e) => e.start === null)).toBe(true);
    const res = await articleRoute.POST(
      post(`/api/articles/${UNDATED}/corrections`, { published: "2016-12-13", reason: "تاريخ العدد المطبوع" }, editor(rahaf)),
      ctx(UNDATED),
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as ArticleCorrectionResponse;
    expect(body.moved.length).toBe(before.length);
    expect(body.moved.every((m) => m.before === null && m.after?.start === "2016-12-12")).toBe(true);
  });

  it("refuses an impossible publication date and an unknown article", async () => {
    const bad = await articleRoute.POST(post(`/api/articles/${AHRAM}/corrections`, { published: "2016-12-32", reason: "س" }, editor(rahaf)), ctx(AHRAM));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "date-impossible" });
    const unknown = await articleRoute.POST(post(`/api/articles/nope/corrections`, { published: "2016-12-12", reason: "س" }, editor(rahaf)), ctx("nope"));
    expect(unknown.status).toBe(404);
    expect((await articleRoute.GET(get(`/api/articles/nope/corrections`), ctx("nope"))).status).toBe(404);
    expect((await eventRoute.GET(get(`/api/events/nope/corrections`), ctx("nope"))).status).toBe(404);
  });
});
