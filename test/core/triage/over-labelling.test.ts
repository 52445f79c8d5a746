import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import { corpusCases } from '../../support/corpus-cases.js';

/**
 * The acknowledgement lists every label back to the requester ("What we understood you are asking
 * for"), so a label the sender did not ask for is a false statement to them. Two kinds of mail, in
 * the seven supported languages, written before the rules were changed
 * (corpus/written/project-over-labelling.txt):
 * - a phrase that names the data ("everything you have about me", "toda la información que tengan")
 *   as the object of a deletion, opt-out or correction verb: not a request to see it;
 * - mail with a word that another label also uses (a feeling, "second e-mail address", "update:",
 *   "tell me if you have ...") next to a plain request.
 * A few mails that really do ask for two things keep both labels.
 */
const CASES = corpusCases('project-over-labelling.txt');

describe('triage labels only what was asked', () => {
  it.each(CASES)('$name', async ({ entry, mail }) => {
    const verdict = triageMail(await mail(), { ownAddresses: ['privacy@clinic.example'] });
    expect(verdict.primary).toBe(entry.primary);
    expect([...verdict.labels].sort()).toEqual([...entry.labels].sort());
  });
});
