import { createReadBudget } from '../../src/app/read-budget.js';
import { planIntake, type IntakePlan } from '../../src/core/intake.js';
import { emptyDb } from '../../src/core/store-changes.js';
import { createOfflineClassifier } from '../../src/core/triage/offline.js';
import { BotError } from '../../src/errors.js';
import { parseMail } from '../../src/io/mime.js';
import { loadShippedModel } from '../../src/io/triage-model.js';
import { hashAddress } from '../../src/log.js';
import type { Classifier, InboundMail, ReadBudget, Verdict } from '../../src/types.js';

/**
 * The steps poll-inbox takes for every inbound message, in its order and with its limits: parseMail
 * under a read budget, offline triage (rules and the shipped model, TRIAGE_MODE=both) under the same
 * budget, then planIntake against an empty store. For the fuzz test and bench/fuzz.ts, which need
 * each message's outcome and timing rather than a mailbox.
 */

export const PRIVACY = 'privacy@clinic.example';
const MAX_BYTES = 25 * 1024 * 1024;
/** What a hostile message may end in: any other error is a crash. */
export const EXPECTED_CODES = new Set(['MAIL_PARSE', 'MAIL_LIMIT', 'MAIL_TOO_LARGE', 'MAIL_BUDGET']);

export type FuzzOutcome = { kind: 'read'; mail: InboundMail; verdict: Verdict; plan: IntakePlan } | { kind: 'set aside'; error: BotError };

export function createFuzzClassifier(): Classifier {
  return createOfflineClassifier({ ownAddresses: [PRIVACY], mode: 'both', model: loadShippedModel() });
}

/**
 * One raw message through parse, triage and intake. `asTeam` makes the sender a team address, so
 * the team-command path (authentication, command parsing) reads the hostile text too.
 */
export async function readThroughIntake(raw: Buffer, classifier: Classifier, options: { asTeam?: boolean; budget?: ReadBudget } = {}): Promise<FuzzOutcome> {
  const budget = options.budget ?? createReadBudget();
  try {
    const mail = await parseMail(raw, { maxBytes: MAX_BYTES, budget });
    const verdict = await classifier.classify(mail, budget);
    const plan = planIntake(mail, verdict, emptyDb(), {
      now: '2026-03-02T17:00:00.000Z',
      timeZone: 'Europe/Berlin',
      secret: 'fuzz-secret-fuzz-secret',
      domain: 'clinic.example',
      orgName: 'Calm Clinic',
      privacyAddress: PRIVACY,
      maxRepliesPerSenderPerDay: 5,
      teamAddresses: options.asTeam && mail.from ? [mail.from.address] : ['team@clinic.example'],
      dataPoints: ['full name', 'date of your last appointment'],
      trustedAuthservId: 'mx.clinic.example',
      source: 'fuzz',
      sourceId: mail.key,
      arrivedAt: null,
      blob: null,
      fromHash: hashAddress(mail.from?.address),
    });
    return { kind: 'read', mail, verdict, plan };
  } catch (error) {
    if (error instanceof BotError && EXPECTED_CODES.has(error.code)) return { kind: 'set aside', error };
    throw error;
  }
}
