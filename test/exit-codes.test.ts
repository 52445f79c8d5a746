import { describe, expect, it } from 'vitest';
import { BotError } from '../src/errors.js';
import { EXIT, exitCodeFor } from '../src/exit-codes.js';

describe('exit codes', () => {
  it('maps each kind of error to one documented status', () => {
    expect(exitCodeFor(new BotError('CONFIG_INVALID', 'x'))).toBe(78);
    expect(exitCodeFor(new BotError('USAGE_INVALID', 'x'))).toBe(2);
    expect(exitCodeFor(new BotError('REFUSED', 'x'))).toBe(3);
    expect(exitCodeFor(new BotError('STORE_LOCKED', 'x'))).toBe(3);
    expect(exitCodeFor(new BotError('STORE_CORRUPT', 'x'))).toBe(1);
    expect(exitCodeFor(new BotError('NOT_FOUND', 'x'))).toBe(1);
    expect(exitCodeFor(new Error('bug'))).toBe(1);
    expect(EXIT).toEqual({ ok: 0, failure: 1, usage: 2, refused: 3, config: 78 });
  });
});
