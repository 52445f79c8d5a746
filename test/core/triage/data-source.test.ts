import { describe, expect, it } from 'vitest';
import { rulesVerdictOf } from '../../support/rules-verdict.js';

/**
 * Where the data came from is part of the right of access (GDPR Art. 15(1)(g)): "where did you get
 * my number?" asks for it, in every language; a rhetorical "no idea where you got my number" does
 * not. Written for this check after blind round 87 (the rules alone, no model); none of it comes
 * from the corpus or the blind rounds.
 */
describe('a question about where the data came from is an access request', () => {
  it.each([
    'Quiero saber de dónde han sacado mi número de móvil.',
    '¿Quién les dio mi correo? Nunca he sido cliente.',
    "Je voudrais savoir d'où vous tenez mon adresse.",
    'Qui vous a donné mon numéro de téléphone ?',
    'Ik wil weten waar jullie mijn telefoonnummer vandaan hebben.',
    'Hoe komen jullie aan mijn adres? Ik ben nooit klant geweest.',
    'Vorrei sapere da dove avete preso il mio numero di cellulare.',
    'Mi dite chi vi ha dato il mio indirizzo email?',
    'Von wem haben Sie meine Telefonnummer?',
    'Erklären Sie mir bitte, welche Daten von meinem Sohn Sie noch haben.',
  ])('%s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).toContain('disclosure');
  });

  it.each([
    'No sé de dónde sacaron mi número, pero dejen de llamarme.',
    "Je ne sais pas d'où vous tenez mon numéro, mais arrêtez de m'appeler.",
    'Non so chi vi ha dato il mio numero, smettete di chiamarmi.',
    'Geen idee waar jullie mijn nummer vandaan hebben, maar stop met bellen.',
  ])('a rhetorical question asks nothing: %s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).not.toContain('disclosure');
  });
});
