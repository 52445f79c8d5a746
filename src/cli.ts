#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { config as loadDotenv } from 'dotenv';
import { modelOption } from './app/eval-options.js';
import { registerDeadlineCommands } from './app/deadline-commands.js';
import { registerEvalCommand } from './app/eval-command.js';
import type { Config, LoadConfigOptions } from './config.js';
import { BotError } from './errors.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { boundHeapGrowth } from './io/heap-growth.js';
import { compileRegexpsNatively } from './io/regexp-tier.js';
import type { TriageMode } from './core/triage/modes.js';
import type { Classifier } from './types.js';

/*
 * Everything a command needs beyond commander is imported when the command runs: `list` and `show`
 * must start in well under a second, not first load the scheduler, IMAP/SMTP, the triage model
 * and the holiday tables they never touch (bench/cli-start.ts measures it).
 */

// Data files hold personal data: nothing we create is readable by other users.
process.umask(0o077);
boundHeapGrowth();
compileRegexpsNatively();
loadDotenv({ quiet: true });

async function loadConfig(options?: LoadConfigOptions): Promise<Config> {
  return (await import('./config.js')).loadConfig(process.env, options);
}

async function createLogger(config: Config) {
  return (await import('./log.js')).createLogger(config.logLevel, undefined, config.logFormat);
}

/** The version in package.json, from dist/src/cli.js or src/cli.ts alike. */
function packageVersion(): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'privacy-inbox' && pkg.version) return pkg.version;
    } catch {
      // not at this level
    }
  }
  return 'unknown';
}

async function runOnceCommand(options: { jobs?: string; dryRun?: boolean }): Promise<void> {
  const [{ parseJobList }, { runOnce }, { openProgress }] = await Promise.all([import('./app/deadline-commands.js'), import('./app/run-once.js'), import('./app/progress.js')]);
  const jobs = parseJobList(options.jobs);
  const loaded = await loadConfig();
  const config: Config = options.dryRun ? { ...loaded, dryRun: true } : loaded;
  const logger = await createLogger(config);
  const progress = await openProgress();
  const hooks: { afterRecord?: () => void; onProgress?: (done: number, total: number) => void } = { onProgress: progress?.update };
  if (process.env.PRIVACY_INBOX_FAULT === 'crash-after-record') {
    // Fault injection for the crash test: die like a power cut, after recording and before sending.
    hooks.afterRecord = () => process.kill(process.pid, 'SIGKILL');
  }
  let summary: Awaited<ReturnType<typeof runOnce>>;
  try {
    summary = await runOnce(config, logger, jobs, hooks);
  } finally {
    progress?.stop();
  }
  const { dryRunPlan, ...counts } = summary;
  if (dryRunPlan) {
    // An explicit dry run at the shell: subjects and first lines go to stdout, never to the logs.
    const { printDryRunPlan } = await import('./app/dry-run.js');
    process.stdout.write('DRY RUN: nothing was moved, recorded or sent.\n');
    printDryRunPlan(dryRunPlan, { showText: true });
  }
  // The last line stays the JSON summary, dry run or not.
  process.stdout.write(`${JSON.stringify({ ...counts, ...(dryRunPlan ? { dryRun: true } : {}) })}\n`);
}

async function start(): Promise<void> {
  // Listening first: a signal while the modules load still ends in a clean stop.
  const { listenForShutdown } = await import('./app/shutdown.js');
  const shutdown = listenForShutdown();
  try {
    const config = await loadConfig();
    const logger = await createLogger(config);
    const { runService } = await import('./app/service.js');
    await runService(config, logger, shutdown, (line) => process.stdout.write(`${line}\n`));
  } finally {
    shutdown.dispose();
  }
  // Stopped cleanly and the lock is released: nothing left to wait for.
  process.exit(EXIT.ok);
}

/** `eval` and `classify` read offline only: no second opinion over the network for a dry look at files. */
async function offlineClassifier(mode: TriageMode): Promise<Classifier> {
  const { createOfflineTriage } = await import('./app/deps.js');
  return createOfflineTriage(await loadConfig({ holidayTables: false }), mode);
}

const program = new Command('privacy-inbox')
  .description('Runs a privacy@ mailbox: triage, cases, deadlines and replies.')
  .version(packageVersion(), '-V, --version', 'print the version')
  // Commander errors (unknown option, missing argument) end in the catch below with exit status 2.
  .exitOverride();
program.command('start').description('run the scheduled jobs until SIGINT/SIGTERM').action(start);
program
  .command('run-once')
  .description('one pass over the mailbox and the outbox, then exit')
  .option('--jobs <list>', 'all, or a comma list of check-deadlines, send-digest, poll-inbox (default poll-inbox)')
  .option('--dry-run', 'read, classify and plan; print what would be done; move, record and send nothing (as DRY_RUN=1)')
  .action((options: { jobs?: string; dryRun?: boolean }) => runOnceCommand(options));
registerDeadlineCommands(program);
registerEvalCommand(program, offlineClassifier);
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
  .option('--all', 'every case, closed ones included (default: open cases and those closed in the last 14 days)')
  .option('--passed-over [days]', 'instead: mail passed over as "not a privacy request" or as an automatic reply by its wording, that never became a case (default: last 30 days)')
  .action(async (options: { json?: boolean; all?: boolean; passedOver?: string | boolean }) => {
    const config = await loadConfig({ holidayTables: false });
    if (options.passedOver !== undefined) {
      const days = typeof options.passedOver === 'string' ? Number(options.passedOver) : 30;
      if (!Number.isInteger(days) || days < 1) throw new BotError('USAGE_INVALID', '--passed-over takes a number of days, e.g. --passed-over 14');
      const [{ formatPassedOver, listPassedOver }, { createClock }, { createRawMail }, { readMessagesSinceFor }] = await Promise.all([import('./app/passed-over.js'), import('./app/deps.js'), import('./app/raw-mail.js'), import('./app/open-store.js')]);
      const now = createClock(config)();
      // Only the months the window reaches are read from the file store's archive.
      const since = new Date(Date.parse(now) - days * 86_400_000).toISOString();
      const rawMail = config.storeUrl ? await createRawMail(config) : null;
      const rows = await listPassedOver(
        { dataDir: config.dataDir, maxMessageBytes: config.maxMessageBytes, timeZone: config.timezone, now, days, ...(rawMail ? { readRaw: rawMail.read } : {}) },
        await readMessagesSinceFor(config, since),
      ).finally(() => rawMail?.close?.());
      process.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : `${formatPassedOver(rows)}\n`);
      return;
    }
    const { runListCommand } = await import('./app/list-cases.js');
    // As createClock (app/deps.ts), without loading what deps.ts loads.
    await runListCommand(config, config.fixedNow ?? new Date().toISOString(), options, async (text) => {
      if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    });
  });
program
  .command('show')
  .description('show one case: its event log, every message received and the mail sent (times local to TIMEZONE)')
  .argument('<id>')
  .option('--json', 'JSON object')
  .action(async (id: string, options: { json?: boolean }) => {
    const { showCase } = await import('./app/show-case.js');
    const config = await loadConfig({ holidayTables: false });
    const logger = (await createLogger(config)).child({ command: 'show' });
    process.stdout.write(`${await showCase(config, logger, id, options)}\n`);
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
    const config = await loadConfig();
    if (config.mailbox.kind !== 'maildir') throw new BotError('CONFIG_INVALID', 'demo only seeds the local Maildir (MAILBOX_URL=maildir:…)');
    const { seedDemoRequests } = await import('./app/demo.js');
    const seeded = await seedDemoRequests(config.mailbox.path, config.privacyAddress);
    process.stdout.write(`Seeded ${seeded} sample requests into ${path.join(config.mailbox.path, 'new')}.\n`);
    await runOnceCommand({});
    process.stdout.write(`Replies: ${config.smtp.kind === 'file' ? config.smtp.path : 'sent over SMTP'}. Cases: privacy-inbox list\n`);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // Commander has printed the message (or the help/version); only the status is ours.
    process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);
  }
  const message = error instanceof BotError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`privacy-inbox: ${message}\n`);
  process.exit(exitCodeFor(error));
});
