// The Prisma driver adapter for a database target: better-sqlite3 for SQLite, pg for PostgreSQL, each with the
// fixes Prisma 6.19's JavaScript schema engine needs (sqlite-adapter.ts, postgres-adapter.ts).
// Shared by prisma.config.ts (migrations) and lib/store/client.ts (queries).
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseTarget } from "./database-url";
import { ZamanPgAdapterFactory } from "./postgres-adapter";
import { ZamanSqliteAdapterFactory } from "./sqlite-adapter";

/** How long a SQLite writer waits for another process's write lock (the web app and the CLI may overlap). */
const SQLITE_BUSY_TIMEOUT_MS = 15_000;

export function createAdapterFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === "postgres") return new ZamanPgAdapterFactory(target.connection);
  if (target.file !== ":memory:") mkdirSync(path.dirname(target.file), { recursive: true });
  return new ZamanSqliteAdapterFactory(target.file, SQLITE_BUSY_TIMEOUT_MS);
}
