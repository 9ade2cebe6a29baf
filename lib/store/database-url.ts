// Which database Zaman talks to, from DATABASE_URL: a `postgres://`/`postgresql://` URL means PostgreSQL, anything
// else is a SQLite file (a path or a `file:` URL). Unset: data/zaman.db under the working directory (the repo root
// when run through npm scripts, the CLI or `next start`).
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/zaman.db";

export type DatabaseTarget =
  | { provider: "sqlite"; /** absolute path, or ":memory:" */ file: string }
  | { provider: "postgres"; url: string; connection: PostgresConnection };

/** Separate settings rather than a connection string: pg lets a connection string override `database`, and the
 * shadow database used by migrations must override it. */
export interface PostgresConnection {
  host: string;
  port: number;
  user: string | undefined;
  password: string | undefined;
  database: string;
  /** Other query parameters kept as given (sslmode, application_name …). */
  options: Record<string, string>;
}

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

export function isPostgresUrl(url: string): boolean {
  return POSTGRES_URL.test(url.trim());
}

export function parsePostgresUrl(url: string): PostgresConnection {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new Error(`DATABASE_URL «${redactPassword(url)}» is not a valid PostgreSQL URL`);
  }
  const options: Record<string, string> = {};
  for (const [key, value] of parsed.searchParams) options[key] = value;
  // A socket directory may be given as ?host=/path (libpq style) instead of a host name.
  const host = options.host ?? (decodeURIComponent(parsed.hostname) || "localhost");
  delete options.host;
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
  return {
    host,
    port: parsed.port ? Number(parsed.port) : 5432,
    user: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database,
    options,
  };
}

/** The same server and credentials, another database: used for per-test databases. */
export function postgresUrlWithDatabase(url: string, database: string): string {
  const parsed = new URL(url.trim());
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** A URL safe to print: the password replaced by ***. */
export function redactPassword(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@/]*@/, "$1***@");
}

export function sqliteFileFromUrl(url: string, cwd: string): string {
  const raw = url.trim().replace(/^file:(\/\/)?/i, "").replace(/\?.*$/, "");
  if (raw === ":memory:") return raw;
  if (raw === "") throw new Error("DATABASE_URL names no SQLite file");
  return path.resolve(cwd, decodeURIComponent(raw));
}

export function databaseTarget(url: string | undefined = process.env.DATABASE_URL, cwd: string = process.cwd()): DatabaseTarget {
  const value = url && url.trim() !== "" ? url.trim() : DEFAULT_DATABASE_URL;
  if (isPostgresUrl(value)) return { provider: "postgres", url: value, connection: parsePostgresUrl(value) };
  return { provider: "sqlite", file: sqliteFileFromUrl(value, cwd) };
}

/** How a target is shown to users (no password). */
export function describeTarget(target: DatabaseTarget): string {
  return target.provider === "sqlite" ? `SQLite ${target.file}` : `PostgreSQL ${redactPassword(target.url)}`;
}
