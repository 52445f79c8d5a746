/**
 * Store-scale benchmark (node --import tsx bench/store-scale.ts [--sizes 1000,10000,100000] [--backend lowdb,pg] [--no-build]):
 * builds stores of N cases through the real store code (openFileStore().apply in batches; with
 * `--backend pg`, openPgStore().apply in a fresh database per size on the loopback PostgreSQL of
 * scripts/postgres/start.sh, started if POSTGRES_URL is unset, and dropped afterwards), then times
 * spawned CLI commands against each (so the peak RSS is the child's own, from /usr/bin/time):
 * `run-once` with 10 new mails in the Maildir (file outbox), `list` (and `list --all`), `show` (an open and a closed
 * case), `check-deadlines`, `digest --preview`, `metrics`, `export`. The records are clones of what
 * `demo` + `check-deadlines` write (about 7 KB a case: clock, events, messages, outbox items); most
 * cases are closed and spread over two years, a few hundred are open. Two of the 10 new mails are
 * late replies to closed cases. Prints the raw figures and the issue-12 targets; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import type { CaseRecord, DbData, MessageRecord, OutboxItem, StoreChange } from '../src/types.js';
import { postgresUrl } from './postgres-url.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const NOW = '2026-03-02T17:00:00Z';
const OPEN_CASES = 300;
const BATCH = 2000;

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}
const SIZES = argument('sizes', '1000,10000,100000').split(',').map(Number);
const BACKENDS = argument('backend', 'lowdb').split(',') as Array<'lowdb' | 'pg'>;
for (const backend of BACKENDS) if (backend !== 'lowdb' && backend !== 'pg') throw new Error(`--backend takes lowdb, pg or both (lowdb,pg), not ${backend}`);
/** Another build to compare, e.g. a copy of main's dist/src/cli.js (it must resolve this node_modules and templates). */
const CLI = path.resolve(argument('cli', path.join(ROOT, 'dist/src/cli.js')));
/** Skip building through the store (today's store rewrites the whole file per batch: quadratic) and write a v1 db.json directly. */
const STREAM_BUILD = process.argv.includes('--stream-build');

interface Run {
  wallS: number;
  cpuS: number;
  rssMb: number;
  /** PostgreSQL server CPU during the command (NaN for lowdb); includes other clients' queries if any. */
  serverCpuS: number;
  status: number | null;
  error: string;
}

function baseEnv(dataDir: string, storeUrl?: string): Record<string, string> {
  return {
    ...(storeUrl ? { STORE_URL: storeUrl, BOT_SECRET: 'store-scale-bench-secret-0123456789' } : {}),
    PATH: process.env.PATH ?? '',
    DATA_DIR: dataDir,
    PRIVACY_ADDRESS: 'privacy@example.test',
    TEAM_ADDRESSES: 'team@example.test',
    PRIVACY_INBOX_NOW: NOW,
    LOG_LEVEL: 'warn',
    // The default heap would hide how much memory a command really wants; 4 GB is the issue's limit.
    NODE_OPTIONS: '--max-old-space-size=4096',
  };
}

/**
 * CPU seconds the PostgreSQL server has spent so far: the postmaster, its live processes, and the
 * backends it has reaped (cutime/cstime), from /proc. The client's CPU alone would hide the
 * server's share of a command. NaN when the cluster's postmaster.pid cannot be read.
 */
function serverCpuS(): number {
  try {
    const dir = process.env.POSTGRES_DIR ?? '/dev/shm/pgstack';
    const pid = readFileSync(path.join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]?.trim() ?? '';
    const ticks = (stat: string, from: number, count: number): number =>
      stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(from, from + count).reduce((sum, field) => sum + Number(field), 0);
    let total = ticks(readFileSync(`/proc/${pid}/stat`, 'utf8'), 11, 4);
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ').filter(Boolean)) {
      try {
        total += ticks(readFileSync(`/proc/${child}/stat`, 'utf8'), 11, 2);
      } catch {
        // Exited since the list was read: its time is in the postmaster's cutime once reaped.
      }
    }
    return total / 100;
  } catch {
    return Number.NaN;
  }
}

function runCli(args: string[], env: Record<string, string>): Run {
  const serverBefore = env.STORE_URL ? serverCpuS() : Number.NaN;
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '@time %U %S %M', process.execPath, CLI, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallS = (performance.now() - started) / 1000;
  const match = /@time ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr ?? '');
  const lines = (result.stderr ?? '').split('\n').filter((line) => line && !line.startsWith('@time') && !line.startsWith('Command exited'));
  const error = lines.find((line) => line.startsWith('privacy-inbox:')) ?? lines.at(-1) ?? '';
  return { wallS, cpuS: match ? Number(match[1]) + Number(match[2]) : Number.NaN, rssMb: match ? Number(match[3]) / 1024 : Number.NaN, serverCpuS: serverCpuS() - serverBefore, status: result.status, error };
}

/** Three realistic cases, as the real pipeline writes them. */
async function buildTemplate(scratch: string): Promise<DbData> {
  const dataDir = path.join(scratch, 'template');
  const env = baseEnv(dataDir);
  for (const args of [['demo'], ['check-deadlines']]) {
    const run = runCli(args, env);
    if (run.status !== 0) throw new Error(`template ${args[0]} failed: ${run.error}`);
  }
  const { readStoreSnapshot } = await import('../src/io/store.js');
  return readStoreSnapshot(dataDir);
}

function pad(n: number): string {
  return String(n).padStart(4, '0');
}

function receivedMsOf(index: number, size: number): number {
  const span = 730 * 86_400_000;
  const nowMs = Date.parse(NOW);
  return index >= size - OPEN_CASES ? nowMs - (size - index) * 3_600_000 : nowMs - span + Math.floor((index / size) * (span - 45 * 86_400_000));
}

/** Case `index` of a store of `size`: the last OPEN_CASES are open and recent, the rest closed over two years. */
function cloneCase(template: DbData, index: number, size: number): StoreChange[] {
  const sources = Object.values(template.cases);
  const source = sources[index % sources.length] as CaseRecord;
  const open = index >= size - OPEN_CASES;
  const receivedMs = receivedMsOf(index, size);
  const receivedAt = new Date(receivedMs).toISOString();
  const year = receivedAt.slice(0, 4);
  const id = `PR-${year}-${pad(index + 1)}`;
  const rename = (text: string): string => text.split(source.id).join(id).split(source.id.toLowerCase()).join(id.toLowerCase());
  const messages = Object.values(template.messages).filter((m) => m.caseId === source.id);
  const outbox = Object.values(template.outbox).filter((o) => o.caseId === source.id);
  const keyOf = (j: number): string => `bench-${index}-${j}@example.net`;
  const newMessages: MessageRecord[] = messages.map((m, j) => ({ ...structuredClone(m), key: keyOf(j), messageId: keyOf(j), caseId: id, receivedAt, sourceId: `bench.${index}.${j}` }));
  const requester = { address: `requester${index}@example.net`, name: `Requester ${index}` };
  const closedAt = new Date(receivedMs + 20 * 86_400_000).toISOString();
  const newOutbox: OutboxItem[] = outbox.map((o) => {
    const item = JSON.parse(rename(JSON.stringify(o))) as OutboxItem;
    return { ...item, to: item.templateId.startsWith('team') ? item.to : [requester], createdAt: receivedAt, sentAt: receivedAt, state: 'sent', toHash: item.templateId.startsWith('team') ? item.toHash : `h${index.toString(16)}` };
  });
  const record = JSON.parse(rename(JSON.stringify(source))) as CaseRecord;
  record.requester = requester;
  record.receivedAt = receivedAt;
  record.messageKeys = newMessages.map((m) => m.key);
  record.threadIds = [...newMessages.map((m) => m.messageId as string), ...newOutbox.filter((o) => !o.templateId.startsWith('team')).map((o) => o.messageId)];
  if (record.lifecycle) record.lifecycle.teamThreadIds = newOutbox.filter((o) => o.templateId.startsWith('team')).map((o) => o.messageId);
  // The template's events happened at the demo's time: move them to this case's receipt.
  record.events = record.events.map((event) => ({ ...event, at: receivedAt }));
  if (!open) {
    record.state = 'done';
    record.dueAt = null;
    record.events.push({ id: `done-${id}`, at: closedAt, type: 'done', by: 'team@example.test' }, { id: `closed-${id}`, at: closedAt, type: 'state', by: 'bot', data: { to: 'done' } });
  }
  return [{ type: 'createCase', record }, ...newMessages.map((m): StoreChange => ({ type: 'putMessage', record: m })), ...newOutbox.map((o): StoreChange => ({ type: 'enqueue', item: o }))];
}

/** Writes a version-1 db.json by streaming, for sizes today's store cannot write as one string. */
async function streamV1(dataDir: string, template: DbData, size: number, counters: Record<string, number>): Promise<void> {
  const { applyChanges, emptyDb } = await import('../src/core/store-changes.js');
  const out = createWriteStream(path.join(dataDir, 'db.json'), { mode: 0o600 });
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{"version":1');
  for (const section of ['cases', 'messages', 'outbox'] as const) {
    await write(`,"${section}":{`);
    let first = true;
    for (let index = 0; index < size; index++) {
      const db = emptyDb();
      applyChanges(db, cloneCase(template, index, size));
      for (const [key, value] of Object.entries(db[section])) {
        await write(`${first ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(value)}`);
        first = false;
      }
    }
    await write('}');
  }
  await write(`,"cursors":{},"counters":${JSON.stringify(counters)}}`);
  out.end();
  await once(out, 'close');
}

function countersOf(size: number): Record<string, number> {
  const counters: Record<string, number> = {};
  for (let index = 0; index < size; index++) {
    const year = new Date(receivedMsOf(index, size)).toISOString().slice(0, 4);
    counters[`case:${year}`] = index + 1;
  }
  return counters;
}

/** A fresh database for one size, built through the real PostgreSQL store; drop() removes it. */
async function buildPgStore(template: DbData, size: number): Promise<{ url: string; how: string; drop(): Promise<void> }> {
  const { default: pg } = await import('pg');
  const { openPgStore } = await import('../src/io/pg-store.js');
  const admin = new pg.Client({ connectionString: postgresUrl() });
  await admin.connect();
  const name = `bench_scale_${process.pid}_${size}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl());
  url.pathname = `/${name}`;
  const drop = async (): Promise<void> => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  const started = performance.now();
  try {
    const store = await openPgStore({ url: url.toString() });
    try {
      for (let start = 0; start < size; start += BATCH) {
        const changes: StoreChange[] = [];
        for (let index = start; index < Math.min(size, start + BATCH); index++) changes.push(...cloneCase(template, index, size));
        await store.apply(changes);
      }
      await store.apply(Object.entries(countersOf(size)).map(([counter, value]) => ({ type: 'raiseCounter', name: counter, value })));
    } finally {
      await store.close();
    }
    // As a database that has lived a while: statistics gathered, no autovacuum of the bulk load running during the commands.
    const settle = new pg.Client({ connectionString: url.toString() });
    await settle.connect();
    await settle.query('VACUUM (ANALYZE)').finally(() => settle.end());
    const bytes = await admin.query<{ size: string }>('SELECT pg_size_pretty(pg_database_size($1)) AS size', [name]);
    return { url: url.toString(), how: `built through the PostgreSQL store in ${((performance.now() - started) / 1000).toFixed(1)} s; database ${bytes.rows[0]?.size ?? '?'}`, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}

async function buildStore(dataDir: string, template: DbData, size: number): Promise<string> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const counters = countersOf(size);
  const started = performance.now();
  const store = await import('../src/io/store.js');
  try {
    if (STREAM_BUILD) throw new Error('--stream-build');
    const opened = await store.openFileStore(dataDir);
    for (let start = 0; start < size; start += BATCH) {
      const changes: StoreChange[] = [];
      for (let index = start; index < Math.min(size, start + BATCH); index++) changes.push(...cloneCase(template, index, size));
      await opened.apply(changes);
    }
    await opened.apply(Object.entries(counters).map(([name, value]) => ({ type: 'raiseCounter', name, value })));
    await (opened as { close?: () => Promise<void> }).close?.();
    return `built through the store in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    await streamV1(dataDir, template, size, counters);
    return `the store could not build it (${(error as Error).message.slice(0, 80)}); db.json v1 written by streaming`;
  }
}

/** 10 new mails: 8 new requests, 2 late replies to closed cases (a thread lookup into old data). */
async function dropMail(dataDir: string, size: number, round: number): Promise<void> {
  const dir = path.join(dataDir, 'maildir', 'new');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  for (const sub of ['cur', 'tmp']) await mkdir(path.join(dataDir, 'maildir', sub), { recursive: true, mode: 0o700 });
  for (let n = 0; n < 10; n++) {
    const late = n >= 8;
    const closed = Math.floor(((n - 7) * size) / 5);
    const from = late ? `requester${closed}@example.net` : `new${round}-${n}@example.org`;
    const headers = [
      `From: ${late ? `Requester ${closed}` : `New Person ${n}`} <${from}>`,
      'To: privacy@example.test',
      `Subject: ${late ? 'Re: your privacy request' : 'Please delete my personal data'}`,
      `Message-ID: <new-${round}-${n}-${size}@example.org>`,
      'Date: Mon, 02 Mar 2026 16:00:00 +0000',
      ...(late ? [`In-Reply-To: <bench-${closed}-0@example.net>`, `References: <bench-${closed}-0@example.net>`] : []),
    ];
    const body = late ? 'Thanks. Did you also delete my data from your backups?' : `Hello,\n\nUnder the CCPA I ask you to delete all personal information you hold about me.\n\nRegards,\nNew Person ${n}`;
    await writeFile(path.join(dir, `${Date.parse(NOW) / 1000}.bench${round}${n}.host`), `${headers.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`);
  }
}

function fmt(run: Run): string {
  if (run.status !== 0) return `FAILED (${run.status}): ${run.error.slice(0, 140)}`;
  const server = Number.isNaN(run.serverCpuS) ? '' : `  server cpu ${run.serverCpuS.toFixed(2)} s`;
  return `wall ${run.wallS.toFixed(2)} s  cpu ${run.cpuS.toFixed(2)} s  rss ${run.rssMb.toFixed(0)} MB${server}`;
}

const scratch = await mkdtemp(path.join(tmpdir(), 'pi-bench-store-'));
try {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build failed');
  }
  const template = await buildTemplate(scratch);
  console.log(`store-scale: sizes ${SIZES.join(', ')}; ${OPEN_CASES} open cases each; now ${NOW}; load average ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);
  const perMail: Array<[string, number]> = [];
  const worst: Record<string, number> = {};
  for (const backend of BACKENDS) for (const size of SIZES) {
    const dataDir = path.join(scratch, `s${size}`);
    let env: Record<string, string>;
    let drop = async (): Promise<void> => undefined;
    if (backend === 'pg') {
      await mkdir(dataDir, { recursive: true, mode: 0o700 });
      const built = await buildPgStore(template, size);
      drop = built.drop;
      env = baseEnv(dataDir, built.url);
      console.log(`\n[pg] ${size} cases: ${built.how}`);
    } else {
      const how = await buildStore(dataDir, template, size);
      env = baseEnv(dataDir);
      const du = spawnSync('du', ['-sh', dataDir], { encoding: 'utf8' }).stdout.split('\t')[0];
      console.log(`\n[lowdb] ${size} cases: ${how}; data dir ${du}`);
    }
    const key = `${backend}:${size}`;
    const closedIndex = Math.floor(size / 10);
    const closedId = `PR-${new Date(receivedMsOf(closedIndex, size)).toISOString().slice(0, 4)}-${pad(closedIndex + 1)}`;
    const openId = `PR-2026-${pad(size)}`;
    const commands: Array<[string, string[], () => Promise<void>]> = [
      ['run-once (10 new mails)', ['run-once'], () => dropMail(dataDir, size, 1)],
      ['list', ['list'], async () => undefined],
      ['list --all', ['list', '--all'], async () => undefined],
      ['show (open case)', ['show', openId], async () => undefined],
      ['show (closed case)', ['show', closedId], async () => undefined],
      ['check-deadlines', ['check-deadlines'], async () => undefined],
      ['digest --preview', ['digest', '--preview'], async () => undefined],
      ['metrics', ['metrics', '--year', '2025'], async () => undefined],
      ['export', ['export', '--out', path.join(scratch, 'export.csv')], async () => undefined],
      ['run-once (10 more)', ['run-once'], () => dropMail(dataDir, size, 2)],
    ];
    for (const [name, args, before] of commands) {
      await before();
      const run = runCli(args, env);
      console.log(`  ${name.padEnd(26)} ${fmt(run)}`);
      // With PostgreSQL the server's CPU is part of the cost of a mail.
      if (name.startsWith('run-once') && run.status === 0) perMail.push([key, (run.cpuS + (Number.isNaN(run.serverCpuS) ? 0 : run.serverCpuS)) / 10]);
      if (run.status === 0) worst[`${name}@${key}`] = run.wallS;
      if (run.status === 0) worst[`rss@${key}:${name}`] = run.rssMb;
    }
    await drop();
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log('\ntargets (issue 12): cost per new mail within 2x from 1k to 100k; list/show < 1 s; check-deadlines < 2 s; peak RSS <= 400 MB');
  for (const backend of BACKENDS) {
    const bySize = new Map<string, number[]>();
    for (const [key, cpu] of perMail) if (key.startsWith(`${backend}:`)) bySize.set(key, [...(bySize.get(key) ?? []), cpu]);
    const cost = [...bySize].map(([key, values]) => [key, Math.min(...values)] as const);
    for (const [key, value] of cost) console.log(`  [${backend}] cpu per new mail at ${key.slice(backend.length + 1)}: ${value.toFixed(3)} s${backend === 'pg' ? ' (client + server)' : ''}`);
    if (cost.length > 1) console.log(`  [${backend}] ratio largest/smallest: ${((cost.at(-1)?.[1] ?? 0) / (cost[0]?.[1] ?? 1)).toFixed(2)}x`);
    const rss = Object.entries(worst).filter(([key]) => key.startsWith(`rss@${backend}:`));
    const peak = rss.reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0] as [string, number]);
    console.log(`  [${backend}] peak RSS of any command: ${peak[1].toFixed(0)} MB (${peak[0].slice(4)})`);
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
