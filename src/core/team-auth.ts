import type { DbData, InboundMail } from '../types.js';
import { judgeFromDomain, type FromDomainJudgement, type TrustedAuthServer } from './auth-results.js';
import { isOwnMessageId } from './outbox.js';

export type SenderCheck = { ok: true; method: NonNullable<FromDomainJudgement['method']>; fromDomain: string } | { ok: false; reason: string };

/**
 * A team command needs our trusted server's `pass` for its From domain (src/core/auth-results.ts):
 * DMARC pass, or an aligned DKIM or SPF (MAIL FROM) pass, or Microsoft 365's own authenticated user.
 */
export function checkSenderAuthentication(mail: InboundMail, trust: TrustedAuthServer | null): SenderCheck {
  if (!trust) return { ok: false, reason: 'TRUSTED_AUTHSERV_ID is not configured' };
  const judged = judgeFromDomain(mail, trust);
  if (judged.verdict === 'pass' && judged.method && judged.fromDomain) return { ok: true, method: judged.method, fromDomain: judged.fromDomain };
  return { ok: false, reason: judged.verdict === 'fail' ? `our mail server reports ${judged.reason} for the From domain` : judged.reason };
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
