// Multi-row INSERTs for the rows ingest writes in bulk (articles, expressions, events, mentions). Prisma's
// `createMany` goes through its WebAssembly query compiler, whose cost grows faster than the rows it is given: it
// made storing 10,000 articles take several minutes. A plain parameterised INSERT per few hundred values does the
// same work in a fraction of the time. Portable SQL (double-quoted identifiers); only the placeholder differs
// (`?` for SQLite, `$n` for PostgreSQL). The row objects are Prisma's own create-input types, so the columns are
// checked against the schema at compile time; tests run this on both providers.
import type { DbOrTx, Provider } from "./client";

/** Parameters per statement: below SQLite's historical limit of 999, far below PostgreSQL's 65,535. */
const MAX_PARAMETERS = 900;

type Row = object;

export async function bulkInsert(db: DbOrTx, provider: Provider, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  for (const row of rows) {
    if (Object.keys(row).length !== columns.length) throw new Error(`bulkInsert ${table}: rows with different columns`);
  }
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    let n = 0;
    const tuples = chunk.map(() => `(${columns.map(() => (provider === "postgres" ? `$${++n}` : "?")).join(", ")})`);
    const values = chunk.flatMap((row) => columns.map((c) => (row as Record<string, unknown>)[c] ?? null));
    await db.$executeRawUnsafe(head + tuples.join(", "), ...values);
  }
}
