import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Starts the loopback Dovecot + Postfix once per run (scripts/mailstack/start.sh, ~0.05-0.3 s when installed).
    globalSetup: ['test/setup/mailstack.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // io and e2e tests share one mail server; running files one at a time keeps mailboxes predictable.
    fileParallelism: false,
  },
});
