import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Two-instance tests (tests/**/*.instances.test.ts) start production servers against one
// PostgreSQL database: the invariants they check (slot capacity across instances) are about a
// shared server, which the embedded PGlite — one process at a time — cannot be. On PGlite they are
// left out, and said so on every run rather than skipped in silence.
const onPostgres = Boolean(process.env.DATABASE_URL);
// Likewise the integration tests of what exists on PostgreSQL only (*.postgres.int.test.ts: the
// availability watch's own connection).
if (!onPostgres && process.env.VITEST_POOL_ID === undefined) {
  console.log("[vitest] two-instance tests (tests/**/*.instances.test.ts) and PostgreSQL-only integration tests (**/*.postgres.int.test.ts) not run: they need PostgreSQL (set DATABASE_URL)");
}

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "tests/support/empty-module.ts") },
    ],
  },
  test: {
    // No test may be focused in CI; a file with no test at all is an error, not a pass.
    allowOnly: !process.env.CI,
    passWithNoTests: false,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,db,components,scripts}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
          environment: "node",
          // Some unit tests generate the whole demo data set (CPU-bound): on two shared cores
          // under load they need more than vitest's default 5 s. The assertions are unchanged.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["{lib,db,scripts,tests}/**/*.int.test.ts"],
          exclude: ["**/node_modules/**", ...(onPostgres ? [] : ["**/*.postgres.int.test.ts"])],
          environment: "node",
          globalSetup: ["tests/support/global-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // PGlite copies are ~400 MB each while open: two files at a time on 2 cores. A project
          // with its own worker count runs in its own group, after the unit tests.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      ...(onPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: "instances",
                include: ["tests/**/*.instances.test.ts"],
                environment: "node",
                // A production build (about a minute when the sources changed) and two servers.
                testTimeout: 120_000,
                hookTimeout: 600_000,
                maxWorkers: 1,
                sequence: { groupOrder: 2 },
              },
            },
          ]
        : []),
    ],
  },
});
