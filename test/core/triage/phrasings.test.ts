import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import { corpusCases } from '../../support/corpus-cases.js';

/**
 * How people actually phrase requests, one short mail each, in the seven supported languages
 * (corpus/written/project-phrasings.txt). None of these sentences come from the evaluation corpus:
 * they check that the rules generalise beyond it.
 */
const CASES = corpusCases('project-phrasings.txt');

describe('triage on everyday phrasing', () => {
  it.each(CASES)('$name', async ({ entry, mail }) => {
    const verdict = triageMail(await mail(), { ownAddresses: ['privacy@clinic.example'] });
    expect(verdict.primary).toBe(entry.primary);
    expect([...verdict.labels].sort()).toEqual([...entry.labels].sort());
  });
});
