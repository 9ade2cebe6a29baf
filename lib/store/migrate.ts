// Brings a database to the committed schema: `prisma migrate deploy` (the Prisma CLI over our adapters, see
// prisma.config.ts) for the target's provider. A quick check first reads `_prisma_migrations` so that an up-to-date
// database costs one query instead of a CLI start (about 2 s); a PostgreSQL database that does not exist is created.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDb, openDb, type Db } from "./client";
import { databaseTarget, describeTarget, type DatabaseTarget } from "./database-url";
import { clientConfig, createDatabase } from "./postgres-adapter";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function schemaFolder(target: DatabaseTarget): string {
  return path.join(REPO_ROOT, "prisma", target.provider === "postgres" ? "postgres" : "sqlite");
}

/** Names of the committed migrations for the target's provider, oldest first. */
export function committedMigrations(target: DatabaseTarget): string[] {
  const folder = path.join(schemaFolder(target), "migrations");
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(folder, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

/** Migrations the database has fully applied; null when it has no migration table (a new database). */
async function appliedMigrations(target: DatabaseTarget): Promise<Set<string> | null> {
  const db = await openDb(target);
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return new Set(rows.map((r) => r.migration_name));
  } catch {
    return null;
  } finally {
    await db.$disconnect();
  }
}

async function ensurePostgresDatabase(target: DatabaseTarget): Promise<void> {
  if (target.provider !== "postgres") return;
  const { Client } = (await import("pg")).default;
  const probe = new Client(clientConfig(target.connection));
  try {
    await probe.connect();
    await probe.end();
  } catch (err) {
    if ((err as { code?: string }).code !== "3D000") throw err; // 3D000: database does not exist
    await createDatabase({ ...target.connection, database: "postgres" }, target.connection.database);
  }
}

function runPrismaCli(args: string[], url: string): Promise<{ code: number; output: string }> {
  const bin = path.join(REPO_ROOT, "node_modules", "prisma", "build", "index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

function targetUrl(target: DatabaseTarget): string {
  return target.provider === "postgres" ? target.url : `file:${target.file}`;
}

export interface MigrationResult {
  /** Migrations applied by this call (empty when the database was up to date). */
  applied: string[];
}

export async function migrateDatabase(target: DatabaseTarget): Promise<MigrationResult> {
  await ensurePostgresDatabase(target);
  const committed = committedMigrations(target);
  const applied = await appliedMigrations(target);
  const pending = committed.filter((name) => !applied?.has(name));
  if (applied && pending.length === 0) return { applied: [] };
  const { code, output } = await runPrismaCli(["migrate", "deploy", "--schema", schemaFolder(target)], targetUrl(target));
  if (code !== 0) {
    throw new Error(`prisma migrate deploy failed on ${describeTarget(target)}:\n${output.trim()}`);
  }
  return { applied: pending };
}

/** The process-wide client for DATABASE_URL, once the database exists and is migrated (the CLI's entry point). */
export async function getMigratedDb(): Promise<Db> {
  await migrateDatabase(databaseTarget());
  return getDb();
}
