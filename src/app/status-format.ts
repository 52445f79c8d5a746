import { wallTime } from '../core/deadlines/calendar.js';
import { formatDuration, type JobView, type StatusReport } from '../core/health.js';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** 'YYYY-MM-DD HH:MM' on the company's wall clock, the one its deadlines are counted on. */
function local(iso: string, timeZone: string): string {
  const wall = wallTime(Date.parse(iso), timeZone);
  return `${String(wall.year).padStart(4, '0')}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}`;
}

function when(iso: string, report: StatusReport, timeZone: string): string {
  const ms = Date.parse(report.checkedAt) - Date.parse(iso);
  const relative = ms >= 0 ? `${formatDuration(ms)} ago` : `in ${formatDuration(-ms)}`;
  return `${local(iso, timeZone)} (${relative})`;
}

function jobLine(view: JobView, report: StatusReport, timeZone: string): string {
  if (!view.recorded) return 'never ran';
  const parts = [view.lastSuccessAt ? `last success ${when(view.lastSuccessAt, report, timeZone)}` : 'no success yet'];
  if (view.lastRunFailed && view.lastError) parts.push(`last run FAILED ${view.lastErrorAt ? when(view.lastErrorAt, report, timeZone) : ''}: ${view.lastError.code}: ${view.lastError.message}`);
  else if (view.lastError && view.lastErrorAt) parts.push(`last error ${when(view.lastErrorAt, report, timeZone)}: ${view.lastError.code}`);
  if (view.running && view.lastStartedAt) parts.push(`running since ${local(view.lastStartedAt, timeZone)}`);
  return parts.join('; ');
}

/** The report for a person at a terminal; `status --json` prints the report itself. */
export function formatStatus(report: StatusReport, timeZone: string): string {
  const lines = [`privacy-inbox: ${report.healthy ? 'healthy' : 'UNHEALTHY'}`];
  if (report.problems.length > 0) lines.push('problems:', ...report.problems.map((finding) => `  ${finding.code.padEnd(22)} ${finding.message}`));
  if (report.warnings.length > 0) lines.push('warnings:', ...report.warnings.map((finding) => `  ${finding.code.padEnd(22)} ${finding.message}`));
  lines.push('', `jobs (times in ${timeZone}):`);
  for (const view of Object.values(report.jobs)) lines.push(`  ${view.job.padEnd(16)} ${jobLine(view, report, timeZone)}`);
  const { mailbox, outbox, cases, digest } = report;
  lines.push(
    `mailbox   ${mailbox.kind}: ${mailbox.count === null ? `not counted (${mailbox.error ?? 'unknown error'})` : `${mailbox.count} waiting${mailbox.oldestArrivedAt ? `, the oldest since ${local(mailbox.oldestArrivedAt, timeZone)}` : ''}`}`,
    `outbox    ${outbox.dueNow} due now, ${outbox.paced} paced${outbox.nextPacedAt ? ` (next ${local(outbox.nextPacedAt, timeZone)})` : ''}, ` +
      `${outbox.byState.sending} sending, ${outbox.byState.sent} sent, ${outbox.byState.failed} failed (${outbox.failedRecently} recently), ${outbox.byState.suppressed} suppressed`,
    ...outbox.failed.map((reply) => `          failed ${reply.key}${reply.failedAt ? ` at ${local(reply.failedAt, timeZone)}` : ''}${reply.error ? `: ${reply.error}` : ''}`),
    `cases     ${cases.open} open, ${cases.overdue} overdue, ${cases.dueWithin7Days} due within 7 days, ${cases.urgent} urgent, ${cases.awaitingVerification} awaiting verification`,
    `digest    ${digest.teamConfigured ? (digest.nextAt ? `next ${when(digest.nextAt, report, timeZone)}` : 'no next slot') : 'off (no TEAM_ADDRESSES)'} on "${digest.cron}"; this week (${digest.thisWeek.key}): ${digest.thisWeek.state ?? 'not queued yet'}`,
  );
  if (report.dryRun) lines.push('DRY_RUN is on: nothing is sent.');
  return lines.join('\n');
}
