import type { CaseRecord, DbData, InboundMail } from '../types.js';
import { casesInThreads, type IntakeIndex } from './intake-index.js';

const CASE_ID_PATTERN = /\bPR-\d{4}-\d{4,}\b/g;

export function caseIdsInSubject(subject: string): string[] {
  return subject.match(CASE_ID_PATTERN) ?? [];
}

/**
 * Finds the case a message continues. A thread reference (RFC 5322 In-Reply-To/References) to any
 * message of the case joins it; a case id in the subject joins only when the sender is the
 * requester, so a stranger who quotes a case id does not get into someone else's case.
 */
export function findCaseForMail(mail: InboundMail, db: DbData, index?: IntakeIndex): CaseRecord | null {
  const referenced = [mail.inReplyTo, ...mail.references].filter((id): id is string => Boolean(id));
  if (referenced.length > 0) {
    for (const record of index ? casesInThreads(index, db, referenced) : Object.values(db.cases)) {
      if (referenced.some((id) => record.threadIds.includes(id))) return record;
    }
  }
  const sender = mail.from?.address;
  if (!sender) return null;
  for (const caseId of caseIdsInSubject(mail.subject)) {
    const record = db.cases[caseId];
    if (record && record.requester.address === sender) return record;
  }
  return null;
}
