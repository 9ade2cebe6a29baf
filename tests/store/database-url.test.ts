import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseTarget, parsePostgresUrl, postgresUrlWithDatabase, redactPassword } from "../../lib/store/database-url";

describe("choosing the database from DATABASE_URL", () => {
  it("defaults to data/zaman.db under the working directory", () => {
    expect(databaseTarget(undefined, "/srv/zaman")).toEqual({ provider: "sqlite", file: "/srv/zaman/data/zaman.db" });
    expect(databaseTarget("  ", "/srv/zaman")).toEqual({ provider: "sqlite", file: "/srv/zaman/data/zaman.db" });
  });

  it("takes SQLite paths and file: URLs, relative to the working directory", () => {
    expect(databaseTarget("file:./x/z.db", "/w")).toEqual({ provider: "sqlite", file: path.resolve("/w/x/z.db") });
    expect(databaseTarget("file:///tmp/z.db", "/w")).toEqual({ provider: "sqlite", file: "/tmp/z.db" });
    expect(databaseTarget("rel/z.db", "/w")).toEqual({ provider: "sqlite", file: "/w/rel/z.db" });
  });

  it("recognises postgres:// and postgresql:// URLs and splits them into settings", () => {
    for (const scheme of ["postgres", "postgresql", "POSTGRES"]) {
      const target = databaseTarget(`${scheme}://ed:s%40cret@db.example:6543/zaman?sslmode=disable`);
      expect(target.provider).toBe("postgres");
      if (target.provider !== "postgres") continue;
      expect(target.connection).toEqual({
        host: "db.example",
        port: 6543,
        user: "ed",
        password: "s@cret",
        database: "zaman",
        options: { sslmode: "disable" },
      });
    }
  });

  it("reads a socket directory given as ?host= and fills PostgreSQL defaults", () => {
    expect(parsePostgresUrl("postgres:///zaman?host=/run/pg")).toMatchObject({ host: "/run/pg", port: 5432, database: "zaman" });
    expect(parsePostgresUrl("postgres://u@h")).toMatchObject({ host: "h", database: "postgres", user: "u" });
  });

  it("switches database without touching the rest, and never prints passwords", () => {
    expect(postgresUrlWithDatabase("postgres://u:p@h:1/a?x=1", "b")).toBe("postgres://u:p@h:1/b?x=1");
    expect(redactPassword("postgres://u:p4ss@h/a")).toBe("postgres://u:***@h/a");
  });
});
