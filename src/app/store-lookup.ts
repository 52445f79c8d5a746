import { caseIdsInSubject } from '../core/thread.js';
import { hashAddress } from '../log.js';
import { indexRecords, type IntakeIndex } from '../core/intake-index.js';
import type { CaseRecord, DbData, InboundMail, MessageRecord, OutboxItem, Store } from '../types.js';

/**
 * Brings into the pass's working copy the archived records a new message may need: its own key (a
 * duplicate), the cases its References or subject name (late mail to a closed case reopens or
 * joins it), and mail sent to its sender before (the first-contact cap counts only new
 * addresses). An index lookup each, so the cost per message does not grow with the archive.
 */
export async function bringArchived(store: Store, db: DbData, mail: InboundMail, index?: IntakeIndex): Promise<void> {
  if (!store.lookup) return;
  const senders = [mail.from, ...mail.replyTo].map((address) => hashAddress(address?.address)).filter((hash): hash is string => Boolean(hash));
  const slice = await store.lookup({
    messageKeys: [mail.key],
    threadIds: [mail.inReplyTo, ...mail.references].filter((id): id is string => Boolean(id)),
    caseIds: caseIdsInSubject(mail.subject),
    recipients: senders,
  });
  // Only what the copy lacks joins it (and the pass's index): the copy's own records are newer.
  const added = { cases: {} as Record<string, CaseRecord>, messages: {} as Record<string, MessageRecord>, outbox: {} as Record<string, OutboxItem> };
  for (const [id, record] of Object.entries(slice.cases)) if (!db.cases[id]) db.cases[id] = added.cases[id] = record;
  for (const [key, record] of Object.entries(slice.messages)) if (!db.messages[key]) db.messages[key] = added.messages[key] = record;
  for (const [key, item] of Object.entries(slice.outbox)) if (!db.outbox[key]) db.outbox[key] = added.outbox[key] = item;
  if (index) indexRecords(index, added);
}
