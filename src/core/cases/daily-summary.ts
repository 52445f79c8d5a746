import type { DbData, MessageRecord, StoreChange } from '../../types.js';
import { localDay } from '../case-id.js';
import { MAX_QUOTED_CHARS, type LifecycleContext } from './draft.js';
import { teamOutboxItem } from './not-a-case.js';

/**
 * A kind of mail the bot set aside without a case or a reply, that the team sees once a day in one
 * numbered summary and can turn into a case by replying `open <n> <labels>` (src/core/cases/rescue.ts).
 */
export interface DailySummaryKind {
  template: string;
  lists(record: MessageRecord): boolean;
  subject(count: number, day: string): string;
  /** Why the entry was set aside, as the team reads it ("out-of-office wording", "dmarc=fail"). */
  check(record: MessageRecord): string;
}

/** What the summary shows of a message, read back from its raw copy (the store keeps no addresses or text). */
export interface HeldMailView {
  from: string;
  subject: string;
  text: string;
}

/** One summary lists at most this many messages; the rest are counted and listed by the CLI. */
export const MAX_HELD_PER_SUMMARY = 40;
/** Summaries look back this far, so a long outage still reports what was set aside. */
const SUMMARY_LOOKBACK_DAYS = 14;
const DAY_MS = 86_400_000;

/** The kind's messages per local day, of the days that are over and have no summary yet (oldest first). */
export function daysNeedingSummary(db: DbData, now: string, timeZone: string, kind: DailySummaryKind): Map<string, MessageRecord[]> {
  const today = localDay(now, timeZone);
  const since = Date.parse(now) - SUMMARY_LOOKBACK_DAYS * DAY_MS;
  const byDay = new Map<string, MessageRecord[]>();
  for (const record of Object.values(db.messages)) {
    if (!kind.lists(record) || Date.parse(record.receivedAt) < since) continue;
    const day = localDay(record.receivedAt, timeZone);
    if (day >= today || db.outbox[`none:${kind.template}:${day}`]) continue;
    byDay.set(day, [...(byDay.get(day) ?? []), record]);
  }
  for (const records of byDay.values()) records.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.key.localeCompare(b.key));
  return new Map([...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** One summary per finished day with something of this kind in it, keyed by the day: never sent twice. */
export function planDailySummaries(db: DbData, ctx: LifecycleContext, views: Readonly<Record<string, HeldMailView>>, kind: DailySummaryKind): StoreChange[] {
  if (ctx.teamAddresses.length === 0) return [];
  const changes: StoreChange[] = [];
  for (const [day, records] of daysNeedingSummary(db, ctx.now, ctx.timeZone, kind)) {
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
        reason: kind.check(record),
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
    changes.push({ type: 'enqueue', item: teamOutboxItem({ caseId: null, templateId: kind.template, step: day, subject: kind.subject(records.length, day), vars, inReplyTo: null, references: [] }, db, ctx) });
  }
  return changes;
}
