import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/helpers/property-seed.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration tests spawn the CLI; two cores, so keep the pool small.
    pool: "forks",
    maxWorkers: 2,
  },
});
