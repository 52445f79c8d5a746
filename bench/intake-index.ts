/**
 * Planning cost per new message by working-set size, with the intake index and with the scans it
 * replaces (npx tsx bench/intake-index.ts [sizes…], default 1000 5000 20000). The working set is built
 * through planIntake itself (one case and acknowledgement per sender); then 200 new requests from new
 * senders are planned on it each way. Prints figures; asserts nothing.
 */
import { cpus, loadavg } from 'node:os';
import { buildIntakeIndex, indexChanges } from '../src/core/intake-index.js';
import { planIntake, type IntakeContext } from '../src/core/intake.js';
import { addressHash } from '../src/core/outbox.js';
import { applyChanges, emptyDb } from '../src/core/store-changes.js';
import { parseMail } from '../src/io/mime.js';
import type { DbData, InboundMail, Verdict } from '../src/types.js';

const NOW = '2026-03-02T17:00:00.000Z';
const PROBES = 200;
const verdict: Verdict = { primary: 'opt_out', labels: ['opt_out'], language: 'en', confidence: 0.9, automated: null, agent: false, evidence: [], classifiedBy: 'rules' };

function context(from: string): IntakeContext {
  return { now: NOW, timeZone: 'America/Los_Angeles', secret: 'bench-secret-bench-secret', domain: 'example.test', orgName: 'Calm Clinic', privacyAddress: 'privacy@example.test', maxRepliesPerSenderPerDay: 5, maxNewAddressesPerDay: 50, teamAddresses: ['team@example.test'], source: 'bench', sourceId: 'x', arrivedAt: null, blob: null, fromHash: addressHash(from) };
}

async function request(n: number, prefix: string): Promise<InboundMail> {
  const from = `${prefix}-${n}@example.net`;
  const raw = `From: Person ${n} <${from}>\r\nTo: privacy@example.test\r\nSubject: Opt out\r\nMessage-ID: <${prefix}-${n}@x>\r\nDate: Mon, 02 Mar 2026 17:00:00 +0000\r\n\r\nDo not sell my data.\r\n`;
  return parseMail(Buffer.from(raw), { maxBytes: 1_000_000 });
}

async function workingSet(size: number): Promise<DbData> {
  const db = emptyDb();
  const index = buildIntakeIndex(db, 'America/Los_Angeles');
  for (let n = 0; n < size; n++) {
    const mail = await request(n, 'old');
    const plan = planIntake(mail, verdict, db, { ...context(mail.from?.address ?? ''), index });
    applyChanges(db, plan.changes);
    indexChanges(index, db, plan.changes);
  }
  return db;
}

async function plan(start: DbData, probes: InboundMail[], indexed: boolean): Promise<number> {
  const db = structuredClone(start);
  const began = performance.now();
  const index = indexed ? buildIntakeIndex(db, 'America/Los_Angeles') : undefined;
  for (const mail of probes) {
    const changes = planIntake(mail, verdict, db, { ...context(mail.from?.address ?? ''), ...(index ? { index } : {}) }).changes;
    applyChanges(db, changes);
    if (index) indexChanges(index, db, changes);
  }
  return performance.now() - began;
}

const sizes = process.argv.slice(2).map(Number);
console.log(`planIntake per new message (${PROBES} new senders, index build included), ${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(1)}`);
for (const size of sizes.length > 0 ? sizes : [1000, 5000, 20000]) {
  const db = await workingSet(size);
  const probes = await Promise.all(Array.from({ length: PROBES }, (_, n) => request(n, 'new')));
  const scanMs = await plan(db, probes, false);
  const indexMs = await plan(db, probes, true);
  console.log(`  ${String(size).padStart(6)} cases, ${Object.keys(db.outbox).length} outbox items: scans ${(scanMs / PROBES).toFixed(2)} ms/message, index ${(indexMs / PROBES).toFixed(2)} ms/message`);
}
