import { describe, expect, it } from 'vitest';
import { rulesVerdictOf } from '../../support/rules-verdict.js';
import { findMasks, isMasked } from '../../../src/core/triage/masks.js';

/** Whether the words `phrase` in `text` are masked for `label` as a notice of rights. */
function maskedAsNotice(text: string, phrase: string): boolean {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
  const masks = findMasks(text).filter((mask) => mask.reason === 'notice of rights');
  return isMasked(masks, 'deletion', start, start + phrase.length) && isMasked(masks, 'disclosure', start, start + phrase.length);
}

describe('a notice of rights is the sender telling the reader what they may ask for, not a request', () => {
  it.each([
    ['en', 'New this month: our sleep clinic. Remember, you can exercise your rights of access, rectification or erasure at any time.', 'erasure'],
    ['en', 'Under the GDPR you have the right to request access to and deletion of your personal data.', 'deletion'],
    ['es', 'Te recordamos que en nuestra política de privacidad puedes consultar cómo ejercer tus derechos de acceso, rectificación o supresión.', 'supresión'],
    ['fr', 'Le saviez-vous ? Vous pouvez à tout moment demander l’accès, la rectification ou la suppression de vos données en écrivant à notre DPO.', 'suppression'],
    ['de', 'Datenschutz-Ecke: Wussten Sie, dass Sie jederzeit Auskunft über Ihre gespeicherten Daten verlangen oder deren Löschung beantragen können?', 'Löschung'],
    ['it', 'Ricordiamo che puoi esercitare in ogni momento i tuoi diritti di accesso, rettifica e cancellazione scrivendo al DPO.', 'cancellazione'],
    ['pt', 'Você pode exercer os seus direitos de acesso, retificação e apagamento através do nosso portal.', 'apagamento'],
    ['nl', 'U kunt altijd inzage, correctie of verwijdering van uw persoonsgegevens aanvragen via het formulier.', 'verwijdering'],
  ])('%s: %s', (_language, text, phrase) => {
    expect(maskedAsNotice(text, phrase)).toBe(true);
  });

  it.each([
    ['en', 'I want to exercise my rights: please delete my data and send me a copy of it first.', 'delete my data'],
    ['es', '¿Puede borrar los datos de mi hijo? Son sus datos y no quiero que los guarden.', 'borrar los datos'],
    ['de', 'Können Sie bitte Ihre Unterlagen über mich löschen und mir eine Kopie schicken?', 'löschen'],
    ['de', 'Ich verlange, dass Sie ihre Daten über meine Tochter löschen.', 'löschen'],
    ['nl', 'Kunt u uw gegevens over mij verwijderen? Ik wil geen klant meer zijn.', 'verwijderen'],
    ['fr', 'Pouvez-vous supprimer mes données ? Je veux aussi savoir ce que vous avez sur moi.', 'supprimer mes données'],
    ['it', 'Vorrei esercitare i miei diritti: cancellate i miei dati.', 'cancellate i miei dati'],
  ])('%s, a person asking: %s', (_language, text, phrase) => {
    expect(maskedAsNotice(text, phrase)).toBe(false);
  });
});

// A newsletter that hands readers a letter to send asks nothing of us.
describe('a sample letter quoted for readers', () => {
  it('is not the sender asking', async () => {
    const body = 'Hola, socio/a:\n\nEste mes te explicamos cómo pedir que una empresa borre tus datos y te dejamos un modelo de carta listo para copiar:\n«Por medio del presente escrito solicito la supresión de mis datos personales conforme al artículo 17 del RGPD.»\nRecuerda enviarlo al Delegado de Protección de Datos.';
    expect((await rulesVerdictOf(body, 'Cómo ejercer tus derechos')).labels).not.toContain('deletion');
  });

  it('but a person who writes their own request beside a quote still asks', async () => {
    expect((await rulesVerdictOf('Please delete my account. Your FAQ calls it a "simple request".')).labels).toEqual(['deletion']);
  });
});
