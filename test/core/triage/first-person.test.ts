import { describe, expect, it } from 'vitest';
import { speaksInFirstPerson } from '../../../src/core/triage/masks.js';

/** Whether a relayed text has someone speaking of themselves: the words, not a date line or a page's name. */
describe('speaking in the first person', () => {
  it.each([
    'Received: Mon, Mar 9, 2026 7:52 PM',
    'Eingegangen: Mi., 4. März 2026',
    'Ontvangen: Ma. 9 maart 2026',
    'Log in to My Account to see it.',
    'The recording is attached as an MP3 file.',
    'App per i compiti che chiede il numero di telefono del bambino',
  ])('no one speaks in "%s"', (text) => {
    expect(speaksInFirstPerson(text)).toBe(false);
  });

  it.each(['Received Monday. Please delete my account.', "Bonjour, c'est pour mon dossier.", 'Mi 2 hijos usan la app.', 'ik wil mijn gegevens zien', 'so i want the texts to stop'])('someone speaks in "%s"', (text) => {
    expect(speaksInFirstPerson(text)).toBe(true);
  });
});
