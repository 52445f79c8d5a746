import type { CaseRecord, DbData, StoreChange } from '../../types.js';
import { localDay } from '../case-id.js';
import { deletionPending, identityVerified } from '../case-machine.js';
import { verificationDueAt } from '../deadlines.js';
import { MIN_CODE_LIFE_HOURS } from '../verification.js';
import { requestDeletionConfirmation, sendVerification } from './advance.js';
import { addEvent, finish, queueRequesterMail, setState, startDraft, type Draft, type LifecycleContext } from './draft.js';
import { escalate } from './escalate.js';

const DAY_MS = 86_400_000;
/** A denial for want of verification is fair only if the requester held a live code this recently. */
const LIVE_CODE_WINDOW_DAYS = 14;

/** Whether the requester was sent a code (not held back by the loop breaker) within the window before `at`. */
function hadLiveCodeBefore(d: Draft, at: string): boolean {
  const v = d.lifecycle.verification;
  if (!v?.sentAt || Date.parse(at) - Date.parse(v.sentAt) > LIVE_CODE_WINDOW_DAYS * DAY_MS) return false;
  const sent = d.record.events.filter((event) => event.type === 'verification_requested' || event.type === 'verification_reminder_sent').at(-1);
  const key = typeof sent?.data?.outboxKey === 'string' ? sent.data.outboxKey : null;
  const item = key ? d.db.outbox[key] : undefined;
  return !item || (item.state !== 'suppressed' && item.state !== 'failed');
}

/** The three conditions below that lead to any action, read on the record itself (the draft is a copy of it). */
function needsTimedAction(record: CaseRecord, denyAt: string | null, now: string): boolean {
  const lifecycle = record.lifecycle;
  if (!lifecycle) return false;
  if (denyAt && denyAt <= now) return true;
  const v = lifecycle.verification;
  if (v && v.round >= 1 && v.expiresAt && v.expiresAt <= now && !identityVerified(lifecycle) && !v.locked) return true;
  return Boolean(v?.deletionConfirmationRequestedAt && identityVerified(lifecycle) && deletionPending(record));
}

/**
 * The periodic check of cases waiting for the requester: a lapsed code is replaced by a fresh one
 * until the due date, and a request still unverified on its legal due date is denied (CCPA 11 CCR
 * 7021(b): the clock does not stop for verification) — but only if the requester held a live code
 * in the two weeks before; otherwise the team decides. Pure; called at the start of every poll pass.
 */
export function planTimedActions(db: DbData, ctx: LifecycleContext): StoreChange[] {
  const changes: StoreChange[] = [];
  const waiting = Object.values(db.cases).filter((record) => record.state === 'awaiting_verification' && record.lifecycle);
  for (const record of waiting.sort((a, b) => a.id.localeCompare(b.id))) {
    // The verification deadline: an opt-out's shorter clock in the same case never triggers this denial.
    const denyAt = verificationDueAt(record);
    // Most waiting cases need nothing on a given pass: they are not copied into a draft (a pass over
    // 1,800 waiting cases spent 50 ms cloning them, run-once start-up in docs/throughput.md).
    if (!needsTimedAction(record, denyAt, ctx.now)) continue;
    const d = startDraft(db, ctx, record, false);
    const v = d.lifecycle.verification;
    if (denyAt && denyAt <= ctx.now) {
      const unconfirmedDeletion = Boolean(v?.mailboxVerifiedAt || v?.teamVerifiedAt);
      if (!unconfirmedDeletion && !hadLiveCodeBefore(d, denyAt)) {
        addEvent(d, 'denial_withheld', 'bot', { reason: 'no live code in the last two weeks' }, `${record.id}:denial_withheld`);
        if (d.newEvents.length > 0) {
          escalate(d, ['due now, but the requester had no live code in the last two weeks, so the bot did not deny it: verify another way ("verified"), "extend <reason>" if still possible, or "deny <reason>"']);
          changes.push(...finish(d));
        }
        continue;
      }
      const reason = unconfirmedDeletion ? 'the deletion was not confirmed' : 'we could not verify your identity';
      setState(d, 'denied', 'bot', reason);
      queueRequesterMail(d, { templateId: 'denial', step: '1', to: record.requester, cap: false, vars: { reason, unverified: true, deletionUnconfirmed: unconfirmedDeletion, dueOn: localDay(denyAt, ctx.timeZone) } });
      addEvent(d, 'denied_unverified', 'bot', { reason });
      escalate(d, [`denied automatically on its due date: ${reason}`]);
      changes.push(...finish(d));
      continue;
    }
    if (v && v.round >= 1 && v.expiresAt && v.expiresAt <= ctx.now && !identityVerified(d.lifecycle) && !v.locked) {
      addEvent(d, 'token_expired', 'bot', { round: v.round }, `${record.id}:token_expired:${v.round}`);
      const timeLeft = denyAt ? Date.parse(denyAt) - Date.parse(ctx.now) : Number.POSITIVE_INFINITY;
      if (timeLeft >= MIN_CODE_LIFE_HOURS * 3_600_000) sendVerification(d, v.round + 1, { reminder: true });
      if (d.newEvents.length > 0) changes.push(...finish(d));
    } else if (v?.deletionConfirmationRequestedAt && identityVerified(d.lifecycle) && deletionPending(record)) {
      // The same schedule for a deletion nobody confirmed yet: ask again every two weeks until due.
      const asked = record.events.filter((event) => event.type === 'deletion_confirmation_requested').length;
      const since = Date.parse(ctx.now) - Date.parse(v.deletionConfirmationRequestedAt);
      const timeLeft = denyAt ? Date.parse(denyAt) - Date.parse(ctx.now) : Number.POSITIVE_INFINITY;
      if (since >= LIVE_CODE_WINDOW_DAYS * DAY_MS && timeLeft >= MIN_CODE_LIFE_HOURS * 3_600_000) {
        requestDeletionConfirmation(d, asked + 1);
        changes.push(...finish(d));
      }
    }
  }
  return changes;
}
