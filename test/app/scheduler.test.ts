import { Writable } from 'node:stream';
import type Bree from 'bree';
import { describe, expect, it } from 'vitest';
import { scheduleDigest } from '../../src/app/scheduler.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';

function capture(): { logger: ReturnType<typeof createLogger>; lines: () => Array<Record<string, unknown>> } {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { logger: createLogger('info', sink), lines: () => text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('the digest schedule', () => {
  it('fires on DIGEST_CRON in TIMEZONE and starts the weekly-digest job', async () => {
    const config = loadConfig({ DIGEST_CRON: '30 8 * * MON', TIMEZONE: 'Europe/Berlin' });
    const started: string[] = [];
    const bree = { run: async (name: string) => void started.push(name) } as unknown as Bree;
    const cron = scheduleDigest(bree, config, capture().logger);
    try {
      // Monday 2 March 2026, 08:30 in Berlin (CET, UTC+1).
      expect(cron.nextRun(new Date('2026-03-01T12:00:00Z'))?.toISOString()).toBe('2026-03-02T07:30:00.000Z');
      // After the switch to CEST (29 March) the same wall time is an hour earlier in UTC.
      expect(cron.nextRun(new Date('2026-03-31T12:00:00Z'))?.toISOString()).toBe('2026-04-06T06:30:00.000Z');
      await cron.trigger();
      expect(started).toEqual(['weekly-digest']);
    } finally {
      cron.stop();
    }
  });

  it('logs a job that cannot start instead of throwing from the timer', async () => {
    const { logger, lines } = capture();
    const bree = { run: async () => Promise.reject(new Error('worker file missing')) } as unknown as Bree;
    const cron = scheduleDigest(bree, loadConfig({}), logger);
    try {
      await cron.trigger();
      expect(lines()).toEqual([expect.objectContaining({ level: 50, job: 'weekly-digest', msg: 'job error', err: expect.objectContaining({ message: 'worker file missing' }) })]);
    } finally {
      cron.stop();
    }
  });
});
