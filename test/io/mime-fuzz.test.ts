import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/io/mime.js';
import type { Classifier } from '../../src/types.js';
import { createFuzzClassifier, EXPECTED_CODES, readThroughIntake, type FuzzOutcome } from '../support/fuzz-path.js';
import { HOSTILE_KINDS, hostileMail, type HostileKind } from '../support/hostile-mail.js';

/**
 * Hostile and malformed MIME through the real parse, triage and intake path (test/support/fuzz-path.ts).
 * Nothing here measures time: the assertions are about what comes out (no crash, only the expected
 * error codes, every text within its cap), which hold on any machine. bench/fuzz.ts measures speed.
 */

/** Sizes at 1/20 of the benchmark's: a few hundred messages in seconds, some still over every cap. */
const SCALE = 0.05;
const SEEDS = 300;

let classifier: Classifier;
const outcomes: Array<{ seed: number; kind: HostileKind; detail: string; outcome: FuzzOutcome }> = [];

function describeOutcome(outcome: FuzzOutcome): string {
  return outcome.kind === 'read' ? `read: ${outcome.plan.outcome}` : `set aside: ${outcome.error.code}`;
}

beforeAll(async () => {
  classifier = createFuzzClassifier();
  for (let seed = 1; seed <= SEEDS; seed += 1) {
    const mail = hostileMail(seed, { scale: SCALE });
    // An unexpected error rejects here and fails every test below, naming the seed to rebuild it.
    const outcome = await readThroughIntake(mail.raw, classifier, { asTeam: seed % 5 === 0 }).catch((error: unknown) => {
      throw new Error(`seed ${seed} (${mail.detail}) crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    });
    outcomes.push({ seed, kind: mail.kind, detail: mail.detail, outcome });
  }
}, 300_000);

describe('hostile MIME through parse, triage and intake', () => {
  it('covers every kind of hostile input, and reads most of it', () => {
    for (const kind of HOSTILE_KINDS) expect(outcomes.filter((entry) => entry.kind === kind).length, kind).toBeGreaterThanOrEqual(10);
    expect(outcomes.filter((entry) => entry.outcome.kind === 'read').length).toBeGreaterThan(SEEDS * 0.7);
  });

  it('sets aside only with the parser and budget codes, each with a reason that names a limit, not the mail', () => {
    const setAside = outcomes.flatMap((entry) => (entry.outcome.kind === 'set aside' ? [entry.outcome.error] : []));
    expect(setAside.length).toBeGreaterThan(0);
    for (const error of setAside) {
      expect(EXPECTED_CODES.has(error.code)).toBe(true);
      expect(error.message).not.toMatch(/delete|fuzz|@/i);
    }
    // Over the part limit (many parts, deep nesting): quarantined for that reason, not as "unparseable".
    expect(setAside.some((error) => error.code === 'MAIL_LIMIT' && /MIME parts/.test(error.message))).toBe(true);
  });

  it('hands triage no more text than the caps, however large the message', () => {
    let clipped = 0;
    for (const { seed, outcome } of outcomes) {
      if (outcome.kind !== 'read') continue;
      const { mail, verdict } = outcome;
      expect(mail.text.length, `seed ${seed}`).toBeLessThanOrEqual(LIMITS.maxTextChars);
      expect(mail.newText.length, `seed ${seed}`).toBeLessThanOrEqual(LIMITS.maxTextChars);
      expect(mail.subject.length, `seed ${seed}`).toBeLessThanOrEqual(LIMITS.maxSubjectChars);
      expect(mail.attachments.length, `seed ${seed}`).toBeLessThanOrEqual(LIMITS.maxParts);
      expect(verdict.labels.length).toBeGreaterThan(0);
      expect(verdict.confidence).toBeGreaterThanOrEqual(0);
      expect(verdict.confidence).toBeLessThanOrEqual(1);
      if (mail.text.length > LIMITS.maxTextChars - 100) clipped += 1;
    }
    // Some messages were over the text cap: the bound above was exercised, not vacuous.
    expect(clipped).toBeGreaterThan(0);
  });

  it('gives the same outcome for the same bytes', async () => {
    for (const { seed, outcome } of outcomes.filter((entry) => entry.seed % 15 === 0)) {
      const again = await readThroughIntake(hostileMail(seed, { scale: SCALE }).raw, classifier, { asTeam: seed % 5 === 0 });
      expect(describeOutcome(again), `seed ${seed}`).toBe(describeOutcome(outcome));
      if (again.kind === 'read' && outcome.kind === 'read') expect(again.verdict).toEqual(outcome.verdict);
    }
  });

  it('survives random damage to a real request (flipped, cut and spliced bytes)', async () => {
    const original = await readFile('test/fixtures/mail/en-forwarded-request.eml');
    const fragments = ['\r\n--', '\r\n\r\n', 'Content-Type: multipart/mixed; boundary="x"\r\n', '=?utf-8?B?', '<div>', '\x00', '> > >', '=\r\n', 'charset=iso-2022-jp'].map((text) => Buffer.from(text, 'latin1'));
    const damage = fc.array(
      fc.oneof(
        fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
        fc.record({ op: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
        fc.record({ op: fc.constant('splice' as const), at: fc.nat(), fragment: fc.constantFrom(...fragments), times: fc.integer({ min: 1, max: 2000 }) }),
      ),
      { minLength: 1, maxLength: 8 },
    );
    await fc.assert(
      fc.asyncProperty(damage, async (edits) => {
        let raw = Buffer.from(original);
        for (const edit of edits) {
          const at = edit.at % (raw.length + 1);
          if (edit.op === 'flip' && at < raw.length) raw[at] = edit.byte;
          else if (edit.op === 'cut') raw = Buffer.concat([raw.subarray(0, at), raw.subarray(at + edit.length)]);
          else if (edit.op === 'splice') raw = Buffer.concat([raw.subarray(0, at), Buffer.concat(Array.from({ length: edit.times }, () => edit.fragment)), raw.subarray(at)]);
        }
        const outcome = await readThroughIntake(raw, classifier);
        if (outcome.kind === 'read') expect(outcome.mail.text.length).toBeLessThanOrEqual(LIMITS.maxTextChars);
      }),
      { seed: 20260302, numRuns: 150 },
    );
  });
});
