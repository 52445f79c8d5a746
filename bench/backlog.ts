/**
 * Backlog benchmark (npm run bench [-- N], default 2,000): how fast does one `run-once` pass work
 * through N waiting requests, next to the two raw limits measured in the same run on the same
 * machine: downloading and parsing the backlog (fetch+parse), and sending N replies through a pooled
 * SMTP transport with a copy of each in Sent (send+Sent). The end-to-end rate over the slower of the
 * two is the figure issue 12 sets a target for (>= 0.5). Also: a `run-once --dry-run` over the same
 * backlog first (time, peak RSS), `run-once` on an empty inbox (start-up), and the Maildir default
 * with the file outbox over the same mails. Uses the real loopback mail stack.
 *
 * It starts its own stack instance (state in /dev/shm/mailstack-bench, IMAP 3243, LMTP 2434, SMTP 2625;
 * BENCH_STACK_DIR and BENCH_PORT_OFFSET move it) with one mailbox per requester, so it never touches
 * the test suite's stack, and stops and removes it at the end (BENCH_KEEP_STACK=1 keeps it running).
 * Prints figures; it asserts nothing (timing on a shared 2-core machine is noise, read the ratios).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { createImapSource } from '../src/io/imap.js';
import { parseMail } from '../src/io/mime.js';
import { buildBacklogMail } from './backlog-mail.js';
import { fillMaildir, measureSendLimit } from './backlog-limits.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const PRIVACY = 'privacy@example.test';
const TEAM = 'team@example.test';
const count = Number(process.argv[2] ?? process.env.BENCH_N ?? 2000);
/** One requester per message: a backlog is many people writing once, and each gets a real reply. */
const requester = (index: number): string => `person-${String(index).padStart(5, '0')}@example.test`;
const portOffset = Number(process.env.BENCH_PORT_OFFSET ?? 0);
/** BENCH_SKIP=dry,adapter,maildir leaves those parts out, for quicker runs while working on the IMAP pass. */
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').map((part) => part.trim()).filter(Boolean));
const STACK_ENV = {
  MAILSTACK_DIR: process.env.BENCH_STACK_DIR ?? (existsSync('/dev/shm') ? '/dev/shm/mailstack-bench' : '/tmp/mailstack-bench'),
  MAILSTACK_IMAP_PORT: String(3243 + portOffset),
  MAILSTACK_LMTP_PORT: String(2434 + portOffset),
  MAILSTACK_SMTP_PORT: String(2625 + portOffset),
};

interface Stack {
  dir: string;
  host: string;
  imapPort: number;
  smtpPort: number;
  password: string;
}

function startStack(): Stack {
  const users = [PRIVACY, TEAM, ...Array.from({ length: count }, (_, index) => requester(index))].join(' ');
  const started = spawnSync('bash', [path.join(ROOT, 'scripts/mailstack/start.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...STACK_ENV, MAILSTACK_USERS: users, MAILSTACK_FRESH: '1' },
  });
  if (started.status !== 0) throw new Error('scripts/mailstack/start.sh failed');
  const envFile = /env file: (\S+)/.exec(started.stdout)?.[1];
  if (!envFile) throw new Error('start.sh printed no env file');
  const values = new Map<string, string>();
  for (const line of readFileSync(envFile, 'utf8').split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line);
    if (match?.[1]) values.set(match[1], (match[2] ?? '').replace(/^"(.*)"$/, '$1'));
  }
  return {
    dir: values.get('MAILSTACK_DIR') ?? '/dev/shm/mailstack',
    host: values.get('MAILSTACK_HOST') ?? '127.0.0.1',
    imapPort: Number(values.get('MAILSTACK_IMAP_PORT')),
    smtpPort: Number(values.get('MAILSTACK_SMTP_PORT')),
    password: values.get('MAILSTACK_PASSWORD') ?? 'secret',
  };
}

function build(): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { encoding: 'utf8' });
  if (result.status === 0) return;
  if (!existsSync(path.join(ROOT, 'dist/src/cli.js'))) throw new Error(`build failed:\n${result.stdout}`);
  console.warn('bench: tsc build failed; using the existing dist/ (may be stale)');
}

function stopStack(): void {
  spawnSync('bash', [path.join(ROOT, 'scripts/mailstack/stop.sh')], { stdio: 'ignore', env: { ...process.env, ...STACK_ENV, MAILSTACK_PURGE: '1' } });
}

async function imap(stack: Stack, user: string): Promise<ImapFlow> {
  const client = new ImapFlow({ host: stack.host, port: stack.imapPort, secure: false, auth: { user, pass: stack.password }, logger: false });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Peak resident memory of a running process so far (Linux VmHWM), in MiB; null once it is gone. */
function peakRssMiB(pid: number | undefined): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system, all threads) a running process has used so far; null once it is gone. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    // Fields after the command name: state is field 3, utime 14, stime 15 (in clock ticks, 100 a second on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function runOnce(env: Record<string, string>, args: string[] = []): Promise<{ ms: number; stdout: string; stderr: string; code: number | null; peakMiB: number; cpuS: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to see where a pass spends its time.
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'dist/src/cli.js'), 'run-once', ...args], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // Sampled while it runs: the last sample before exit is close to the peak.
    let peakMiB = 0;
    let cpuS = 0;
    const sampler = setInterval(() => {
      peakMiB = Math.max(peakMiB, peakRssMiB(child.pid) ?? 0);
      cpuS = Math.max(cpuS, cpuSeconds(child.pid) ?? 0);
    }, 50);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ ms: performance.now() - started, stdout, stderr, code, peakMiB, cpuS });
    });
  });
}

function waitForPostfixIdle(stack: Stack): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    const poll = (): void => {
      const out = execFileSync('postqueue', ['-c', `${stack.dir}/postfix/etc`, '-p'], { encoding: 'utf8' });
      if (out.includes('Mail queue is empty')) resolve(performance.now() - started);
      else setTimeout(poll, 50);
    };
    poll();
  });
}

const rate = (messages: number, ms: number): string => `${Math.round((messages / ms) * 1000).toLocaleString('en-US')} msg/s`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;


interface MaildirFigures {
  count: number;
  readParseMs: number;
  readParseCpuS: number;
  pass: Awaited<ReturnType<typeof runOnce>>;
  idle: Awaited<ReturnType<typeof runOnce>>;
}

/**
 * The Maildir default with the file outbox over `raws`, and its raw limit in the same run: reading
 * every file of the Maildir and parsing it (what a pass cannot do faster without skipping work).
 */
async function measureMaildir(raws: Buffer[]): Promise<MaildirFigures> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-bench-maildir-'));
  try {
    const maildir = path.join(dataDir, 'maildir');
    await fillMaildir(maildir, raws);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const names = await readdir(path.join(maildir, 'new'));
    for (const name of names) await parseMail(await readFile(path.join(maildir, 'new', name)), { maxBytes: 25 * 1024 * 1024 });
    const readParseMs = performance.now() - started;
    const cpuUsed = process.cpuUsage(cpuBefore);
    const readParseCpuS = (cpuUsed.user + cpuUsed.system) / 1e6;
    const env = { DATA_DIR: dataDir, PRIVACY_ADDRESS: PRIVACY, TEAM_ADDRESSES: TEAM, PRIVACY_INBOX_NOW: '2026-03-02T17:00:00Z' };
    const pass = await runOnce(env);
    if (pass.code !== 0) throw new Error(`run-once (Maildir) exited ${String(pass.code)}:\n${pass.stderr}`);
    const idle = await runOnce(env);
    return { count: raws.length, readParseMs, readParseCpuS, pass, idle };
  } finally {
    if (process.env.BENCH_KEEP !== '1') await rm(dataDir, { recursive: true, force: true });
  }
}

function printMaildir(figures: MaildirFigures): void {
  const { count: n, readParseMs, readParseCpuS, pass, idle } = figures;
  const summary = JSON.parse(pass.stdout) as { newCases: number; send: { sent: number } };
  console.log('Maildir default, file outbox');
  // CPU seconds are what a loaded machine distorts least: mails per CPU second is the rate with a core to itself.
  const perCpu = (cpuS: number): string => `${seconds(cpuS * 1000)} CPU, ${Math.round(n / cpuS).toLocaleString('en-US')} msg per CPU s`;
  console.log(`  raw: read + parseMail          ${seconds(readParseMs).padStart(8)}  ${rate(n, readParseMs)}  (every file of new/, one at a time; ${perCpu(readParseCpuS)})`);
  console.log(`  run-once over the Maildir      ${seconds(pass.ms).padStart(8)}  ${rate(n, pass.ms)}  peak RSS ${pass.peakMiB.toFixed(0)} MiB  (${summary.newCases} cases, ${summary.send.sent} .eml replies; ${perCpu(pass.cpuS)}; target >= 150 msg/s)`);
  console.log(`  ratio run-once / read+parse    ${(readParseMs / pass.ms).toFixed(3)}  (CPU: ${(readParseCpuS / pass.cpuS).toFixed(3)})`);
  console.log(`  run-once on the empty Maildir  ${seconds(idle.ms).padStart(8)}  (${seconds(idle.cpuS * 1000)} CPU: start-up and an empty pass)`);
  console.log(`  load average at the end: ${loadavg().map((load) => load.toFixed(2)).join(' ')} (${cpus().length} CPUs)`);
}

/** BENCH_MAILDIR_ONLY=1: only the Maildir figures, without the mail stack (no IMAP, no SMTP). */
async function maildirOnly(): Promise<void> {
  build();
  const runId = randomUUID().slice(0, 8);
  const mails = await Promise.all(Array.from({ length: count }, (_, index) => buildBacklogMail(index, requester(index), PRIVACY, runId)));
  console.log(`backlog benchmark (Maildir only): ${count} messages, ${Math.round(mails.reduce((sum, mail) => sum + mail.raw.length, 0) / count)} bytes on average, ${count} distinct requesters`);
  printMaildir(await measureMaildir(mails.map((mail) => mail.raw)));
}

async function main(): Promise<void> {
  if (!Number.isInteger(count) || count < 1) throw new Error('usage: npm run bench -- [N]');
  const stack = startStack();
  build();
  const loadAtStart = loadavg();
  const runId = randomUUID().slice(0, 8);
  const folders = {
    processed: `Bench-${runId}-Processed`,
    quarantine: `Bench-${runId}-Quarantine`,
    sent: `Bench-${runId}-Sent`,
    limitSent: `Bench-${runId}-LimitSent`,
    adapter: `Bench-${runId}-Adapter`,
    adapterDone: `Bench-${runId}-AdapterDone`,
  };
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-bench-'));
  const client = await imap(stack, PRIVACY);
  try {
    const mails = await Promise.all(Array.from({ length: count }, (_, index) => buildBacklogMail(index, requester(index), PRIVACY, runId)));
    const totalBytes = mails.reduce((sum, mail) => sum + mail.raw.length, 0);

    // Dovecot APPENDs faster into the selected mailbox (mailstack README).
    let started = performance.now();
    const lock = await client.getMailboxLock('INBOX');
    try {
      for (const mail of mails) await client.append('INBOX', mail.raw);
    } finally {
      lock.release();
    }
    const appendMs = performance.now() - started;

    const reader = await imap(stack, PRIVACY);
    const sources: Buffer[] = [];
    started = performance.now();
    const readLock = await reader.getMailboxLock('INBOX');
    try {
      for await (const message of reader.fetch('1:*', { uid: true, source: true })) if (message.source) sources.push(message.source);
    } finally {
      readLock.release();
    }
    const fetchMs = performance.now() - started;
    for (const source of sources) await parseMail(source, { maxBytes: 25 * 1024 * 1024 });
    const fetchParseMs = performance.now() - started;
    await reader.logout();

    // The send limit: N replies through a pooled transport, each copied to Sent. Postfix then delivers
    // them into the requesters' mailboxes; wait for that so it does not slow what is measured next.
    const sendConnections = Number(process.env.BENCH_SMTP_CONNECTIONS ?? 5);
    const sendMs = await measureSendLimit({
      host: stack.host,
      smtpPort: stack.smtpPort,
      imapPort: stack.imapPort,
      user: PRIVACY,
      password: stack.password,
      sentFolder: folders.limitSent,
      to: Array.from({ length: count }, (_, index) => requester(index)),
      connections: sendConnections,
    });
    await waitForPostfixIdle(stack);

    // The IMAP adapter alone, one message at a time as the pipeline drives it: list, fetch, parse, finalize.
    let adapterMs = Number.NaN;
    if (!skip.has('adapter')) {
      await client.mailboxCreate(folders.adapter);
      const adapterLock = await client.getMailboxLock(folders.adapter);
      try {
        for (const mail of mails) await client.append(folders.adapter, mail.raw);
      } finally {
        adapterLock.release();
      }
      const source = createImapSource({
        host: stack.host,
        port: stack.imapPort,
        secure: false,
        user: PRIVACY,
        pass: stack.password,
        mailbox: folders.adapter,
        processedFolder: folders.adapterDone,
        quarantineFolder: folders.adapterDone,
      });
      started = performance.now();
      const listed = await source.list();
      for (const message of listed) {
        await parseMail(await source.fetch(message), { maxBytes: 25 * 1024 * 1024 });
        await source.finalize(message, 'processed');
      }
      adapterMs = performance.now() - started;
      await source.close();
    }

    const env = {
      DATA_DIR: dataDir,
      MAILBOX_URL: `imap://${encodeURIComponent(PRIVACY)}:${stack.password}@${stack.host}:${stack.imapPort}/INBOX`,
      SMTP_URL: `smtp://${stack.host}:${stack.smtpPort}`,
      PRIVACY_ADDRESS: PRIVACY,
      TEAM_ADDRESSES: TEAM,
      PRIVACY_INBOX_NOW: '2026-03-02T17:00:00Z',
      PROCESSED_FOLDER: folders.processed,
      QUARANTINE_FOLDER: folders.quarantine,
      SENT_FOLDER: folders.sent,
    };
    // The dry run first: it must leave the backlog exactly as it found it for the real pass.
    const dry = skip.has('dry') ? null : await runOnce(env, ['--dry-run']);
    if (dry && dry.code !== 0) throw new Error(`run-once --dry-run exited ${String(dry.code)}:\n${dry.stderr}`);
    const dryLeft = (await client.status('INBOX', { messages: true })) || { messages: -1 };
    const drySummary = dry ? (JSON.parse(dry.stdout.trim().split('\n').at(-1) as string) as { newCases: number; send: { dryRun: number } }) : null;
    const pass = await runOnce(env);
    if (pass.code !== 0) throw new Error(`run-once exited ${String(pass.code)}:\n${pass.stderr}`);
    const deliveredMs = await waitForPostfixIdle(stack);
    const idle = await runOnce(env);

    const maildir = skip.has('maildir') ? null : await measureMaildir(mails.map((mail) => mail.raw));
    const summary = JSON.parse(pass.stdout) as { listed: number; newCases: number; followUps: number; ignored: number; quarantined: number; failed: number; send: { sent: number; failed: number } };
    const inboxLeft = (await client.status('INBOX', { messages: true })) || { messages: -1 };
    const acks = (await client.status(folders.sent, { messages: true }).catch(() => false as const)) || { messages: 0 };

    const rawRate = count / fetchParseMs;
    const sendRate = count / sendMs;
    const slower = Math.min(rawRate, sendRate);
    const pipelineRate = count / pass.ms;
    console.log(`backlog benchmark: ${count} messages, ${Math.round(totalBytes / count)} bytes on average, Dovecot + Postfix on loopback, ${count} distinct requesters`);
    // Other work on the machine moves every rate; the ratios within one run are the figures to read.
    const load = (values: number[]): string => values.map((value) => value.toFixed(2)).join(' ');
    console.log(`load average (1, 5, 15 min): ${load(loadAtStart)} at the start, ${load(loadavg())} at the end`);
    console.log('raw limits');
    console.log(`  APPEND into INBOX              ${seconds(appendMs).padStart(8)}  ${rate(count, appendMs)}`);
    console.log(`  fetch all sources (one FETCH)  ${seconds(fetchMs).padStart(8)}  ${rate(count, fetchMs)}`);
    console.log(`  fetch + parseMail              ${seconds(fetchParseMs).padStart(8)}  ${rate(count, fetchParseMs)}`);
    console.log(`  SMTP send + Sent APPEND        ${seconds(sendMs).padStart(8)}  ${rate(count, sendMs)}  (pooled transport, ${sendConnections} connections, one IMAP connection for Sent)`);
    if (!skip.has('adapter')) console.log(`  IMAP source: fetch+parse+move  ${seconds(adapterMs).padStart(8)}  ${rate(count, adapterMs)}  (the adapter one message at a time)`);
    console.log('end to end');
    if (dry && drySummary) console.log(`  run-once --dry-run             ${seconds(dry.ms).padStart(8)}  ${rate(count, dry.ms)}  peak RSS ${dry.peakMiB.toFixed(0)} MiB  (${drySummary.newCases} cases and ${drySummary.send.dryRun} replies planned; ${dryLeft.messages ?? '?'} left in INBOX)`);
    console.log(`  run-once over the IMAP backlog ${seconds(pass.ms).padStart(8)}  ${rate(count, pass.ms)}  peak RSS ${pass.peakMiB.toFixed(0)} MiB  (CLI process incl. start-up, classify, store, ${summary.send.sent} acks over SMTP; ${seconds(pass.cpuS * 1000)} CPU, all threads)`);
    console.log(`  acks delivered after run-once  ${seconds(deliveredMs).padStart(8)}  (Postfix queue drained into Dovecot)`);
    console.log(`  run-once on the empty inbox    ${seconds(idle.ms).padStart(8)}  (${seconds(idle.cpuS * 1000)} CPU: start-up and one empty pass)`);
    console.log(`  ratio end-to-end / fetch+parse ${(pipelineRate / rawRate).toFixed(3)}`);
    console.log(`  ratio end-to-end / send+Sent   ${(pipelineRate / sendRate).toFixed(3)}`);
    console.log(`  ratio end-to-end / slower limit ${(pipelineRate / slower).toFixed(3)}  (slower limit: ${rawRate < sendRate ? 'fetch+parse' : 'send+Sent'}, ${rate(1, 1 / slower)}; target >= 0.5)`);
    console.log(`  run-once summary: ${JSON.stringify(summary)}`);
    console.log(`  left in INBOX: ${inboxLeft.messages ?? '?'}; copies in Sent: ${acks.messages ?? '?'}`);
    if (maildir) printMaildir(maildir);
  } finally {
    await client.logout();
    if (process.env.BENCH_KEEP_STACK !== '1') stopStack();
    if (process.env.BENCH_KEEP === '1') console.log(`  data kept in ${dataDir}`);
    else await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.env.BENCH_MAILDIR_ONLY === '1') await maildirOnly();
else await main();
