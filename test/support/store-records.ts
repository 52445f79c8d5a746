import type { CaseRecord, MessageRecord } from '../../src/types.js';

/**
 * A closed deletion case received at `receivedAt`, for the store tests that need many of them
 * (archiving, retention, the case list); `overrides` sets what a test looks at.
 */
export function closedCaseRecord(id: string, receivedAt: string, overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id,
    requester: { address: `${id.toLowerCase()}@example.net`, name: '' },
    subject: 's',
    labels: ['deletion'],
    primary: 'deletion',
    language: 'en',
    state: 'done',
    receivedAt,
    dueAt: null,
    messageKeys: [`${id}@example.net`],
    threadIds: [`${id}@example.net`],
    events: [{ id: 'done', at: receivedAt, type: 'state_changed', by: 'team', data: { from: 'received', to: 'done' } }],
    flags: [],
    ...overrides,
  };
}

/** A message record filed under `caseId` (or ignored when null). */
export function messageRecord(key: string, caseId: string | null, receivedAt: string): MessageRecord {
  return { key, messageId: key, receivedAt, source: 't', sourceId: key, status: caseId ? 'case' : 'ignored', reason: null, caseId, fromHash: null, attachments: [], sizeBytes: 1, verdict: null, blob: null, attempts: 0 };
}
