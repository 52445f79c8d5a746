import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/triage/language.js';

/** Hyphenated words are one word to the language guess: a French "-y" is no Spanish "y", an "e-mail" no Italian "e". */
describe('words joined by a hyphen', () => {
  it.each(['oui allez-y', 'ok vas-y', 'ok e-mail'])('"%s" names no language on its own', (text) => {
    expect(detectLanguage(text).language).toBe('und');
  });

  it('still reads a sentence with them', () => {
    expect(detectLanguage("d'accord, allez-y, merci pour votre aide").language).toBe('fr');
    expect(detectLanguage('Können Sie bitte meine E-Mail-Adresse aus dem Verteiler nehmen?').language).toBe('de');
  });
});
