import { defineConfig } from "vitest/config";

// Unit tests run in Node; browser tests (tests/e2e) drive Debian's chromium through playwright-core.
export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
