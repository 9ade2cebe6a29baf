// The one place that imports the generated Prisma clients. Everything else in Zaman calls lib/store functions, which
// take a `Db` (from getDb() or openDb()).
//
// Two clients are generated (generated/sqlite, generated/postgres: same models, one per provider, since Prisma wants
// a fixed provider per schema); the one to use is chosen at run time from DATABASE_URL. Both expose the same model
// API; the SQLite client's type stands for both, which also keeps queries portable (no PostgreSQL-only options).
import type { PrismaClient as SqliteClient, Prisma as SqlitePrisma } from "../../generated/sqlite/client";
import { createAdapterFactory } from "./adapters";
import { ZamanSqliteAdapterFactory, type SqliteConnection } from "./sqlite-adapter";
import { databaseTarget, type DatabaseTarget } from "./database-url";

export type { Prisma } from "../../generated/sqlite/client";

/** The Prisma client, whichever provider is behind it. */
export type Db = SqliteClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = SqlitePrisma.TransactionClient;
/** Either: functions that can run inside or outside a transaction take this. */
export type DbOrTx = Db | Tx;
export type Provider = DatabaseTarget["provider"];

// Kept on globalThis, like the shared client below: a Next.js build bundles this module more than once (pages and
// route handlers), and a client opened by one copy is used by the others. A module-local map made the page's copy
// take a PostgreSQL client for SQLite and send it SQLite's SQL.
const registry = globalThis as typeof globalThis & {
  __zamanClients?: { providers: WeakMap<object, Provider>; sqliteFactories: WeakMap<object, ZamanSqliteAdapterFactory> };
};
const { providers, sqliteFactories } = (registry.__zamanClients ??= { providers: new WeakMap(), sqliteFactories: new WeakMap() });

/** Which database a client talks to; only clients made by openDb are known, and guessing would send the wrong SQL. */
export function providerOf(db: Db): Provider {
  const provider = providers.get(db);
  if (!provider) throw new Error("providerOf: not a client opened by lib/store (openDb or getDb)");
  return provider;
}

/** The better-sqlite3 connection under a SQLite client (for bulk inserts inside its transactions), else null. */
export function sqliteConnectionOf(db: Db): SqliteConnection | null {
  return sqliteFactories.get(db)?.connection ?? null;
}

/** A new client for a target (tests and scripts that manage their own databases). Call `db.$disconnect()` after. */
export async function openDb(target: DatabaseTarget | string = databaseTarget()): Promise<Db> {
  const resolved = typeof target === "string" ? databaseTarget(target) : target;
  const adapter = createAdapterFactory(resolved);
  let db: Db;
  if (resolved.provider === "postgres") {
    const { PrismaClient } = await import("../../generated/postgres/client");
    db = new PrismaClient({ adapter }) as unknown as Db;
  } else {
    const { PrismaClient } = await import("../../generated/sqlite/client");
    db = new PrismaClient({ adapter });
    if (adapter instanceof ZamanSqliteAdapterFactory) sqliteFactories.set(db, adapter);
    // WAL: readers (the web app) never block the writer (ingest); NORMAL sync is safe with WAL and much faster.
    if (resolved.file !== ":memory:") await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
    // 64 MB of page cache (the default is 2 MB): bulk ingest updates eight indexes of the events table, and with the
    // default cache most of that time went to evicting and re-reading index pages.
    await db.$executeRawUnsafe("PRAGMA cache_size = -65536");
    // Checkpoint the WAL every 128 MB rather than 4 MB: a bulk ingest rewrites the same index pages commit after
    // commit, and a checkpoint copies (and syncs) each page once however often the WAL holds it (10,000 articles:
    // 2 s less SQLite work than at 32 MB). Readers are not slowed by a longer WAL in any way that matters here; past
    // a checkpoint the file is cut back to 64 MB.
    if (resolved.file !== ":memory:") {
      await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 32768");
      await db.$queryRawUnsafe("PRAGMA journal_size_limit = 67108864");
    }
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  }
  providers.set(db, resolved.provider);
  return db;
}

// One client per process for DATABASE_URL, kept on globalThis so Next's dev reloads do not open a new one each time.
const shared = globalThis as typeof globalThis & { __zamanDb?: { url: string; db: Promise<Db> } };

/** The process-wide client for DATABASE_URL (the web app's and the CLI's entry point to the store). */
export function getDb(): Promise<Db> {
  const url = process.env.DATABASE_URL ?? "";
  if (!shared.__zamanDb || shared.__zamanDb.url !== url) {
    const db = openDb(databaseTarget(url));
    shared.__zamanDb = { url, db };
    db.catch(() => {
      if (shared.__zamanDb?.db === db) delete shared.__zamanDb;
    });
  }
  return shared.__zamanDb.db;
}

/** Runs `work` with the process-wide client. */
export async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  return work(await getDb());
}

/** Closes the process-wide client (the CLI calls this before exiting). */
export async function closeDb(): Promise<void> {
  const current = shared.__zamanDb;
  delete shared.__zamanDb;
  if (current) await (await current.db).$disconnect();
}
