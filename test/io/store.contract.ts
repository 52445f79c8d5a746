import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges, emptyDb } from '../../src/core/store-changes.js';
import type { CaseClock, CaseRecord, DbData, MessageRecord, OutboxItem, Store, StoreChange } from '../../src/types.js';

/** One empty store behind the Store port, and a way to open it again as after a restart. */
export interface StoreHarness {
  store: Store & { close?(): Promise<void> };
  reopen(): Promise<Store & { close?(): Promise<void> }>;
  cleanup(): Promise<void>;
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

    it('hands out a copy: changing what read() returned changes nothing stored', async () => {
      await harness.store.apply([{ type: 'createCase', record: aCase('PR-2026-0001') }]);
      const data = await harness.store.read();
      (data.cases['PR-2026-0001'] as CaseRecord).state = 'done';
      expect((await harness.store.read()).cases['PR-2026-0001']?.state).toBe('received');
    });
  });
}
