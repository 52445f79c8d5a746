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
