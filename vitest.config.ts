import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Starts the loopback Dovecot + Postfix (scripts/mailstack/start.sh, ~0.05-0.3 s when installed) and the
    // throwaway PostgreSQL (scripts/postgres/start.sh, ~0.5 s when running, ~3 s to create) once per run.
    globalSetup: ['test/setup/mailstack.ts', 'test/setup/postgres.ts'],
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the CLI many times; on a loaded 2-core machine each start can take seconds.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // io and e2e tests share one mail server; running files one at a time keeps mailboxes predictable.
    fileParallelism: false,
  },
});
