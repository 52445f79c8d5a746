import { describe, expect, it } from 'vitest';
import { rulesVerdictOf } from '../../support/rules-verdict.js';

// "The whole of my data" asks for a copy as plainly as "my data" does (GDPR Art. 15(3)).
describe('"send me all of my data", with the quantifier each language puts before it', () => {
  it.each([
    ['fr', "Pouvez-vous m'envoyer l'ensemble de mes données ?"],
    ['fr', 'Pourriez-vous me transmettre la totalité de mes données ?'],
    ['es', '¿Podéis enviarme la totalidad de mis datos?'],
    ['it', "Potete inviarmi l'insieme dei miei dati?"],
    ['pt', 'Podem enviar-me a totalidade dos meus dados?'],
    ['nl', 'Kunnen jullie mij al mijn gegevens sturen?'],
  ])('%s: %s', async (_lang, body) => {
    expect((await rulesVerdictOf(body)).labels).toEqual(['disclosure']);
  });
});
