import type { DbData, InboundMail } from '../types.js';
import { isOwnMessageId } from './outbox.js';

export interface AuthMethodResult {
  method: string;
  result: string;
  /** ptype.property -> value, lower-cased keys (e.g. "header.d", "smtp.mailfrom"). */
  props: Record<string, string>;
}

export interface AuthenticationResults {
  authservId: string;
  results: AuthMethodResult[];
}

/** RFC 5322 comments "(...)" may appear anywhere in the header; they carry no meaning here. */
function stripComments(value: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let index = 0; index < value.length; index++) {
    const char = value[index] as string;
    if (quoted) {
      out += char;
      if (char === '\\') out += value[++index] ?? '';
      else if (char === '"') quoted = false;
    } else if (char === '"' && depth === 0) {
      quoted = true;
      out += char;
    } else if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
    else if (depth === 0) out += char;
  }
  return out;
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
}

/** Splits on `;` outside quoted strings. */
function splitStatements(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim());
}

/**
 * Parses one Authentication-Results header value (RFC 8601 section 2.2):
 * `authserv-id [version] ; method[/version]=result [reason=...] [ptype.property=value ...] ; ...`.
 * Returns null when there is no authserv-id.
 */
export function parseAuthenticationResults(value: string): AuthenticationResults | null {
  const [head, ...statements] = splitStatements(stripComments(value));
  const authservId = head?.split(/\s+/)[0]?.toLowerCase();
  if (!authservId) return null;
  const results: AuthMethodResult[] = [];
  for (const statement of statements) {
    const tokens = statement.match(/[^\s=]+\s*=\s*(?:"(?:[^"\\]|\\.)*"|[^\s;]+)/g) ?? [];
    const [first, ...rest] = tokens;
    if (!first) continue;
    const [methodPart, resultPart] = first.split(/\s*=\s*/);
    if (!methodPart || !resultPart || methodPart.toLowerCase() === 'none') continue;
    const props: Record<string, string> = {};
    for (const token of rest) {
      const at = token.indexOf('=');
      props[token.slice(0, at).trim().toLowerCase()] = unquote(token.slice(at + 1).trim());
    }
    results.push({ method: methodPart.split('/')[0]?.toLowerCase() ?? '', result: unquote(resultPart).toLowerCase(), props });
  }
  return { authservId, results };
}

/**
 * The Authentication-Results our own server added. Our server prepends its header, so only the
 * leading run of headers (topmost first) with the trusted authserv-id count; anything below a foreign
 * header, or a forged one further down, is ignored (RFC 8601 section 5).
 */
export function trustedAuthenticationResults(headerValues: readonly string[], trustedAuthservId: string): AuthenticationResults[] {
  const trusted: AuthenticationResults[] = [];
  for (const value of headerValues) {
    const parsed = parseAuthenticationResults(value);
    if (!parsed || parsed.authservId !== trustedAuthservId.toLowerCase()) break;
    trusted.push(parsed);
  }
  return trusted;
}

function domainOf(value: string | undefined): string | null {
  if (!value) return null;
  const domain = (value.includes('@') ? value.slice(value.lastIndexOf('@') + 1) : value).trim().toLowerCase().replace(/\.$/, '').replace(/[<>]/g, '');
  return domain || null;
}

/** Relaxed alignment (DMARC, RFC 7489 3.1): one domain equals the other or is its subdomain. */
export function domainsAlign(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

export type SenderCheck = { ok: true; method: 'dkim' | 'spf' } | { ok: false; reason: string };

/** DKIM or SPF pass, aligned with the From domain, in the trusted server's Authentication-Results. */
export function checkSenderAuthentication(mail: InboundMail, trustedAuthservId: string | null): SenderCheck {
  if (!trustedAuthservId) return { ok: false, reason: 'TRUSTED_AUTHSERV_ID is not configured' };
  const fromDomain = domainOf(mail.from?.address);
  if (!fromDomain) return { ok: false, reason: 'no From address' };
  const all = mail.headers['authentication-results'] ?? [];
  if (all.length === 0) return { ok: false, reason: 'no Authentication-Results header' };
  const trusted = trustedAuthenticationResults(all, trustedAuthservId);
  if (trusted.length === 0) return { ok: false, reason: `topmost Authentication-Results is not from ${trustedAuthservId}` };
  for (const header of trusted) {
    for (const result of header.results) {
      if (result.result !== 'pass') continue;
      if (result.method === 'dkim') {
        const signer = domainOf(result.props['header.d'] ?? result.props['header.i']);
        if (signer && domainsAlign(signer, fromDomain)) return { ok: true, method: 'dkim' };
      }
      if (result.method === 'spf') {
        const envelope = domainOf(result.props['smtp.mailfrom'] ?? result.props['smtp.helo']);
        if (envelope && domainsAlign(envelope, fromDomain)) return { ok: true, method: 'spf' };
      }
    }
  }
  return { ok: false, reason: 'no DKIM or SPF pass aligned with the From domain' };
}

export type BotReference = { ok: true; caseId: string; messageId: string } | { ok: false; caseId: string | null; reason: string };

/**
 * The case a team reply answers, proven by a Message-ID only the bot can make: the id must be one the
 * outbox holds for that case and carry the HMAC of its outbox key. A reference whose token belongs to
 * another key (a "token from another case") does not count.
 */
export function findBotReference(mail: InboundMail, db: DbData, secret: string, domain: string): BotReference {
  const referenced = [mail.inReplyTo, ...mail.references].filter((id): id is string => Boolean(id));
  const byMessageId = new Map(Object.values(db.outbox).map((item) => [item.messageId, item]));
  const cases = new Set<string>();
  let forged = false;
  let caseless = false;
  for (const id of referenced) {
    const item = byMessageId.get(id);
    const genuine = item !== undefined && isOwnMessageId(id, item.key, secret, domain);
    if (genuine && item.caseId) cases.add(item.caseId);
    else if (genuine) caseless = true;
    else if (id.startsWith('pi.') && id.endsWith(`@${domain}`)) forged = true;
  }
  const subjectCase = /\bPR-\d{4}-\d{4,}\b/.exec(mail.subject)?.[0] ?? null;
  if (cases.size === 1) {
    const caseId = [...cases][0] as string;
    const messageId = referenced.find((id) => byMessageId.get(id)?.caseId === caseId) as string;
    return { ok: true, caseId, messageId };
  }
  if (cases.size > 1) return { ok: false, caseId: null, reason: 'references messages of more than one case' };
  return { ok: false, caseId: subjectCase && db.cases[subjectCase] ? subjectCase : null, reason: forged ? 'references a bot Message-ID whose token does not verify' : caseless ? 'replies to a bot message that belongs to no case (commands need a case)' : 'does not reply to a message the bot sent for a case' };
}
