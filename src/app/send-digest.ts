import { buildDigestItem, buildDigestModel, digestKey, digestSlot } from '../core/digest.js';
import type { AppDeps } from './deps.js';

export interface DigestSummary {
  key: string;
  queued: boolean;
  reason: string | null;
}

/**
 * Queues this ISO week's digest for the team (poll-inbox sends it). The key is the ISO week, so it
 * goes out once per week across restarts. `scheduled` is true when the DIGEST_CRON schedule started the
 * run; other runs (run-once, the simulation) queue it only once this week's slot has passed.
 */
export async function runSendDigest(deps: AppDeps, options: { scheduled: boolean } = { scheduled: false }): Promise<DigestSummary> {
  const now = deps.now();
  const { config } = deps;
  const key = digestKey(now, config.timezone);
  if (config.teamAddresses.length === 0) return { key, queued: false, reason: 'no TEAM_ADDRESSES' };
  if (!options.scheduled) {
    const slot = digestSlot(now, config.timezone, config.deadlines.digestCron);
    if (slot === null) return { key, queued: false, reason: 'DIGEST_CRON does not fire this week' };
    if (now < slot) return { key, queued: false, reason: 'before this week\'s slot' };
  }
  const db = await deps.store.read();
  if (db.outbox[key]) return { key, queued: false, reason: 'already queued this week' };
  const item = buildDigestItem(db, {
    now,
    timeZone: config.timezone,
    orgName: config.orgName,
    privacyAddress: config.privacyAddress,
    team: config.teamAddresses.map((address) => ({ address, name: '' })),
    teamHash: 'team',
    secret: deps.secret,
    domain: config.privacyAddress.split('@')[1] ?? 'localhost',
    retentionMonths: config.deadlines.retentionMonths,
  });
  if (!item) return { key, queued: false, reason: 'no TEAM_ADDRESSES' };
  await deps.store.apply([{ type: 'enqueue', item }]);
  deps.logger.info({ outboxKey: key }, 'digest queued');
  return { key, queued: true, reason: null };
}

/** Renders the digest as it would go out now, without queueing or sending anything. */
export async function renderDigestPreview(deps: Pick<AppDeps, 'store' | 'now' | 'config' | 'render'>): Promise<{ subject: string; html: string; text: string }> {
  const db = await deps.store.read();
  const now = deps.now();
  const model = buildDigestModel(db, now, { timeZone: deps.config.timezone, orgName: deps.config.orgName, retentionMonths: deps.config.deadlines.retentionMonths });
  const rendered = deps.render('digest', { ...model, privacyAddress: deps.config.privacyAddress });
  return { subject: `Privacy requests, week ${model.week}`, html: rendered.html ?? '', text: rendered.text };
}
