import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import { corpusCases } from '../../support/corpus-cases.js';

/**
 * Longer mails in the styles the privacy@ box really gets: CCPA and UK SAR letters, agent requests,
 * LGPD/ARCO/PIPEDA wording, cold sales mail, phishing, support, one-word replies, breach reports
 * (corpus/written/project-letters.txt). Written after the rules, as a check that they generalise.
 */
const CASES = corpusCases('project-letters.txt');

/** Mail sent by someone acting for the data subject (agent service, lawyer, attorney, executor). */
const AGENT_IDS = new Set([
  'p-letters-0006',
  'p-letters-0029',
  'p-letters-0062',
  'p-letters-0148',
  'p-letters-0150',
  'p-letters-0197',
  'p-letters-0198',
]);

describe('triage on realistic letters', () => {
  it.each(CASES)('$name', async ({ entry, mail }) => {
    const verdict = triageMail(await mail(), { ownAddresses: ['privacy@clinic.example'] });
    expect(verdict.primary).toBe(entry.primary);
    expect([...verdict.labels].sort()).toEqual([...entry.labels].sort());
    expect(verdict.agent).toBe(AGENT_IDS.has(entry.id));
  });
});
