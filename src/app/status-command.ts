import { loadConfig } from '../config.js';
import { readStore } from './open-store.js';
import { formatStatus } from './status-format.js';
import { backlogCounter, gatherStatus } from './status.js';

/**
 * `privacy-inbox status [--json]`: reads db.json, the jobs' status files and the mailbox, writes
 * nothing, and needs no lock, so it runs beside the service (from cron, a monitoring agent or a
 * container HEALTHCHECK). Exit 0 when healthy, 1 when not (Docker reads 1 as unhealthy; 2 is reserved).
 */
export async function runStatusCommand(options: { json?: boolean }): Promise<void> {
  const config = loadConfig();
  // The same clock as the jobs that wrote the records (PRIVACY_INBOX_NOW in simulations).
  const now = config.fixedNow ?? new Date().toISOString();
  const report = await gatherStatus(config, now, { readDb: () => readStore(config), countBacklog: backlogCounter(config) });
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatStatus(report, config.timezone)}\n`);
  process.exitCode = report.healthy ? 0 : 1;
}
