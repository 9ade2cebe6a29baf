// Prisma CLI configuration (route A of ../shared/TOOLCHAIN.md, see prisma/README.md): Prisma 6.19's JavaScript
// schema engine over our driver adapters, so no native engine is ever downloaded. The schema folder and the adapter
// follow DATABASE_URL: prisma/sqlite (default) or prisma/postgres for a postgres:// URL.
// `prisma generate --schema prisma/<provider>` generates one client whatever DATABASE_URL says (see postinstall).
import { defineConfig } from "prisma/config";
import { databaseTarget } from "./lib/store/database-url";

process.env.CHECKPOINT_DISABLE ??= "1"; // no telemetry look-ups from the CLI

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: databaseTarget().provider === "postgres" ? "prisma/postgres" : "prisma/sqlite",
  // Loaded only by commands that touch a database, so `prisma generate` (postinstall) needs no native driver.
  async adapter() {
    const { createAdapterFactory } = await import("./lib/store/adapters");
    const { unrefLongTimers } = await import("./lib/store/postgres-adapter");
    const target = databaseTarget();
    if (target.provider === "postgres") unrefLongTimers();
    return createAdapterFactory(target);
  },
});
