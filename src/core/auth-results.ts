import { getDomain } from 'tldts';
import type { InboundMail } from '../types.js';
import { lexHeader, type HeaderToken } from './header-lex.js';

/**
 * How our receiving side records what it checked (docs/team-commands.md section 3):
 * - `rfc8601`: `Authentication-Results: <authserv-id>; ...` headers (Google, Postfix milters, rspamd, ...);
 * - `microsoft365`: Exchange Online, whose Authentication-Results carry no authserv-id, and whose
 *   `X-MS-Exchange-Organization-AuthAs` header Exchange itself sets and strips from incoming mail.
 */
export const AUTH_RESULTS_MODES = ['rfc8601', 'microsoft365'] as const;
export type AuthResultsMode = (typeof AUTH_RESULTS_MODES)[number];

/** The one receiving server whose word counts, and how many Authentication-Results it adds to every message. */
export interface TrustedAuthServer {
  mode: AuthResultsMode;
  /** rfc8601: its authserv-id, lower case. */
  authservId: string | null;
  /** rfc8601: how many Authentication-Results headers it puts on top of every message (1 or more). */
  headerCount: number;
}

/** The settings that say whose Authentication-Results count (src/config.ts, docs/team-commands.md). */
export interface TrustSettings {
  trustedAuthservId: string | null;
  /** TRUSTED_AUTHSERV_HEADERS: 1 when absent. */
  trustedAuthservHeaders?: number;
  /** AUTH_RESULTS_MODE: rfc8601 when absent. */
  authResultsMode?: AuthResultsMode;
}

/** The trusted receiving server the settings describe (a Config or a LifecycleContext), or null when none is configured. */
export function trustedServerOf(settings: TrustSettings): TrustedAuthServer | null {
  const mode = settings.authResultsMode ?? 'rfc8601';
  if (mode === 'rfc8601' && !settings.trustedAuthservId) return null;
  return { mode, authservId: settings.trustedAuthservId?.toLowerCase() ?? null, headerCount: settings.trustedAuthservHeaders ?? 1 };
}

export interface AuthMethodResult {
  method: string;
  result: string;
  /** `ptype.property` (and `reason`, `action`, ...) -> value; names lower case, values as written. */
  props: Record<string, string>;
  /** A name appeared twice or a stray word sat between the pairs: no server writes that, so it is not used. */
  ambiguous: boolean;
}

export interface AuthenticationResults {
  /** null for Microsoft 365's headers, which start with the first result. */
  authservId: string | null;
  results: AuthMethodResult[];
}

function readResult(statement: readonly HeaderToken[]): AuthMethodResult | null {
  const pairs: Array<[string, string]> = [];
  let ambiguous = false;
  for (let index = 0; index < statement.length; ) {
    const [name, equals, value] = [statement[index], statement[index + 1], statement[index + 2]];
    if (name?.kind === 'word' && equals?.kind === '=' && (value?.kind === 'word' || value?.kind === 'quoted')) {
      pairs.push([name.text.toLowerCase(), value.text]);
      index += 3;
    } else {
      ambiguous = true;
      index += 1;
    }
  }
  const [first, ...rest] = pairs;
  if (!first) return null;
  const props: Record<string, string> = {};
  for (const [name, value] of rest) {
    if (name in props) ambiguous = true;
    props[name] = value;
  }
  return { method: first[0].split('/')[0] ?? '', result: first[1].toLowerCase(), props, ambiguous };
}

/**
 * Parses one Authentication-Results value (RFC 8601 section 2.2):
 * `authserv-id [version] ; method[/version]=result [reason=...] [ptype.property=value ...] ; ...`.
 * Comments and quoted strings are read as RFC 5322 says, so text inside `reason="..."` or `(...)` is
 * never taken for a result. A header that starts with a result (Microsoft 365) gets a null authserv-id.
 * Returns null for a header that cannot be read (an unclosed quote or comment, a bad authserv-id).
 */
export function parseAuthenticationResults(value: string): AuthenticationResults | null {
  const tokens = lexHeader(value, '=;');
  if (!tokens) return null;
  const statements: HeaderToken[][] = [[]];
  for (const token of tokens) {
    if (token.kind === ';') statements.push([]);
    else statements.at(-1)?.push(token);
  }
  const [head = [], ...rest] = statements;
  let authservId: string | null = null;
  let resinfos = rest;
  if (head.some((token) => token.kind === '=')) resinfos = statements;
  else {
    const [id, version, ...extra] = head;
    if (!id || id.kind === '=' || extra.length > 0 || (version && !(version.kind === 'word' && /^\d+$/.test(version.text)))) return null;
    authservId = id.text.toLowerCase();
  }
  const results: AuthMethodResult[] = [];
  for (const statement of resinfos) {
    const result = readResult(statement);
    if (result && result.method !== 'none') results.push(result);
  }
  return { authservId, results };
}

/** A DNS name, lower case, without a trailing dot; null when it is not one. */
export function normalizeDomain(value: string | undefined | null): string | null {
  if (!value) return null;
  const domain = value.trim().replace(/^<|>$/g, '').toLowerCase().replace(/\.$/, '');
  return /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/.test(domain) && domain.length <= 253 ? domain : null;
}

/** The domain of `user@domain`, `@domain` (DKIM i=) or a bare domain (Microsoft's smtp.mailfrom). */
function domainOfIdentity(value: string | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim().replace(/^<|>$/g, '');
  return normalizeDomain(trimmed.includes('@') ? trimmed.slice(trimmed.lastIndexOf('@') + 1) : trimmed);
}

/**
 * The organizational domain (RFC 7489 section 3.2) from the Public Suffix List, its private section
 * included (`github.io` users are separate organizations); null for a public suffix itself (`test`,
 * `co.uk`), an IP address or anything that is not a domain.
 */
export function organizationalDomain(domain: string): string | null {
  return getDomain(domain, { allowPrivateDomains: true });
}

/** Relaxed alignment (RFC 7489 section 3.1): both domains have the same organizational domain. */
export function domainsAlign(a: string, b: string): boolean {
  const org = organizationalDomain(a);
  return org !== null && org === organizationalDomain(b);
}

export type FromDomain = { ok: true; address: string; domain: string } | { ok: false; reason: string };

/**
 * The single RFC5322.From domain DMARC judges (RFC 7489 section 6.6.1). Two From headers, two
 * addresses in one, or a header that reads differently raw than parsed is refused: the server that
 * checked DMARC may have read another address than we do.
 */
export function singleFromDomain(mail: InboundMail): FromDomain {
  const values = mail.headers.from ?? [];
  if (values.length !== 1) return { ok: false, reason: values.length === 0 ? 'no From header' : 'more than one From header' };
  const tokens = lexHeader(values[0] as string, '<>,:;@');
  if (!tokens) return { ok: false, reason: 'the From header cannot be read' };
  if (tokens.filter((token) => token.kind === '@').length !== 1) return { ok: false, reason: 'the From header does not name exactly one address' };
  const open = tokens.findIndex((token) => token.kind === '<');
  const close = tokens.findIndex((token) => token.kind === '>');
  const spec = open >= 0 && close > open ? tokens.slice(open + 1, close) : tokens;
  const raw = spec.map((token) => (token.kind === 'word' || token.kind === 'quoted' ? token.text : token.kind)).join('').toLowerCase();
  if (!mail.from || raw !== mail.from.address) return { ok: false, reason: 'the From header reads differently raw and parsed' };
  const domain = normalizeDomain(raw.slice(raw.lastIndexOf('@') + 1));
  return domain ? { ok: true, address: mail.from.address, domain } : { ok: false, reason: 'the From domain is not a domain name' };
}

export type TrustedResults = { ok: true; headers: AuthenticationResults[]; internal: boolean } | { ok: false; reason: string };

/**
 * The Authentication-Results our own server wrote (RFC 8601 section 5, RFC 7489 section 6.6.1):
 * only the topmost `headerCount` headers, and only while each carries our exact authserv-id. A header
 * below them, or one of ours under a foreign one, could have been written by anyone. Microsoft 365
 * writes one header with no authserv-id on top, and marks its own users' mail `AuthAs: Internal`.
 */
export function trustedAuthenticationResults(mail: InboundMail, trust: TrustedAuthServer): TrustedResults {
  const values = mail.headers['authentication-results'] ?? [];
  if (trust.mode === 'microsoft365') {
    const authAs = mail.headers['x-ms-exchange-organization-authas'] ?? [];
    // Exchange's header firewall removes X-MS-Exchange-Organization-* from mail it did not originate
    // and stamps its own, so exactly one is there on anything Exchange Online delivered.
    if (authAs.length !== 1) return { ok: false, reason: 'no single X-MS-Exchange-Organization-AuthAs header (was this delivered by Exchange Online?)' };
    const internal = (authAs[0] as string).trim().toLowerCase() === 'internal';
    const top = values[0] === undefined ? null : parseAuthenticationResults(values[0]);
    if (top && top.authservId === null) return { ok: true, headers: [top], internal };
    if (internal && values.length === 0) return { ok: true, headers: [], internal };
    return { ok: false, reason: values.length === 0 ? 'no Authentication-Results header' : 'the topmost Authentication-Results is not one Microsoft 365 wrote' };
  }
  if (!trust.authservId) return { ok: false, reason: 'TRUSTED_AUTHSERV_ID is not configured' };
  if (values.length === 0) return { ok: false, reason: 'no Authentication-Results header' };
  const headers: AuthenticationResults[] = [];
  for (const value of values.slice(0, Math.max(1, trust.headerCount))) {
    const parsed = parseAuthenticationResults(value);
    if (!parsed || parsed.authservId !== trust.authservId) break;
    headers.push(parsed);
  }
  if (headers.length > 0) return { ok: true, headers, internal: false };
  return { ok: false, reason: parseAuthenticationResults(values[0] as string) ? `the topmost Authentication-Results is not from ${trust.authservId}` : 'the topmost Authentication-Results cannot be read' };
}

export interface FromDomainJudgement {
  verdict: 'pass' | 'fail' | 'none';
  reason: string;
  /** What passed: DMARC, an aligned DKIM or SPF pass, or Exchange's own authenticated user. */
  method?: 'dmarc' | 'dkim' | 'spf' | 'internal';
  fromDomain?: string;
}

/** `against`: the server itself spoke against this From (DMARC fail, compauth fail, DMARC about another From). */
type Judged = FromDomainJudgement & { against: boolean };

/** The DKIM signer of a dkim result: header.d, or the domain of header.i; null if they disagree (RFC 6376 3.5: i= lies within d=). */
function dkimSigner(result: AuthMethodResult): string | null {
  const d = result.props['header.d'];
  const i = result.props['header.i'];
  const signer = d === undefined ? null : normalizeDomain(d);
  const agent = i === undefined ? null : domainOfIdentity(i);
  if (d !== undefined && !signer) return null;
  if (signer && agent && agent !== signer && !agent.endsWith(`.${signer}`)) return null;
  return signer ?? agent;
}

/** RFC 7489 section 4.2 on the trusted results: DMARC's own verdict first, else aligned DKIM or SPF. */
function judgeResults(results: readonly AuthMethodResult[], fromDomain: string): Judged {
  const dmarc = results.filter((result) => result.method === 'dmarc');
  if (dmarc.some((result) => result.ambiguous)) return { verdict: 'none', reason: 'a DMARC result cannot be read unambiguously', fromDomain, against: true };
  const failed = dmarc.find((result) => result.result === 'fail');
  if (failed) return { verdict: 'fail', reason: 'DMARC fail', fromDomain, against: true };
  if (results.some((result) => result.method === 'compauth' && result.result === 'fail')) return { verdict: 'none', reason: 'Microsoft 365 composite authentication (compauth) failed', fromDomain, against: true };
  const passed = dmarc.filter((result) => result.result === 'pass');
  if (passed.length > 0) {
    // DMARC speaks about the From domain it read; another one means the server read another From than we do.
    if (passed.every((result) => normalizeDomain(result.props['header.from']) === fromDomain)) return { verdict: 'pass', reason: 'DMARC pass', method: 'dmarc', fromDomain, against: false };
    return { verdict: 'none', reason: 'DMARC passed for another From domain than the one we read', fromDomain, against: true };
  }
  const usable = results.filter((result) => !result.ambiguous);
  const dkimPass = usable.some((result) => result.method === 'dkim' && result.result === 'pass' && domainsAlign(dkimSigner(result) ?? '', fromDomain));
  // DMARC uses SPF's MAIL FROM identity only (RFC 7489 section 4.1): a HELO pass says nothing about the From domain.
  const spfAligned = (result: AuthMethodResult): boolean => result.method === 'spf' && domainsAlign(domainOfIdentity(result.props['smtp.mailfrom']) ?? '', fromDomain);
  const spfPass = usable.some((result) => spfAligned(result) && result.result === 'pass');
  if (dkimPass) return { verdict: 'pass', reason: 'DKIM pass aligned with the From domain', method: 'dkim', fromDomain, against: false };
  if (spfPass) return { verdict: 'pass', reason: 'SPF pass aligned with the From domain', method: 'spf', fromDomain, against: false };
  if (dmarc.length === 0 && usable.some((result) => spfAligned(result) && result.result === 'fail')) {
    return { verdict: 'fail', reason: 'SPF fail for the From domain and no aligned DKIM pass (no DMARC result)', fromDomain, against: false };
  }
  return { verdict: 'none', reason: 'no DKIM or SPF pass aligned with the From domain', fromDomain, against: false };
}

/**
 * What our trusted receiving server says about the RFC5322.From domain:
 * - `pass`: DMARC pass for exactly that domain, or (without a DMARC verdict) a DKIM pass whose d= or
 *   an SPF pass whose smtp.mailfrom has the same organizational domain; or, with Microsoft 365, mail
 *   Exchange marks as sent by one of the tenant's own authenticated users;
 * - `fail`: DMARC fail, or no DMARC result, an SPF `fail` for an aligned MAIL FROM and no aligned DKIM
 *   pass (a softfail or an unsigned message alone is not a fail);
 * - `none`: nothing trusted to go by (not configured, no or foreign headers, an ambiguous From, ...).
 */
export function judgeFromDomain(mail: InboundMail, trust: TrustedAuthServer | null): FromDomainJudgement {
  if (!trust || (trust.mode === 'rfc8601' && !trust.authservId)) return { verdict: 'none', reason: 'TRUSTED_AUTHSERV_ID is not configured' };
  const from = singleFromDomain(mail);
  if (!from.ok) return { verdict: 'none', reason: from.reason };
  const trusted = trustedAuthenticationResults(mail, trust);
  if (!trusted.ok) return { verdict: 'none', reason: trusted.reason, fromDomain: from.domain };
  const results = trusted.headers.flatMap((header) => header.results);
  const { against, ...judged } = judgeResults(results, from.domain);
  // Exchange forces an authenticated user's From to an address the account may send as, and does not
  // sign or SPF-check mail inside the organization; only its own DMARC or compauth failure still
  // wins (that would be intra-organization spoofing).
  if (trusted.internal && !against && judged.verdict !== 'pass') return { verdict: 'pass', reason: 'sent by an authenticated user of the Microsoft 365 organization', method: 'internal', fromDomain: from.domain };
  return judged;
}
