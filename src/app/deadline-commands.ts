import type { Command } from 'commander';
import { BotError } from '../errors.js';
import { LABELS } from '../types.js';

/*
 * Registration only: each action loads deadline-actions.ts (nearly the whole app) when it runs, so
 * `list`, `show` and `--help` do not pay for it at start.
 */

/** Jobs `run-once --jobs` can run before the poll pass (which always runs last and sends). */
export const PLANNING_JOBS = ['check-deadlines', 'send-digest'] as const;

/** Parses `--jobs all` / `--jobs check-deadlines,send-digest,poll-inbox`. */
export function parseJobList(value: string | undefined): Set<string> {
  if (!value) return new Set(['poll-inbox']);
  const names = value.split(',').map((part) => part.trim()).filter(Boolean);
  if (names.includes('all')) return new Set([...PLANNING_JOBS, 'poll-inbox']);
  const known = new Set<string>([...PLANNING_JOBS, 'poll-inbox']);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new BotError('USAGE_INVALID', `unknown job(s) ${unknown.join(', ')}: use all, ${[...known].join(', ')}`);
  return new Set(names);
}

const actions = () => import('./deadline-actions.js');

/** The deadline, digest, metrics and export commands, registered on the CLI. */
export function registerDeadlineCommands(program: Command): void {
  program
    .command('check-deadlines')
    .description('one deadline pass (clocks, reminders, extension suggestions, overdue alerts, retention), then send what it queued')
    .action(async () => (await actions()).checkDeadlinesCommand());
  program
    .command('send-digest')
    .description("queue this ISO week's digest now (once per week) and send it")
    .action(async () => (await actions()).sendDigestCommand());
  program
    .command('digest')
    .description('render the weekly digest without sending it')
    .option('--preview', 'render only (the default; nothing is ever sent by this command)')
    .option('--out <file>', 'write the HTML to FILE (and the text part to FILE without .html + .txt)')
    .action(async (options: { preview?: boolean; out?: string }) => {
      const [{ previewDigest }, { loadConfig }] = await Promise.all([actions(), import('../config.js')]);
      await previewDigest(loadConfig(), options.out);
    });
  program
    .command('extend')
    .description('extend a case once, before its first deadline; the requester gets the reason and the new date')
    .argument('<case>', 'case id, e.g. PR-2026-0001')
    .argument('<reason...>', 'why more time is needed (told to the requester)')
    .option('--by <who>', 'who decided (recorded in the case log)', 'cli')
    .action(async (caseId: string, reason: string[], options: { by: string }) => (await actions()).extendCommand(caseId, reason, options));
  program
    .command('open')
    .description('turn mail passed to the team as "not a privacy request" into a case; its clock runs from the original receipt')
    .argument('<message-key>', 'the message key (Message-ID) from the team notice')
    .requiredOption('--labels <labels...>', `what it asks for: ${LABELS.filter((label) => label !== 'other').join(', ')} (opt-out, access, delete, correct and child work too)`)
    .option('--for <address>', "whom to answer, when the mail came from a machine relaying a person's words (a voicemail transcript, a portal)")
    .option('--by <who>', 'who decided (recorded in the case log)', 'cli')
    .action(async (messageKey: string, options: { labels: string[]; by: string; for?: string }) => (await actions()).openCommand(messageKey, options));
  program
    .command('clock')
    .description("show a case's legal clocks: regimes, evidence, every candidate deadline and the extension")
    .argument('<case>', 'case id, e.g. PR-2026-0001')
    .option('--json', 'JSON object')
    .action(async (caseId: string, options: { json?: boolean }) => (await actions()).clockCommand(caseId, options));
  program
    .command('metrics')
    .description('CCPA 11 CCR 7102 figures per request type for one calendar year')
    .option('--year <yyyy>', 'calendar year (default: last year)')
    .option('--format <format>', 'md, csv or json', 'md')
    .action(async (options: { year?: string; format: string }) => {
      if (!['md', 'csv', 'json'].includes(options.format)) throw new BotError('USAGE_INVALID', '--format must be md, csv or json');
      await (await actions()).metricsCommand({ year: options.year, format: options.format as 'md' | 'csv' | 'json' });
    });
  program
    .command('export')
    .description('one row per case for spreadsheets and auditors')
    .option('--format <format>', 'csv', 'csv')
    .option('--out <file>', 'write to FILE instead of standard output')
    .action(async (options: { format: string; out?: string }) => {
      if (options.format !== 'csv') throw new BotError('USAGE_INVALID', '--format must be csv');
      await (await actions()).exportCommand(options);
    });
}
