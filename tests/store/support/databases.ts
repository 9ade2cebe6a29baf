// Fresh, migrated databases for store tests, on every provider the machine offers: SQLite always, PostgreSQL when
// ZAMAN_TEST_PG_URL names a server (scripts/test-all.sh starts one). Without it the PostgreSQL suite is skipped,
// unless ZAMAN_REQUIRE_PG=1 (CI), where its absence is a failing test rather than a silent skip.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "vitest";
import { openDb, type Db } from "../../../lib/store/client";
import { databaseTarget, postgresUrlWithDatabase, type DatabaseTarget } from "../../../lib/store/database-url";
import { migrateDatabase } from "../../../lib/store/migrate";
import { dropDatabase } from "../../../lib/store/postgres-adapter";

export type TestProvider = "sqlite" | "postgres";

export const PG_URL = process.env.ZAMAN_TEST_PG_URL?.trim() || null;
export const REQUIRE_PG = process.env.ZAMAN_REQUIRE_PG === "1";

export interface TestDatabase {
  provider: TestProvider;
  url: string;
  target: DatabaseTarget;
  db: Db;
  /** Disconnects and deletes the database. */
  destroy(): Promise<void>;
}

/** A brand-new database of that provider with the committed migrations applied. */
export async function createTestDatabase(provider: TestProvider): Promise<TestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zaman-store-"));
    const url = `file:${path.join(dir, "test.db")}`;
    const target = databaseTarget(url);
    await migrateDatabase(target);
    const db = await openDb(target);
    return {
      provider,
      url,
      target,
      db,
      async destroy() {
        await db.$disconnect();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!PG_URL) throw new Error("ZAMAN_TEST_PG_URL is not set");
  const name = `zaman_test_${randomBytes(6).toString("hex")}`;
  const url = postgresUrlWithDatabase(PG_URL, name);
  const target = databaseTarget(url);
  await migrateDatabase(target); // creates the database, then migrates it
  const db = await openDb(target);
  return {
    provider,
    url,
    target,
    db,
    async destroy() {
      await db.$disconnect();
      if (target.provider === "postgres") await dropDatabase({ ...target.connection, database: "postgres" }, name);
    },
  };
}

/**
 * `describe` once per provider. PostgreSQL runs when ZAMAN_TEST_PG_URL is set; otherwise it is skipped, or, with
 * ZAMAN_REQUIRE_PG=1, replaced by a failing test saying why.
 */
export function describeEachProvider(title: string, suite: (provider: TestProvider) => void): void {
  describe(`${title} [sqlite]`, () => suite("sqlite"));
  if (PG_URL) describe(`${title} [postgres]`, () => suite("postgres"));
  else if (REQUIRE_PG) {
    describe(`${title} [postgres]`, () => {
      it("needs a PostgreSQL server (ZAMAN_TEST_PG_URL) because ZAMAN_REQUIRE_PG=1", () => {
        throw new Error("ZAMAN_REQUIRE_PG=1 but ZAMAN_TEST_PG_URL is unset: the PostgreSQL suite cannot run");
      });
    });
  } else describe.skip(`${title} [postgres] (ZAMAN_TEST_PG_URL unset)`, () => suite("postgres"));
}
