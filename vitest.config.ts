import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests run in Node; browser tests (tests/e2e) drive Debian's chromium through playwright-core.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
