/**
 * The case workflow, one module per step a message can take (src/core/cases/): a new request, a
 * requester's follow-up, a team command, a timed action, a notice for mail that is not a case.
 */
export { LOW_CONFIDENCE, MAX_TEAM_NOTICES_PER_DAY, replySubject, type LifecycleContext } from './cases/draft.js';
export { findDuplicateCase, planFollowUp } from './cases/follow-up.js';
export { planNewCase } from './cases/new-request.js';
export { planOtherNotice } from './cases/not-a-case.js';
export { looksLikeTeamCommand, planTeamMessage, type TeamMessagePlan } from './cases/team-command.js';
export { planTimedActions } from './cases/timed.js';
