import { planDeadlineChecks, type DeadlineCheckSummary, type DeadlineSettings } from '../core/deadlines.js';
import { planRetention, retentionClosedBefore } from '../core/retention.js';
import { daysNeedingSummary, MAX_HELD_PER_SUMMARY, planDailySummaries, type DailySummaryKind, type HeldMailView } from '../core/cases/daily-summary.js';
import { HELD_SUMMARY } from '../core/cases/held-sender.js';
import { MACHINE_SUMMARY } from '../core/cases/machine-set-aside.js';
import { lifecycleContext } from './lifecycle-context.js';
import type { CaseRecord, DbData } from '../types.js';
import type { AppDeps } from './deps.js';
import { runSendDigest, type DigestSummary } from './send-digest.js';

export interface CheckDeadlinesSummary extends DeadlineCheckSummary {
  purged: number;
  blobsDeleted: number;
  /** Daily summaries queued: requests held because their sender could not be authenticated, and mail read as automatic replies by its wording. */
  heldSummaries: number;
  /** Catch-up: this week's digest queued here because its cron slot passed while the service was down. */
  digest: DigestSummary | null;
}

/** Deadline settings from the configuration: shared by check-deadlines, extend and the digest. */
export function deadlineSettings(deps: AppDeps): DeadlineSettings {
  const { config } = deps;
  return {
    timeZone: config.timezone,
    holidayRegion: config.deadlines.holidayRegion,
    defaultRegimes: config.deadlines.defaultRegimes,
    promisedResponseDays: config.deadlines.promisedResponseDays,
    reminderDays: config.deadlines.reminderDays,
    workingHours: config.deadlines.workingHours,
    team: config.teamAddresses.map((address) => ({ address, name: '' })),
    // Same bookkeeping hash as the case lifecycle's team mail.
    teamHash: 'team',
    orgName: config.orgName,
    privacyAddress: config.privacyAddress,
    secret: deps.secret,
    domain: config.privacyAddress.split('@')[1] ?? 'localhost',
  };
}

const MAX_EVIDENCE_CHARS = 20_000;

/** The request text of each case that has no clock yet: the first message, as its sender wrote it. */
async function requestTexts(deps: AppDeps, db: DbData, cases: CaseRecord[]): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const record of cases) {
    const blob = record.messageKeys.map((key) => db.messages[key]?.blob).find((value): value is string => Boolean(value));
    if (!blob) continue;
    try {
      const { parseMail } = await import('../io/mime.js');
      const mail = await parseMail(await deps.blobs.read(blob), { maxBytes: deps.config.maxMessageBytes });
      texts[record.id] = (mail.newText || mail.text).slice(0, MAX_EVIDENCE_CHARS);
    } catch (error) {
      // Evidence is a bonus: without it the case still gets DEFAULT_REGIME's clock.
      deps.logger.warn({ caseId: record.id, err: { message: error instanceof Error ? error.message : String(error) } }, 'request text unreadable; default regime only');
    }
  }
  return texts;
}

/**
 * Mail set aside without a case or a reply reaches the team once a day, one summary per kind and
 * finished day: requests held because their From domain failed authentication, and mail taken for an
 * automatic reply on its wording alone. Sender, subject and text come from the raw copies (the store
 * has none).
 */
const DAILY_SUMMARIES: readonly DailySummaryKind[] = [HELD_SUMMARY, MACHINE_SUMMARY];

async function queueDailySummaries(deps: AppDeps, db: DbData): Promise<number> {
  if (deps.config.teamAddresses.length === 0) return 0;
  let queued = 0;
  for (const kind of DAILY_SUMMARIES) {
    const days = daysNeedingSummary(db, deps.now(), deps.config.timezone, kind);
    if (days.size === 0) continue;
    const views: Record<string, HeldMailView> = {};
    for (const records of days.values()) {
      for (const record of records.slice(0, MAX_HELD_PER_SUMMARY)) {
        if (!record.blob) continue;
        try {
          const { parseMail } = await import('../io/mime.js');
          const mail = await parseMail(await deps.blobs.read(record.blob), { maxBytes: deps.config.maxMessageBytes });
          views[record.key] = { from: mail.from ? (mail.from.name ? `${mail.from.name} <${mail.from.address}>` : mail.from.address) : '(no address)', subject: mail.subject, text: mail.newText || mail.text };
        } catch (error) {
          // The entry still lists the message's key and date, which is all `open` needs.
          deps.logger.warn({ err: { message: error instanceof Error ? error.message : String(error) }, summary: kind.template }, 'set-aside mail unreadable for the summary');
        }
      }
    }
    const changes = planDailySummaries(db, lifecycleContext(deps), views, kind);
    if (changes.length > 0) await deps.store.apply(changes);
    queued += changes.length;
  }
  return queued;
}

/** Archived cases the retention purge takes in one pass (hourly): bounded memory, the rest next pass. */
const RETENTION_BATCH = 500;

/** Deletes purged raw mail, only ever inside DATA_DIR/messages. */
async function deleteBlobs(deps: AppDeps, blobs: string[]): Promise<number> {
  let deleted = 0;
  for (const blob of blobs) if (await deps.blobs.remove(blob)) deleted++;
  return deleted;
}

/**
 * The check-deadlines job (hourly by default): clocks, reminders, extension suggestions, overdue
 * escalations, then the retention purge. It only queues mail; poll-inbox sends it, so the two jobs
 * never send the same item.
 */
export async function runCheckDeadlines(deps: AppDeps): Promise<CheckDeadlinesSummary> {
  const now = deps.now();
  const db = await deps.store.read();
  const texts = await requestTexts(deps, db, Object.values(db.cases).filter((record) => !record.clock));
  const { changes, summary } = planDeadlineChecks(db, now, deadlineSettings(deps), texts);
  if (changes.length > 0) await deps.store.apply(changes);

  const after = changes.length > 0 ? await deps.store.read() : db;
  const { retentionMonths } = deps.config.deadlines;
  // Closed cases that left the working set are purged on time too; a backlog goes RETENTION_BATCH a pass.
  const archived = deps.store.expired ? await deps.store.expired(retentionClosedBefore(now, retentionMonths, deps.config.timezone), RETENTION_BATCH) : null;
  const candidates = archived ? { ...after, cases: { ...archived.cases, ...after.cases }, messages: { ...archived.messages, ...after.messages } } : after;
  const retention = planRetention(candidates, now, retentionMonths, deps.config.timezone);
  let blobsDeleted = 0;
  if (retention.changes.length > 0) {
    await deps.store.apply(retention.changes);
    blobsDeleted = await deleteBlobs(deps, retention.blobs);
    deps.logger.info({ purged: retention.purged, blobsDeleted, retentionMonths: deps.config.deadlines.retentionMonths }, 'retention purge');
  }
  const heldSummaries = await queueDailySummaries(deps, retention.changes.length > 0 ? await deps.store.read() : after);
  // A digest whose slot passed while the service was down still goes out this week.
  const digest = await runSendDigest(deps, { scheduled: false });
  return { ...summary, purged: retention.purged.length, blobsDeleted, heldSummaries, digest };
}
