/**
 * Child process for the kill test (test/io/store-scale.test.ts): applies numbered batches (a closed
 * case, its message, a cursor, the batch counter) to the store in argv[2], compacting every few
 * batches so archiving runs too, and prints `ack N` once batch N is acknowledged. Runs until killed.
 */
import { openFileStore } from '../../src/io/store.js';
import type { CaseRecord } from '../../src/types.js';

const dir = process.argv[2] as string;
const store = await openFileStore(dir);
let n = (await store.read()).counters.batches ?? 0;
for (;;) {
  n++;
  const id = `PR-2025-${String(n).padStart(4, '0')}`;
  // Old and closed: the next compaction archives it (the last batch is always newer).
  const at = new Date(Date.parse('2025-01-01T00:00:00.000Z') + n * 86_400_000).toISOString();
  const record: CaseRecord = { id, requester: { address: `r${n}@example.net`, name: '' }, subject: 's', labels: ['deletion'], primary: 'deletion', language: 'en', state: 'done', receivedAt: at, dueAt: null, messageKeys: [`m${n}@example.net`], threadIds: [`m${n}@example.net`], events: [], flags: [] };
  await store.apply([
    { type: 'createCase', record },
    { type: 'putMessage', record: { key: `m${n}@example.net`, messageId: `m${n}@example.net`, receivedAt: at, source: 't', sourceId: String(n), status: 'case', reason: null, caseId: id, fromHash: null, attachments: [], sizeBytes: 1, verdict: null, blob: null, attempts: 0 } },
    { type: 'setCursor', name: `batch:${n}`, value: String(n) },
    { type: 'raiseCounter', name: 'batches', value: n },
  ]);
  process.stdout.write(`ack ${n}\n`);
  if (n % 4 === 0) await store.compact();
}
