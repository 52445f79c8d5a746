import type { InboundMail } from '../../types.js';
import { CONSENT_WITHDRAWN, RESTRICTION_ASKED } from '../case-machine.js';
import { CONSENT_WITHDRAWN_REASON, mailWithdrawsConsent } from '../consent-withdrawal.js';
import { mailAsksRestriction, RESTRICTION_REASON } from '../restriction.js';

/**
 * Which kind of opt-out a mail makes, as the case flag that words its answers: consent taken back
 * (GDPR Art. 7(3)), a restriction of processing (Art. 18), or null for the usual stop to selling,
 * sharing and marketing. Only ever asked of a mail already labelled `opt_out`.
 */
export function optOutFlagOf(mail: Pick<InboundMail, 'subject' | 'newText' | 'text'>): string | null {
  if (mailWithdrawsConsent(mail)) return CONSENT_WITHDRAWN;
  return mailAsksRestriction(mail) ? RESTRICTION_ASKED : null;
}

/** Why the team is told at once about this case's opt-out. */
export function optOutReason(flags: readonly string[]): string {
  if (flags.includes(CONSENT_WITHDRAWN)) return CONSENT_WITHDRAWN_REASON;
  return flags.includes(RESTRICTION_ASKED) ? RESTRICTION_REASON : 'opt-out to switch off now';
}
