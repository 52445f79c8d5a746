/**
 * Store-scale benchmark (node --import tsx bench/store-scale.ts [--sizes 1000,10000,100000] [--no-build]):
 * builds stores of N cases through the real store code (openFileStore().apply in batches), then times
 * spawned CLI commands against each (so the peak RSS is the child's own, from /usr/bin/time):
 * `run-once` with 10 new mails in the Maildir (file outbox), `list` (and `list --all`), `show` (an open and a closed
 * case), `check-deadlines`, `digest --preview`, `metrics`, `export`. The records are clones of what
 * `demo` + `check-deadlines` write (about 7 KB a case: clock, events, messages, outbox items); most
 * cases are closed and spread over two years, a few hundred are open. Two of the 10 new mails are
 * late replies to closed cases. Prints the raw figures and the issue-12 targets; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import type { CaseRecord, DbData, MessageRecord, OutboxItem, StoreChange } from '../src/types.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const NOW = '2026-03-02T17:00:00Z';
const OPEN_CASES = 300;
const BATCH = 2000;

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}
const SIZES = argument('sizes', '1000,10000,100000').split(',').map(Number);
/** Another build to compare, e.g. a copy of main's dist/src/cli.js (it must resolve this node_modules and templates). */
const CLI = path.resolve(argument('cli', path.join(ROOT, 'dist/src/cli.js')));
/** Skip building through the store (today's store rewrites the whole file per batch: quadratic) and write a v1 db.json directly. */
const STREAM_BUILD = process.argv.includes('--stream-build');

interface Run {
  wallS: number;
  cpuS: number;
  rssMb: number;
  status: number | null;
  error: string;
}

function baseEnv(dataDir: string): Record<string, string> {
  return {
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

function runCli(args: string[], env: Record<string, string>): Run {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '@time %U %S %M', process.execPath, CLI, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallS = (performance.now() - started) / 1000;
  const match = /@time ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr ?? '');
  const lines = (result.stderr ?? '').split('\n').filter((line) => line && !line.startsWith('@time') && !line.startsWith('Command exited'));
  const error = lines.find((line) => line.startsWith('privacy-inbox:')) ?? lines.at(-1) ?? '';
  return { wallS, cpuS: match ? Number(match[1]) + Number(match[2]) : Number.NaN, rssMb: match ? Number(match[3]) / 1024 : Number.NaN, status: result.status, error };
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

async function buildStore(dataDir: string, template: DbData, size: number): Promise<string> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const counters: Record<string, number> = {};
  for (let index = 0; index < size; index++) {
    const year = new Date(receivedMsOf(index, size)).toISOString().slice(0, 4);
    counters[`case:${year}`] = index + 1;
  }
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
  return `wall ${run.wallS.toFixed(2)} s  cpu ${run.cpuS.toFixed(2)} s  rss ${run.rssMb.toFixed(0)} MB`;
}

const scratch = await mkdtemp(path.join(tmpdir(), 'pi-bench-store-'));
try {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build failed');
  }
  const template = await buildTemplate(scratch);
  console.log(`store-scale: sizes ${SIZES.join(', ')}; ${OPEN_CASES} open cases each; now ${NOW}; load average ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);
  const perMail: Array<[number, number]> = [];
  const worst: Record<string, number> = {};
  for (const size of SIZES) {
    const dataDir = path.join(scratch, `s${size}`);
    const how = await buildStore(dataDir, template, size);
    const env = baseEnv(dataDir);
    const du = spawnSync('du', ['-sh', dataDir], { encoding: 'utf8' }).stdout.split('\t')[0];
    console.log(`\n${size} cases: ${how}; data dir ${du}`);
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
      if (name.startsWith('run-once') && run.status === 0) perMail.push([size, run.cpuS / 10]);
      if (run.status === 0) worst[`${name}@${size}`] = run.wallS;
      if (run.status === 0) worst[`rss@${size}:${name}`] = run.rssMb;
    }
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log('\ntargets (issue 12): cost per new mail within 2x from 1k to 100k; list/show < 1 s; check-deadlines < 2 s; peak RSS <= 400 MB');
  const bySize = new Map<number, number[]>();
  for (const [size, cpu] of perMail) bySize.set(size, [...(bySize.get(size) ?? []), cpu]);
  const cost = [...bySize].map(([size, values]) => [size, Math.min(...values)] as const);
  for (const [size, value] of cost) console.log(`  cpu per new mail at ${size}: ${value.toFixed(3)} s`);
  if (cost.length > 1) console.log(`  ratio largest/smallest: ${((cost.at(-1)?.[1] ?? 0) / (cost[0]?.[1] ?? 1)).toFixed(2)}x`);
  const rss = Object.entries(worst).filter(([key]) => key.startsWith('rss@'));
  const peak = rss.reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0] as [string, number]);
  console.log(`  peak RSS of any command: ${peak[1].toFixed(0)} MB (${peak[0].slice(4)})`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}
