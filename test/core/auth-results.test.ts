import { describe, expect, it } from 'vitest';
import { domainsAlign, judgeFromDomain, normalizeDomain, organizationalDomain, parseAuthenticationResults, singleFromDomain, trustedServerOf, type TrustedAuthServer } from '../../src/core/auth-results.js';
import { loadConfig } from '../../src/config.js';
import { parseMail } from '../../src/io/mime.js';
import type { InboundMail } from '../../src/types.js';
import { assemble, gmailResults, gmailTop, m365Bottom, m365Results, m365Top } from '../support/provider-mail.js';

const MX: TrustedAuthServer = { mode: 'rfc8601', authservId: 'mx.example.com', headerCount: 1 };
const M365: TrustedAuthServer = { mode: 'microsoft365', authservId: null, headerCount: 1 };

async function message(top: string[], from = 'Alex <alex@example.com>', bottom: string[] = []): Promise<InboundMail> {
  return parseMail(Buffer.from(assemble(top, { from, subject: 'Hello', body: 'Please delete my data', messageId: 'm1@example.com', inReplyTo: 'x@example.org', at: '2026-03-02T10:00:00.000Z' }, bottom)), { maxBytes: 100_000 });
}

const ar = (value: string): string => `Authentication-Results: ${value}`;

describe('parseAuthenticationResults', () => {
  it('reads Microsoft 365 headers, which have no authserv-id', () => {
    const parsed = parseAuthenticationResults('spf=pass (sender IP is 192.168.0.1) smtp.mailfrom=contoso.com; dkim=pass (signature was verified) header.d=contoso.com;dmarc=bestguesspass action=none header.from=contoso.com;compauth=pass reason=109');
    expect(parsed?.authservId).toBeNull();
    expect(parsed?.results.map((result) => [result.method, result.result])).toEqual([['spf', 'pass'], ['dkim', 'pass'], ['dmarc', 'bestguesspass'], ['compauth', 'pass']]);
    expect(parsed?.results[2]?.props).toEqual({ action: 'none', 'header.from': 'contoso.com' });
  });

  it('reads a quoted authserv-id, a version, a method version and nested comments with escapes', () => {
    const parsed = parseAuthenticationResults('"mx.example.com" 1 (our MX); dkim/1=pass (a (nested \\) comment) here) header.d=example.com');
    expect(parsed).toEqual({ authservId: 'mx.example.com', results: [{ method: 'dkim', result: 'pass', props: { 'header.d': 'example.com' }, ambiguous: false }] });
  });

  it.each([
    ['mx.example.com extra words; dkim=pass header.d=example.com'],
    ['mx.example.com; dkim=pass header.d="example.com'],
    ['mx.example.com; dkim=pass (unclosed header.d=example.com'],
    ['mx.example.com; dkim=pass header.d=example.com)'],
  ])('refuses what cannot be read: %s', (value) => {
    expect(parseAuthenticationResults(value)).toBeNull();
  });

  it('marks a result with a repeated property or a stray word as ambiguous', () => {
    const parsed = parseAuthenticationResults('mx.example.com; dkim=pass header.d=a.example header.d=example.com; spf=pass stray smtp.mailfrom=example.com');
    expect(parsed?.results.map((result) => result.ambiguous)).toEqual([true, true]);
  });
});

describe('domains', () => {
  it('normalizes case and a trailing dot, and refuses what is not a domain name', () => {
    expect(normalizeDomain(' Example.COM. ')).toBe('example.com');
    expect(normalizeDomain('<example.com>')).toBe('example.com');
    expect(normalizeDomain('exa mple.com')).toBeNull();
    expect(normalizeDomain('.example.com')).toBeNull();
    expect(normalizeDomain('')).toBeNull();
  });

  it('finds the organizational domain from the Public Suffix List, never a public suffix', () => {
    expect(organizationalDomain('mail.eu.example.co.uk')).toBe('example.co.uk');
    expect(organizationalDomain('co.uk')).toBeNull();
    expect(organizationalDomain('test')).toBeNull();
    expect(organizationalDomain('alice.github.io')).toBe('alice.github.io');
    expect(domainsAlign('mail.example.com', 'example.com')).toBe(true);
    expect(domainsAlign('alice.github.io', 'bob.github.io')).toBe(false);
    expect(domainsAlign('a.co.uk', 'b.co.uk')).toBe(false);
    expect(domainsAlign('test', 'example.test')).toBe(false);
    expect(domainsAlign('198.51.100.1', '198.51.100.1')).toBe(false);
  });
});

describe('singleFromDomain', () => {
  it.each([
    ['Alex <alex@Mail.Example.com>', { ok: true, domain: 'mail.example.com' }],
    ['"Doe, Alex (work)" <alex@example.com> (comment)', { ok: true, domain: 'example.com' }],
    ['alex@example.com', { ok: true, domain: 'example.com' }],
    ['Alex <alex@example.com>, Bo <bo@example.org>', { ok: false, reason: 'the From header does not name exactly one address' }],
    ['alex@example.com <mallory@example.org>', { ok: false, reason: 'the From header does not name exactly one address' }],
    ['Undisclosed recipients:;', { ok: false }],
  ])('%s', async (from, expected) => {
    expect(singleFromDomain(await message([], from))).toMatchObject(expected);
  });
});

describe('trustedServerOf', () => {
  it('reads the settings straight from a Config', () => {
    expect(trustedServerOf(loadConfig({ DATA_DIR: '/tmp/pi-auth-test', TRUSTED_AUTHSERV_ID: 'MX.Example.com', TRUSTED_AUTHSERV_HEADERS: '2' }))).toEqual({ mode: 'rfc8601', authservId: 'mx.example.com', headerCount: 2 });
    expect(trustedServerOf(loadConfig({ DATA_DIR: '/tmp/pi-auth-test', AUTH_RESULTS_MODE: 'microsoft365' }))).toEqual({ mode: 'microsoft365', authservId: null, headerCount: 1 });
    expect(trustedServerOf({ trustedAuthservId: null })).toBeNull();
  });
});

describe('judgeFromDomain, for the backscatter guard and team commands', () => {
  it.each([
    ['not configured', null, [ar('mx.example.com; dmarc=pass header.from=example.com')], 'none', /not configured/],
    ['no trusted header', MX, [], 'none', /no Authentication-Results/],
    ['DMARC pass', MX, [ar('mx.example.com; dmarc=pass (p=reject) header.from=example.com')], 'pass', /DMARC pass/],
    ['DMARC fail beats a listed DKIM pass', MX, [ar('mx.example.com; dkim=pass header.d=example.com; dmarc=fail header.from=example.com')], 'fail', /DMARC fail/],
    ['aligned DKIM pass from a subdomain signer', MX, [ar('mx.example.com; dkim=pass header.d=mail.example.com')], 'pass', /DKIM pass/],
    ['aligned SPF pass on MAIL FROM', MX, [ar('mx.example.com; spf=pass smtp.mailfrom=bounces@news.example.com')], 'pass', /SPF pass/],
    ['SPF fail on an aligned MAIL FROM, not signed, no DMARC', MX, [ar('mx.example.com; spf=fail smtp.mailfrom=alex@example.com; dkim=none')], 'fail', /SPF fail/],
    ['SPF and DKIM both fail, no DMARC', MX, [ar('mx.example.com; spf=fail smtp.mailfrom=example.com; dkim=fail header.d=example.com')], 'fail', /SPF fail/],
    ['SPF softfail is no verdict', MX, [ar('mx.example.com; spf=softfail smtp.mailfrom=example.com; dkim=none')], 'none', /no DKIM or SPF pass/],
    ['SPF fail for a bounce domain says nothing about From', MX, [ar('mx.example.com; spf=fail smtp.mailfrom=bounce.esp.example.net; dkim=none')], 'none', /no DKIM or SPF pass/],
    ['SPF fail with DMARC none is no verdict', MX, [ar('mx.example.com; spf=fail smtp.mailfrom=example.com; dmarc=none header.from=example.com')], 'none', /no DKIM or SPF pass/],
    ['a foreign header on top', MX, [ar('relay.example.net; dmarc=fail header.from=example.com'), ar('mx.example.com; dmarc=pass header.from=example.com')], 'none', /not from mx\.example\.com/],
  ] as const)('%s', async (_name, trust, top, verdict, reason) => {
    const judged = judgeFromDomain(await message([...top]), trust);
    expect(judged.verdict).toBe(verdict);
    expect(judged.reason).toMatch(reason);
  });

  it('reads Google Workspace as it arrives', async () => {
    const top = gmailTop('2026-03-02T10:00:00.000Z', gmailResults({ domain: 'example.com', mailfrom: 'alex@example.com', seed: 's' }));
    expect(judgeFromDomain(await message(top), { mode: 'rfc8601', authservId: 'mx.google.com', headerCount: 1 })).toEqual({ verdict: 'pass', reason: 'DMARC pass', method: 'dmarc', fromDomain: 'example.com' });
    const failing = gmailTop('2026-03-02T10:00:00.000Z', gmailResults({ domain: 'example.com', mailfrom: 'x@spoofer.example.net', seed: 's', dkim: 'fail', spf: 'pass', dmarc: 'fail' }));
    expect(judgeFromDomain(await message(failing), { mode: 'rfc8601', authservId: 'mx.google.com', headerCount: 1 }).verdict).toBe('fail');
  });

  it('reads Microsoft 365: its own header on top, its own users by AuthAs, fails by DMARC', async () => {
    const pass = m365Top('2026-03-02T10:00:00.000Z', m365Results({ mailfrom: 'example.com', d: 'example.com', from: 'example.com' }));
    expect(judgeFromDomain(await message(pass, undefined, m365Bottom('Anonymous')), M365)).toMatchObject({ verdict: 'pass', method: 'dmarc' });
    const fail = m365Top('2026-03-02T10:00:00.000Z', m365Results({ spf: 'fail', mailfrom: 'example.com', dkim: 'none', d: 'none', dmarc: 'fail', from: 'example.com', compauth: 'fail', reason: '000' }));
    expect(judgeFromDomain(await message(fail, undefined, m365Bottom('Anonymous')), M365)).toMatchObject({ verdict: 'fail', reason: 'DMARC fail' });
    expect(judgeFromDomain(await message(m365Top('2026-03-02T10:00:00.000Z', null), undefined, m365Bottom('Internal')), M365)).toMatchObject({ verdict: 'pass', method: 'internal' });
    expect(judgeFromDomain(await message(pass), M365)).toMatchObject({ verdict: 'none', reason: expect.stringMatching(/AuthAs/) });
  });

  it('has no verdict on a message with two From addresses', async () => {
    expect(judgeFromDomain(await message([ar('mx.example.com; dmarc=pass header.from=example.com')], 'alex@example.com, bo@example.com'), MX)).toMatchObject({ verdict: 'none', reason: 'the From header does not name exactly one address' });
  });
});
