import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import type { InboundMail } from '../../../src/types.js';
import { corpusCases } from '../../support/corpus-cases.js';

/**
 * People say they want to complain before they say what about; with anything about their data it is a
 * complaint (corpus/written/project-complaints-plain.txt). The entries labelled `other` complain about
 * something that is not their data.
 */
const CASES = corpusCases('project-complaints-plain.txt');
const COMPLAINTS = CASES.filter(({ entry }) => entry.labels.includes('complaint'));
const NOT_PRIVACY = CASES.filter(({ entry }) => !entry.labels.includes('complaint'));

async function triage(mail: () => Promise<InboundMail>) {
  return triageMail(await mail(), { ownAddresses: ['privacy@clinic.example'] });
}

describe('plain complaints', () => {
  it.each(COMPLAINTS)('$name is a complaint', async ({ mail }) => {
    expect((await triage(mail)).labels).toContain('complaint');
  });
  it.each(NOT_PRIVACY)('$name is not a privacy complaint', async ({ mail }) => {
    expect((await triage(mail)).labels).not.toContain('complaint');
  });
});
