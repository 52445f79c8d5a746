import { planExtension, type ExtensionDecision } from '../core/deadlines.js';
import { addressHash } from '../core/outbox.js';
import type { AppDeps } from './deps.js';
import { deadlineSettings, runCheckDeadlines } from './check-deadlines.js';

/**
 * `privacy-inbox extend <case> <reason>`: the same decision as the team's `extend <reason>` reply
 * (planExtension), for a team member at the shell. Gives the case its clock first if it has none.
 */
export async function runExtendCase(deps: AppDeps, caseId: string, reason: string, by: string): Promise<ExtensionDecision> {
  let db = await deps.store.read();
  if (db.cases[caseId] && !db.cases[caseId].clock) {
    await runCheckDeadlines(deps);
    db = await deps.store.read();
  }
  const record = db.cases[caseId];
  if (!record) return { ok: false, code: 'NO_CLOCK', explanation: `no case ${caseId}` };
  const settings = deadlineSettings(deps);
  const decision = planExtension(record, { reason, by, via: 'cli', now: deps.now() }, db, {
    now: deps.now(),
    secret: deps.secret,
    domain: settings.domain,
    toHash: addressHash(record.requester.address),
    timeZone: deps.config.timezone,
    maxRepliesPerSenderPerDay: deps.config.maxRepliesPerSenderPerDay,
    orgName: deps.config.orgName,
    privacyAddress: deps.config.privacyAddress,
  });
  if (decision.ok) await deps.store.apply(decision.changes);
  else {
    await deps.store.apply([
      { type: 'updateCase', caseId, events: [{ id: `${caseId}:extension_refused:${deps.now()}`, at: deps.now(), type: 'extension_refused', by, data: { code: decision.code, explanation: decision.explanation } }] },
    ]);
  }
  return decision;
}
