/**
 * Store bench (npx tsx bench/pg-store.ts [--sizes 1000,10000] [--backend postgres|file|both]): builds
 * stores of N cases through the real Store adapters and prints, per size, the time of one message's
 * apply() at that size (median and p95 of 50, each: a case, its message and its acknowledgement, then
 * the 'sent' mark), of read() (the working set) and the process's peak RSS. PostgreSQL runs on the
 * throwaway loopback cluster of scripts/postgres/start.sh (started if POSTGRES_URL is unset), in a
 * database of its own that is dropped afterwards. Prints figures; asserts nothing. Meant to be folded
 * into the store-scale bench as its PostgreSQL backend (bench/store-scale.ts --backend pg).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPgStore } from '../src/io/pg-store.js';
import { openFileStore } from '../src/io/store.js';
import type { CaseRecord, MessageRecord, OutboxItem, Store, StoreChange } from '../src/types.js';
import { postgresUrl } from './postgres-url.js';

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}
const SIZES = argument('sizes', '1000,10000').split(',').map(Number);
const BACKEND = argument('backend', 'both');
const PROBES = 50;
const BUILD_BATCH = 200;

const at = (index: number): string => new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString();

/** One inbound request's writes, as poll-inbox makes them: case, message, acknowledgement; then the send's 'sent' mark. */
function requestChanges(index: number): { record: StoreChange[]; sent: StoreChange[] } {
  const id = `PR-${String(index).padStart(7, '0')}`;
  const key = `req-${index}@bench.example.net`;
  const address = `person-${index}@bench.example.net`;
  const record: CaseRecord = {
    id, requester: { address, name: `Person ${index}` }, subject: `Please delete my data (#${index})`, labels: ['deletion'], primary: 'deletion', language: 'en',
    // Two years of records: most are closed, as in a real store.
    state: index % 10 === 0 ? 'received' : 'done', receivedAt: at(index), dueAt: at(index + 45 * 1440), messageKeys: [key], threadIds: [`<${key}>`],
    events: [{ id: 'received', at: at(index), type: 'received', by: 'requester' }, { id: 'ack', at: at(index), type: 'acknowledged', by: 'bot' }], flags: [],
  };
  const message: MessageRecord = { key, messageId: key, receivedAt: at(index), source: 'imap', sourceId: `1:${index}`, status: 'case', reason: null, caseId: id, fromHash: 'f', attachments: [], sizeBytes: 4096, verdict: null, blob: `messages/${index}.eml`, attempts: 0 };
  const item: OutboxItem = {
    key: `${id}:acknowledgement:1`, messageId: `<${id}.ack@bot.example.test>`, caseId: id, templateId: 'acknowledgement', to: [{ address, name: '' }], toHash: 't', vars: { caseId: id, name: `Person ${index}` },
    inReplyTo: `<${key}>`, references: [`<${key}>`], subject: `Re: Please delete my data (#${index})`, state: 'pending', createdAt: at(index), sentAt: null, attempts: 0, lastError: null,
  };
  return {
    record: [{ type: 'createCase', record }, { type: 'putMessage', record: message }, { type: 'enqueue', item }, { type: 'raiseCounter', name: 'case:bench', value: index }],
    sent: [{ type: 'updateOutbox', key: item.key, set: { state: 'sent', sentAt: at(index), attempts: 1 } }],
  };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function measure(name: string, store: Store, size: number, built: number): Promise<number> {
  // Grow to `size` in large batches (the build is not what is measured).
  for (let start = built; start < size - PROBES; start += BUILD_BATCH) {
    const changes = Array.from({ length: Math.min(BUILD_BATCH, size - PROBES - start) }, (_, offset) => requestChanges(start + offset)).flatMap((c) => [...c.record, ...c.sent]);
    await store.apply(changes);
  }
  const applyMs: number[] = [];
  for (let index = size - PROBES; index < size; index++) {
    const { record, sent } = requestChanges(index);
    const t = performance.now();
    await store.apply(record);
    await store.apply(sent);
    applyMs.push(performance.now() - t);
  }
  const t = performance.now();
  const data = await store.read();
  const readMs = performance.now() - t;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`${name.padEnd(10)} ${String(size).padStart(7)} cases  one message (2 applies): median ${quantile(applyMs, 0.5).toFixed(1).padStart(7)} ms, p95 ${quantile(applyMs, 0.95).toFixed(1).padStart(7)} ms   read() (working set, ${Object.keys(data.cases).length} cases): ${readMs.toFixed(0).padStart(6)} ms   peak RSS so far ${rssMb.toFixed(0)} MB`);
  return size;
}

console.log(`store bench: ${PROBES} messages applied one by one at each size; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
if (BACKEND === 'postgres' || BACKEND === 'both') {
  const admin = new pg.Client({ connectionString: postgresUrl() });
  await admin.connect();
  const name = `bench_${process.pid}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl());
  url.pathname = `/${name}`;
  const store = await openPgStore({ url: url.toString() });
  try {
    let built = 0;
    for (const size of SIZES) built = await measure('postgres', store, size, built);
  } finally {
    await store.close();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}
if (BACKEND === 'file' || BACKEND === 'both') {
  const dir = await mkdtemp(path.join(tmpdir(), 'pi-bench-store-'));
  try {
    const store = await openFileStore(dir);
    let built = 0;
    for (const size of SIZES) built = await measure('lowdb', store, size, built);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
