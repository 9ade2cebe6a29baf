// `npm run db:setup`: creates and migrates the database named by DATABASE_URL (default: SQLite data/zaman.db) and
// ingests corpus/. Idempotent and quick when nothing changed: an up-to-date schema costs one query, unchanged
// articles are skipped by content hash. Run by `npm run app` before the web app starts.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatSummary, runIngest } from "../cli/commands/ingest";
import { analysisFingerprint, loadAnalyse } from "../lib/store/analysis";
import { closeDb, getDb } from "../lib/store/client";
import { databaseTarget, describeTarget } from "../lib/store/database-url";
import { migrateDatabase } from "../lib/store/migrate";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main(): Promise<number> {
  process.env.CHECKPOINT_DISABLE ??= "1";
  const target = databaseTarget();
  const { applied } = await migrateDatabase(target);
  process.stdout.write(
    `db:setup: ${describeTarget(target)} — ${applied.length ? `applied ${applied.join(", ")}` : "schema up to date"}\n`,
  );
  const db = await getDb();
  const analysis = { analyse: await loadAnalyse(), analysisVersion: analysisFingerprint(ROOT) };
  const { summary, seconds } = await runIngest(
    db,
    { paths: [path.join(ROOT, "corpus")], text: {}, quiet: false },
    { out: process.stdout, err: process.stderr },
    analysis,
  );
  process.stdout.write(`db:setup: corpus/ ${formatSummary(summary, seconds).replace(/^ingest: /, "")}\n`);
  return summary.failed > 0 ? 1 : 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    process.stderr.write(`db:setup: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
