import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../src/core/commands.js';
import { domainsAlign, parseAuthenticationResults, trustedAuthenticationResults } from '../../src/core/auth-results.js';
import { checkSenderAuthentication } from '../../src/core/team-auth.js';
import { confirmsDeletion } from '../../src/core/deletion-confirmation.js';
import { dataPointsFor } from '../../src/core/data-points.js';
import { checkVerificationReply, verificationCode, verificationToken } from '../../src/core/verification.js';
import type { InboundMail } from '../../src/types.js';

describe('parseCommands', () => {
  it.each([
    ['verified', [{ name: 'verified' }]],
    ['DONE', [{ name: 'done', message: null }]],
    ['Done: thanks, all deleted', [{ name: 'done', message: 'thanks, all deleted' }]],
    ['deny identity could not be verified', [{ name: 'deny', reason: 'identity could not be verified' }]],
    ['extend records are with a processor', [{ name: 'extend', reason: 'records are with a processor' }]],
    ['reclassify opt-out, deletion', [{ name: 'reclassify', labels: ['opt_out', 'deletion'] }]],
    ['note called her back\nassign Kim', [{ name: 'note', text: 'called her back' }, { name: 'assign', assignee: 'Kim' }]],
    ['\n\n  spam  \n', [{ name: 'spam' }]],
    ['reply Hello,\n\nwe need one more detail.\nThanks', [{ name: 'reply', text: 'Hello,\n\nwe need one more detail.\nThanks' }]],
    ['verified\n\nThanks, Sam', [{ name: 'verified' }]],
    ['open deletion', [{ name: 'open', labels: ['deletion'] }]],
    ['open deletion for Ana.Silva@Example.org', [{ name: 'open', labels: ['deletion'], requester: 'ana.silva@example.org' }]],
    ['Open 2 opt-out disclosure for <ana@example.org>.', [{ name: 'open', labels: ['opt_out', 'disclosure'], entry: 2, requester: 'ana@example.org' }]],
    ['open ana@example.org deletion', [{ name: 'open', labels: ['deletion'], requester: 'ana@example.org' }]],
  ])('%j', (text, expected) => {
    const parsed = parseCommands(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands.map((entry) => entry.command)).toEqual(expected);
  });

  it.each([
    ['', /no command/],
    ['deny', /needs a reason/],
    ['reclassify gossip', /unknown label "gossip"/],
    ['Hi team, please delete it', /is not a command/],
    ['verified\nfrobnicate', /"frobnicate" is not a command/],
    ['open deletion for a@example.org b@example.org', /name one address/],
    ['open for ana@example.org', /needs one or more labels/],
  ])('reports %j', (text, error) => {
    expect(parseCommands(text).errors.join('\n')).toMatch(error);
  });
});

describe('Authentication-Results (RFC 8601)', () => {
  const trust = { mode: 'rfc8601' as const, authservId: 'mx.example.com', headerCount: 1 };
  const mail = (from: string, ...ar: string[]): InboundMail => ({ from: { address: from, name: '' }, headers: { from: [from], 'authentication-results': ar } }) as unknown as InboundMail;

  it('parses methods, results, properties, comments and quoted values', () => {
    const parsed = parseAuthenticationResults('mx.example.com 1; dkim=pass (2048-bit key) header.d=example.com header.s="sel 1"; spf=pass (domain of a@example.com designates 1.2.3.4) smtp.mailfrom=a@example.com; dmarc=pass header.from=example.com');
    expect(parsed).toEqual({
      authservId: 'mx.example.com',
      results: [
        { method: 'dkim', result: 'pass', props: { 'header.d': 'example.com', 'header.s': 'sel 1' }, ambiguous: false },
        { method: 'spf', result: 'pass', props: { 'smtp.mailfrom': 'a@example.com' }, ambiguous: false },
        { method: 'dmarc', result: 'pass', props: { 'header.from': 'example.com' }, ambiguous: false },
      ],
    });
    expect(parseAuthenticationResults('mx.example.com; none')).toEqual({ authservId: 'mx.example.com', results: [] });
  });

  it('trusts only the topmost header from our own authserv-id (one by default)', () => {
    const ours = 'mx.example.com; dkim=pass header.d=example.com';
    const headers = (...ar: string[]) => trustedAuthenticationResults(mail('sam@example.com', ...ar), trust);
    expect(headers(ours, ours)).toMatchObject({ ok: true, headers: [{ authservId: 'mx.example.com' }] });
    expect(headers('relay.other; none', ours)).toEqual({ ok: false, reason: 'the topmost Authentication-Results is not from mx.example.com' });
    expect(trustedAuthenticationResults(mail('sam@example.com', ours, ours, ours), { ...trust, headerCount: 2 })).toMatchObject({ ok: true, headers: [{}, {}] });
    expect(trustedAuthenticationResults(mail('sam@example.com', ours, 'relay.other; none', ours), { ...trust, headerCount: 3 })).toMatchObject({ ok: true, headers: [{}] });
  });

  it('needs DKIM or SPF pass aligned with the From domain', () => {
    const trusted = 'mx.example.com';
    expect(checkSenderAuthentication(mail('sam@example.com', `${trusted}; dkim=pass header.d=example.com`), trust)).toEqual({ ok: true, method: 'dkim', fromDomain: 'example.com' });
    expect(checkSenderAuthentication(mail('sam@mail.example.com', `${trusted}; dkim=pass header.i=@example.com`), trust)).toEqual({ ok: true, method: 'dkim', fromDomain: 'mail.example.com' });
    expect(checkSenderAuthentication(mail('sam@example.com', `${trusted}; dkim=fail header.d=example.com; spf=pass smtp.mailfrom=bounce@example.com`), trust)).toEqual({ ok: true, method: 'spf', fromDomain: 'example.com' });
    expect(checkSenderAuthentication(mail('sam@example.com', `${trusted}; dkim=pass header.d=evil.com; spf=softfail smtp.mailfrom=example.com`), trust).ok).toBe(false);
    expect(checkSenderAuthentication(mail('sam@example.com', `${trusted}; dkim=pass header.d=notexample.com`), trust).ok).toBe(false);
    expect(checkSenderAuthentication(mail('sam@example.com'), trust)).toEqual({ ok: false, reason: 'no Authentication-Results header' });
    expect(checkSenderAuthentication(mail('sam@example.com', `${trusted}; dkim=pass header.d=example.com`), null).ok).toBe(false);
    expect(domainsAlign('example.com', 'example.com.evil.net')).toBe(false);
  });
});

describe('verification tokens', () => {
  const v = { round: 2, expiresAt: '2026-03-16T17:00:00.000Z' };
  const now = '2026-03-10T00:00:00.000Z';
  const secret = 'secret-secret-secret';

  it('accepts the current token anywhere or the code typed in any case, and reports older rounds as expired', () => {
    expect(checkVerificationReply(`> ${verificationToken(secret, 'PR-1', 2)}`, '', secret, 'PR-1', v, now)).toEqual({ kind: 'valid', round: 2, method: 'token' });
    const code = verificationCode(secret, 'PR-1', 2);
    expect(checkVerificationReply(code.toLowerCase().replace('-', ' '), code, secret, 'PR-1', v, now)).toEqual({ kind: 'valid', round: 2, method: 'code' });
    expect(checkVerificationReply(verificationCode(secret, 'PR-1', 1), '', secret, 'PR-1', v, now)).toEqual({ kind: 'expired', round: 1 });
    expect(checkVerificationReply(verificationToken(secret, 'PR-1', 2), '', secret, 'PR-1', v, '2026-03-16T17:00:00.000Z')).toEqual({ kind: 'expired', round: 2 });
    expect(checkVerificationReply(verificationToken(secret, 'PR-2', 2), '', secret, 'PR-1', v, now)).toEqual({ kind: 'absent' });
    expect(checkVerificationReply('ABCD-EFGH', 'ABCD-EFGH', secret, 'PR-1', v, now)).toEqual({ kind: 'wrong' });
    expect(checkVerificationReply('Thanks! REQUESTS about PR-2026-0001', 'Thanks! REQUESTS about PR-2026-0001', secret, 'PR-1', v, now)).toEqual({ kind: 'absent' });
    expect(verificationToken(secret, 'PR-1', 2)).not.toBe(verificationToken('other-secret-other', 'PR-1', 2));
  });

  it('reads DELETE only at the start of a line of the new text', () => {
    expect(confirmsDeletion('DELETE')).toBe(true);
    expect(confirmsDeletion('yes\ndelete 7KQ2-M9XD')).toBe(true);
    expect(confirmsDeletion('Borrar')).toBe(true);
    expect(confirmsDeletion('write the word DELETE on the first line')).toBe(false);
    expect(confirmsDeletion('deleted?')).toBe(false);
  });

  it('asks for data points for specific pieces or health records, not for categories', () => {
    const points = (labels: Parameters<typeof dataPointsFor>[0]['labels'], text: string) => dataPointsFor({ labels, text, orgName: 'Calm Clinic', configured: ['full name'] });
    expect(points(['disclosure'], 'send me a copy of my data')).toEqual(['full name']);
    expect(points(['disclosure'], 'which categories of data do you hold')).toEqual([]);
    expect(points(['deletion'], 'delete my account')).toEqual([]);
    expect(points(['deletion'], 'delete my therapy notes')).toEqual(['full name']);
  });
});
