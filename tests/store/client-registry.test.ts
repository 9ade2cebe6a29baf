// A Next.js build bundles lib/store/client.ts more than once (page and route handler layers) while the client is
// shared through globalThis: a copy of the module must know the provider of a client another copy opened, or it
// sends SQLite's SQL to PostgreSQL (the page on PostgreSQL failed exactly so).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

describe("the store's client registry", () => {
  it("is shared by separate copies of the client module", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zaman-registry-"));
    try {
      const first = await import("../../lib/store/client");
      const db = await first.openDb(`file:${path.join(dir, "a.db")}`);
      vi.resetModules();
      const second = await import("../../lib/store/client");
      expect(second).not.toBe(first); // really another copy of the module
      expect(second.providerOf(db)).toBe("sqlite");
      expect(second.sqliteConnectionOf(db)).not.toBeNull();
      await db.$disconnect();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses to guess the provider of a client it did not open", async () => {
    const { providerOf } = await import("../../lib/store/client");
    expect(() => providerOf({} as never)).toThrow(/not a client opened by lib\/store/);
  });
});
