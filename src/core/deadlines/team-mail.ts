import type { Address, CaseRecord, DbData, OutboxItem } from '../../types.js';
import { outboxKey, outgoingMessageId } from '../outbox.js';
import { teamSubject } from '../team-subject.js';

/** What the deadline pass needs to address the team: who they are and how our Message-IDs are made. */
export interface TeamAddressing {
  team: readonly Address[];
  /** Hash of the team list, for the outbox's per-recipient bookkeeping. */
  teamHash: string;
  secret: string;
  domain: string;
}

export interface TeamMail {
  record: CaseRecord;
  templateId: string;
  step: string;
  vars: Record<string, unknown>;
}

/**
 * An outbox item for the whole team, under the case's one team subject (teamSubject). Built directly
 * (not through buildOutboxItem) because deadline mail is never dropped by the per-recipient loop
 * breaker, and counting today's replies for every item would make an hourly pass over thousands of
 * cases quadratic.
 */
export function teamItem(mail: TeamMail, addressing: TeamAddressing, now: string): OutboxItem {
  const key = outboxKey({ caseId: mail.record.id, templateId: mail.templateId, step: mail.step });
  // Threads into the team's conversation about the case (never the requester's thread).
  const teamThread = mail.record.lifecycle?.teamThreadIds ?? [];
  return {
    key,
    messageId: outgoingMessageId(key, addressing.secret, addressing.domain),
    caseId: mail.record.id,
    templateId: mail.templateId,
    to: [...addressing.team],
    toHash: addressing.teamHash,
    vars: mail.vars,
    inReplyTo: teamThread.at(-1) ?? null,
    references: teamThread.slice(-20),
    subject: teamSubject(mail.record),
    state: 'pending',
    createdAt: now,
    sentAt: null,
    attempts: 0,
    lastError: null,
  };
}

/** Team mail that already told the team a case needs them today: an overdue alert or an escalation. */
const ALERT_TEMPLATES: ReadonlySet<string> = new Set(['reminder-overdue', 'team-escalation']);

/** What the outbox already holds for each case, indexed once per pass. */
export interface CaseOutbox {
  prefixes: Set<string>;
  acknowledged: boolean;
  /** createdAt of the latest overdue alert or escalation, '' when there is none. */
  lastAlertAt: string;
}

export function indexOutbox(db: DbData): Map<string, CaseOutbox> {
  const index = new Map<string, CaseOutbox>();
  for (const item of Object.values(db.outbox)) {
    if (!item.caseId) continue;
    let entry = index.get(item.caseId);
    if (!entry) {
      entry = { prefixes: new Set(), acknowledged: false, lastAlertAt: '' };
      index.set(item.caseId, entry);
    }
    entry.prefixes.add(`${item.caseId}:${item.templateId}:`);
    if (item.templateId.startsWith('acknowledgement') && item.state === 'sent') entry.acknowledged = true;
    if (ALERT_TEMPLATES.has(item.templateId) && item.createdAt > entry.lastAlertAt) entry.lastAlertAt = item.createdAt;
  }
  return index;
}
