import { describe, expect, it } from 'vitest';
import { rulesVerdictOf } from '../../support/rules-verdict.js';

/**
 * Asking whether one may have one's own data, what is done with it and who can read it is the right
 * of access (GDPR Art. 15(1)(a), (c) and (3); CCPA 1798.110), put as a plain question. Written for
 * this check (the rules alone); none of it comes from the corpus.
 */

const MAY_I_HAVE: string[] = [
  '¿Puedo recibir todos mis datos en un archivo? Me cambio de clínica.',
  "Bonjour, puis-je récupérer toutes mes données avant de partir chez un autre praticien ?",
  'Ciao, potrei avere i miei referti degli ultimi due anni?',
  'Olá, posso receber os meus dados num ficheiro? Vou mudar de clínica.',
  'Hallo, kann ich meine Daten als Datei bekommen? Ich wechsle den Anbieter.',
  'Hoi, kan ik al mijn gegevens in een bestand krijgen? Ik stap over.',
];

const WHAT_YOU_DO: string[] = [
  'Quick question: what does your app actually do with my mood entries?',
  "Qu'est-ce que vous faites de mes données de santé exactement ?",
  '¿Qué hacen con mis datos cuando termino la terapia?',
  'Scusate, cosa fate con i miei dati dopo la chiusura del percorso?',
  'O que vocês fazem com os meus dados depois da consulta?',
  'Was macht ihr eigentlich mit meinen Daten aus den Sitzungen?',
  'Wat doen jullie precies met mijn gegevens na de behandeling?',
  'Chi può leggere le mie note del diario?',
  'Wer kann meine Einträge im Tagebuch lesen?',
  'Wie kan mijn dagboek inzien, alleen de therapeut?',
  'Quem pode ver o meu histórico de sessões?',
  // Whom it is passed to (round 95).
  'Hola, ¿con quién comparten mis datos? Me preocupa la prepaga nueva.',
  'An wen geben Sie meine Daten weiter?',
  'Bonjour, à qui transmettez-vous mes données ?',
  'Con chi condividete i miei dati sanitari?',
  'Com quem partilham os meus dados?',
  'Met wie delen jullie mijn gegevens?',
];

describe('asking about my own data', () => {
  it.each(MAY_I_HAVE)('may I have it, is disclosure: %s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).toEqual(['disclosure']);
  });

  it.each(WHAT_YOU_DO)('what you do with it and who reads it, is disclosure: %s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).toEqual(['disclosure']);
  });

  it.each([
    'Posso avere i miei dati cancellati entro fine mese?',
    '¿Puedo tener mis datos borrados antes del viernes?',
  ])('asks something else when the data is to be erased: %s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).not.toContain('disclosure');
  });

  it('is not "my account back", which is about the service', async () => {
    expect((await rulesVerdictOf('Posso avere il mio account di nuovo? Non riesco ad accedere.')).labels).not.toContain('disclosure');
  });
});
