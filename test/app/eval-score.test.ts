import { describe, expect, it } from 'vitest';
import { isMistake, scoreSamples, type ScoredSample } from '../../src/app/eval-score.js';
import { WEB_FORM_REASON } from '../../src/core/automated.js';
import type { Verdict } from '../../src/types.js';

const other: Verdict = { primary: 'other', labels: ['other'], language: 'en', confidence: 0.9, automated: null, agent: false, evidence: [], classifiedBy: 'rules' };
const sample = (expectedAutomated: boolean, automated: Verdict['automated']): ScoredSample => ({
  expected: { primary: 'other', labels: ['other'], language: 'en', automated: expectedAutomated },
  styles: [],
  verdict: { ...other, automated },
});

describe('automated scores', () => {
  it('count a false flag as false, and say how many of them were only unsure (passed to the team)', () => {
    const scores = scoreSamples([
      sample(true, { kind: 'auto_reply', reason: 'out-of-office text' }),
      sample(false, { kind: 'bulk', reason: 'a web form relayed from a no-reply address', unsure: true }),
      sample(false, { kind: 'bulk', reason: 'List-Id' }),
      sample(true, null),
    ]);
    expect(scores.automated).toMatchObject({ support: 2, predicted: 3, truePositives: 1, falseUnsure: 1, recall: 0.5 });
    expect(scores.automated.precision).toBeCloseTo(1 / 3);
  });

  it('count the machine mail the bot would answer: missed and read as a request, not missed and read as nothing', () => {
    const asksDeletion = (expectedAutomated: boolean): ScoredSample => ({ ...sample(expectedAutomated, null), verdict: { ...other, primary: 'deletion', labels: ['deletion'] } });
    const scores = scoreSamples([asksDeletion(true), sample(true, null), asksDeletion(false), sample(true, { kind: 'auto_reply', reason: 'out-of-office text' })]);
    expect(scores.automated).toMatchObject({ support: 3, truePositives: 1, answered: 1 });
  });

  it("count a relay as the person's words it carries (the corpus labels it auto: no), never as answered", () => {
    const transcript: Verdict['automated'] = { kind: 'auto_reply', reason: 'voicemail or fax notice', relayed: true, unsure: true };
    const asksDeletion = (expectedAutomated: boolean, automated: Verdict['automated']): ScoredSample => ({
      expected: { primary: 'deletion', labels: ['deletion'], language: 'en', automated: expectedAutomated },
      styles: [],
      verdict: { ...other, primary: 'deletion', labels: ['deletion'], automated },
    });
    const personsRelay = asksDeletion(false, transcript);
    const scores = scoreSamples([personsRelay, asksDeletion(false, { kind: 'bulk', reason: WEB_FORM_REASON, unsure: true }), asksDeletion(true, transcript), sample(true, { kind: 'bounce', reason: 'From postmaster' })]);
    expect(scores.automated).toMatchObject({ support: 2, predicted: 1, truePositives: 1, falseUnsure: 0, relayed: 2, machineRelayed: 1, answered: 0, precision: 1, recall: 0.5 });
    expect(isMistake(personsRelay)).toBe(false);
  });
});
