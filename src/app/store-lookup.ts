import { caseIdsInSubject } from '../core/thread.js';
import { hashAddress } from '../log.js';
import type { DbData, InboundMail, Store } from '../types.js';

/**
 * Brings into the pass's working copy the archived records a new message may need: its own key (a
 * duplicate), the cases its References or subject name (late mail to a closed case reopens or
 * joins it), and mail sent to its sender before (the first-contact cap counts only new
 * addresses). An index lookup each, so the cost per message does not grow with the archive.
 */
export async function bringArchived(store: Store, db: DbData, mail: InboundMail): Promise<void> {
  if (!store.lookup) return;
  const senders = [mail.from, ...mail.replyTo].map((address) => hashAddress(address?.address)).filter((hash): hash is string => Boolean(hash));
  const slice = await store.lookup({
    messageKeys: [mail.key],
    threadIds: [mail.inReplyTo, ...mail.references].filter((id): id is string => Boolean(id)),
    caseIds: caseIdsInSubject(mail.subject),
    recipients: senders,
  });
  for (const [id, record] of Object.entries(slice.cases)) db.cases[id] ??= record;
  for (const [key, record] of Object.entries(slice.messages)) db.messages[key] ??= record;
  for (const [key, item] of Object.entries(slice.outbox)) db.outbox[key] ??= item;
}
