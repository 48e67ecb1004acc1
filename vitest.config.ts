import { defineConfig } from 'vitest/config';

// Integration and browser tests use a real database: PGlite by default, PostgreSQL when
// TSUNAGU_TEST_DATABASE_URL is set. A migrated, demo-seeded template is made once and copied per file.
// Their files share a worker's loaded modules (isolate: false): each file builds its own app and
// database, the server keeps no state in modules, and loading the server anew took seconds a file.
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts', 'apps/server/test/unit/**/*.test.ts'],
          // A few unit files start an in-memory PGlite (WebAssembly), which takes over 10 s when the
          // machine's two cores are busy with other suites.
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/server/test/integration/**/*.test.ts'],
          globalSetup: ['apps/server/test/support/global-setup.ts'],
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['apps/server/test/support/global-setup.ts'],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
