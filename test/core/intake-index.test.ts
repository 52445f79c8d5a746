import { describe, expect, it } from 'vitest';
import { localDay } from '../../src/core/case-id.js';
import { paceFirstContact } from '../../src/core/cases/first-contact.js';
import { findDuplicateCase } from '../../src/core/cases/follow-up.js';
import { buildIntakeIndex, indexChanges, indexRecords, type IntakeIndex } from '../../src/core/intake-index.js';
import { planIntake, type IntakeContext, type IntakePlan } from '../../src/core/intake.js';
import { addressHash, repliesToday } from '../../src/core/outbox.js';
import { applyChanges, emptyDb } from '../../src/core/store-changes.js';
import { findCaseForMail } from '../../src/core/thread.js';
import type { DbData, InboundMail, Label, StoreChange, Verdict } from '../../src/types.js';
import { mail, TEAM, verdict } from './lifecycle-harness.js';

const ZONE = 'America/Los_Angeles';

function context(now: string, from: string, overrides: Partial<IntakeContext> = {}): IntakeContext {
  return {
    now,
    timeZone: ZONE,
    secret: 'test-secret-test-secret',
    domain: 'example.test',
    orgName: 'Calm Clinic',
    privacyAddress: 'privacy@example.test',
    maxRepliesPerSenderPerDay: 2,
    maxNewAddressesPerDay: 2,
    teamAddresses: [TEAM],
    source: 'test',
    sourceId: 'x',
    arrivedAt: null,
    blob: null,
    fromHash: addressHash(from),
    ...overrides,
  };
}

/**
 * The same messages planned twice: once on a store planned by scans (no index), once through an
 * index built from the starting store and kept up to date only with `indexChanges`, as a pass does.
 */
class Twin {
  readonly scanned: DbData;
  readonly indexed: DbData;
  readonly index: IntakeIndex;

  constructor(start: DbData) {
    this.scanned = structuredClone(start);
    this.indexed = structuredClone(start);
    this.index = buildIntakeIndex(this.indexed, ZONE);
  }

  async plan(options: { from: string; subject: string; body: string; messageId: string; inReplyTo?: string; references?: string; labels: Label[]; now: string; verdict?: Partial<Verdict> }): Promise<IntakePlan> {
    const inbound = await mail({ from: options.from, subject: options.subject, body: options.body, messageId: options.messageId, ...(options.inReplyTo ? { inReplyTo: options.inReplyTo } : {}), ...(options.references ? { references: options.references } : {}) });
    const sender = /<([^>]+)>/.exec(options.from)?.[1] ?? options.from;
    const judged = verdict(options.labels, options.verdict);
    const byScan = planIntake(inbound, judged, this.scanned, context(options.now, sender));
    const byIndex = planIntake(inbound, judged, this.indexed, context(options.now, sender, { index: this.index }));
    expect(byIndex).toEqual(byScan);
    applyChanges(this.scanned, byScan.changes);
    this.applyIndexed(byIndex.changes);
    return byIndex;
  }

  /** A change from outside planning (a claim, a 'sent' mark, a team `spam`): applied to both stores, and to the index. */
  outside(changes: StoreChange[]): void {
    applyChanges(this.scanned, changes);
    this.applyIndexed(changes);
  }

  /** Claims and 'sent' marks: the send stage applies them to the pass's copy only, never to the index. */
  sendStage(changes: StoreChange[]): void {
    applyChanges(this.scanned, changes);
    applyChanges(this.indexed, changes);
  }

  private applyIndexed(changes: StoreChange[]): void {
    applyChanges(this.indexed, changes);
    indexChanges(this.index, this.indexed, changes);
  }

  /** Every lookup the index answers, asked with the incremental index, a fresh index and a scan: all three agree. */
  async expectLookupsAgree(now: string): Promise<void> {
    expect(this.indexed).toEqual(this.scanned);
    const fresh = buildIntakeIndex(this.indexed, ZONE);
    const db = this.indexed;
    const hashes = new Set(Object.values(db.outbox).map((item) => item.toHash));
    for (const toHash of hashes) {
      const scan = repliesToday(db, toHash, now, ZONE);
      expect(repliesToday(db, toHash, now, ZONE, this.index)).toBe(scan);
      expect(repliesToday(db, toHash, now, ZONE, fresh)).toBe(scan);
      const pacing = paceFirstContact(db, [], toHash, now, ZONE, 2);
      expect(paceFirstContact(db, [], toHash, now, ZONE, 2, this.index)).toEqual(pacing);
      expect(paceFirstContact(db, [], toHash, now, ZONE, 2, fresh)).toEqual(pacing);
    }
    // A never-seen address: how many first contacts each of the next days already holds.
    expect(paceFirstContact(db, [], 'never-written-to', now, ZONE, 2, this.index)).toEqual(paceFirstContact(db, [], 'never-written-to', now, ZONE, 2));
    const threadIds = new Set(Object.values(db.cases).flatMap((record) => record.threadIds));
    for (const id of threadIds) {
      const probe = { ...(await mail({ subject: 'Re: x', body: 'x', messageId: `probe-${id}`, inReplyTo: id })) };
      expect(findCaseForMail(probe, db, this.index)?.id).toBe(findCaseForMail(probe, db)?.id);
      expect(findCaseForMail(probe, db, fresh)?.id).toBe(findCaseForMail(probe, db)?.id);
    }
    for (const address of new Set(Object.values(db.cases).map((record) => record.requester.address))) {
      const probe = await mail({ from: address, subject: 'again', body: 'x', messageId: `probe-${address}` });
      for (const labels of [['deletion'], ['disclosure'], ['opt_out']] as Label[][]) {
        const scan = findDuplicateCase(probe, verdict(labels), db)?.id;
        expect(findDuplicateCase(probe, verdict(labels), db, this.index)?.id).toBe(scan);
        expect(findDuplicateCase(probe, verdict(labels), db, fresh)?.id).toBe(scan);
      }
    }
  }
}

async function startingStore(): Promise<DbData> {
  // An old store: a closed case and an open one from last month, planned without any index.
  const db = emptyDb();
  for (const [index, spec] of [
    { from: 'Old Closed <old@example.net>', labels: ['deletion'] as Label[], id: 'old-1@x' },
    { from: 'Old Open <older@example.net>', labels: ['disclosure'] as Label[], id: 'old-2@x' },
  ].entries()) {
    const inbound = await mail({ from: spec.from, subject: 'Request', body: 'Please act on my data', messageId: spec.id });
    const sender = /<([^>]+)>/.exec(spec.from)?.[1] as string;
    applyChanges(db, planIntake(inbound, verdict(spec.labels), db, context(`2026-02-0${index + 2}T17:00:00.000Z`, sender)).changes);
  }
  applyChanges(db, [{ type: 'updateCase', caseId: 'PR-2026-0001', set: { state: 'done' } }]);
  return db;
}

describe('intake index', () => {
  it('plans exactly as the scans do across a reply cap crossing midnight (TIMEZONE), paced first contacts, an old thread and a duplicate in one batch', async () => {
    const twin = new Twin(await startingStore());
    // 23:10 and 23:40 on 2 March in Los Angeles (07:10Z and 07:40Z on the 3rd), then 00:20 on the 3rd local.
    const lateEvening = '2026-03-03T07:10:00.000Z';
    const beforeMidnight = '2026-03-03T07:40:00.000Z';
    const afterMidnight = '2026-03-03T08:20:00.000Z';
    expect(localDay(beforeMidnight, ZONE)).toBe('2026-03-02');
    expect(localDay(afterMidnight, ZONE)).toBe('2026-03-03');

    // New senders past MAX_NEW_ADDRESSES_PER_DAY (2): the third and fourth are paced to the next days.
    for (const n of [1, 2, 3, 4]) {
      await twin.plan({ from: `Person ${n} <p${n}@example.net>`, subject: 'Opt out', body: 'Do not sell my data', messageId: `new-${n}@x`, labels: ['opt_out'], now: lateEvening });
    }
    await twin.expectLookupsAgree(lateEvening);

    // One sender, several requests of different kinds before midnight: the daily reply cap (2) suppresses the third reply.
    const alex = 'Alex <alex@example.net>';
    const first = await twin.plan({ from: alex, subject: 'Opt out', body: 'Do not sell my data', messageId: 'alex-1@x', labels: ['opt_out'], now: lateEvening });
    // The same request again in the same batch (no store write between): it joins the first case.
    const again = await twin.plan({ from: alex, subject: 'Opt out again', body: 'Do not sell my data', messageId: 'alex-2@x', labels: ['opt_out'], now: lateEvening });
    expect(again).toMatchObject({ outcome: 'follow_up', caseId: first.caseId });
    await twin.plan({ from: alex, subject: 'Complaint', body: 'I complain about my data', messageId: 'alex-3@x', labels: ['complaint'], now: beforeMidnight });
    const capped = await twin.plan({ from: alex, subject: 'Correct my address', body: 'Please correct my address', messageId: 'alex-4@x', labels: ['correction'], now: beforeMidnight });
    const suppressedBefore = Object.values(twin.indexed.outbox).filter((item) => item.toHash === addressHash('alex@example.net') && item.state === 'suppressed').length;
    expect(suppressedBefore).toBeGreaterThan(0);
    await twin.expectLookupsAgree(beforeMidnight);

    // After midnight local time the count starts again.
    const fresh = await twin.plan({ from: alex, subject: 'Access', body: 'A copy of my data please', messageId: 'alex-5@x', labels: ['disclosure'], now: afterMidnight });
    const freshItems = fresh.changes.flatMap((change) => (change.type === 'enqueue' && change.item.toHash === addressHash('alex@example.net') ? [change.item] : []));
    expect(freshItems.some((item) => item.state === 'pending')).toBe(true);
    expect(capped.caseId).not.toBe(fresh.caseId);

    // Claims and 'sent' marks come from the send stage, which only applies them to the copy: the index reads states live.
    const ackOfFirst = `${first.caseId}:acknowledgement:1`;
    twin.sendStage([
      { type: 'updateOutbox', key: ackOfFirst, set: { state: 'sending', attempts: 1 } },
      { type: 'updateOutbox', key: ackOfFirst, set: { state: 'sent', sentAt: afterMidnight } },
    ]);
    await twin.expectLookupsAgree(afterMidnight);
    // A team `spam` suppresses a first contact paced to 3 March: that day has room again.
    expect(twin.indexed.outbox['PR-2026-0005:acknowledgement:1']).toMatchObject({ firstContact: true, notBefore: expect.stringMatching(/^2026-03-03T/) });
    twin.outside([{ type: 'updateOutbox', key: 'PR-2026-0005:acknowledgement:1', set: { state: 'suppressed', lastError: 'case marked spam' } }]);
    expect(paceFirstContact(twin.indexed, [], 'never-written-to', afterMidnight, ZONE, 2, twin.index)).toMatchObject({ notBefore: null, deferred: false });
    await twin.expectLookupsAgree(afterMidnight);

    // A reply to last month's thread (the open old case), and one to the closed case.
    const oldAck = twin.indexed.outbox['PR-2026-0002:acknowledgement:1']?.messageId as string;
    const toOld = await twin.plan({ from: 'Old Open <older@example.net>', subject: 'Re: Request', body: 'Here is my answer', messageId: 'old-reply@x', inReplyTo: oldAck, references: `old-2@x ${oldAck}`, labels: ['other'], now: afterMidnight });
    expect(toOld).toMatchObject({ outcome: 'follow_up', caseId: 'PR-2026-0002' });
    const toClosed = await twin.plan({ from: 'Old Closed <old@example.net>', subject: 'Re: Request', body: 'Any news?', messageId: 'closed-reply@x', inReplyTo: 'old-1@x', labels: ['deletion'], now: afterMidnight });
    expect(toClosed).toMatchObject({ outcome: 'follow_up', caseId: 'PR-2026-0001' });
    // Not a request, from a stranger: a team notice (counted per day by the index too).
    await twin.plan({ from: 'Stranger <s@example.net>', subject: 'Hello', body: 'Do you sell shoes?', messageId: 'other-1@x', labels: ['other'], now: afterMidnight });
    await twin.expectLookupsAgree(afterMidnight);
  });

  it('learns records joined from the archive (indexRecords) and keeps store order for ties', async () => {
    const start = await startingStore();
    const index = buildIntakeIndex(start, ZONE);
    // An archived case with the same requester and kind as an open one, joined after it: the scan finds the open one first.
    const archived = structuredClone(start.cases['PR-2026-0002']);
    if (!archived) throw new Error('fixture');
    archived.id = 'PR-2025-0099';
    archived.threadIds = ['archived-thread@x'];
    start.cases[archived.id] = archived;
    indexRecords(index, { cases: { [archived.id]: archived }, messages: {}, outbox: {} });
    const probe: InboundMail = await mail({ from: 'Old Open <older@example.net>', subject: 'again', body: 'x', messageId: 'probe@x', inReplyTo: 'archived-thread@x' });
    expect(findDuplicateCase(probe, verdict(['disclosure']), start, index)?.id).toBe(findDuplicateCase(probe, verdict(['disclosure']), start)?.id);
    expect(findCaseForMail(probe, start, index)?.id).toBe('PR-2025-0099');
    expect(findCaseForMail(probe, start)?.id).toBe('PR-2025-0099');
  });
});
