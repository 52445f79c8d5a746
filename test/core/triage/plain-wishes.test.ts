import { describe, expect, it } from 'vitest';
import { rulesVerdictOf } from '../../support/rules-verdict.js';

/**
 * Wishes said the plain way, which the rules once missed (round 91 showed each kind; these sentences
 * are written for this check, none comes from the corpus).
 */
describe('plain wishes', () => {
  it.each([
    ['Please correct your records: I moved out of that flat in 2023 and the new address is on my account.', 'correction'],
    ['Someone entered my birth year as 1896. Kindly amend the records.', 'correction'],
    ["I'm objecting to this scoring of my purchases, please have a person look at it.", 'opt_out'],
    ['I object to such profiling.', 'opt_out'],
    ['Graag mijn adres op jullie blokkeerlijst, zodat ik nooit meer reclamemail van jullie ontvang.', 'opt_out'],
    ['Ik wil geen marketingmail meer, dank je.', 'opt_out'],
    ['Kunnen jullie mijn klantaccount sluiten? Ik bestel niet meer.', 'deletion'],
    ['Mijn geboortedatum is 4 mei 1970. Dan mag alles nu weg, zoals gevraagd.', 'deletion'],
    // Restriction while a correction is checked (GDPR Art. 18(1)(a)), as people put it (round 93).
    ["While you're looking into it, please stop passing it on to the credit agencies.", 'opt_out'],
    ['Solange der Fall geklärt wird, bitte Code 4.2 nicht an Versicherer weitergeben.', 'opt_out'],
    ['Enquanto a verificação não terminar, peço que esse registo não seja usado.', 'opt_out'],
    ['No quiero que se comparta con la aseguradora ningún dato mío.', 'opt_out'],
    ['Ik wil niet dat mijn man nog nieuwsbrieven van jullie ontvangt op ons gezamenlijke adres.', 'opt_out'],
    ["I don't want my daughter to receive any more promotional texts from you.", 'opt_out'],
    // Round 99: "não quero mais receber", "Hören Sie auf, … Werbung", and "lasciate perdere l'indirizzo" narrowing, not withdrawing.
    ['Não quero mais receber essas mensagens de oferta no celular, nem por WhatsApp.', 'opt_out'],
    ['Hören Sie bitte auf, mir auf Grundlage meiner Bestellungen Werbung zu schicken.', 'opt_out'],
    ["Lasciate perdere l'indirizzo: chiudete il mio account e cancellate tutti i miei dati.", 'deletion'],
    // Leave to delete and nothing after it, in a reply (round 99).
    ['Oi, respondo do e-mail cadastrado. Podem excluir, por favor.', 'deletion'],
    ['Hola, les escribo desde el correo de la cuenta. Pueden borrarla.', 'deletion'],
    ["Bonjour, c'est bien mon adresse. Vous pouvez supprimer, merci.", 'deletion'],
    ['Ja, das ist meine Adresse. Sie können alles löschen.', 'deletion'],
    // "tienen ustedes mal mi teléfono": the pronoun between the verb and "mal" (a voicemail transcript, round 100).
    ['Buenos días, tienen ustedes mal mi número de móvil, me llaman al de otra señora.', 'correction'],
    ['Your letter says I have died. Please lift the bereavement flag on my account, I am very much alive.', 'correction'],
    ['You posted my results to my neighbour. Treat this as a data breach and tell me what you will do.', 'complaint'],
    // A detail named in five words before "de vos fichiers" (round 97).
    ['Au passage, effacez aussi mon numéro de téléphone fixe de vos fichiers, je ne l’utilise plus.', 'deletion'],
  ])('%s -> %s', async (body, label) => {
    expect((await rulesVerdictOf(body)).labels).toEqual([label]);
  });

  it('removing something from my account is not erasing the account', async () => {
    expect((await rulesVerdictOf('Please remove the second phone number from my account, it belongs to my old flat.')).labels).not.toContain('deletion');
  });

  it.each([
    'Wil je nooit meer mails ontvangen? Meld je hier af.',
    'Our records are correct as far as we know.',
    "My parents don't know about the account and I don't want them getting emails about it.",
  ])('a notice or a statement asks nothing: %s', async (body) => {
    expect((await rulesVerdictOf(body)).labels).toEqual(['other']);
  });
});
