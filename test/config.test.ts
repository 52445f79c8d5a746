import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { BotError } from '../src/errors.js';

describe('loadConfig', () => {
  it('runs on the embedded defaults with no configuration at all', () => {
    const config = loadConfig({});
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.mailbox).toEqual({ kind: 'maildir', path: path.resolve('data/maildir') });
    expect(config.smtp).toEqual({ kind: 'file', path: path.resolve('data/outbox') });
    expect(config.privacyAddress).toBe('privacy@example.com');
    expect(config.fixedNow).toBeNull();
  });

  it('reads IMAP and SMTP URLs, decoding credentials', () => {
    const config = loadConfig({ MAILBOX_URL: 'imaps://privacy%40clinic.test:p%40ss@imap.clinic.test/INBOX', SMTP_URL: 'smtp://mx.clinic.test:2525', TEAM_ADDRESSES: ' DPO@Clinic.test, team@clinic.test ' });
    expect(config.mailbox).toEqual({ kind: 'imap', secure: true, host: 'imap.clinic.test', port: 993, user: 'privacy@clinic.test', pass: 'p@ss', mailbox: 'INBOX' });
    expect(config.smtp).toEqual({ kind: 'smtp', secure: false, host: 'mx.clinic.test', port: 2525, user: null, pass: null });
    expect(config.teamAddresses).toEqual(['dpo@clinic.test', 'team@clinic.test']);
  });

  it('names every bad key in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PRIVACY_ADDRESS: 'nope', TIMEZONE: 'Nowhere/Land', POLL_INTERVAL: 'soon', SMTP_URL: 'ftp://x', TEAM_ADDRESSES: 'a@b.test,not-an-address', PRIVACY_INBOX_NOW: 'yesterday' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BotError);
    const message = (error as BotError).message;
    for (const key of ['PRIVACY_ADDRESS', 'TIMEZONE', 'POLL_INTERVAL', 'SMTP_URL', 'TEAM_ADDRESSES', 'PRIVACY_INBOX_NOW']) expect(message).toContain(key);
  });

  it('turns PRIVACY_INBOX_NOW into the fixed clock', () => {
    expect(loadConfig({ PRIVACY_INBOX_NOW: '2026-03-02T09:00:00-08:00' }).fixedNow).toBe('2026-03-02T17:00:00.000Z');
  });
});

describe('intervals and schedules', () => {
  const problem = (env: Record<string, string>): string => {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(BotError);
      expect((error as BotError).code).toBe('CONFIG_INVALID');
      return (error as BotError).message;
    }
    throw new Error('loadConfig accepted the configuration');
  };

  it('reads intervals with a unit', () => {
    expect(loadConfig({ POLL_INTERVAL: '30s' }).pollIntervalMs).toBe(30_000);
    expect(loadConfig({ POLL_INTERVAL: '5m' }).pollIntervalMs).toBe(300_000);
    expect(loadConfig({ POLL_INTERVAL: '1500ms' }).pollIntervalMs).toBe(1500);
    expect(loadConfig({ CHECK_DEADLINES_INTERVAL: '2h', WORKING_HOURS: '8-18' }).deadlines.checkIntervalMs).toBe(7_200_000);
  });

  it('refuses a bare number and says which unit to add', () => {
    expect(problem({ POLL_INTERVAL: '60' })).toMatch(/POLL_INTERVAL: "60" has no unit; add a unit: 60s/);
    expect(problem({ CHECK_DEADLINES_INTERVAL: '3600' })).toMatch(/CHECK_DEADLINES_INTERVAL: "3600" has no unit; add a unit: 3600s/);
  });

  it('refuses zero and intervals outside sane bounds', () => {
    expect(problem({ POLL_INTERVAL: '0s' })).toMatch(/POLL_INTERVAL: must be between 1s and 1d/);
    expect(problem({ POLL_INTERVAL: '0' })).toMatch(/POLL_INTERVAL: "0" has no unit/);
    expect(problem({ POLL_INTERVAL: '500ms' })).toMatch(/POLL_INTERVAL: must be between 1s and 1d \(got 500ms\)/);
    expect(problem({ POLL_INTERVAL: '2d' })).toMatch(/POLL_INTERVAL: must be between/);
    expect(problem({ CHECK_DEADLINES_INTERVAL: '0m' })).toMatch(/CHECK_DEADLINES_INTERVAL: must be between 1m and 1d/);
    expect(problem({ POLL_INTERVAL: 'soon' })).toMatch(/POLL_INTERVAL: must be a duration with a unit/);
  });

  it('refuses a deadline check interval longer than the working window (some days would get no reminders)', () => {
    expect(problem({ CHECK_DEADLINES_INTERVAL: '12h' })).toMatch(/CHECK_DEADLINES_INTERVAL: 12h is longer than WORKING_HOURS 9-17/);
    expect(loadConfig({ CHECK_DEADLINES_INTERVAL: '8h' }).deadlines.checkIntervalMs).toBe(8 * 3_600_000);
  });

  it('validates DIGEST_CRON with croner, in TIMEZONE, as five fields', () => {
    expect(loadConfig({ DIGEST_CRON: '30 8 * * MON-FRI' }).deadlines.digestCron).toBe('30 8 * * MON-FRI');
    expect(loadConfig({ DIGEST_CRON: ' 0 9 * * 1 ' }).deadlines.digestCron).toBe('0 9 * * 1');
    expect(problem({ DIGEST_CRON: '61 25 * * 9' })).toMatch(/DIGEST_CRON: "61 25 \* \* 9" is not a usable 5-field cron .*minute: 61/);
    expect(problem({ DIGEST_CRON: '0 9 * * 1 2026' })).toMatch(/DIGEST_CRON: .*requires exactly 5 parts/);
    expect(problem({ DIGEST_CRON: '*/10 * * * * *' })).toMatch(/DIGEST_CRON/);
    expect(problem({ DIGEST_CRON: 'mondays' })).toMatch(/DIGEST_CRON/);
    expect(problem({ DIGEST_CRON: '0 9 30 2 *' })).toMatch(/DIGEST_CRON: .*never fires/);
  });

  it('lists cross-key problems with the others, in .env.example order', () => {
    const message = problem({ TIMEZONE: 'Nowhere/Land', DIGEST_CRON: '0 25 * * *', POLL_INTERVAL: '60', RETENTION_MONTHS: '0' });
    expect(message).toMatch(/TIMEZONE[\s\S]*POLL_INTERVAL[\s\S]*DIGEST_CRON[\s\S]*RETENTION_MONTHS/);
  });
});
