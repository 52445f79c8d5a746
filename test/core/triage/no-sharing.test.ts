import { describe, expect, it } from 'vitest';
import { rulesVerdictOf } from '../../support/rules-verdict.js';

/**
 * Refusing that one's data be passed on, sold or shared is an opt-out (CCPA 1798.120, GDPR Art. 21),
 * also tucked into a mail about a booking or a bill. Written for this check in the seven languages;
 * none of it comes from the corpus or the blind rounds.
 */
async function labelsOf(body: string): Promise<string[]> {
  return (await rulesVerdictOf(body, 'appointment')).labels;
}

describe('a refusal that the data be passed on is an opt-out', () => {
  it.each([
    "Can we move Friday's session to 4pm? Also, I don't want my test results shared with the gym you partner with.",
    'Bitte verschieben Sie meinen Termin auf Montag. Ich möchte außerdem nicht, dass meine Daten an Ihre Partnerapotheke weitergegeben werden.',
    "Je confirme le rendez-vous de mardi. Par ailleurs je ne veux pas que mes coordonnées soient transmises à votre mutuelle partenaire.",
    'Confirmo la cita del jueves. Y no quiero que mis datos se compartan con ninguna aseguradora.',
    "Vorrei spostare la seduta a mercoledì. Inoltre non voglio che condividiate i miei dati con la palestra convenzionata.",
    'Preciso da segunda via do boleto. E não autorizo a clínica a repassar os meus dados para laboratórios parceiros.',
    'Kan mijn afspraak naar dinsdag? En ik wil niet dat mijn gegevens worden doorgegeven aan de zorgverzekeraar.',
    // Nothing at all passed on, said as an order (round 76).
    'Ik lees dat jullie mijn gegevens aan de verzekering willen doorgeven. Gelieve niets door te geven aan de verzekering, ik regel dat zelf.',
    "Please don't pass anything on to my insurer, I'll sort it out with them myself.",
    'Bitte nichts an die Krankenkasse weitergeben, das regle ich selbst.',
    'Por favor, no pasen nada a la aseguradora, lo gestiono yo.',
    "Ne transmettez rien à ma mutuelle, je m'en occupe.",
    "Non trasmettete nulla all'assicurazione, me ne occupo io.",
    'Não passem nada ao seguro, eu trato disso.',
    // No more passing on from now, beside a complaint about what was passed on already (round 94).
    'You disclosed my records to my employer. I complain of this, and you must cease forthwith any further disclosure of my personal data.',
    'From now on nothing about me should go to any insurer without my written consent.',
    'Ich beschwere mich darüber. Ich will, dass ab sofort nichts mehr über mich an die Versicherung geht.',
    "C'est inadmissible. Je veux que plus rien me concernant ne soit transmis à mon assurance.",
    'Presento una queja y quiero que a partir de ahora no se comunique ningún dato mío a la aseguradora.',
    'Vi diffido dal comunicare, da oggi in poi, qualsiasi dato che mi riguardi a terzi.',
    'Apresento uma reclamação e quero que nenhum dado meu seja enviado à seguradora.',
    'Ik wil dat er vanaf nu niets meer over mij of mijn auto naar een verzekeraar gaat.',
    // The data understood, not named (round 95).
    'Y si lo hacen, no quiero que se compartan más con ninguna aseguradora, salvo que yo lo pida.',
  ])('%s', async (body) => {
    expect(await labelsOf(body)).toContain('opt_out');
  });

  it.each([
    'We do not share your data with third parties. Your appointment on Friday is confirmed.',
    "Wir geben Ihre Daten nicht weiter. Ihr Termin ist bestätigt.",
    "Ik vind het niet erg dat mijn gegevens worden gedeeld met mijn huisarts. Kan ik dinsdag komen?",
    // A statement of what someone does, with its subject (a founder's newsletter, round 86).
    "We don't sell it and we never share them with advertisers. The new class starts on Monday.",
    // What was said before, told as a story; and misdirected mail, which goes to an address, not a third party.
    'We specifically said nothing should go to his employer. Can you move his appointment to Tuesday?',
    'Nothing more should go to my old address, please use the new one for the appointment letters.',
  ])('not a refusal of the writer\'s own: %s', async (body) => {
    expect(await labelsOf(body)).not.toContain('opt_out');
  });
});
