import type { CaseLifecycle, CaseRecord, CaseState, CaseVerification } from '../types.js';
import type { CommandName } from './commands.js';
import { needsVerification } from './verification.js';

/**
 * The case state machine (docs/team-commands.md has the diagram). Whose move it is decides the state:
 *
 *   received ──► awaiting_verification ──► verified ──► done
 *       │              │        ▲             │
 *       │              ▼        │             ├──► denied
 *       └────────► awaiting_team ─────────────┤
 *                                             └──► closed
 *
 * - received: recorded and acknowledged (only for the instant of intake).
 * - awaiting_verification: the requester's move (reply with the token; "DELETE" for deletions).
 * - awaiting_team: a person must decide or act first (opt-out to switch off, complaint, child data,
 *   doubtful labels, data points or agent authority to check, verification locked).
 * - verified: identity established; the team fulfils the request and replies "done".
 * - done | denied | closed: final. closed means no request (spam, reclassified as other).
 *
 * The state is derived from the facts, never set by hand, so every path agrees on it.
 */
export const TERMINAL_STATES: readonly CaseState[] = ['done', 'denied', 'closed'];

export function isTerminal(state: CaseState): boolean {
  return TERMINAL_STATES.includes(state);
}

export const NEEDS_REVIEW = 'needs_review';
export const URGENT = 'urgent';
export const REPLY_TO_DIFFERS = 'reply_to_differs';
export const SPAM = 'spam';
/** The opt-out takes back consent (GDPR Art. 7(3)), not a sale or sharing: answered and switched off in those words. */
export const CONSENT_WITHDRAWN = 'consent_withdrawn';
/** The opt-out asks for a restriction of processing (GDPR Art. 18): stored only, answered in those words. */
export const RESTRICTION_ASKED = 'restriction_asked';

export function emptyLifecycle(confidence: number): CaseLifecycle {
  return { confidence, verification: null, agent: null, optOutDoneAt: null, assignee: null, teamThreadIds: [], escalations: 0 };
}

export function lifecycleOf(record: CaseRecord): CaseLifecycle {
  return record.lifecycle ?? emptyLifecycle(1);
}

export function newVerification(target: CaseVerification['target'], dataPoints: string[]): CaseVerification {
  return {
    target,
    round: 0,
    sentAt: null,
    expiresAt: null,
    remindedAt: null,
    failedAttempts: 0,
    locked: false,
    mailboxVerifiedAt: null,
    dataPoints,
    teamVerifiedAt: null,
    teamVerifiedBy: null,
    deletionConfirmedAt: null,
    deletionConfirmationRequestedAt: null,
  };
}

/** Mailbox control alone suffices unless the team must also match data points or an agent's authority. */
export function identityVerified(lifecycle: CaseLifecycle): boolean {
  const verification = lifecycle.verification;
  if (!verification) return false;
  if (verification.teamVerifiedAt) return true;
  return verification.mailboxVerifiedAt !== null && verification.dataPoints.length === 0 && lifecycle.agent === null;
}

export function deletionPending(record: CaseRecord): boolean {
  return record.labels.includes('deletion') && !lifecycleOf(record).verification?.deletionConfirmedAt;
}

/** The state the facts put an open case in. */
export function deriveState(record: CaseRecord): CaseState {
  if (isTerminal(record.state)) return record.state;
  if (record.flags.includes(NEEDS_REVIEW)) return 'awaiting_team';
  if (!needsVerification(record.labels)) return 'awaiting_team';
  const lifecycle = lifecycleOf(record);
  const verification = lifecycle.verification;
  if (!verification) return 'awaiting_team';
  if (!identityVerified(lifecycle)) {
    if (verification.locked || verification.target === null || verification.mailboxVerifiedAt) return 'awaiting_team';
    return 'awaiting_verification';
  }
  if (deletionPending(record)) return 'awaiting_verification';
  return 'verified';
}

/** What the team has to do now, in plain words (escalations and command answers). */
export function teamTasks(record: CaseRecord): string[] {
  if (isTerminal(record.state)) return [];
  const lifecycle = lifecycleOf(record);
  const verification = lifecycle.verification;
  const tasks: string[] = [];
  if (record.flags.includes(NEEDS_REVIEW)) tasks.push('check the labels (low confidence or disputed): reply "reclassify <labels>" or "verified"; nothing irreversible happens before that');
  if (record.labels.includes('child_data')) {
    tasks.push('URGENT child data: delete the child\'s information unless a parent or guardian consented to its collection (COPPA 16 CFR 312); do not ask the reporter to prove who they are; reply "done [message to the reporter]" when handled');
    tasks.push('if a parent asks to SEE the child\'s information, confirm they are the parent before showing anything (16 CFR 312.6(a)(3)), then reply "verified"');
  }
  if (record.labels.includes('complaint')) tasks.push('a complaint: read it and answer (reply "reply <text>", then "done")');
  if (record.labels.includes('opt_out') && !lifecycle.optOutDoneAt) {
    tasks.push(
      record.flags.includes(CONSENT_WITHDRAWN)
        ? 'consent withdrawn (GDPR Art. 7(3)): stop every use of this person\'s data that relied on their consent (research, analytics, marketing, sharing) now (no verification allowed); reply "done" when it is off'
        : record.flags.includes(RESTRICTION_ASKED)
          ? 'restriction of processing asked (GDPR Art. 18): mark this person\'s data so it is only stored, not used or disclosed otherwise, until the matter is settled (no verification needed); reply "done" when it is in place, and tell them before lifting it (Art. 18(3))'
          : 'switch off sale/sharing, targeted ads and marketing for this person now (no verification allowed); reply "done" when it is off',
    );
  }
  if (lifecycle.agent && !verification?.teamVerifiedAt) tasks.push('an authorized agent wrote: check the signed permission (and the consumer\'s identity), then reply "verified"');
  if (verification && !identityVerified(lifecycle)) {
    if (verification.locked) tasks.push('verification locked after too many wrong codes: verify another way and reply "verified", or "deny <reason>"');
    else if (verification.target === null) tasks.push('no mailbox to verify: verify the identity another way and reply "verified"');
    else if (verification.mailboxVerifiedAt && verification.dataPoints.length > 0) {
      // 11 CCR 7060(h): a correction is verified with fields other than the one being corrected.
      const correction = record.labels.includes('correction') ? ' (for a correction, rely on fields other than the one to be corrected)' : '';
      tasks.push(`mailbox verified; check that the data points (${verification.dataPoints.join(', ')}) match your records${correction}, then reply "verified" or "deny <reason>"`);
    }
  }
  if (deriveState(record) === 'verified') {
    tasks.push('identity verified: fulfil the request, then reply "done [message to requester]"');
    // deadlines-and-verification.md section 4: no health data or ID images in a plain email body or attachment.
    if (record.labels.includes('disclosure')) tasks.push('send records only through a secure, expiring link, never in an email body or attachment; never send SSNs, ID, insurance or account numbers, passwords (11 CCR 7024(d))');
  }
  return tasks;
}

/** Commands a team member may send in this case right now. */
export function allowedCommands(record: CaseRecord): CommandName[] {
  if (isTerminal(record.state)) return ['note', 'reply'];
  const lifecycle = lifecycleOf(record);
  const commands: CommandName[] = [];
  const verification = lifecycle.verification;
  if ((verification && !verification.teamVerifiedAt && (!identityVerified(lifecycle) || lifecycle.agent)) || (record.flags.includes(NEEDS_REVIEW) && needsVerification(record.labels))) commands.push('verified');
  if (canFinish(record) || (record.labels.includes('opt_out') && !lifecycle.optOutDoneAt)) commands.push('done');
  commands.push('deny', 'extend', 'reclassify', 'note', 'reply', 'assign', 'spam');
  return commands;
}

/** "done" closes the case: everything verified, or nothing to verify and no label doubt left that blocks it. */
export function canFinish(record: CaseRecord): boolean {
  const state = deriveState(record);
  if (state === 'verified') return true;
  if (state === 'awaiting_team' && !needsVerification(record.labels)) return true;
  return answeredWithoutDisclosure(record);
}

/**
 * A question filed as a right-to-know request ("do you sell my data?") that the team answered with
 * `reply`: it may be closed with `done` although nobody verified the requester, because no personal
 * information was disclosed through the bot. Deletion and correction always wait for identity.
 */
export function answeredWithoutDisclosure(record: CaseRecord): boolean {
  if (isTerminal(record.state) || !record.labels.includes('disclosure')) return false;
  if (record.labels.includes('deletion') || record.labels.includes('correction')) return false;
  if (identityVerified(lifecycleOf(record))) return false;
  return record.events.some((event) => event.type === 'team_reply');
}
