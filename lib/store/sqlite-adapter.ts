// SQLite through Prisma's better-sqlite3 driver adapter, with the one fix Prisma 6.19's JavaScript schema engine
// needs for `migrate dev` and `migrate diff --from-migrations`: it replays each migration in the shadow database
// through `executeRaw`, one call per migration file, and better-sqlite3 refuses to prepare more than one statement at
// a time. A parameterless script that fails that way is run again with `exec`, which takes a whole script (nothing
// of it ran: preparing failed before any statement executed). Used by prisma.config.ts; tested in
// tests/store/migrations.test.ts.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** Shadow-database adapter whose parameterless `executeRaw` accepts multi-statement scripts. */
function acceptScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (err) {
      if (query.args.length > 0) throw err;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

/** The part of a better-sqlite3 statement the store uses. */
export interface SqliteStatement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  /** Rows as arrays rather than objects. */
  raw(on?: boolean): SqliteStatement;
  /** Integers as numbers (the adapter's connection returns BigInt by default). */
  safeIntegers(on?: boolean): SqliteStatement;
}

/** The part of a better-sqlite3 connection that bulk writes and bulk reads use (lib/store/bulk-insert.ts, groups.ts). */
export interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
  readonly inTransaction: boolean;
}

function isSqliteConnection(value: unknown): value is SqliteConnection {
  return typeof value === "object" && value !== null && typeof (value as SqliteConnection).prepare === "function" && "inTransaction" in value;
}

export class ZamanSqliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: PrismaBetterSQLite3;
  #connection: SqliteConnection | null = null;

  constructor(file: string, busyTimeoutMs: number) {
    this.#inner = new PrismaBetterSQLite3({ url: file, timeout: busyTimeoutMs });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    // The adapter keeps its better-sqlite3 connection in `client`; bulk inserts inside Prisma's transactions use it.
    const client = (adapter as { client?: unknown }).client;
    this.#connection = isSqliteConnection(client) ? client : null;
    return adapter;
  }

  /** The connection the client uses, once connected (null otherwise, or if the adapter changed its internals). */
  get connection(): SqliteConnection | null {
    return this.#connection;
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return acceptScripts(await this.#inner.connectToShadowDb());
  }
}
