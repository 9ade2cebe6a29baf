// Plain INSERTs for the rows ingest writes in bulk (articles, expressions, events, mentions, groups). Prisma's
// `createMany` goes through its WebAssembly query compiler, whose cost grew faster than the rows given: storing
// 10,000 articles took minutes. On PostgreSQL a parameterised multi-row INSERT of a few hundred rows does the same
// work in a fraction of the time. Portable SQL (double-quoted identifiers); only the placeholder differs (`?` SQLite,
// `$n` PostgreSQL). The row objects are Prisma's own create-input types, so columns are checked against the schema
// at compile time.
//
// PostgreSQL gets one array per column instead (insertByArrays below).
//
// On SQLite, inside a Prisma transaction, the rows are written on the transaction's own better-sqlite3 connection
// (lib/store/sqlite-adapter.ts) with one prepared one-row INSERT per table, run once per row: no SQL to parse again,
// and measured faster than multi-row statements there (binding thousands of spread arguments cost more than the
// calls: 110,000 event rows 1.2 s against 2.0 s). One statement per table and column list is kept, where caching
// multi-row statements by row count kept hundreds of large compiled statements alive. Only ever inside a transaction
// Prisma opened (checked), so atomicity is Prisma's. Both paths are exercised by the store tests (SQLite direct,
// PostgreSQL raw).
import type { DbOrTx, Provider } from "./client";
import type { SqliteConnection } from "./sqlite-adapter";

/** Parameters per statement: within SQLite's limit (32,766 since 3.32) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 8000;

type Row = object;
type Statement = ReturnType<SqliteConnection["prepare"]>;

const statements = new WeakMap<SqliteConnection, Map<string, Statement>>();

function insertSql(table: string, columns: readonly string[], rows: number, provider: Provider): string {
  let n = 0;
  const tuple = () => `(${columns.map(() => (provider === "postgres" ? `$${++n}` : "?")).join(", ")})`;
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${Array.from({ length: rows }, tuple).join(", ")}`;
}

/** What better-sqlite3 can bind, the way Prisma's adapter stores it (booleans 1/0, dates ISO with +00:00). */
function sqliteValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  return value;
}

export async function bulkInsert(
  db: DbOrTx,
  provider: Provider,
  table: string,
  rows: readonly Row[],
  connection: SqliteConnection | null = null,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  for (const row of rows) {
    if (Object.keys(row).length !== columns.length) throw new Error(`bulkInsert ${table}: rows with different columns`);
  }
  if (provider === "sqlite" && connection !== null && connection.inTransaction) {
    let cache = statements.get(connection);
    if (!cache) statements.set(connection, (cache = new Map()));
    const key = `${table}|${columns.join(",")}`;
    let statement = cache.get(key);
    if (!statement) cache.set(key, (statement = connection.prepare(insertSql(table, columns, 1, provider))));
    const values: unknown[] = new Array(columns.length);
    for (const row of rows) {
      const fields = row as Record<string, unknown>;
      for (let c = 0; c < columns.length; c += 1) values[c] = sqliteValue(fields[columns[c]!]);
      statement.run(values);
    }
    return;
  }
  if (provider === "postgres") {
    await insertByArrays(db, table, columns, rows);
    return;
  }
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const values = chunk.flatMap((row) => columns.map((c) => (row as Record<string, unknown>)[c] ?? null));
    await db.$executeRawUnsafe(insertSql(table, columns, chunk.length, provider), ...values);
  }
}

/** Rows per PostgreSQL statement: each column is one array parameter, whatever the number of rows. */
const ARRAY_ROWS = 5000;

/** Column types of our tables (PostgreSQL's names for them, e.g. text, int4, float8, bool, timestamp). */
const columnTypes = new Map<string, Promise<Map<string, string>>>();

function typesOf(db: DbOrTx, table: string): Promise<Map<string, string>> {
  let types = columnTypes.get(table);
  if (!types) {
    types = db
      .$queryRawUnsafe<{ column_name: string; udt_name: string }[]>(
        `SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
        table,
      )
      .then((rows) => new Map(rows.map((r) => [r.column_name, r.udt_name])));
    types.catch(() => columnTypes.delete(table));
    columnTypes.set(table, types);
  }
  return types;
}

/**
 * PostgreSQL: one array per column and `INSERT … SELECT * FROM unnest(…)`, rather than a multi-row VALUES list of
 * thousands of parameters: a fraction of the parameters to pass through Prisma and of the statement to parse
 * (2,000 articles: client CPU 4.8 s → 3.2 s, wall 8.2 s → 5.9 s). Dates go as ISO text into timestamp columns,
 * which is what Prisma stores (UTC).
 */
async function insertByArrays(db: DbOrTx, table: string, columns: readonly string[], rows: readonly Row[]): Promise<void> {
  const types = await typesOf(db, table);
  const casts = columns.map((c, i) => {
    const type = types.get(c);
    if (!type) throw new Error(`bulkInsert ${table}: no column ${c}`);
    return `$${i + 1}::${type}[]`;
  });
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${casts.join(", ")})`;
  for (let i = 0; i < rows.length; i += ARRAY_ROWS) {
    const chunk = rows.slice(i, i + ARRAY_ROWS);
    const arrays = columns.map((c) =>
      chunk.map((row) => {
        const value = (row as Record<string, unknown>)[c];
        return value instanceof Date ? value.toISOString() : (value ?? null);
      }),
    );
    await db.$executeRawUnsafe(sql, ...arrays);
  }
}
