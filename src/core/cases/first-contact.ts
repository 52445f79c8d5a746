import type { DbData, OutboxItem } from '../../types.js';
import { localDay } from '../case-id.js';
import { addCalendarDays, startOfLocalDay } from '../deadlines/calendar.js';
import { buildOutboxItem } from '../outbox.js';
import { firstContactsOn, liveItemsTo, usableIndex, type IntakeIndex } from '../intake-index.js';
import type { LifecycleContext } from './draft.js';

/**
 * Anyone can put any address in From:, and each new case mails that address (an acknowledgement, a
 * verification code). A flood of forged requests would make the bot a mailer to strangers
 * (backscatter). Mail to addresses the bot has never written to is therefore paced: at most
 * MAX_NEW_ADDRESSES_PER_DAY a day. Past the cap nothing is dropped: the mail waits for the next day
 * with room (the legal clock keeps running from receipt, and the team is told the cap tripped).
 */
export interface FirstContactPacing {
  /** Earliest send time, or null to send at once. */
  notBefore: string | null;
  /** This item is the first the bot ever writes to the address. */
  firstContact: boolean;
  /** The cap pushed this item to a later day (the team should hear about it). */
  deferred: boolean;
}

/** How many first-contact items are planned to go out on each local day. */
function firstContactsByDay(items: Iterable<OutboxItem>, timeZone: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!item.firstContact || item.state === 'suppressed') continue;
    const day = localDay(item.notBefore ?? item.createdAt, timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

/** First contacts going out on a day: from the index (stored items) plus the planned ones, or one scan of everything. */
function dayCounter(db: DbData, planned: readonly OutboxItem[], timeZone: string, index: IntakeIndex | null): (day: string) => number {
  if (!index) {
    const counts = firstContactsByDay([...Object.values(db.outbox), ...planned], timeZone);
    return (day) => counts.get(day) ?? 0;
  }
  const plannedCounts = firstContactsByDay(planned, timeZone);
  return (day) => firstContactsOn(index, db, day) + (plannedCounts.get(day) ?? 0);
}

export function paceFirstContact(db: DbData, planned: readonly OutboxItem[], toHash: string, now: string, timeZone: string, maxPerDay: number | null, index?: IntakeIndex): FirstContactPacing {
  const indexed = usableIndex(index, timeZone);
  const stored = indexed ? liveItemsTo(indexed, db, toHash).map(({ item }) => item) : Object.values(db.outbox);
  const earlier = [...stored, ...planned].filter((item) => item.toHash === toHash && item.state !== 'suppressed');
  if (earlier.length > 0) {
    // Mail to an address already waiting for its first mail waits too, so nothing overtakes the acknowledgement.
    const waiting = earlier.filter((item) => item.state === 'pending' && item.notBefore && item.notBefore > now).map((item) => item.notBefore as string);
    const notBefore = waiting.sort().at(-1) ?? null;
    return { notBefore, firstContact: false, deferred: false };
  }
  if (maxPerDay === null) return { notBefore: null, firstContact: true, deferred: false };
  const countOn = dayCounter(db, planned, timeZone, indexed);
  let day = localDay(now, timeZone);
  if (countOn(day) < maxPerDay) return { notBefore: null, firstContact: true, deferred: false };
  do day = addCalendarDays(day, 1);
  while (countOn(day) >= maxPerDay);
  return { notBefore: startOfLocalDay(day, timeZone), firstContact: true, deferred: true };
}

/** Mail the sender may deliver now: pending (or a crashed `sending`) and not paced to later. */
export function isDue(item: OutboxItem, now: string): boolean {
  if (item.state !== 'pending' && item.state !== 'sending') return false;
  return !item.notBefore || item.notBefore <= now;
}

/** The team hears once a day that the cap tripped: a surge of real requests, or someone forging senders. */
export function firstContactCapAlert(db: DbData, planned: readonly OutboxItem[], ctx: LifecycleContext): OutboxItem | null {
  if (ctx.teamAddresses.length === 0 || ctx.maxNewAddressesPerDay == null) return null;
  const day = localDay(ctx.now, ctx.timeZone);
  const step = day;
  const templateId = 'team-first-contact-cap';
  const key = `none:${templateId}:${step}`;
  if (db.outbox[key] || planned.some((item) => item.key === key)) return null;
  const item = buildOutboxItem(
    {
      caseId: null,
      templateId,
      step,
      to: { address: ctx.teamAddresses[0] as string, name: '' },
      inReplyTo: null,
      references: [],
      subject: `[privacy-inbox] more than ${ctx.maxNewAddressesPerDay} new senders today: replies to new addresses are paced`,
      vars: { caseId: '', state: '', orgName: ctx.orgName, cap: ctx.maxNewAddressesPerDay, day },
    },
    db,
    { now: ctx.now, secret: ctx.secret, domain: ctx.domain, toHash: 'team', timeZone: ctx.timeZone, maxRepliesPerSenderPerDay: Number.MAX_SAFE_INTEGER },
  );
  return { ...item, to: ctx.teamAddresses.map((address) => ({ address, name: '' })), state: 'pending', lastError: null };
}
