import { describe, expect, it } from 'vitest';
import { extractNewText } from '../../src/io/mime.js';

/** Answers typed between the lines of our questions must reach triage, the case and the team. */
describe('answers written into the quoted message', () => {
  it('keeps arrow-marked answers inside an unquoted original when the writer says the answers are in the text', () => {
    const text = [
      'Bonjour, réponses dans le texte.',
      'M. Girard',
      '',
      "-----Message d'origine-----",
      'De : Protection des données <dpo@clinique.example.fr>',
      'Objet : Votre demande',
      '',
      '1) Souhaitez-vous que nous supprimions aussi vos rendez-vous passés ?',
      '',
      '-> Oui, supprimez tout.',
      '',
      '2) Voulez-vous une copie avant la suppression ?',
      '',
      '=> Non merci.',
      '',
      'Cordialement,',
      'Le DPO',
    ].join('\n');
    const newText = extractNewText(text);
    expect(newText).toContain('Oui, supprimez tout.');
    expect(newText).toContain('Non merci.');
    expect(newText).not.toContain('Souhaitez-vous');
    expect(newText).not.toContain('Le DPO');
  });

  it('keeps a bare answer under a quoted question in an Outlook block, and nothing of the original', () => {
    const text = [
      'Hello, see below.',
      '',
      '-----Original Message-----',
      'From: Privacy Team <privacy@clinic.example>',
      'Sent: Monday, 2 March 2026 10:00',
      '',
      '> Can you confirm your date of birth?',
      '',
      'Yes, 4 May 1980.',
      '',
      '> Which address should we correct?',
      '',
      'The street: it is Elm Road 12, not Elm Road 21.',
    ].join('\n');
    const newText = extractNewText(text);
    expect(newText).toContain('Yes, 4 May 1980.');
    expect(newText).toContain('Elm Road 12');
    expect(newText).not.toContain('Privacy Team');
  });

  it('takes no line of an unquoted original when nobody said the answers are in it', () => {
    const text = ['Thanks, that is all.', '', '-----Original Message-----', 'From: Privacy Team <privacy@clinic.example>', '', 'Would you like us to delete your data?', '-> Reply YES to confirm.'].join('\n');
    expect(extractNewText(text)).toBe('Thanks, that is all.');
  });
});
