import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges, emptyDb } from '../../src/core/store-changes.js';
import type { CaseClock, CaseRecord, DbData, MessageRecord, OutboxItem, Store, StoreChange } from '../../src/types.js';

/** One empty store behind the Store port, and a way to open it again as after a restart. */
export interface StoreHarness {
  store: Store & { close?(): Promise<void> };
  reopen(): Promise<Store & { close?(): Promise<void> }>;
  cleanup(): Promise<void>;
  /** Lets the store move what left the working set out of it (the file store's fold); a store that decides on every read needs none. */
  settle?(): Promise<void>;
}

export function aCase(id: string, overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id,
    requester: { address: `${id.toLowerCase()}@example.net`, name: 'Alex' },
    subject: 'Please delete my data',
    labels: ['deletion'],
    primary: 'deletion',
    language: 'en',
    state: 'received',
    receivedAt: '2026-03-03T03:00:00.000Z',
    dueAt: '2026-04-16T06:59:59.999Z',
    messageKeys: [`${id}-req@example.net`],
    threadIds: [`<${id}-req@example.net>`],
    events: [{ id: 'received', at: '2026-03-03T03:00:00.000Z', type: 'received', by: 'requester' }],
    flags: [],
    ...overrides,
  };
}

export function aMessage(key: string, overrides: Partial<MessageRecord> = {}): MessageRecord {
  return { key, messageId: key, receivedAt: '2026-03-02T00:00:00.000Z', source: 'maildir', sourceId: key, status: 'ignored', reason: 'test', caseId: null, fromHash: 'abc', attachments: [], sizeBytes: 1, verdict: null, blob: null, attempts: 0, ...overrides };
}

export function anItem(key: string, caseId: string | null, overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    key, messageId: `<${key}@bot.example.test>`, caseId, templateId: 'acknowledgement', to: [{ address: 'alex@example.net', name: 'Alex' }], toHash: 'h1', vars: { caseId, b: 1, a: 2 },
    inReplyTo: null, references: [], subject: 'Re: Please delete my data', state: 'pending', createdAt: '2026-03-03T03:00:01.000Z', sentAt: null, attempts: 0, lastError: null, ...overrides,
  };
}

function aClock(computedAt: string, dueOn: string): CaseClock {
  return {
    version: 1, computedAt, timeZone: 'UTC', receivedOn: '2026-03-03', regimes: ['ccpa'], evidence: [], candidates: [], ackDueOn: null, firstDueOn: dueOn, firstDueAt: `${dueOn}T23:59:59.999Z`,
    governedBy: 'ccpa:deletion', extensionDueOn: '2026-06-01', suggestExtensionOn: null, dueOn, extension: null, restartedOn: null,
  };
}

/**
 * Missing optional collections read as empty: a store need not write `purged: []` before the first
 * purge. `version` names a store's layout (the file store's working set + archive is 2), not its records.
 */
function normalise(data: DbData): DbData {
  return { ...data, version: 1, purged: data.purged ?? [], teamCommands: data.teamCommands ?? {} };
}

/** Batches that exercise every change type, each with its idempotent repeats. */
function scenario(): StoreChange[][] {
  const seen = (writtenAt: string) => ({ writtenAt, seenAt: writtenAt, caseId: 'PR-2026-0001', botMessageId: 'pi.x@example.test' });
  return [
    [{ type: 'createCase', record: aCase('PR-2026-0002') }, { type: 'createCase', record: aCase('PR-2026-0001') }, { type: 'putMessage', record: aMessage('m1', { status: 'case', caseId: 'PR-2026-0001' }) }],
    [{ type: 'createCase', record: aCase('PR-2026-0001', { subject: 'a second create never replaces' }) }],
    [{ type: 'updateCase', caseId: 'PR-2026-0001', set: { state: 'awaiting_team', flags: ['x'] }, addMessageKeys: ['m2', 'm2'], addThreadIds: ['<t2@x>'], events: [{ id: 'e2', at: '2026-03-04T00:00:00.000Z', type: 'note', by: 'bot' }] }],
    [{ type: 'updateCase', caseId: 'PR-2026-0001', addMessageKeys: ['m2'], events: [{ id: 'e2', at: '2026-03-05T00:00:00.000Z', type: 'changed?', by: 'bot' }] }],
    [{ type: 'enqueue', item: anItem('PR-2026-0001:acknowledgement:1', 'PR-2026-0001') }, { type: 'enqueue', item: anItem('PR-2026-0001:acknowledgement:1', 'PR-2026-0001', { subject: 'ignored' }) }],
    [{ type: 'updateOutbox', key: 'PR-2026-0001:acknowledgement:1', set: { state: 'sent', sentAt: '2026-03-03T03:00:05.000Z', attempts: 1 } }],
    [{ type: 'setCursor', name: 'imap:INBOX', value: '7:12' }, { type: 'setCursor', name: 'imap:INBOX', value: '7:13' }, { type: 'raiseCounter', name: 'case:2026', value: 2 }, { type: 'raiseCounter', name: 'case:2026', value: 1 }],
    [{ type: 'setCaseClock', caseId: 'PR-2026-0001', clock: aClock('2026-03-03T04:00:00.000Z', '2026-04-15'), dueAt: '2026-04-15T23:59:59.999Z', replaces: null, events: [{ id: 'clock', at: '2026-03-03T04:00:00.000Z', type: 'clock', by: 'bot' }] }],
    // Compare-and-set: a clock computed from a stale snapshot (replaces null again) is not applied.
    [{ type: 'setCaseClock', caseId: 'PR-2026-0001', clock: aClock('2026-03-03T05:00:00.000Z', '2026-04-20'), dueAt: '2026-04-20T23:59:59.999Z', replaces: null }],
    [{ type: 'setCaseClock', caseId: 'missing', clock: aClock('2026-03-03T05:00:00.000Z', '2026-04-20'), dueAt: 'x', replaces: null }],
    [
      { type: 'extendCase', caseId: 'PR-2026-0001', extension: { at: '2026-03-10T00:00:00.000Z', by: 'team@example.test', reason: 'complex', via: 'team', previousDueOn: '2026-04-15', dueOn: '2026-06-01', dueAt: '2026-06-01T23:59:59.999Z', outboxKey: null } },
      { type: 'extendCase', caseId: 'PR-2026-0001', extension: { at: '2026-03-11T00:00:00.000Z', by: 'b@example.test', reason: 'second', via: 'cli', previousDueOn: '2026-06-01', dueOn: '2026-07-01', dueAt: '2026-07-01T23:59:59.999Z', outboxKey: null } },
    ],
    [{ type: 'queueCaseMail', caseId: 'PR-2026-0002', item: anItem('PR-2026-0002:reminder:1', 'PR-2026-0002'), event: { id: 'r1', at: '2026-03-12T00:00:00.000Z', type: 'reminder', by: 'bot' } }],
    [{ type: 'updateCase', caseId: 'PR-2026-0002', set: { state: 'done' } }, { type: 'queueCaseMail', caseId: 'PR-2026-0002', item: anItem('PR-2026-0002:reminder:2', 'PR-2026-0002'), event: { id: 'r2', at: '2026-03-13T00:00:00.000Z', type: 'reminder', by: 'bot' } }],
    [{ type: 'putMessage', record: aMessage('m3', { status: 'case', caseId: 'PR-2026-0002' }) }, { type: 'putMessage', record: aMessage('m4') }],
    [{ type: 'purgeCase', caseId: 'PR-2026-0002', stat: { caseId: 'PR-2026-0002', primary: 'deletion', labels: ['deletion'], receivedAt: '2026-03-03T03:00:00.000Z', respondedAt: null, outcome: 'complied', denialReason: null, extended: false, purgedAt: '2026-03-20T00:00:00.000Z', retentionMonths: 24 } }],
    [{ type: 'purgeCase', caseId: 'PR-2026-0002', stat: { caseId: 'PR-2026-0002', primary: 'deletion', labels: ['deletion'], receivedAt: '2026-03-03T03:00:00.000Z', respondedAt: null, outcome: 'closed', denialReason: null, extended: false, purgedAt: '2026-03-21T00:00:00.000Z', retentionMonths: 24 } }],
    [{ type: 'rememberTeamCommand', keys: ['dkim:old'], seen: seen('2026-03-01T10:00:00.000Z'), pruneBefore: '2026-02-26T10:00:00.000Z' }],
    [{ type: 'rememberTeamCommand', keys: ['dkim:new', 'dkim:old'], seen: seen('2026-03-05T10:00:00.000Z'), pruneBefore: '2026-03-02T10:00:00.000Z' }],
  ];
}

/**
 * The behaviour every Store adapter shares (unstorage's driver contract is the model). The reference
 * is core/store-changes' applyChanges on a plain object: an adapter must read back exactly what it
 * gives, batch by batch.
 */
export function describeStoreContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`Store contract: ${name}`, () => {
    let harness: StoreHarness;
    const opened: (Store & { close?(): Promise<void> })[] = [];

    beforeEach(async () => {
      harness = await makeHarness();
    });

    afterEach(async () => {
      await Promise.allSettled(opened.splice(0).map((store) => store.close?.()));
      await harness.cleanup();
    });

    async function reopen(): Promise<Store> {
      const store = await harness.reopen();
      opened.push(store);
      return store;
    }

    it('starts empty', async () => {
      expect(normalise(await harness.store.read())).toEqual(normalise(emptyDb()));
    });

    it('reads back what applyChanges gives, batch by batch, every change type, and again after a reopen', async () => {
      const expected = emptyDb();
      for (const batch of scenario()) {
        applyChanges(expected, batch);
        await harness.store.apply(batch);
        expect(normalise(await harness.store.read())).toEqual(normalise(expected));
      }
      const after = await (await reopen()).read();
      expect(normalise(after)).toEqual(normalise(expected));
      // Insertion order, as lowdb's objects keep it: list and the digest show cases in this order.
      expect(Object.keys(after.cases)).toEqual(['PR-2026-0001']);
      expect(after.purged?.map((stat) => stat.outcome)).toEqual(['complied']);
      expect(Object.keys(after.messages).sort()).toEqual(['m1', 'm4']);
    });

    it('applies every batch twice with the same result as once (a retried, unacknowledged apply)', async () => {
      for (const batch of scenario()) {
        await harness.store.apply(batch);
        const once = await harness.store.read();
        await harness.store.apply(batch);
        expect(normalise(await harness.store.read())).toEqual(normalise(once));
      }
    });

    it('applies a batch all or nothing, and rejects with the change error', async () => {
      await harness.store.apply([{ type: 'createCase', record: aCase('PR-2026-0001') }]);
      const before = await harness.store.read();
      const failing: StoreChange[] = [
        { type: 'putMessage', record: aMessage('a') },
        { type: 'updateCase', caseId: 'PR-2026-0001', set: { state: 'done' }, addThreadIds: ['<new@x>'] },
        { type: 'updateOutbox', key: 'missing', set: { state: 'sent' } },
      ];
      await expect(harness.store.apply(failing)).rejects.toThrow(/updateOutbox: no outbox item missing/);
      await expect(harness.store.apply([{ type: 'updateCase', caseId: 'nope', set: { state: 'done' } }])).rejects.toThrow(/updateCase: no case nope/);
      expect(await harness.store.read()).toEqual(before);
      expect(await (await reopen()).read()).toEqual(before);
      // The store still works after a failed batch.
      await harness.store.apply([{ type: 'putMessage', record: aMessage('b') }]);
      expect(Object.keys((await harness.store.read()).messages)).toEqual(['b']);
    });

    it('keeps every one of many concurrent batches', async () => {
      await Promise.all(Array.from({ length: 100 }, (_, index) => harness.store.apply([{ type: 'putMessage', record: aMessage(`m${index}`) }, { type: 'raiseCounter', name: 'seen', value: index }])));
      const data = await (await reopen()).read();
      expect(Object.keys(data.messages)).toHaveLength(100);
      expect(data.counters.seen).toBe(99);
    });

    it('keeps any text exactly: NUL, private-use characters, backslashes, emoji, in keys and values', async () => {
      const odd = 'a\u0000b\uE000c\uE0000\\u0000\\\u0000 é 😀';
      const changes: StoreChange[] = [
        { type: 'createCase', record: aCase('PR-2026-0009', { subject: odd, requester: { address: 'odd@example.net', name: odd }, threadIds: [`<${odd}>`] }) },
        { type: 'putMessage', record: aMessage(odd, { messageId: odd, reason: odd }) },
        { type: 'setCursor', name: odd, value: odd },
      ];
      await harness.store.apply(changes);
      const expected = emptyDb();
      applyChanges(expected, changes);
      expect(normalise(await (await reopen()).read())).toEqual(normalise(expected));
      // Applying it again finds the same message key: the mail is not taken for a new one.
      await harness.store.apply([{ type: 'updateCase', caseId: 'PR-2026-0009', addThreadIds: [`<${odd}>`] }]);
      expect((await harness.store.read()).cases['PR-2026-0009']?.threadIds).toEqual([`<${odd}>`]);
    });

    it('reads the working set; lookup() finds what left it by case id, thread, message key and recipient; expired() finds closed cases due for the purge', async () => {
      const { store } = harness;
      if (!store.lookup || !store.expired) throw new Error('a store that keeps only a working set in read() must offer lookup() and expired()');
      const closedOn = (at: string) => [{ id: 'closed', at, type: 'state_changed', by: 'team@example.test', data: { to: 'done' } }];
      const oldCase = (id: string, receivedAt: string, closedAt: string): CaseRecord =>
        aCase(id, { state: 'done', dueAt: null, receivedAt, events: [{ id: 'received', at: receivedAt, type: 'received', by: 'requester' }, ...closedOn(closedAt)] });
      const a = oldCase('PR-2024-0001', '2024-01-10T10:00:00.000Z', '2024-02-01T10:00:00.000Z');
      const b = oldCase('PR-2024-0002', '2024-06-10T10:00:00.000Z', '2024-07-01T10:00:00.000Z');
      // Closed long ago, but mail about it is still to be sent: it stays.
      const c = oldCase('PR-2024-0003', '2024-07-10T10:00:00.000Z', '2024-08-01T10:00:00.000Z');
      // Closed within the last 14 days (counted from the newest time recorded): it stays.
      const d = oldCase('PR-2026-0004', '2026-02-20T10:00:00.000Z', '2026-02-28T10:00:00.000Z');
      const e = aCase('PR-2024-0005', { receivedAt: '2024-05-01T10:00:00.000Z' });
      const f = aCase('PR-2026-0006');
      const sent = { state: 'sent' as const, createdAt: '2024-01-10T10:00:01.000Z', sentAt: '2024-01-10T10:00:02.000Z' };
      await store.apply([
        ...[a, b, c, d, e, f].map((record): StoreChange => ({ type: 'createCase', record })),
        ...[a, b, c, d, e, f].map((record): StoreChange => ({ type: 'putMessage', record: aMessage(`${record.id}-req@example.net`, { status: 'case', caseId: record.id, receivedAt: record.receivedAt }) })),
        { type: 'enqueue', item: anItem('PR-2024-0001:acknowledgement:1', 'PR-2024-0001', { ...sent, toHash: 'hash-a' }) },
        { type: 'enqueue', item: anItem('PR-2024-0002:acknowledgement:1', 'PR-2024-0002', { ...sent, toHash: 'hash-b', createdAt: '2024-06-10T10:00:01.000Z' }) },
        { type: 'enqueue', item: anItem('PR-2024-0003:reminder:1', 'PR-2024-0003', { createdAt: '2024-08-01T10:00:00.000Z' }) },
        { type: 'putMessage', record: aMessage('old-ignored@example.net', { receivedAt: '2024-01-05T10:00:00.000Z' }) },
        { type: 'putMessage', record: aMessage('new-ignored@example.net', { receivedAt: '2026-03-02T10:00:00.000Z' }) },
        { type: 'setCursor', name: 'imap:INBOX', value: '1:2' },
      ]);
      await harness.settle?.();

      const hot = await store.read();
      expect(Object.keys(hot.cases).sort()).toEqual(['PR-2024-0003', 'PR-2024-0005', 'PR-2026-0004', 'PR-2026-0006']);
      expect(Object.keys(hot.messages).sort()).toEqual(['PR-2024-0003-req@example.net', 'PR-2024-0005-req@example.net', 'PR-2026-0004-req@example.net', 'PR-2026-0006-req@example.net', 'new-ignored@example.net']);
      expect(Object.keys(hot.outbox)).toEqual(['PR-2024-0003:reminder:1']);
      expect(hot.cursors).toEqual({ 'imap:INBOX': '1:2' });

      // Late mail to a closed case: by its thread, by the bot's own Message-ID it answers, by a message key, by the case id.
      for (const keys of [{ threadIds: ['<PR-2024-0001-req@example.net>'] }, { threadIds: ['<PR-2024-0001:acknowledgement:1@bot.example.test>'] }, { messageKeys: ['PR-2024-0001-req@example.net'] }, { caseIds: ['PR-2024-0001'] }]) {
        const slice = await store.lookup(keys);
        expect(slice.cases['PR-2024-0001']).toEqual(a);
        expect(slice.messages['PR-2024-0001-req@example.net']?.caseId).toBe('PR-2024-0001');
        expect(slice.outbox['PR-2024-0001:acknowledgement:1']?.state).toBe('sent');
      }
      // A sender written to before (the first-contact cap): the mail to that address is found.
      expect(Object.keys((await store.lookup({ recipients: ['hash-b'] })).outbox)).toEqual(['PR-2024-0002:acknowledgement:1']);
      expect(Object.keys((await store.lookup({ messageKeys: ['old-ignored@example.net'] })).messages)).toEqual(['old-ignored@example.net']);
      expect(await store.lookup({ threadIds: ['<nobody@example.net>'], messageKeys: ['nothing'], recipients: ['hash-z'], caseIds: ['PR-1999-0001'] })).toEqual({ cases: {}, messages: {}, outbox: {} });

      const expired = await store.expired('2024-03-15T00:00:00.000Z', 10);
      expect(Object.keys(expired.cases)).toEqual(['PR-2024-0001']);
      expect(Object.keys(expired.messages)).toEqual(['PR-2024-0001-req@example.net']);
      expect(Object.keys(expired.outbox)).toEqual(['PR-2024-0001:acknowledgement:1']);
      expect(Object.keys((await store.expired('2025-01-01T00:00:00.000Z', 1)).cases)).toEqual(['PR-2024-0001']);
      expect(Object.keys((await store.expired('2025-01-01T00:00:00.000Z', 10)).cases).sort()).toEqual(['PR-2024-0001', 'PR-2024-0002']);

      // A change to a case outside the working set brings it back; a purged one is found no more.
      await store.apply([{ type: 'updateCase', caseId: 'PR-2024-0001', set: { state: 'received' }, events: [{ id: 'reopened', at: '2026-03-03T05:00:00.000Z', type: 'reopened', by: 'requester' }] }]);
      const stat = { caseId: 'PR-2024-0002', primary: 'deletion' as const, labels: ['deletion' as const], receivedAt: b.receivedAt, respondedAt: null, outcome: 'complied' as const, denialReason: null, extended: false, purgedAt: '2026-03-03T06:00:00.000Z', retentionMonths: 12 };
      await store.apply([{ type: 'purgeCase', caseId: 'PR-2024-0002', stat }]);
      const after = await store.read();
      expect(after.cases['PR-2024-0001']?.state).toBe('received');
      expect(after.messages['PR-2024-0001-req@example.net']?.caseId).toBe('PR-2024-0001');
      expect(after.purged?.map((purged) => purged.caseId)).toEqual(['PR-2024-0002']);
      expect(await store.lookup({ caseIds: ['PR-2024-0002'], recipients: ['hash-b'] })).toEqual({ cases: {}, messages: {}, outbox: {} });
      expect(Object.keys((await store.expired('2025-01-01T00:00:00.000Z', 10)).cases)).toEqual([]);
      await harness.settle?.();
      expect(Object.keys((await (await reopen()).read()).cases).sort()).toEqual(['PR-2024-0001', 'PR-2024-0003', 'PR-2024-0005', 'PR-2026-0004', 'PR-2026-0006']);
    });

    it('hands out a copy: changing what read() returned changes nothing stored', async () => {
      await harness.store.apply([{ type: 'createCase', record: aCase('PR-2026-0001') }]);
      const data = await harness.store.read();
      (data.cases['PR-2026-0001'] as CaseRecord).state = 'done';
      expect((await harness.store.read()).cases['PR-2026-0001']?.state).toBe('received');
    });
  });
}
