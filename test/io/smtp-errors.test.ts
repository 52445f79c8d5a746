import { describe, expect, it } from 'vitest';
import { toSendError } from '../../src/io/smtp-errors.js';

describe('toSendError', () => {
  it.each([
    [{ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO', response: '550 5.1.1 <x@y.test>: Recipient address rejected' }, 'SEND_PERMANENT', false],
    [{ code: 'EENVELOPE', responseCode: 450, command: 'RCPT TO', response: '450 4.2.0 <x@y.test>: greylisted' }, 'SEND_TRANSIENT', true],
    [{ code: 'EMESSAGE', responseCode: 552, command: 'DATA' }, 'SEND_PERMANENT', false],
    [{ code: 'EPROTOCOL', responseCode: 421, command: 'CONN' }, 'SEND_TRANSIENT', true],
    [{ code: 'EPROTOCOL', responseCode: 503, command: 'DATA' }, 'SEND_TRANSIENT', true],
    [{ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' }, 'SEND_PERMANENT', false],
    [{ code: 'EAUTH', responseCode: 454, command: 'AUTH PLAIN' }, 'SEND_TRANSIENT', true],
    [{ code: 'EAUTH' }, 'SEND_PERMANENT', false],
    [{ code: 'EENVELOPE' }, 'SEND_PERMANENT', false],
    [{ code: 'ECONNECTION' }, 'SEND_TRANSIENT', true],
    [{ code: 'ETIMEDOUT' }, 'SEND_TRANSIENT', true],
    [{ code: 'ESOCKET' }, 'SEND_TRANSIENT', true],
  ] as const)('%o -> %s', (input, code, retryable) => {
    const error = toSendError(Object.assign(new Error('x@y.test said no'), input));
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(error.message).not.toContain('x@y.test');
    expect(JSON.stringify(error.cause)).not.toContain('x@y.test');
  });

  it('keeps the enhanced status code', () => {
    expect(toSendError({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO', response: '550 5.1.1 <a@b.test>: rejected' }).message).toBe(
      'SMTP RCPT failed with 550 5.1.1 (EENVELOPE)',
    );
  });
});
