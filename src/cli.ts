#!/usr/bin/env node
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { config as loadDotenv } from 'dotenv';
import { loadConfig, type Config } from './config.js';
import { BotError } from './errors.js';
import { createLogger } from './log.js';
import { modelOption } from './app/eval-options.js';
import type { TriageMode } from './core/triage/modes.js';
import type { Classifier, Store } from './types.js';

/*
 * Commands import what they use when they run: `classify` over a folder of mail must not first load
 * the scheduler, the store, IMAP/SMTP and template code it never touches.
 */
type FileStore = Awaited<ReturnType<(typeof import('./io/store.js'))['openFileStore']>>;

// Data files hold personal data: nothing we create is readable by other users.
process.umask(0o077);
loadDotenv({ quiet: true });

function describeStartup(config: Config): string {
  const inbox = config.mailbox.kind === 'maildir' ? `Maildir ${path.join(config.mailbox.path, 'new')}` : `IMAP ${config.mailbox.host}:${config.mailbox.port}/${config.mailbox.mailbox}`;
  const outbox = config.smtp.kind === 'file' ? `files in ${config.smtp.path}` : `SMTP ${config.smtp.host}:${config.smtp.port}`;
  const lines = [`privacy-inbox for ${config.privacyAddress}: reading ${inbox}; replies go to ${outbox}; data in ${config.dataDir}`];
  if (config.teamAddresses.length === 0) lines.push('Note: TEAM_ADDRESSES is empty, so escalations, reminders and the weekly digest reach nobody. Set it in .env.');
  if (config.dryRun) lines.push('DRY RUN (DRY_RUN=1): mail is read and planned, never moved, recorded or sent; each message is shown once while this process runs.');
  return lines.join('\n');
}

async function withWriterStore<T>(config: Config, work: (store: FileStore) => Promise<T>): Promise<T> {
  const [{ acquireDataDirLock }, { openFileStore }] = await Promise.all([import('./io/lock.js'), import('./io/store.js')]);
  const release = await acquireDataDirLock(config.dataDir);
  try {
    return await work(await openFileStore(config.dataDir));
  } finally {
    await release();
  }
}

/** A dry run reads db.json into memory and writes nothing, so it takes no lock (like list and show). */
async function withStoreCopy<T>(config: Config, work: (store: Store) => Promise<T>): Promise<T> {
  const { openStoreCopy } = await import('./io/store.js');
  return work(await openStoreCopy(config.dataDir));
}

async function runOnce(options: { jobs?: string; dryRun?: boolean } = {}): Promise<void> {
  const [{ parseJobList, runPlanningJobs }, { closeDeps, createDeps }, { runPollUntilSettled }, { printDryRunPlan }, { recordJobRun }] = await Promise.all([
    import('./app/deadline-commands.js'),
    import('./app/deps.js'),
    import('./app/poll-loop.js'),
    import('./app/dry-run.js'),
    import('./app/job-recorder.js'),
  ]);
  const jobs = parseJobList(options.jobs);
  const loaded = loadConfig();
  const config: Config = options.dryRun ? { ...loaded, dryRun: true } : loaded;
  const logger = createLogger(config.logLevel);
  await (config.dryRun ? withStoreCopy : withWriterStore)(config, async (store: Store) => {
    const deps = await createDeps(config, logger, store);
    if (process.env.PRIVACY_INBOX_FAULT === 'crash-after-record') {
      // Fault injection for the crash test: die like a power cut, after recording and before sending.
      deps.afterRecord = () => process.kill(process.pid, 'SIGKILL');
    }
    try {
      // Deadline jobs queue first; the poll pass then sends everything (docs/deadlines.md).
      const planned = await runPlanningJobs(deps, jobs);
      const summary = jobs.has('poll-inbox') ? await recordJobRun({ dataDir: config.dataDir, job: 'poll-inbox', now: deps.now, logger, dryRun: config.dryRun }, () => runPollUntilSettled(deps)) : {};
      if (deps.dryRun) {
        // An explicit dry run at the shell: subjects and first lines go to stdout, never to the logs.
        process.stdout.write('DRY RUN: nothing was moved, recorded or sent.\n');
        printDryRunPlan(deps.dryRun, { showText: true });
      }
      // The last line stays the JSON summary, dry run or not.
      process.stdout.write(`${JSON.stringify({ ...summary, ...planned, ...(deps.dryRun ? { dryRun: true } : {}) })}\n`);
    } finally {
      await closeDeps(deps);
    }
  });
}

async function start(): Promise<void> {
  const [{ acquireDataDirLock }, { openFileStore, openStoreCopy }, { createScheduler }] = await Promise.all([import('./io/lock.js'), import('./io/store.js'), import('./app/scheduler.js')]);
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // A dry run writes nothing: no lock, no db.json, no Maildir folders; the store is an in-memory copy.
  const release = config.dryRun ? async () => undefined : await acquireDataDirLock(config.dataDir);
  const store = config.dryRun ? await openStoreCopy(config.dataDir) : await openFileStore(config.dataDir);
  process.stdout.write(`${describeStartup(config)}\n`);
  if (config.mailbox.kind === 'maildir') {
    if (!config.dryRun) for (const sub of ['new', 'cur', 'tmp']) await mkdir(path.join(config.mailbox.path, sub), { recursive: true, mode: 0o700 });
    const pending = (await readdirSafe(path.join(config.mailbox.path, 'new'))).length;
    if (pending === 0) {
      process.stdout.write(
        `The mailbox is empty. Drop an .eml file into ${path.join(config.mailbox.path, 'new')} (or run "npm run demo"); ` +
          `replies appear in ${config.smtp.kind === 'file' ? config.smtp.path : 'the SMTP server'}. Ctrl-C stops.\n`,
      );
    }
  }
  const bree = createScheduler(config, store, logger);
  // HEALTH_PORT: /health and /metrics on 127.0.0.1 (docs/deploy.md); a port in use stops the start and frees the lock.
  const health = config.healthPort === null ? null : await (await import('./app/health-server.js')).startServiceHealth(config, store, logger).catch(async (error: unknown) => {
    await release();
    throw error;
  });
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await health?.close();
    await bree.stop();
    await release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await bree.start();
}

async function readdirSafe(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** `eval` and `classify` read offline only: no second opinion over the network for a dry look at files. */
async function offlineClassifier(mode: TriageMode): Promise<Classifier> {
  const { createOfflineTriage } = await import('./app/deps.js');
  return createOfflineTriage(loadConfig(), mode);
}

const program = new Command('privacy-inbox').description('Runs a privacy@ mailbox: triage, cases, deadlines and replies.');
program.command('start').description('run the scheduled jobs until SIGINT/SIGTERM').action(start);
program
  .command('run-once')
  .description('one pass over the mailbox and the outbox, then exit')
  .option('--jobs <list>', 'all, or a comma list of check-deadlines, send-digest, poll-inbox (default poll-inbox)')
  .option('--dry-run', 'read, classify and plan; print what would be done; move, record and send nothing (as DRY_RUN=1)')
  .action((options: { jobs?: string; dryRun?: boolean }) => runOnce(options));
// Both register commands from modules that load nearly the whole app; `classify` needs neither.
if (process.argv[2] !== 'classify') {
  const [{ registerDeadlineCommands }, { registerEvalCommand }] = await Promise.all([
    import('./app/deadline-commands.js'),
    import('./app/eval-command.js'),
      ]);
  registerDeadlineCommands(program);
  registerEvalCommand(program, offlineClassifier);
}
program
  .command('classify')
  .description('classify .eml files without side effects')
  .argument('<files...>')
  .addOption(modelOption())
  .option('--json', 'one JSON object per line')
  .action(async (files: string[], options: { json?: boolean; model: TriageMode }) => (await import('./app/classify-files.js')).classifyFiles(files, options));
program
  .command('list')
  .description('list cases (dates are local to TIMEZONE)')
  .option('--json', 'JSON array')
  .option('--passed-over [days]', 'instead: mail passed to the team as "not a privacy request" that never became a case (default: last 30 days)')
  .action(async (options: { json?: boolean; passedOver?: string | boolean }) => {
    const [{ readStoreSnapshot }, { formatCaseTable, listCases }] = await Promise.all([import('./io/store.js'), import('./app/case-view.js')]);
    const config = loadConfig();
    if (options.passedOver !== undefined) {
      const days = typeof options.passedOver === 'string' ? Number(options.passedOver) : 30;
      if (!Number.isInteger(days) || days < 1) throw new BotError('CONFIG_INVALID', '--passed-over takes a number of days, e.g. --passed-over 14');
      const [{ formatPassedOver, listPassedOver }, { createClock }] = await Promise.all([import('./app/passed-over.js'), import('./app/deps.js')]);
      const rows = await listPassedOver({ dataDir: config.dataDir, maxMessageBytes: config.maxMessageBytes, timeZone: config.timezone, now: createClock(config)(), days }, await readStoreSnapshot(config.dataDir));
      process.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : `${formatPassedOver(rows)}\n`);
      return;
    }
    const cases = listCases(await readStoreSnapshot(config.dataDir), config.timezone);
    process.stdout.write(options.json ? `${JSON.stringify(cases, null, 2)}\n` : `${formatCaseTable(cases)}\n`);
  });
program
  .command('show')
  .description('show one case: its event log, every message received and the mail sent (times local to TIMEZONE)')
  .argument('<id>')
  .option('--json', 'JSON object')
  .action(async (id: string, options: { json?: boolean }) => {
    const [{ readStoreSnapshot }, { caseDetail, formatCaseDetail }, { listCaseOutbox, loadCaseMessages }] = await Promise.all([
      import('./io/store.js'),
      import('./app/case-view.js'),
      import('./app/case-texts.js'),
    ]);
    const config = loadConfig();
    const db = await readStoreSnapshot(config.dataDir);
    const record = db.cases[id.toUpperCase()];
    if (!record) throw new BotError('NOT_FOUND', `no case ${id}`);
    const logger = createLogger(config.logLevel).child({ command: 'show' });
    const texts = {
      messages: await loadCaseMessages({ dataDir: config.dataDir, maxMessageBytes: config.maxMessageBytes }, db, record, logger),
      outbox: listCaseOutbox(db, record),
    };
    process.stdout.write(options.json ? `${JSON.stringify(caseDetail(record, texts, config.timezone), null, 2)}\n` : `${formatCaseDetail(record, texts, config.timezone)}\n`);
  });
program
  .command('status')
  .description('health for monitoring: last poll, job errors, mailbox backlog, outbox, overdue cases, next digest; exit 1 when unhealthy')
  .option('--json', 'the whole report as JSON')
  .action(async (options: { json?: boolean }) => (await import('./app/status-command.js')).runStatusCommand(options));
program
  .command('demo')
  .description('drop a few sample requests into the local Maildir and process them once')
  .action(async () => {
    const config = loadConfig();
    if (config.mailbox.kind !== 'maildir') throw new BotError('CONFIG_INVALID', 'demo only seeds the local Maildir (MAILBOX_URL=maildir:…)');
    const { seedDemoRequests } = await import('./app/demo.js');
    const seeded = await seedDemoRequests(config.mailbox.path, config.privacyAddress);
    process.stdout.write(`Seeded ${seeded} sample requests into ${path.join(config.mailbox.path, 'new')}.\n`);
    await runOnce();
    process.stdout.write(`Replies: ${config.smtp.kind === 'file' ? config.smtp.path : 'sent over SMTP'}. Cases: privacy-inbox list\n`);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  const message = error instanceof BotError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`privacy-inbox: ${message}\n`);
  process.exit(error instanceof BotError && error.code === 'CONFIG_INVALID' ? 78 : 1);
});
