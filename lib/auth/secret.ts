// The key that signs editor sessions: ZAMAN_SESSION_SECRET when set, otherwise 32 random bytes generated on first run
// and kept in the data directory (mode 0600), so sessions survive a restart. Never a constant in the code.
import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Env } from "./config";

export const SESSION_SECRET_FILE = "session-secret";
const MIN_SECRET_CHARS = 32;

/** Where Zaman keeps its local state (SQLite file, session secret): ZAMAN_DATA_DIR, else ./data. */
export function dataDir(env: Env = process.env): string {
  return env.ZAMAN_DATA_DIR && env.ZAMAN_DATA_DIR.trim() !== ""
    ? env.ZAMAN_DATA_DIR
    : path.join(/* turbopackIgnore: true */ process.cwd(), "data");
}

export function loadSessionSecret(env: Env = process.env, dir: string = dataDir(env)): Buffer {
  const fromEnv = env.ZAMAN_SESSION_SECRET;
  if (fromEnv !== undefined && fromEnv !== "") {
    if (fromEnv.length < MIN_SECRET_CHARS) {
      throw new Error(`ZAMAN_SESSION_SECRET must be at least ${MIN_SECRET_CHARS} characters`);
    }
    return Buffer.from(fromEnv, "utf8");
  }
  const file = path.join(dir, SESSION_SECRET_FILE);
  const stored = readIfExists(file) ?? createSecretFile(file);
  if (stored.length < MIN_SECRET_CHARS) throw new Error(`${file} is too short to be a session secret: delete it to regenerate`);
  return Buffer.from(stored, "utf8");
}

function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

function createSecretFile(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside, then linked into place: when two processes start together exactly one secret wins, and no
  // reader ever sees a half-written file.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, randomBytes(32).toString("hex") + "\n", { flag: "wx", mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  } finally {
    unlinkSync(draft);
  }
  return readFileSync(file, "utf8").trim();
}
