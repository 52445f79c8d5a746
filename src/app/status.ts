import { Cron } from 'croner';
import type { Config } from '../config.js';
import { emptyDb } from '../core/store-changes.js';
import { assessHealth, type MailboxBacklog, type StatusReport } from '../core/health.js';
import { redactAddresses } from '../core/job-record.js';
import { readJobRecords } from '../io/job-status.js';
import { countImapBacklog, countMaildirBacklog } from '../io/mailbox-backlog.js';
import type { DbData } from '../types.js';

/** Where the status comes from: a snapshot of db.json, and a count of the mailbox. */
export interface StatusSources {
  readDb(): Promise<DbData>;
  countBacklog(): Promise<MailboxBacklog>;
}

/** The next DIGEST_CRON slot after `now` in TIMEZONE, by croner; null when the expression has none. */
export function nextDigestAt(cron: string, timeZone: string, now: string): string | null {
  try {
    return new Cron(cron, { timezone: timeZone, paused: true }).nextRun(new Date(now))?.toISOString() ?? null;
  } catch {
    // An expression croner refuses is reported by config validation at start, not here.
    return null;
  }
}

/** Counts the configured mailbox: Maildir new/ on disk, or IMAP over a connection of its own. */
export function backlogCounter(config: Config): () => Promise<MailboxBacklog> {
  const mailbox = config.mailbox;
  if (mailbox.kind === 'maildir') return () => countMaildirBacklog(mailbox.path);
  const { host, port, secure, user, pass } = mailbox;
  return () =>
    countImapBacklog({ host, port, secure, user, pass, mailbox: mailbox.mailbox, processedFolder: config.processedFolder, quarantineFolder: config.quarantineFolder });
}

/** Everything `status` and `/health` report, read without writing anything. */
export async function gatherStatus(config: Config, now: string, sources: StatusSources): Promise<StatusReport> {
  let db: DbData;
  let storeError: string | null = null;
  try {
    db = await sources.readDb();
  } catch (error) {
    db = emptyDb();
    const code = (error as { code?: unknown }).code;
    storeError = redactAddresses(`${typeof code === 'string' ? `${code}: ` : ''}${error instanceof Error ? error.message : String(error)}`);
  }
  const [jobs, backlog] = await Promise.all([readJobRecords(config.dataDir), sources.countBacklog()]);
  return assessHealth({
    now,
    jobs,
    db,
    storeError,
    backlog,
    settings: {
      pollIntervalMs: config.pollIntervalMs,
      checkIntervalMs: config.deadlines.checkIntervalMs,
      dryRun: config.dryRun,
      timeZone: config.timezone,
      teamConfigured: config.teamAddresses.length > 0,
      digestCron: config.deadlines.digestCron,
      nextDigestAt: nextDigestAt(config.deadlines.digestCron, config.timezone, now),
    },
  });
}
