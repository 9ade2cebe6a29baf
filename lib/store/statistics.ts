// Planner statistics after a bulk load. Without them SQLite guesses, and for "events in a window mentioning a place"
// it guessed a plan that scanned every place mention per event (seconds at 10,000 articles instead of milliseconds).
// SQLite: ANALYZE with a sampling limit keeps it quick at any size. PostgreSQL: ANALYZE, rather than waiting for
// autovacuum to notice the new rows.
import { providerOf, type Db } from "./client";

export async function refreshStatistics(db: Db): Promise<void> {
  if (providerOf(db) === "sqlite") {
    await db.$queryRawUnsafe("PRAGMA analysis_limit = 1000");
    await db.$executeRawUnsafe("ANALYZE");
  } else {
    await db.$executeRawUnsafe("ANALYZE");
  }
}
