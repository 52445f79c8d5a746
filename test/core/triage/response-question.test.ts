import { describe, expect, it } from 'vitest';
import { findMasks } from '../../../src/core/triage/masks.js';
import { withoutBoilerplate } from '../../../src/core/triage/model/input.js';

/**
 * Someone who complains and asks what the company is doing about it is not asking for their data:
 * the phrase is masked for `disclosure` (rules) and read as one placeholder by the model. Written
 * for this check; none of it comes from the corpus.
 */
const ASKS_ABOUT_THE_RESPONSE: string[] = [
  'You sent my scan to a stranger. I want to know what you are going to do about it.',
  'Quiero saber qué medidas van a tomar después de esta filtración.',
  'Je veux savoir ce que vous comptez faire après cette fuite.',
  'Vorrei sapere quali misure intendete adottare dopo questo errore.',
  'Quero saber o que vão fazer em relação a isto.',
  'Ich möchte wissen, was Sie dagegen unternehmen.',
  'Ik wil weten wat u eraan gaat doen.',
];

const ASKS_FOR_DATA: string[] = [
  'I want to know what data you hold about me.',
  'Quiero saber qué datos tienen sobre mí.',
  'Ich möchte wissen, welche Daten Sie über mich gespeichert haben.',
];

describe('a question about what the company does', () => {
  it.each(ASKS_ABOUT_THE_RESPONSE)('is masked for disclosure only: %s', (text) => {
    const masks = findMasks(text).filter((mask) => mask.reason === 'question about the response');
    expect(masks).toHaveLength(1);
    expect(masks[0]?.labels).toEqual(['disclosure']);
    expect(withoutBoilerplate(text)).toContain('_response_');
  });

  it.each(ASKS_FOR_DATA)('leaves a question about the data alone: %s', (text) => {
    expect(findMasks(text).filter((mask) => mask.reason === 'question about the response')).toEqual([]);
  });
});
