import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localYear } from '../core/case-id.js';
import { parseCommands } from '../core/commands.js';
import { factsOfCase, factsOfPurged, formatMetrics, metricsOfFacts, type RequestFact } from '../core/metrics.js';
import { caseCsvRow, csvHeader, purgedCsvRows } from '../core/metrics-export.js';
import { createRenderer } from '../core/render.js';
import { loadConfig, type Config } from '../config.js';
import { BotError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { printDryRunPlan } from './dry-run.js';
import { loadTemplates } from '../io/templates.js';
import { createLogger } from '../log.js';
import type { CaseClock } from '../types.js';
import { runCheckDeadlines } from './check-deadlines.js';
import { closeDeps, createClock, createDeps, type AppDeps } from './deps.js';
import { runExtendCase } from './extend-case.js';
import { runOpenMessage } from './open-message.js';
import { runTimedActions } from './poll-inbox.js';
import { eachCaseByMonthFor, openStoreCopyFor, openWriterStore, readCasesFor, readWorkingSet } from './open-store.js';
import { openProgress } from './progress.js';
import { renderDigestPreview, runSendDigest } from './send-digest.js';
import { runSendOutbox } from './send-outbox.js';

/*
 * The work behind the deadline, digest, metrics and export commands. deadline-commands.ts registers
 * them and loads this module only when one of them runs: it pulls in nearly the whole app.
 */

export async function withDeps<T>(work: (deps: AppDeps) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, undefined, config.logFormat);
  if (config.dryRun) {
    // DRY_RUN: the job runs on an in-memory copy of the store, takes no lock and prints what it would send.
    const deps = await createDeps(config, logger, await openStoreCopyFor(config));
    try {
      const result = await work(deps);
      if (deps.dryRun) printDryRunPlan(deps.dryRun, { showText: true });
      return result;
    } finally {
      await closeDeps(deps);
    }
  }
  const { store, release } = await openWriterStore(config, { logger });
  try {
    const deps = await createDeps(config, logger, store);
    try {
      return await work(deps);
    } finally {
      await closeDeps(deps);
    }
  } finally {
    await release();
  }
}

export function print(value: unknown): void {
  process.stdout.write(`${typeof value === 'string' ? value : JSON.stringify(value)}\n`);
}

/** A team decision made under DRY_RUN would be thrown away with the in-memory store: refuse it instead. */
function refusedInDryRun(command: string): boolean {
  if (!loadConfig().dryRun) return false;
  process.exitCode = EXIT.refused;
  print(`Refused: DRY_RUN=1 is set, and ${command} under a dry run would change nothing. Unset DRY_RUN to ${command}.`);
  return true;
}

export async function previewDigest(config: Config, out: string | undefined): Promise<void> {
  // The digest the service sends is built from the working set (deps.store.read()): so is its preview.
  const store = { read: () => readWorkingSet(config), apply: async () => undefined };
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


export async function checkDeadlinesCommand(): Promise<void> {
  await withDeps(async (deps) => {
    await runTimedActions(deps);
    const checked = await runCheckDeadlines(deps);
    // The data-dir lock is held: no poll-inbox can be sending at the same time.
    const send = await runSendOutbox(deps);
    print({ ...checked, send });
  });
}

export async function sendDigestCommand(): Promise<void> {
  await withDeps(async (deps) => {
    const digest = await runSendDigest(deps, { scheduled: true });
    const send = await runSendOutbox(deps);
    print({ ...digest, send });
  });
}

export async function extendCommand(caseId: string, reason: string[], options: { by: string }): Promise<void> {
  if (refusedInDryRun('extend')) return;
  await withDeps(async (deps) => {
    const decision = await runExtendCase(deps, caseId.toUpperCase(), reason.join(' '), options.by);
    if (!decision.ok) {
      process.exitCode = EXIT.refused;
      print(`Refused: ${decision.explanation}`);
      return;
    }
    const send = await runSendOutbox(deps);
    print(`Extended ${caseId.toUpperCase()} to ${decision.extension.dueOn}; the notice to the requester was ${send.sent > 0 ? 'sent' : 'queued'}.`);
  });
}

export async function openCommand(messageKey: string, options: { labels: string[]; by: string; for?: string }): Promise<void> {
  if (refusedInDryRun('open')) return;
  const parsed = parseCommands(`open ${options.labels.join(' ')}${options.for ? ` for ${options.for}` : ''}`);
  const command = parsed.commands[0]?.command;
  if (parsed.errors.length > 0 || command?.name !== 'open') throw new BotError('USAGE_INVALID', parsed.errors.join('; ') || 'no labels');
  if (options.for && !command.requester) throw new BotError('USAGE_INVALID', `--for needs an e-mail address, not "${options.for}"`);
  await withDeps(async (deps) => {
    const result = await runOpenMessage(deps, messageKey, command.labels.filter((label) => label !== 'other'), options.by, command.requester);
    if (!result.ok) {
      process.exitCode = EXIT.refused;
      print(`Refused: ${result.explanation}`);
      return;
    }
    const send = await runSendOutbox(deps);
    print(`Opened ${result.caseId} (clock from ${result.receivedOn}${result.chasers > 0 ? `, ${result.chasers} later message(s) joined` : ''}); the acknowledgement was ${send.sent > 0 ? 'sent' : 'queued'}.`);
  });
}

export async function clockCommand(caseId: string, options: { json?: boolean }): Promise<void> {
  const record = (await readCasesFor(loadConfig(), [caseId.toUpperCase()])).cases[caseId.toUpperCase()];
  if (!record) throw new BotError('NOT_FOUND', `no case ${caseId}`);
  if (!record.clock) throw new BotError('NOT_FOUND', `${record.id} has no clock yet (run privacy-inbox check-deadlines)`);
  print(options.json ? JSON.stringify(record.clock, null, 2) : formatClock(record.id, record.clock));
}

export async function metricsCommand(options: { year?: string; format: 'md' | 'csv' | 'json' }): Promise<void> {
  const config = loadConfig();
  const now = createClock(config)();
  const year = options.year ? Number(options.year) : localYear(now, config.timezone) - 1;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new BotError('USAGE_INVALID', '--year must be a year like 2026');
  // One month of cases in memory at a time: the facts are small, the records are not.
  const facts: RequestFact[] = [];
  const live = new Set<string>();
  // The year's requests were received in it (local dates): one UTC month either side is enough.
  const months = (month: string): boolean => month >= `${year - 1}-12` && month <= `${year + 1}-01`;
  const hot = await eachCaseByMonthFor(
    config,
    (cases) => {
      for (const record of cases) {
        live.add(record.id);
        facts.push(...factsOfCase(record));
      }
    },
    months,
  );
  for (const stat of hot.purged ?? []) if (!live.has(stat.caseId)) facts.push(...factsOfPurged(stat));
  print(formatMetrics(metricsOfFacts(facts, year, config.timezone), options.format));
}

export async function exportCommand(options: { out?: string }): Promise<void> {
  const config = loadConfig();
  // The bar shares the terminal with the CSV unless the CSV goes to a file or a pipe.
  const progress = await openProgress({ show: options.out !== undefined || !process.stdout.isTTY });
  // Written one month of cases at a time, so memory does not grow with the store.
  const out = options.out ? createWriteStream(options.out, { mode: 0o600 }) : process.stdout;
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  try {
    await write(`${csvHeader()}\n`);
    const live = new Set<string>();
    const hot = await eachCaseByMonthFor(config, async (cases, month, months) => {
      const rows: string[] = [];
      for (const record of cases) {
        live.add(record.id);
        rows.push(`${caseCsvRow(record, config.timezone)}\n`);
      }
      await write(rows.join(''));
      progress?.update(month, months);
    });
    const purged = purgedCsvRows(hot.purged ?? [], (id) => live.has(id), config.timezone);
    if (purged.length > 0) await write(`${purged.join('\n')}\n`);
  } finally {
    progress?.stop();
    if (out !== process.stdout) await new Promise<void>((resolve, reject) => (out as WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}
