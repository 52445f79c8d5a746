import { describe, expect, it } from 'vitest';
import { rulesVerdictOf } from '../../support/rules-verdict.js';

/**
 * Asking why an earlier request was ignored or never carried out is a complaint, beside whatever the
 * mail asks again (round 93 showed the kind; these sentences are written for this check).
 */
describe('why was my request not carried out', () => {
  it.each([
    ['I unsubscribed in March and you kept emailing me. Stop using my address for marketing, and explain why my unsubscribe was ignored.', 'opt_out'],
    ['Bitte löschen Sie mein Konto. Außerdem möchte ich wissen, warum mein Widerspruch vom Mai nicht umgesetzt wurde.', 'deletion'],
    ['Quiero saber por qué no se tramitó mi solicitud de baja de la publicidad. No quiero recibir más correos.', 'opt_out'],
    ["Supprimez mes données, et dites-moi pourquoi ma première demande n'a jamais été traitée.", 'deletion'],
    ['Cancellate il mio account e spiegatemi perché la mia richiesta di febbraio è stata ignorata.', 'deletion'],
    ['Apaguem a minha conta. Quero também saber por que o meu pedido anterior não foi atendido.', 'deletion'],
    ['Verwijder mijn gegevens. En waarom is mijn verzoek van vorige maand niet uitgevoerd?', 'deletion'],
  ])('%s -> complaint and %s', async (body, label) => {
    const labels = (await rulesVerdictOf(body)).labels;
    expect(labels).toContain('complaint');
    expect(labels).toContain(label);
  });

  it("a chase with a contraction is a complaint: \"I haven't had a reply\"", async () => {
    expect((await rulesVerdictOf("I asked for a copy of my data on 2 May and I haven't had a reply yet. I'd still like the copy.")).labels).toContain('complaint');
  });

  it.each([
    // A "why" about something never asked for, or not about personal data, is no grievance about a request.
    'Why was the clinic not open on Monday? I came for nothing.',
    'Could you explain why the new feature is not done yet? I love the app.',
  ])('no complaint: %s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).not.toContain('complaint');
  });
});
