import type { CaseRecord } from '../../types.js';
import { allowedCommands, deriveState, identityVerified, isTerminal, lifecycleOf } from '../case-machine.js';
import type { CommandName } from '../commands.js';

function quoteNames(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/**
 * Why a command cannot be applied to the case as it stands, and what would work instead: a refused
 * command must never leave the team guessing.
 */
export function explainRefusal(record: CaseRecord, name: CommandName): string {
  const allowed = allowedCommands(record);
  const state = record.state.replace(/_/g, ' ');
  const instead = `Allowed now: ${quoteNames(allowed)}.`;
  if (isTerminal(record.state)) {
    return `the case is already ${state}; nothing can change its outcome now. Use "note <text>" to record something or "reply <text>" to write to the requester.`;
  }
  const lifecycle = lifecycleOf(record);
  const verification = lifecycle.verification;
  switch (name) {
    case 'open':
      return `this mail already belongs to case ${record.id}. To change what it is about, use "reclassify <labels>". ${instead}`;
    case 'verified':
      if (verification?.teamVerifiedAt) return `identity was already verified by ${verification.teamVerifiedBy ?? 'the team'}. ${identityVerified(lifecycle) ? 'Fulfil the request, then reply "done [message]".' : instead}`;
      return `there is nothing to verify in this case (labels ${record.labels.join(', ')}). ${instead}`;
    case 'done': {
      if (record.labels.includes('deletion') && identityVerified(lifecycle) && !verification?.deletionConfirmedAt) {
        return `the requester has not confirmed the deletion yet (we asked them to, and remind them). Wait for their reply, or "deny <reason>". ${instead}`;
      }
      if (deriveState(record) === 'awaiting_verification' || (verification && !identityVerified(lifecycle))) {
        const question = record.labels.includes('disclosure') && !record.labels.includes('deletion') && !record.labels.includes('correction')
          ? ' If this was only a question, answer it with "reply <answer>", then close it with "done" in a later reply; or "reclassify other" if it was not a privacy request.'
          : '';
        return `the requester's identity is not verified yet, and this request may not be fulfilled without it. Reply "verified" if you verified them another way, "deny <reason>" to refuse, or wait for their code.${question}`;
      }
      return `"done" does not fit the case as it is (${state}). ${instead}`;
    }
    default:
      return `"${name}" does not fit the case as it is (${state}). ${instead}`;
  }
}
