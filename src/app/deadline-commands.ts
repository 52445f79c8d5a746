import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { localYear } from '../core/case-id.js';
import { computeMetrics, formatMetrics } from '../core/metrics.js';
import { exportCasesCsv } from '../core/metrics-export.js';
import { loadConfig, type Config } from '../config.js';
import { BotError } from '../errors.js';
import { acquireDataDirLock } from '../io/lock.js';
import { openFileStore, openStoreCopy, readStoreSnapshot } from '../io/store.js';
import { createLogger } from '../log.js';
import { runCheckDeadlines, type CheckDeadlinesSummary } from './check-deadlines.js';
import { closeDeps, createClock, createDeps, type AppDeps } from './deps.js';
import { printDryRunPlan } from './dry-run.js';
import type { JobName } from '../core/job-record.js';
import { recordJobRun } from './job-recorder.js';
import { runExtendCase } from './extend-case.js';
import { runOpenMessage } from './open-message.js';
import { parseCommands } from '../core/commands.js';
import { LABELS } from '../types.js';
import { runTimedActions } from './poll-inbox.js';
import { renderDigestPreview, runSendDigest, type DigestSummary } from './send-digest.js';
import { runSendOutbox } from './send-outbox.js';
import { createRenderer } from '../core/render.js';
import type { CaseClock } from '../types.js';
import { loadTemplates } from '../io/templates.js';

/** Jobs `run-once --jobs` can run before the poll pass (which always runs last and sends). */
export const PLANNING_JOBS = ['check-deadlines', 'send-digest'] as const;

export interface PlanningSummary {
  checkDeadlines?: CheckDeadlinesSummary;
  digest?: DigestSummary;
}

/** Parses `--jobs all` / `--jobs check-deadlines,send-digest,poll-inbox`. */
export function parseJobList(value: string | undefined): Set<string> {
  if (!value) return new Set(['poll-inbox']);
  const names = value.split(',').map((part) => part.trim()).filter(Boolean);
  if (names.includes('all')) return new Set([...PLANNING_JOBS, 'poll-inbox']);
  const known = new Set<string>([...PLANNING_JOBS, 'poll-inbox']);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new BotError('CONFIG_INVALID', `unknown job(s) ${unknown.join(', ')}: use all, ${[...known].join(', ')}`);
  return new Set(names);
}

/**
 * The deadline jobs of one `run-once` pass, in order: clocks/reminders/escalations/retention, then
 * the weekly digest. They only queue mail; the poll pass that follows sends it.
 */
export async function runPlanningJobs(deps: AppDeps, jobs: Set<string>): Promise<PlanningSummary> {
  const summary: PlanningSummary = {};
  // Recorded under the scheduler's job names, so `status` sees cron-driven runs like scheduled ones.
  const recorded = <T>(job: JobName, run: () => Promise<T>): Promise<T> => recordJobRun({ dataDir: deps.config.dataDir, job, now: deps.now, logger: deps.logger, dryRun: deps.config.dryRun }, run);
  if (jobs.has('check-deadlines')) {
    summary.checkDeadlines = await recorded('check-deadlines', async () => {
      // The lifecycle's timed actions first (e.g. denial of a still unverified request on its due date),
      // so a case closed at its deadline is not also reported overdue in the same pass.
      await runTimedActions(deps);
      return runCheckDeadlines(deps);
    });
  }
  if (jobs.has('send-digest')) summary.digest = await recorded('weekly-digest', () => runSendDigest(deps, { scheduled: false }));
  return summary;
}

async function withDeps<T>(work: (deps: AppDeps) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.dryRun) {
    // DRY_RUN: the job runs on an in-memory copy of the store, takes no lock and prints what it would send.
    const deps = await createDeps(config, logger, await openStoreCopy(config.dataDir));
    try {
      const result = await work(deps);
      if (deps.dryRun) printDryRunPlan(deps.dryRun, { showText: true });
      return result;
    } finally {
      await closeDeps(deps);
    }
  }
  const release = await acquireDataDirLock(config.dataDir);
  try {
    const deps = await createDeps(config, logger, await openFileStore(config.dataDir));
    try {
      return await work(deps);
    } finally {
      await closeDeps(deps);
    }
  } finally {
    await release();
  }
}

function print(value: unknown): void {
  process.stdout.write(`${typeof value === 'string' ? value : JSON.stringify(value)}\n`);
}

/** A team decision made under DRY_RUN would be thrown away with the in-memory store: refuse it instead. */
function refusedInDryRun(command: string): boolean {
  if (!loadConfig().dryRun) return false;
  process.exitCode = 2;
  print(`Refused: DRY_RUN=1 is set, and ${command} under a dry run would change nothing. Unset DRY_RUN to ${command}.`);
  return true;
}

async function previewDigest(config: Config, out: string | undefined): Promise<void> {
  const store = { read: () => readStoreSnapshot(config.dataDir), apply: async () => undefined };
  const preview = await renderDigestPreview({ store, now: createClock(config), config, render: createRenderer(await loadTemplates()) });
  if (out) {
    await writeFile(out, preview.html, { mode: 0o600 });
    await writeFile(out.replace(/\.html?$/i, '') + '.txt', preview.text, { mode: 0o600 });
    print(`Digest written to ${path.resolve(out)} (and the plain-text part beside it).`);
  } else print(preview.text);
}

/** A case's clocks as a short text: what governs, every candidate, the extension. */
export function formatClock(caseId: string, clock: CaseClock): string {
  const lines = [
    `${caseId}: received ${clock.receivedOn} (${clock.timeZone}); due ${clock.dueOn}${clock.extension ? ` (extended from ${clock.extension.previousDueOn})` : ''}`,
    `first deadline ${clock.firstDueOn}, set by ${clock.governedBy}${clock.ackDueOn ? `; acknowledge by ${clock.ackDueOn}` : ''}`,
    clock.extension
      ? `extended on ${clock.extension.at.slice(0, 10)} by ${clock.extension.by}: ${clock.extension.reason}`
      : clock.extensionDueOn
        ? `extension possible once, before ${clock.firstDueOn}, to ${clock.extensionDueOn} (suggested ${clock.suggestExtensionOn ?? '-'})`
        : 'no extension possible',
    ...(clock.restartedOn ? [`clock restarted on ${clock.restartedOn} when requested identity arrived (UK GDPR)`] : []),
    'evidence:',
    ...clock.evidence.map((item) => `  ${item.regime.padEnd(13)} ${item.source.padEnd(8)} ${item.phrase}`),
    'candidates (the earliest wins):',
    ...clock.candidates.map((c) => `  ${`${c.regime} ${c.requestType}`.padEnd(26)} due ${c.dueOn}  ack ${c.ackDueOn ?? '-'}  extended ${c.extendedDueOn ?? '-'}  ${c.citation}`),
  ];
  return lines.join('\n');
}

/** The deadline, digest, metrics and export commands, registered on the CLI. */
export function registerDeadlineCommands(program: Command): void {
  program
    .command('check-deadlines')
    .description('one deadline pass (clocks, reminders, extension suggestions, overdue alerts, retention), then send what it queued')
    .action(() =>
      withDeps(async (deps) => {
        await runTimedActions(deps);
        const checked = await runCheckDeadlines(deps);
        // The data-dir lock is held: no poll-inbox can be sending at the same time.
        const send = await runSendOutbox(deps);
        print({ ...checked, send });
      }),
    );
  program
    .command('send-digest')
    .description("queue this ISO week's digest now (once per week) and send it")
    .action(() =>
      withDeps(async (deps) => {
        const digest = await runSendDigest(deps, { scheduled: true });
        const send = await runSendOutbox(deps);
        print({ ...digest, send });
      }),
    );
  program
    .command('digest')
    .description('render the weekly digest without sending it')
    .option('--preview', 'render only (the default; nothing is ever sent by this command)')
    .option('--out <file>', 'write the HTML to FILE (and the text part to FILE without .html + .txt)')
    .action((options: { preview?: boolean; out?: string }) => previewDigest(loadConfig(), options.out));
  program
    .command('extend')
    .description('extend a case once, before its first deadline; the requester gets the reason and the new date')
    .argument('<case>', 'case id, e.g. PR-2026-0001')
    .argument('<reason...>', 'why more time is needed (told to the requester)')
    .option('--by <who>', 'who decided (recorded in the case log)', 'cli')
    .action(async (caseId: string, reason: string[], options: { by: string }) => {
      if (refusedInDryRun('extend')) return;
      await withDeps(async (deps) => {
        const decision = await runExtendCase(deps, caseId.toUpperCase(), reason.join(' '), options.by);
        if (!decision.ok) {
          process.exitCode = 2;
          print(`Refused: ${decision.explanation}`);
          return;
        }
        const send = await runSendOutbox(deps);
        print(`Extended ${caseId.toUpperCase()} to ${decision.extension.dueOn}; the notice to the requester was ${send.sent > 0 ? 'sent' : 'queued'}.`);
      });
    });
  program
    .command('open')
    .description('turn mail passed to the team as "not a privacy request" into a case; its clock runs from the original receipt')
    .argument('<message-key>', 'the message key (Message-ID) from the team notice')
    .requiredOption('--labels <labels...>', `what it asks for: ${LABELS.filter((label) => label !== 'other').join(', ')} (opt-out, access, delete, correct and child work too)`)
    .option('--by <who>', 'who decided (recorded in the case log)', 'cli')
    .action(async (messageKey: string, options: { labels: string[]; by: string }) => {
      if (refusedInDryRun('open')) return;
      await withDeps(async (deps) => {
        const parsed = parseCommands(`open ${options.labels.join(' ')}`);
        const command = parsed.commands[0]?.command;
        if (parsed.errors.length > 0 || command?.name !== 'open') throw new BotError('CONFIG_INVALID', parsed.errors.join('; ') || 'no labels');
        const result = await runOpenMessage(deps, messageKey, command.labels.filter((label) => label !== 'other'), options.by);
        if (!result.ok) {
          process.exitCode = 2;
          print(`Refused: ${result.explanation}`);
          return;
        }
        const send = await runSendOutbox(deps);
        print(`Opened ${result.caseId} (clock from ${result.receivedOn}${result.chasers > 0 ? `, ${result.chasers} later message(s) joined` : ''}); the acknowledgement was ${send.sent > 0 ? 'sent' : 'queued'}.`);
      });
    });
  program
    .command('clock')
    .description("show a case's legal clocks: regimes, evidence, every candidate deadline and the extension")
    .argument('<case>', 'case id, e.g. PR-2026-0001')
    .option('--json', 'JSON object')
    .action(async (caseId: string, options: { json?: boolean }) => {
      const record = (await readStoreSnapshot(loadConfig().dataDir)).cases[caseId.toUpperCase()];
      if (!record) throw new BotError('NOT_FOUND', `no case ${caseId}`);
      if (!record.clock) throw new BotError('NOT_FOUND', `${record.id} has no clock yet (run privacy-inbox check-deadlines)`);
      print(options.json ? JSON.stringify(record.clock, null, 2) : formatClock(record.id, record.clock));
    });
  program
    .command('metrics')
    .description('CCPA 11 CCR 7102 figures per request type for one calendar year')
    .option('--year <yyyy>', 'calendar year (default: last year)')
    .option('--format <format>', 'md, csv or json', 'md')
    .action(async (options: { year?: string; format: string }) => {
      const config = loadConfig();
      if (!['md', 'csv', 'json'].includes(options.format)) throw new BotError('CONFIG_INVALID', '--format must be md, csv or json');
      const now = createClock(config)();
      const year = options.year ? Number(options.year) : localYear(now, config.timezone) - 1;
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new BotError('CONFIG_INVALID', '--year must be a year like 2026');
      const report = computeMetrics(await readStoreSnapshot(config.dataDir), year, config.timezone);
      print(formatMetrics(report, options.format as 'md' | 'csv' | 'json'));
    });
  program
    .command('export')
    .description('one row per case for spreadsheets and auditors')
    .option('--format <format>', 'csv', 'csv')
    .option('--out <file>', 'write to FILE instead of standard output')
    .action(async (options: { format: string; out?: string }) => {
      if (options.format !== 'csv') throw new BotError('CONFIG_INVALID', '--format must be csv');
      const config = loadConfig();
      const csv = exportCasesCsv(await readStoreSnapshot(config.dataDir), config.timezone);
      if (options.out) await writeFile(options.out, csv, { mode: 0o600 });
      else process.stdout.write(csv);
    });
}
