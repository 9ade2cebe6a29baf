// The committed migrations of each provider are exactly the shared models file: `prisma migrate diff` from the
// migrations (replayed in a shadow database: in memory for SQLite, a throw-away database for PostgreSQL) to the
// schema reports no difference. This also runs the Prisma CLI offline through prisma.config.ts end to end.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";
import { describeEachProvider, PG_URL } from "./support/databases";

const ROOT = path.resolve(import.meta.dirname, "../..");

function prisma(args: string[], databaseUrl: string) {
  return spawnSync(process.execPath, [path.join(ROOT, "node_modules/prisma/build/index.js"), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
    timeout: 120_000,
  });
}

describeEachProvider("committed migrations", (provider) => {
  it("match the models file exactly", () => {
    const folder = path.join(ROOT, "prisma", provider);
    const url = provider === "postgres" ? PG_URL! : "file::memory:";
    const result = prisma(
      ["migrate", "diff", "--from-migrations", path.join(folder, "migrations"), "--to-schema-datamodel", folder, "--exit-code"],
      url,
    );
    // --exit-code: 0 = no difference, 2 = a difference (a migration is missing), 1 = error.
    expect(result.stdout + result.stderr).toContain("No difference detected");
    expect(result.status).toBe(0);
  });
});
