import type { MessageRecord } from '../../types.js';
import type { DailySummaryKind } from './daily-summary.js';
import { isSetAsideByWording } from './machine-set-aside.js';

/**
 * Why a request was held without a case or any reply: our own server's Authentication-Results say the
 * From domain failed DMARC (RFC 7489), or SPF and DKIM both failed with no DMARC result, so the From
 * address is likely forged. Answering it would mail a stranger (backscatter). The team sees each such
 * mail in a daily summary and can still open a case for it.
 */
export const HELD_UNAUTHENTICATED = 'held: the sender could not be authenticated';

/** Not-a-request mail is set aside with this reason (the team can still open a case). */
export const NOT_A_REQUEST = 'not a privacy request (other)';

export function heldReason(detail: string): string {
  return `${HELD_UNAUTHENTICATED} (${detail})`;
}

export function isHeldUnauthenticated(record: Pick<MessageRecord, 'status' | 'reason' | 'caseId'>): boolean {
  return record.status === 'ignored' && record.caseId === null && (record.reason ?? '').startsWith(HELD_UNAUTHENTICATED);
}

/** Machine wording around request words (src/core/triage/offline.ts): not answered, passed to the team. */
export const LOOKS_AUTOMATED = 'looks automated but mentions a request (passed to the team, not answered)';

/**
 * Mail the team may turn into a case with `open`: passed over as not a request or as likely
 * automated, held as unauthenticated, or set aside as machine mail on its wording alone.
 */
export function isOpenable(record: Pick<MessageRecord, 'status' | 'reason' | 'caseId' | 'verdict'>): boolean {
  return record.status === 'ignored' && record.caseId === null && (record.reason === NOT_A_REQUEST || record.reason === LOOKS_AUTOMATED || isHeldUnauthenticated(record) || isSetAsideByWording(record));
}

export const HELD_SUMMARY_TEMPLATE = 'team-held-summary';

/** Requests held as unauthenticated: once a day (for each finished day) in one numbered summary. */
export const HELD_SUMMARY: DailySummaryKind = {
  template: HELD_SUMMARY_TEMPLATE,
  lists: isHeldUnauthenticated,
  subject: (count, day) => `[privacy-inbox] ${count} request(s) on ${day} held: sender not authenticated (no reply sent)`,
  check: (record) => (record.reason ?? '').slice(HELD_UNAUTHENTICATED.length).replace(/^\s*\(|\)\s*$/g, ''),
};
