import type { CaseRecord, DbData, InboundMail, StoreChange, Verdict } from '../../types.js';
import { addEvent, finish, startDraft, type LifecycleContext } from './draft.js';
import { escalate } from './escalate.js';

export const UNSURE_MACHINE_IN_CASE =
  'a message that reads like machine text (an auto-reply, a ticket system, a relayed form) joined this case; nothing was sent or changed: if a person wrote it, act on it as their reply';

/**
 * Mail that only may be machine-written (`automated.unsure`) in a case's thread: nothing is sent to
 * its sender, as for any machine mail, but a person may have written it ("yes, delete it all" under a
 * quoted ticket text), so the team is told instead of the mail being filed silently.
 */
export function planUnsureMachineInCase(mail: InboundMail, verdict: Verdict, record: CaseRecord, db: DbData, ctx: LifecycleContext): StoreChange[] {
  const d = startDraft(db, ctx, record, false);
  d.addMessageKeys.push(mail.key);
  if (mail.messageId) d.record.threadIds.push(mail.messageId);
  addEvent(d, 'automated_mail_ignored', 'bot', { kind: verdict.automated?.kind ?? 'auto_reply', unsure: true }, `${record.id}:automated:${mail.key}`);
  escalate(d, [UNSURE_MACHINE_IN_CASE], mail, verdict);
  return finish(d);
}
