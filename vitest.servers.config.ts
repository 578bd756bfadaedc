import { defineConfig } from "vitest/config";

/** Tests that start the built server (`npm run build` first); scripts/test.ts runs them after the build. */
export default defineConfig({
  test: {
    include: ["tests/servers/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    fileParallelism: false,
  },
});
