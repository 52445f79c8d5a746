import type { InboundMail } from '../types.js';
import { trustedAuthenticationResults } from './team-auth.js';

export interface FromDomainJudgement {
  verdict: 'pass' | 'fail' | 'none';
  reason: string;
}

function domainOf(value: string | undefined): string | null {
  if (!value) return null;
  const domain = (value.includes('@') ? value.slice(value.lastIndexOf('@') + 1) : value).trim().toLowerCase().replace(/\.$/, '').replace(/[<>]/g, '');
  return domain || null;
}

/**
 * What our own server's Authentication-Results say about the From domain: 'fail' when DMARC failed
 * for it (RFC 7489 6.6.2), or, with no DMARC result, when SPF and DKIM both failed.
 */
export function judgeFromDomain(mail: InboundMail, trustedAuthservId: string | null): FromDomainJudgement {
  if (!trustedAuthservId) return { verdict: 'none', reason: 'TRUSTED_AUTHSERV_ID is not configured' };
  const fromDomain = domainOf(mail.from?.address);
  if (!fromDomain) return { verdict: 'none', reason: 'no From address' };
  const results = trustedAuthenticationResults(mail.headers['authentication-results'] ?? [], trustedAuthservId).slice(0, 1).flatMap((header) => header.results);
  if (results.length === 0) return { verdict: 'none', reason: 'no results from the trusted server' };
  const dmarc = results.filter((result) => result.method === 'dmarc' && domainOf(result.props['header.from']) === fromDomain);
  if (dmarc.some((result) => result.result === 'pass')) return { verdict: 'pass', reason: 'dmarc=pass' };
  if (dmarc.some((result) => result.result === 'fail')) return { verdict: 'fail', reason: 'dmarc=fail' };
  const spf = results.filter((result) => result.method === 'spf');
  const dkim = results.filter((result) => result.method === 'dkim');
  const failed = (list: typeof results): boolean => list.length > 0 && list.every((result) => result.result === 'fail');
  if (failed(spf) && !dkim.some((result) => result.result === 'pass')) return { verdict: 'fail', reason: 'spf=fail and no dkim pass' };
  return { verdict: 'none', reason: 'no DMARC result' };
}
