// The two PostgreSQL fixes (lib/store/postgres-adapter.ts), checked against a real server when there is one.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTarget } from "../../lib/store/database-url";
import { poolConfig, reportCatalogTypesAsText, ZamanPgAdapterFactory } from "../../lib/store/postgres-adapter";
import { PG_URL, REQUIRE_PG } from "./support/databases";

describe("catalog types reported as text", () => {
  it("rewrites name and \"char\" column types, in single and multi-statement results", () => {
    const single = { fields: [{ dataTypeID: 19 }, { dataTypeID: 18 }, { dataTypeID: 23 }, { dataTypeID: 1003 }] };
    expect(reportCatalogTypesAsText(single).fields.map((f) => f.dataTypeID)).toEqual([25, 25, 23, 1009]);
    const multi = [{ fields: [{ dataTypeID: 19 }] }, { fields: [] }, {}];
    expect(reportCatalogTypesAsText(multi)[0]!.fields![0]!.dataTypeID).toBe(25);
  });
});

const connection = (() => {
  if (!PG_URL) return null;
  const target = databaseTarget(PG_URL);
  return target.provider === "postgres" ? target.connection : null;
})();

describe.runIf(connection !== null || REQUIRE_PG)("PostgreSQL adapter fixes against a server", () => {
  beforeAll(() => {
    if (!connection) throw new Error("ZAMAN_REQUIRE_PG=1 but ZAMAN_TEST_PG_URL is unset");
  });

  it("the stock adapter cannot read a catalog `name` column; ours reads it as text", async () => {
    const sql = { sql: "SELECT typname, typcategory FROM pg_type WHERE oid = 19", args: [], argTypes: [] };
    const stock = await new PrismaPg({ ...poolConfig(connection!), Client: pg.Client }).connect();
    try {
      await expect(stock.queryRaw(sql)).rejects.toThrow();
    } finally {
      await stock.dispose();
    }
    const fixed = await new ZamanPgAdapterFactory(connection!).connect();
    try {
      const result = await fixed.queryRaw(sql);
      expect(result.rows).toEqual([["name", "S"]]);
    } finally {
      await fixed.dispose();
    }
  });

  it("creates a shadow database and drops it once its pool has closed", async () => {
    const admin = new pg.Client({ ...poolConfig(connection!), Client: undefined } as pg.ClientConfig);
    await admin.connect();
    const shadowNames = async () =>
      (await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'zaman_shadow_%'")).rows.map((r) => r.datname);
    try {
      const before = await shadowNames();
      const shadow = await new ZamanPgAdapterFactory(connection!).connectToShadowDb();
      const during = (await shadowNames()).filter((n) => !before.includes(n));
      expect(during).toHaveLength(1);
      const inside = await shadow.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] });
      expect(inside.rows[0]?.[0]).toBe(during[0]);
      await shadow.dispose();
      expect(await shadowNames()).not.toContain(during[0]);
    } finally {
      await admin.end();
    }
  });
});

afterAll(() => undefined);
