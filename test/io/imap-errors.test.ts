import { describe, expect, it } from 'vitest';
import { BotError } from '../../src/errors.js';
import { toImapError } from '../../src/io/imap-errors.js';

describe('toImapError', () => {
  it.each([
    [{ code: 'NoConnection' }, true],
    [{ code: 'ETIMEOUT' }, true],
    [{ code: 'ETHROTTLE', throttleReset: 1000 }, true],
    [{ code: 'ECONNREFUSED' }, true],
    [{ code: 'CONNECT_TIMEOUT' }, true],
    [{ serverResponseCode: 'UNAVAILABLE', responseStatus: 'NO' }, true],
    [{ authenticationFailed: true, serverResponseCode: 'AUTHENTICATIONFAILED' }, false],
    [{ mailboxMissing: true, serverResponseCode: 'NONEXISTENT' }, false],
    [{ serverResponseCode: 'CANNOT', responseText: 'Invalid mailbox name' }, false],
    [new TypeError('boom'), false],
  ])('%o -> retryable %s', (input, retryable) => {
    const error = toImapError(input, 'list', '127.0.0.1:3143');
    expect(error).toBeInstanceOf(BotError);
    expect(error.code).toBe('MAIL_SOURCE');
    expect(error.retryable).toBe(retryable);
    expect(error.message).toContain('127.0.0.1:3143');
  });

  it('keeps codes and server text but not the command that was sent', () => {
    const error = toImapError(
      { code: 'X', responseText: 'Try later', executedCommand: 'A1 LOGIN "privacy@example.test" "hunter2-secret"', response: 'whatever' },
      'connect',
      'mail.example.test:993',
    );
    expect(JSON.stringify(error.cause)).not.toContain('hunter2');
    expect(JSON.stringify(error.cause)).not.toContain('privacy@');
    expect(error.cause).toMatchObject({ code: 'X', responseText: 'Try later' });
  });

  it('passes a BotError through unchanged', () => {
    const original = new BotError('MAIL_SOURCE', 'already mapped', { retryable: true });
    expect(toImapError(original, 'fetch', 'h:1')).toBe(original);
  });
});
