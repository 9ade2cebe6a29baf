// PostgreSQL through Prisma's `pg` driver adapter, with the two fixes Prisma 6.19's JavaScript schema engine needs
// here (see ../shared/TOOLCHAIN.md and prisma/README.md). Both are used by migrations (prisma.config.ts) and at run
// time (lib/store/client.ts), so they live in this one place and are tested in tests/store/postgres-adapter.test.ts.
//
// 1. Catalog types. Migrations introspect pg_catalog, whose columns are of the internal types `name` (OID 19) and
//    `"char"` (OID 18). @prisma/adapter-pg maps result columns by type OID and throws "Column type 'name' could not
//    be deserialized" on those (prisma/prisma#27403). Their values arrive as plain text, so reporting them as `text`
//    is exact: the pg client below rewrites those OIDs in result metadata before the adapter reads it.
// 2. Shadow database. `migrate dev`/`migrate diff --from-migrations` create a throw-away database; the stock adapter
//    drops it while its own pool is still connected (so the drop fails) and builds its pool from a connection string
//    that overrides the database name. Here the shadow pool gets separate host/port/user/database settings and the
//    database is dropped after that pool has closed, WITH (FORCE) so a straggling connection cannot keep it alive.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { PostgresConnection } from "./database-url";

const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
/** Catalog-only types whose text form is all Prisma needs: name, "char", and their arrays. */
const CATALOG_TEXT_OIDS: ReadonlyMap<number, number> = new Map([
  [19, TEXT_OID], // name
  [18, TEXT_OID], // "char"
  [1003, TEXT_ARRAY_OID], // name[]
]);

interface FieldLike {
  dataTypeID: number;
}
interface ResultLike {
  fields?: FieldLike[];
}

/** Rewrites catalog type OIDs to text in one result (or in each result of a multi-statement query). */
export function reportCatalogTypesAsText<T>(result: T): T {
  const results = Array.isArray(result) ? (result as unknown[]) : [result];
  for (const r of results) {
    const fields = (r as ResultLike | null)?.fields;
    if (!Array.isArray(fields)) continue;
    for (const field of fields) {
      const replacement = CATALOG_TEXT_OIDS.get(field.dataTypeID);
      if (replacement !== undefined) field.dataTypeID = replacement;
    }
  }
  return result;
}

/** A pg client whose results never carry the catalog types the adapter cannot map (callback and promise forms). */
export class CatalogTextClient extends pg.Client {
  // pg's query() has many overloads; this wrapper only post-processes results and passes everything else through.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (err: unknown, res: unknown) => void;
      args[args.length - 1] = (err: unknown, res: unknown) => callback(err, err ? res : reportCatalogTypesAsText(res));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    if (returned && typeof (returned as Promise<unknown>).then === "function") {
      return (returned as Promise<unknown>).then(reportCatalogTypesAsText) as never;
    }
    return returned as never;
  }
}

export function clientConfig(connection: PostgresConnection, database = connection.database): pg.ClientConfig {
  const config: pg.ClientConfig = {
    host: connection.host,
    port: connection.port,
    user: connection.user,
    password: connection.password,
    database,
  };
  const sslmode = connection.options.sslmode;
  if (sslmode && sslmode !== "disable") config.ssl = sslmode === "no-verify" ? { rejectUnauthorized: false } : true;
  if (connection.options.application_name) config.application_name = connection.options.application_name;
  return config;
}

export function poolConfig(connection: PostgresConnection, database = connection.database): pg.PoolConfig {
  // allowExitOnIdle: idle pooled connections must not keep a CLI process (or the Prisma CLI) alive.
  return { ...clientConfig(connection, database), Client: CatalogTextClient, max: 5, allowExitOnIdle: true };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Runs one statement on a short-lived connection to the server's maintenance target (the configured database). */
export async function runAdminStatement(connection: PostgresConnection, sql: string): Promise<void> {
  const client = new CatalogTextClient(clientConfig(connection));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createDatabase(connection: PostgresConnection, name: string): Promise<void> {
  await runAdminStatement(connection, `CREATE DATABASE ${quoteIdent(name)}`);
}

export async function dropDatabase(connection: PostgresConnection, name: string): Promise<void> {
  await runAdminStatement(connection, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}

/** Prisma's pg adapter factory with the fixes above: use it for migrations and for the client alike. */
export class ZamanPgAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName: string;
  readonly #connection: PostgresConnection;
  readonly #inner: PrismaPg;

  constructor(connection: PostgresConnection) {
    this.#connection = connection;
    this.#inner = new PrismaPg(poolConfig(connection));
    this.adapterName = this.#inner.adapterName;
  }

  connect(): Promise<SqlDriverAdapter> {
    return this.#inner.connect();
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `zaman_shadow_${randomUUID().replace(/-/g, "")}`;
    await createDatabase(this.#connection, name);
    const shadow = await new PrismaPg(poolConfig(this.#connection, name)).connect();
    const closePool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closePool();
      await dropDatabase(this.#connection, name);
    };
    return shadow;
  }
}

/**
 * Prisma 6.19's WebAssembly schema engine arms a 10 s timer on PostgreSQL (a lock timeout) and never clears it, so
 * `prisma migrate deploy` sits idle for 10 s after it has finished. Called from prisma.config.ts, i.e. only inside
 * the Prisma CLI process: long timers stop keeping that process alive. They still fire while anything else (a query
 * waiting for the migration lock) keeps it running, so no wait is cut short.
 */
export function unrefLongTimers(minimumMs = 5_000): void {
  const marker = Symbol.for("zaman.unrefLongTimers");
  const globals = globalThis as typeof globalThis & { [marker]?: boolean };
  if (globals[marker]) return;
  globals[marker] = true;
  const original = globalThis.setTimeout;
  const patched = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = original(handler, ms, ...args);
    if ((ms ?? 0) >= minimumMs) timer.unref();
    return timer;
  }) as typeof globalThis.setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
}
