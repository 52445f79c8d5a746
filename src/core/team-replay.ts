import { createHash } from 'node:crypto';
import type { DbData, InboundMail, StoreChange } from '../types.js';
import { domainsAlign, normalizeDomain } from './auth-results.js';

/** TEAM_COMMAND_MAX_AGE's default: a command written more than this long ago is refused. */
export const DEFAULT_TEAM_COMMAND_MAX_AGE_MS = 3 * 24 * 3_600_000;
/** Clocks drift and time zones get mislabelled; a Date further ahead than this is not a real one. */
const MAX_FUTURE_MS = 24 * 3_600_000;

interface DkimSignatureTags {
  domain: string | null;
  /** h=, lower case. */
  signedHeaders: string[];
  /** t= as an ISO time. */
  signedAt: string | null;
  /** b= with its folding whitespace removed and re-encoded canonically. */
  signature: string;
}

/** Reads the tags of a DKIM-Signature (RFC 6376 section 3.5) that identify it. */
function readDkimSignature(value: string): DkimSignatureTags {
  const tags = new Map<string, string>();
  for (const part of value.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) tags.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).replace(/\s+/g, ''));
  }
  const t = Number(tags.get('t'));
  // Verifiers ignore whitespace in b= and base64 decoders ignore the unused low bits of the last
  // character, so one signature has many spellings; the decoded bytes have one.
  const signature = Buffer.from(tags.get('b') ?? '', 'base64').toString('base64');
  return {
    domain: normalizeDomain(tags.get('d')),
    signedHeaders: (tags.get('h') ?? '').toLowerCase().split(':').filter(Boolean),
    signedAt: tags.has('t') && Number.isSafeInteger(t) && t >= 0 ? new Date(t * 1000).toISOString() : null,
    signature,
  };
}

export type CommandOrigin = { ok: true; keys: string[]; writtenAt: string } | { ok: false; reason: string };

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Whether an authenticated team command is new and recent (a replay defence; issue 10).
 *
 * A DKIM-signed command is the same command wherever it is re-sent: a new Message-ID does not change
 * its signature (many signers do not even sign Message-ID). So every DKIM-Signature aligned with the
 * From domain is remembered, and a mail carrying one already seen is refused. Without such a
 * signature, the body text together with the bot Message-ID it answers stands in for it.
 *
 * Remembering cannot last forever, so age limits it: a command written more than `maxAgeMs` ago is
 * refused, and fingerprints are dropped once that old. The Date header is trustworthy for this
 * because DKIM signs it: RFC 6376 section 5.4.1 requires only From in h=, but Date is in practically
 * every signer's h= (Gmail, Microsoft 365, OpenDKIM and rspamd defaults); t=, when present, is
 * always signed. A signature that covers neither is refused, since its age could be rewritten.
 */
export function checkCommandOrigin(mail: InboundMail, fromDomain: string, botMessageId: string, db: DbData, now: string, maxAgeMs: number): CommandOrigin {
  const dates = mail.headers.date ?? [];
  // DKIM verifies the bottom-most Date when h= names it once (RFC 6376 section 5.4.2); a second Date
  // on top would be the one a parser reads, so two are refused.
  if (dates.length !== 1) return { ok: false, reason: dates.length === 0 ? 'the command has no Date header' : 'the command has more than one Date header' };
  if (!mail.date) return { ok: false, reason: 'the command has a Date header that cannot be read' };
  const signatures = (mail.headers['dkim-signature'] ?? []).map(readDkimSignature).filter((tags) => tags.domain !== null && domainsAlign(tags.domain, fromDomain));
  if (signatures.some((tags) => !tags.signedHeaders.includes('date') && !tags.signedAt)) return { ok: false, reason: 'its DKIM signature covers neither the Date header nor a signing time (t=), so its age is unknown' };
  const times = [mail.date, ...signatures.map((tags) => tags.signedAt).filter((time): time is string => time !== null)];
  const writtenAt = times.reduce((earliest, time) => (time < earliest ? time : earliest));
  const latest = times.reduce((last, time) => (time > last ? time : last));
  const nowMs = Date.parse(now);
  if (Date.parse(writtenAt) < nowMs - maxAgeMs) return { ok: false, reason: `the command was written ${writtenAt.slice(0, 10)}, more than ${formatAge(maxAgeMs)} ago (TEAM_COMMAND_MAX_AGE)` };
  if (Date.parse(latest) > nowMs + MAX_FUTURE_MS) return { ok: false, reason: `the command is dated ${latest.slice(0, 10)}, in the future` };
  const usable = signatures.filter((tags) => tags.signature.length > 0);
  const text = mail.text.replace(/\s+/g, ' ').trim();
  const keys = usable.length > 0 ? [...new Set(usable.map((tags) => `dkim:${sha256(tags.signature)}`))] : [`body:${sha256(`${botMessageId}\n${text}`)}`];
  const seen = keys.map((key) => db.teamCommands?.[key]).find((entry) => entry !== undefined);
  if (seen) return { ok: false, reason: `the same command mail was already received on ${seen.seenAt.slice(0, 10)} (a copy under a new Message-ID is not acted on again)` };
  return { ok: true, keys, writtenAt };
}

function formatAge(ms: number): string {
  const hours = ms / 3_600_000;
  return hours % 24 === 0 ? `${hours / 24} day(s)` : `${Math.round(hours * 10) / 10} hour(s)`;
}

/** The store change that remembers an authenticated command and forgets fingerprints past the age limit. */
export function rememberCommand(origin: Extract<CommandOrigin, { ok: true }>, context: { now: string; caseId: string | null; botMessageId: string; maxAgeMs: number }): StoreChange {
  return {
    type: 'rememberTeamCommand',
    keys: origin.keys,
    seen: { writtenAt: origin.writtenAt, seenAt: context.now, caseId: context.caseId, botMessageId: context.botMessageId },
    pruneBefore: new Date(Date.parse(context.now) - context.maxAgeMs).toISOString(),
  };
}
