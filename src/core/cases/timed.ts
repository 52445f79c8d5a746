import type { DbData, StoreChange } from '../../types.js';
import { identityVerified } from '../case-machine.js';
import { verificationDueAt } from '../deadlines.js';
import { sendVerification } from './advance.js';
import { addEvent, finish, queueRequesterMail, setState, startDraft, type LifecycleContext } from './draft.js';
import { escalate } from './escalate.js';

/**
 * The periodic check: token expiry and the one reminder, and denial of a still unverified request on
 * its legal due date (CCPA 11 CCR 7021(b): the clock does not stop for verification). Pure; called at
 * the start of every poll pass.
 */
export function planTimedActions(db: DbData, ctx: LifecycleContext): StoreChange[] {
  const changes: StoreChange[] = [];
  for (const record of Object.values(db.cases).sort((a, b) => a.id.localeCompare(b.id))) {
    if (record.state !== 'awaiting_verification' || !record.lifecycle) continue;
    const d = startDraft(db, ctx, record, false);
    const v = d.lifecycle.verification;
    // The verification deadline: an opt-out's shorter clock in the same case never triggers this denial.
    const denyAt = verificationDueAt(record);
    if (denyAt && denyAt <= ctx.now) {
      const reason = v?.mailboxVerifiedAt || v?.teamVerifiedAt ? 'the deletion was not confirmed' : 'we could not verify your identity';
      setState(d, 'denied', 'bot', reason);
      queueRequesterMail(d, { templateId: 'denial', step: '1', to: record.requester, cap: false, vars: { reason, unverified: true, dueOn: denyAt.slice(0, 10) } });
      addEvent(d, 'denied_unverified', 'bot', { reason });
      escalate(d, [`denied automatically on its due date: ${reason}`]);
      changes.push(...finish(d));
      continue;
    }
    if (v && v.round >= 1 && v.expiresAt && v.expiresAt <= ctx.now && !identityVerified(d.lifecycle)) {
      addEvent(d, 'token_expired', 'bot', { round: v.round }, `${record.id}:token_expired:${v.round}`);
      if (v.round === 1 && !v.remindedAt) sendVerification(d, 2, true);
      if (d.newEvents.length > 0) changes.push(...finish(d));
    }
  }
  return changes;
}
