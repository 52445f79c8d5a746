import type { DbData, MessageRecord, StoreChange } from '../../types.js';
import { localDay } from '../case-id.js';
import { MAX_QUOTED_CHARS, type LifecycleContext } from './draft.js';
import { teamOutboxItem } from './not-a-case.js';

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

/** Mail the team may turn into a case with `open`: passed over as not a request or as likely automated, or held as unauthenticated. */
export function isOpenable(record: Pick<MessageRecord, 'status' | 'reason' | 'caseId'>): boolean {
  return record.status === 'ignored' && record.caseId === null && (record.reason === NOT_A_REQUEST || record.reason === LOOKS_AUTOMATED || isHeldUnauthenticated(record));
}

/** One summary lists at most this many held messages; the rest are counted and listed by the CLI. */
export const MAX_HELD_PER_SUMMARY = 40;
/** Summaries look back this far, so a long outage still reports what it held. */
const SUMMARY_LOOKBACK_DAYS = 14;
const DAY_MS = 86_400_000;

export const HELD_SUMMARY_TEMPLATE = 'team-held-summary';

export interface HeldMailView {
  from: string;
  subject: string;
  text: string;
}

/** Held messages per local day, of the days that are over and have no summary yet (oldest first). */
export function daysNeedingHeldSummary(db: DbData, now: string, timeZone: string): Map<string, MessageRecord[]> {
  const today = localDay(now, timeZone);
  const since = Date.parse(now) - SUMMARY_LOOKBACK_DAYS * DAY_MS;
  const byDay = new Map<string, MessageRecord[]>();
  for (const record of Object.values(db.messages)) {
    if (!isHeldUnauthenticated(record) || Date.parse(record.receivedAt) < since) continue;
    const day = localDay(record.receivedAt, timeZone);
    if (day >= today || db.outbox[`none:${HELD_SUMMARY_TEMPLATE}:${day}`]) continue;
    byDay.set(day, [...(byDay.get(day) ?? []), record]);
  }
  for (const records of byDay.values()) records.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.key.localeCompare(b.key));
  return new Map([...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Once a day (for each finished day) the team gets one mail listing the requests held as
 * unauthenticated, numbered, so `open <n> <labels>` in reply turns one into a case. `views` holds the
 * sender, subject and text read back from the raw copies (the store keeps none of them).
 */
export function planHeldSummaries(db: DbData, ctx: LifecycleContext, views: Readonly<Record<string, HeldMailView>>): StoreChange[] {
  if (ctx.teamAddresses.length === 0) return [];
  const changes: StoreChange[] = [];
  for (const [day, records] of daysNeedingHeldSummary(db, ctx.now, ctx.timeZone)) {
    const listed = records.slice(0, MAX_HELD_PER_SUMMARY);
    const perMessageChars = Math.max(300, Math.floor(MAX_QUOTED_CHARS / listed.length));
    const entries = listed.map((record, index) => {
      const view = views[record.key];
      return {
        number: index + 1,
        from: view?.from ?? '(unreadable)',
        subject: view?.subject ?? '',
        excerpt: (view?.text ?? '').trim().replace(/\s+/g, ' ').slice(0, perMessageChars),
        labels: (record.verdict?.labels ?? []).join(', ') || 'other',
        reason: (record.reason ?? '').slice(HELD_UNAUTHENTICATED.length).replace(/^\s*\(|\)\s*$/g, ''),
        receivedAt: record.receivedAt,
        messageKey: record.key,
      };
    });
    const vars = {
      caseId: '',
      state: '',
      orgName: ctx.orgName,
      day,
      count: records.length,
      more: records.length - listed.length,
      entries,
      messageKeys: listed.map((record) => record.key),
    };
    const subject = `[privacy-inbox] ${records.length} request(s) on ${day} held: sender not authenticated (no reply sent)`;
    changes.push({ type: 'enqueue', item: teamOutboxItem({ caseId: null, templateId: HELD_SUMMARY_TEMPLATE, step: day, subject, vars, inReplyTo: null, references: [] }, db, ctx) });
  }
  return changes;
}
