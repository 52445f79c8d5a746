import { describe, expect, it } from 'vitest';
import { rulesVerdictOf } from '../../support/rules-verdict.js';

/**
 * A child of a stated age under 18, or a teenager giving their own age, in mail about their data is
 * a report about a child's data (COPPA; GDPR Art. 8), whatever else it asks. Written for this check
 * (the rules alone, no model); none of it comes from the corpus.
 */

const CHILD: Array<[body: string, request: string]> = [
  ['Please erase the profile of my daughter Maya (11), she made it without asking me.', 'deletion'],
  ["My boy Sam is 8 and he's getting your promo emails. Please unsubscribe him from your marketing emails.", 'opt_out'],
  ['Borren por favor los datos de mi hijo Iker, tiene 9 años.', 'deletion'],
  ['Meine Tochter Lina (12) hat ein Konto bei Ihnen. Ich bitte um Auskunft, welche Daten Sie über sie gespeichert haben.', 'disclosure'],
  ["Ma fille Chloé a 10 ans : merci de corriger sa date de naissance dans votre fichier.", 'correction'],
  ['Mio figlio Luca, di 7 anni, è registrato da voi: cancellate il suo account.', 'deletion'],
  ['O meu filho Tiago (6) recebe a vossa newsletter. Por favor, parem de enviar publicidade.', 'opt_out'],
  ['Mijn dochter Sanne is 13 en heeft zich aangemeld. Verwijder haar gegevens alstublieft.', 'deletion'],
  ["hi i'm 14 and i want my account and data deleted pls", 'deletion'],
  ['Hallo, ich bin 15 und möchte keine Werbung mehr von euch bekommen.', 'opt_out'],
];

const NOT_A_CHILD: string[] = [
  'Tengo 3 años de experiencia en protección de datos; les adjunto mi CV para la vacante.',
  'Ho 6 anni di esperienza come DPO in ambito sanitario. Allego il mio curriculum.',
  'Please delete the account of my son Tom (34), he asked me to write for him as he is abroad.',
  "I'm 15 minutes late for my session, can the therapist wait?",
  'We run groups for children aged 6 to 12 on Saturdays; is the room still free?',
  'Can you move the appointment for my son Leo (8) from Tuesday to Friday?',
];

describe('a child of a stated age', () => {
  it.each(CHILD)('is child_data, primary, with the request: %s', async (body, request) => {
    const verdict = await rulesVerdictOf(body);
    expect(verdict.primary).toBe('child_data');
    expect(verdict.labels).toContain(request);
  });

  it.each(NOT_A_CHILD)('is not child_data: %s', async (body) => {
    const verdict = await rulesVerdictOf(body);
    expect(verdict.labels).not.toContain('child_data');
  });
});
