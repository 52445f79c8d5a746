import { describe, expect, it } from 'vitest';
import { triageOffline } from '../../../src/core/triage/offline.js';
import { loadShippedModel } from '../../../src/io/triage-model.js';
import { parseMail } from '../../../src/io/mime.js';
import type { Verdict } from '../../../src/types.js';

/**
 * A bare yes to the team's question asks what the question offered (rules and the shipped model). Written for this check in the
 * seven languages; none of it comes from the corpus or the blind rounds.
 */
async function reply(answer: string, question: string): Promise<Verdict> {
  return replyWithBody(`${answer}\n\nOn 2 May 2026, Privacy Team <privacy@clinic.example> wrote:\n> Hello,\n> thank you for your message.\n> ${question}\n> Kind regards, Privacy Team`);
}

/** A person's reply to the team, as their mail client sends it. */
async function replyWithBody(body: string, subject = 'Re: your request'): Promise<Verdict> {
  const raw = `From: Person <person@mail.example>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <y@mail.example>\r\nIn-Reply-To: <q@clinic.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
  return triageOffline(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ownAddresses: ['privacy@clinic.example'], mode: 'both', model: loadShippedModel() });
}

/** The yes is read as the question's offer, and says so in its evidence. */
async function expectYesReadAs(answer: string, question: string, label: string): Promise<void> {
  const verdict = await reply(answer, question);
  expect(verdict.labels).toContain(label);
  expect(verdict.evidence[0]?.phrase.startsWith('yes to: ')).toBe(true);
}

describe('a bare yes asks what the team\'s question offered', () => {
  it.each([
    ['Yes please.', 'Would you like us to remove you from our marketing emails as well?', 'opt_out'],
    ['Ja, gerne.', 'Möchten Sie zusätzlich eine Kopie Ihrer Patientenakte erhalten?', 'disclosure'],
    ['Ja graag', 'Wilt u dat wij uw account en al uw gegevens verwijderen?', 'deletion'],
    ['Oui, merci.', 'Souhaitez-vous que nous corrigions également votre adresse postale dans notre fichier ?', 'correction'],
    ['Sí, por favor', '¿Desea recibir una copia de su historia clínica?', 'disclosure'],
    ['Sì, grazie.\nMarco', 'Vuole che cancelliamo il suo account e tutti i dati collegati?', 'deletion'],
    ['Sim.', 'Deseja deixar de receber as nossas newsletters e campanhas por SMS?', 'opt_out'],
  ])('%s -> %s', async (answer, question, label) => {
    await expectYesReadAs(answer, question, label);
  });

  // The team asks for a yes without a question mark: "we ask you to confirm…", "reply YES to confirm…".
  it.each([
    ['Sì', "Prima di procedere ti chiediamo di confermare che desideri cancellare il tuo account e lo storico delle sedute.", 'deletion'],
    ['yes', 'Reply YES to confirm that you want us to stop sharing your data with our advertising partners.', 'opt_out'],
    ['Oui', 'Nous vous prions de confirmer que vous souhaitez recevoir une copie de votre dossier.', 'disclosure'],
  ])('a yes to a request to confirm without a question mark: %s', async (answer, question, label) => {
    await expectYesReadAs(answer, question, label);
  });

  it.each([
    ['Sim', 'Olá Ana,\n> obrigado pela sua mensagem.\n> Deseja deixar de receber as nossas newsletters e campanhas por SMS?\n> Com os melhores cumprimentos, a equipa de privacidade', 'pt'],
    ['Nein.', 'Guten Tag Herr Roth,\n> vielen Dank für Ihre Nachricht.\n> Möchten Sie weiterhin unseren Newsletter erhalten?\n> Mit freundlichen Grüßen, Ihr Datenschutzteam', 'de'],
    ['ok', 'Gentile Sig.ra Neri,\n> grazie per il suo messaggio.\n> Vuole che cancelliamo il suo account e tutti i dati collegati?\n> Cordiali saluti, il team privacy', 'it'],
  ])('a bare answer too short to tell is in the language of the thread it answers: %s', async (answer, quoted, language) => {
    const verdict = await replyWithBody(`${answer}\n\nOn 2 May 2026, Privacy Team <privacy@clinic.example> wrote:\n> ${quoted}`, 'Re: ?');
    expect(verdict.language).toBe(language);
  });

  it('a yes under "just reply yes or no" answers the question before it', async () => {
    await expectYesReadAs('Yes', 'Would you also like us to unsubscribe you from our marketing emails? Just reply yes or no.', 'opt_out');
  });

  it.each([
    ['Yes, that was me.', 'Did you send us a request to delete your account last week?'],
    ['Yes.', 'Would you like us to delete your account, or only stop the marketing emails?'],
    ['Thanks, all good.', 'Would you like us to remove you from our marketing emails as well?'],
  ])('not a yes to an offer: %s', async (answer, question) => {
    expect((await reply(answer, question)).labels).toEqual(['other']);
  });

  it.each([
    ['OK, go ahead.', 'Do you confirm that we should erase your account and everything in it?', 'deletion'],
    ["D'accord pour moi.", 'Confirmez-vous la suppression définitive de votre compte ?', 'deletion'],
    ['Einverstanden.', 'Können Sie uns bestätigen, dass wir Ihre Daten nicht mehr für Werbung verwenden sollen?', 'opt_out'],
    ['Akkoord, dank je', 'Klopt het dat je wilt dat we je account en al je gegevens verwijderen?', 'deletion'],
    ['Va bene', 'Vuole che le mandiamo una copia dei suoi dati?', 'disclosure'],
  ])('an ok or a confirmation: %s -> %s', async (answer, question, label) => {
    await expectYesReadAs(answer, question, label);
  });

  it.each([
    ["Oui, c'est bien moi.", "Pouvez-vous confirmer être à l'origine de la demande d'effacement ?"],
    ['Yes, it was me.', 'Can you confirm it was you who asked for your account to be deleted?'],
    ['Sim, fui eu.', 'Pode confirmar que foi você mesma que pediu a exclusão da conta?'],
  ])('a yes to a check of who asked confirms a fact: %s', async (answer, question) => {
    expect((await reply(answer, question)).labels).toEqual(['other']);
  });

  it.each([
    ['Sim.', 'Confirma que devemos alterar o seu apelido na ficha de "Mendonca" para "Mendonça"?', 'correction'],
    ['Sim', 'Confirma que pretende o apagamento da sua conta e do histórico de marcações?', 'deletion'],
    ['yes', 'Can you confirm you want us to stop sharing your data with ad partners (the "Do Not Sell or Share" choice)?', 'opt_out'],
  ])('Portuguese "o" is an article, and an "or" in a quoted name is no choice: %s', async (answer, question, label) => {
    await expectYesReadAs(answer, question, label);
  });

  it.each([
    ['Sí.', '¿Desea que borremos su cuenta o solo que dejemos de enviarle publicidad?'],
    ['Sì', 'Vuole che cancelliamo il suo profilo o soltanto la carta fedeltà?'],
    ['Sim.', 'Pretende apagar a conta ou só deixar de receber as nossas campanhas?'],
  ])('a yes to a choice in Spanish, Italian or Portuguese chooses nothing: %s', async (answer, question) => {
    expect((await reply(answer, question)).evidence.some((item) => item.phrase.startsWith('yes to: '))).toBe(false);
  });

  it.each([
    ['Ja, noch aktuell.', 'Ist Ihr Antrag auf Löschung Ihres Kontos noch aktuell?', 'deletion'],
    ['Yes, still.', 'Do you still want a copy of your records?', 'disclosure'],
    ['Pode sim.', 'Podemos apagar a sua conta e o histórico de consultas?', 'deletion'],
    ['Adelante.', '¿Quiere que borremos su cuenta?', 'deletion'],
    // "etc.)?" ends no sentence: the whole question is read.
    ['Sí.', 'Hemos actualizado su teléfono. ¿Desea que además demos de baja su correo de nuestra lista de comunicaciones comerciales (promociones, revisiones, etc.)?', 'opt_out'],
    // Closing comes after the offer; it is not the offer.
    ['Yes.', 'Before we close this request: do you also want us to delete your account and all associated data?', 'deletion'],
  ])('a yes to whether the request stands, in other words, or under a long question: %s -> %s', async (answer, question, label) => {
    await expectYesReadAs(answer, question, label);
  });

  it.each([
    ['Confirmed.', 'Please confirm that you would like us to stop sharing your data with our advertising partners.', 'opt_out'],
    ['Ja, bestätigt.', 'Bitte bestätigen Sie uns kurz, dass wir Ihr Nutzerkonto und alle Daten darin löschen sollen.', 'deletion'],
    ['Sí.', '¿Quieres que además dejemos de usar tus datos para mostrarte publicidad personalizada?', 'opt_out'],
  ])('a yes to an imperative "please confirm", or to an offer to stop a use: %s -> %s', async (answer, question, label) => {
    await expectYesReadAs(answer, question, label);
  });

  it.each([
    ['Oui, vous pouvez clôturer.', 'Avez-vous bien tout reçu et pouvons-nous clôturer votre demande ?'],
    ['Yes, go ahead.', 'Can we close your case now?'],
    ['Sì', 'Ci conferma che il numero di telefono nella sua scheda è ancora corretto?'],
  ])('a yes to closing the request, or to a fact on file, asks for nothing: %s', async (answer, question) => {
    expect((await reply(answer, question)).labels).toEqual(['other']);
  });

  it('a yes that says what it wants is read as written', async () => {
    const verdict = await reply('Yes, and please delete my account too.', 'Would you like us to remove you from our marketing emails as well?');
    expect(verdict.labels).toContain('deletion');
    expect(verdict.evidence.some((item) => item.phrase.startsWith('yes to: '))).toBe(false);
  });
});

describe('a bare no to going on asks us to stop', () => {
  it.each([
    ['No.', 'Would you like to keep receiving our monthly newsletter and offers?', 'opt_out'],
    ['Nein danke', 'Möchten Sie auch in Zukunft weiterhin unsere Rundschreiben per E-Mail erhalten?', 'opt_out'],
    ['Non merci', 'Souhaitez-vous continuer à recevoir nos promotions par SMS ?', 'opt_out'],
    ['No, gracias', '¿Quiere seguir recibiendo nuestro boletín?', 'opt_out'],
    ['No grazie', 'Desidera continuare a ricevere le nostre comunicazioni commerciali?', 'opt_out'],
    ['Não', 'Deseja continuar a receber as nossas campanhas?', 'opt_out'],
    ['Nee hoor', 'Wilt u onze nieuwsbrief blijven ontvangen?', 'opt_out'],
    ['No thanks.', 'Shall we keep your account open for future bookings?', 'deletion'],
  ])('%s -> %s', async (answer, question, label) => {
    const verdict = await reply(answer, question);
    expect(verdict.labels).toEqual([label]);
    expect(verdict.evidence[0]?.phrase.startsWith('no to: ')).toBe(true);
  });

  it.each([
    ['Non.', 'Acceptez-vous que nous continuions à vous envoyer nos offres par SMS ?'],
    ['No', 'Are you happy for us to share your test results with our research partner?'],
    ['Nee, dank je', 'Vindt u het goed dat wij uw gegevens delen met onze partners voor reclame?'],
  ])('a no to a use of the data objects to it: %s', async (answer, question) => {
    expect((await reply(answer, question)).labels).toEqual(['opt_out']);
  });

  it.each([
    ['Não.', 'Podemos continuar usando seus dados para pesquisas de satisfação e para sugerir planos?'],
    ['No.', '¿Nos autorizas a usar los datos de tu cuenta para estudios de investigación?'],
    ['No grazie', 'Desidera che conserviamo i suoi dati anche per futuri contatti commerciali?'],
    ['Nein.', 'Dürfen wir Sie weiterhin mit unserem Newsletter und mit Angeboten zu unseren Kursen und Präventionsprogrammen im Frühjahr kontaktieren?'],
  ])('a no to going on using the data for marketing or research objects to it: %s', async (answer, question) => {
    expect((await reply(answer, question)).labels).toEqual(['opt_out']);
  });

  it.each([
    ['Nein.', 'Sie hatten uns telefonisch gesagt, dass Sie Ihr Konto behalten möchten. Sollen wir die am 2. März beantragte Löschung trotzdem durchführen?'],
    ['No.', 'Shall we stop using your data for research?'],
    ['No.', 'Do you still want us to delete your account?'],
  ])('a no to an offer to stop, or to whether the request stands, objects to nothing: %s', async (answer, question) => {
    const verdict = await reply(answer, question);
    expect(verdict.labels).toEqual(['other']);
    expect(verdict.evidence[0]?.phrase.startsWith('no to: ')).toBe(true);
  });

  it.each([
    ['No.', 'Do you want us to continue with your request?'],
    ['No thanks.', 'Would you like the copy sent by post?'],
    ['No, gracias.', '¿Quieres que te enviemos además una copia de todos los datos que tenemos sobre ti?'],
  ])('a bare no to any other offer turns it down and asks nothing: %s', async (answer, question) => {
    const verdict = await reply(answer, question);
    expect(verdict.labels).toEqual(['other']);
    expect(verdict.evidence[0]?.phrase.startsWith('no to: ')).toBe(true);
  });

  it.each([
    ['Nein.', 'Möchten Sie weiterhin Newsletter erhalten oder nur Terminerinnerungen?'],
    ['No, I never asked for that, who are you?', 'Would you like to keep receiving our newsletter?'],
  ])('a choice, or a no that asks back, is no bare answer: %s', async (answer, question) => {
    expect((await reply(answer, question)).evidence.some((item) => item.phrase.startsWith('no to: '))).toBe(false);
  });

  it.each([
    ['No.', "Do you also want us to close your account? If not, we'll simply take you off our marketing emails and text messages.", 'opt_out'],
    ['Nein danke', 'Sollen wir auch Ihr Konto schließen? Falls nicht, nehmen wir Sie nur aus unserem Newsletter-Verteiler heraus.', 'opt_out'],
    ['no', "Shall we close your account as well? if not, we'll simply take you off our marketing emails.", 'opt_out'],
    ['Não', 'Quer também que encerremos a sua conta? Caso contrário, vamos apenas retirar o seu e-mail da nossa lista de newsletters.', 'opt_out'],
    ['No grazie', "Vuole che chiudiamo anche il suo account? Altrimenti ci limiteremo a cancellare la sua iscrizione alla newsletter.", 'opt_out'],
  ])('a bare no takes what the team said it would do otherwise: %s', async (answer, question, label) => {
    const verdict = await reply(answer, question);
    expect(verdict.labels).toContain(label);
    expect(verdict.labels).not.toContain('other');
    expect(verdict.evidence[0]?.phrase.startsWith('no to: ')).toBe(true);
  });

  it('a no that goes on to ask is read as written', async () => {
    const verdict = await reply('No, just stop the marketing emails please.', 'Would you also like us to delete your account?');
    expect(verdict.labels).toEqual(['opt_out']);
    expect(verdict.evidence.some((item) => item.phrase.startsWith('no to: '))).toBe(false);
  });
});

describe('a yes between a greeting and a long business signature (round 92)', () => {
  it.each([
    ['Sehr geehrte Frau Brandt,\n\nja, bitte so verfahren.\n\nMit freundlichen Grüßen\n\nDr. Klaus Imhof\nGeschäftsführer\nImhof Statik GmbH\nKaiserstraße 9 | 76133 Karlsruhe\nTel. +49 721 555 0100\nAmtsgericht Mannheim HRB 700123 | Geschäftsführer: Dr. Klaus Imhof', 'Sollen wir Ihr Kundenkonto und Ihre Bestellhistorie löschen?'],
    ['Dear Ms Patel,\n\nYes, please go ahead.\n\nKind regards\n\nOwen Hughes\nOperations Director\nHughes & Lloyd Surveyors Ltd\nUnit 4, Riverside Park, Cardiff CF10 5AA\nRegistered in England and Wales No. 01234567', 'Would you like us to delete your account and the survey records linked to it?'],
  ])('%s', async (answer, question) => {
    expect((await reply(answer, question)).labels).toEqual(['deletion']);
  });

});

describe('a bare yes to going on keeps things as they are', () => {
  it.each([
    ['Ja.', 'Möchten Sie weiterhin unseren Newsletter erhalten?'],
    ['Yes please', 'Would you like to keep receiving our newsletter and offers?'],
    ['Oui.', 'Acceptez-vous que nous continuions à vous envoyer nos offres par SMS ?'],
    ['Sí', '¿Está de acuerdo en que sigamos enviándole nuestro boletín?'],
    ['Yes', 'Shall we keep your account open for future bookings?'],
  ])('%s', async (answer, question) => {
    const verdict = await reply(answer, question);
    expect(verdict.labels).toEqual(['other']);
    expect(verdict.evidence[0]?.phrase.startsWith('yes to: ')).toBe(true);
  });
});

describe('a choice among what the request covers keeps the request', () => {
  it.each([
    ['Both, thanks.', 'Does your objection to marketing cover the text messages, the emails, or both?', 'opt_out'],
    ['Les deux.', 'Votre demande de suppression concerne-t-elle le compte patient, l’application, ou les deux ?', 'deletion'],
    ['Beide bitte', 'Bezieht sich Ihr Widerspruch gegen Werbung auf die SMS, die E-Mails oder beide?', 'opt_out'],
    ['A ambos.', '¿Su oposición a recibir publicidad se refiere a los SMS, a los correos o a ambos?', 'opt_out'],
    ['Allebei.', 'Geldt uw bezwaar tegen reclame voor de sms-berichten, de e-mails of allebei?', 'opt_out'],
  ])('%s -> %s', async (answer, question, label) => {
    const verdict = await reply(answer, question);
    expect(verdict.labels).toContain(label);
    expect(verdict.evidence[0]?.phrase.startsWith('chose to: ')).toBe(true);
  });

  // Leave to do it, and the choice ("Pode excluir os dois"); a record named alone takes the question's verb (round 100).
  it.each([
    ['Pode excluir os dois, obrigado.', 'Deseja que excluamos também o histórico de sessões ou apenas o cadastro no site?', 'deletion'],
    ['You can remove both.', 'Shall we also erase the photos from your sessions, or only the online booking profile?', 'deletion'],
    ['Seulement le profil sur le site, merci.', 'Voulez-vous que nous effacions aussi les photos des séances, ou seulement votre profil sur le site ?', 'deletion'],
    ['Nur das Kundenkonto bitte, die Rechnungen brauche ich noch.', 'Sollen wir auch Ihre Rechnungen entfernen oder nur Ihr Kundenkonto?', 'deletion'],
  ])('%s -> %s', async (answer, question, label) => {
    const verdict = await reply(answer, question);
    expect(verdict.labels).toEqual([label]);
  });

  it.each([
    ['You can keep both.', 'Shall we delete your account, your appointment history, or both?'],
    ['Pode manter os dois.', 'Quer que excluamos a conta, o histórico ou os dois?'],
  ])('leave to keep turns the offer down: %s', async (answer, question) => {
    const verdict = await reply(answer, question);
    expect(verdict.labels).not.toContain('deletion');
    expect(verdict.evidence.some((item) => item.phrase.startsWith('chose to: '))).toBe(false);
  });

  it('a choice whose own verb asks something else is read as written', async () => {
    const verdict = await reply('You can delete both.', 'Shall we post the invoices or the letters to you, or both?');
    expect(verdict.evidence[0]?.phrase.startsWith('chose to: ')).toBe(false);
  });

  // Written for this check (round 91): Dutch ", of wil je …" is "or", and "both" leads with the deletion.
  it.each([
    ['As duas coisas.', 'Deseja apenas deixar de receber as nossas comunicações de marketing, ou quer também que eliminemos a sua conta?'],
    ['Both please', 'Would you like us to just unsubscribe you from marketing, or also delete your account?'],
  ])('both leads with the deletion however the options are ordered: %s', async (answer, question) => {
    expect((await reply(answer, question)).labels).toEqual(['deletion', 'opt_out']);
  });

  it('both under a Dutch ", of wil je …" choice takes both, what is most at stake first', async () => {
    const verdict = await reply('beide graag', 'Zullen we alleen je klantaccount sluiten, of wil je daarnaast dat we je adres op onze lijst zetten zodat je nooit meer reclamemail van ons krijgt?');
    expect(verdict.labels).toEqual(['deletion', 'opt_out']);
    expect(verdict.evidence[0]?.phrase.startsWith('chose to: ')).toBe(true);
  });

  it.each([
    ['Oui, tout.', 'Souhaitez-vous la suppression de votre compte client et de toutes vos données, ou seulement ne plus recevoir notre lettre d’information ?'],
    ['Ja, alles.', 'Wil je dat we je klantaccount en al je gegevens wissen, of wil je alleen geen nieuwsbrief meer ontvangen?'],
    ['Everything.', 'Should we erase your account and every record we hold, or just stop the promotional emails?'],
  ])('everything under "A, or only B?" is the whole of A: %s', async (answer, question) => {
    const verdict = await reply(answer, question);
    expect(verdict.primary).toBe('deletion');
    expect(verdict.evidence.find((item) => item.label === 'deletion' && item.phrase.startsWith('chose to: '))).toBeDefined();
    expect(verdict.evidence.some((item) => item.label === 'opt_out' && item.phrase.startsWith('chose to: '))).toBe(false);
  });

  it.each([
    ['No.', 'Shall we delete the account your husband set up with your email as well, or only yours?', 'deletion'],
    ['Nein', 'Sollen wir auch das Konto Ihres Partners löschen oder nur Ihres?', 'deletion'],
    ['Não', 'Quer que apaguemos também a conta do seu marido, ou apenas a sua?', 'deletion'],
  ])('a no to "that too, or only yours?" keeps the part: %s -> %s', async (answer, question, label) => {
    const verdict = await reply(answer, question);
    // Where the rules read nothing the model reads the question, and may add a label: German
    // "Partner" is also the advertising partner of opt-out letters.
    expect(verdict.labels).toContain(label);
    expect(verdict.evidence[0]?.phrase.startsWith('chose to: ')).toBe(true);
  });

  it.each([
    ['Both, and please delete my account too.', 'Does your objection to marketing cover the text messages, the emails, or both?'],
    ['Both.', 'Would you like to hear about our spring offers or our summer courses, or both?'],
  ])('not a choice that keeps a request: %s', async (answer, question) => {
    expect((await reply(answer, question)).evidence.some((item) => item.phrase.startsWith('chose to: '))).toBe(false);
  });
});

describe('a yes typed under one of several quoted questions accepts that offer', () => {
  const inline = (body: string): Promise<Verdict> => replyWithBody(body, 'Re: a few questions');

  it('reads each answered offer with the answers around it', async () => {
    const verdict = await inline('Answers below.\n\nOn 3 May 2026, Privacy Team <privacy@clinic.example> wrote:\n> 1. Would you like us to delete your account and all your data?\n\nYes.\n\n> 2. Is there anything else we can help with?\n\nPlease stop the marketing emails as well.\n');
    expect([...verdict.labels].sort()).toEqual(['deletion', 'opt_out']);
  });

  it('reads a yes and two noes typed under three questions, with nothing of its own above them, question by question', async () => {
    const verdict = await inline('On 3 May 2026, Privacy Team <privacy@clinic.example> wrote:\n> Dear Mr Fraser,\n>\n> Do you want us to delete your online account?\n\nYes\n\n> Would you like a copy of your data first?\n\nNo\n\n> Do you have any other email addresses registered with us?\n\nNo\n\n> Best wishes,\n> Privacy Team\n\nG\n');
    expect(verdict.labels).toEqual(['deletion']);
    expect(verdict.language).toBe('en');
  });

  it('reads an "only …" typed under a choice question as the option it names (round 86)', async () => {
    const verdict = await inline('Hallo,\n\nAntwort unten.\n\nAm 03.05.26 um 09:12 schrieb Datenschutz Praxis Lindenhof:\n> Guten Tag Herr Vogt,\n>\n> Möchten Sie Ihr Kundenkonto löschen oder nur Ihre Einwilligung in Werbung widerrufen?\n\nNur die Werbung. Das Konto nutze ich weiter.\n\n> Mit freundlichen Grüßen\n> Praxis Lindenhof\n\nJens Vogt\n');
    expect(verdict.labels).toEqual(['opt_out']);
    // Read by the rules from the option, not left to the model's reading of two words.
    expect(verdict.evidence.some((item) => item.label === 'opt_out' && !item.phrase.startsWith('model: '))).toBe(true);
  });

  it('reads answers given by number above the quoted questions, each by its question (round 95)', async () => {
    const questions = '> 1. Do you want us to unsubscribe you from all marketing emails and texts?\n> 2. Do you also want us to close your rewards account?\n>\n> Thanks,\n> Privacy Team';
    expect((await inline(`1 – yes\n2 – no, keep it, I've got 4,000 points on there\n\nNatalie\n\nOn 3 May 2026, Privacy Team <privacy@clinic.example> wrote:\n${questions}\n`)).labels).toEqual(['opt_out']);
    expect([...(await inline(`1) ja\n2) ja\n\nOn 3 May 2026, Privacy Team <privacy@clinic.example> wrote:\n${questions}\n`)).labels].sort()).toEqual(['deletion', 'opt_out']);
  });

  it('reads answers given by number above an Outlook original that is not quoted (round 98)', async () => {
    const body = '1. Sí\n2. No hace falta, gracias\n\nTomás\n\nDe: Privacidad <privacy@clinic.example>\nEnviado: miércoles, 18 de marzo de 2026 18:30\nPara: tomas@mail.example\nAsunto: Su solicitud - dos preguntas\n\nHola Tomás:\n\n1. ¿Quieres que borremos también los comentarios que escribiste en el foro? Si no, quedarán como "Anónimo".\n2. ¿Quieres recibir una copia de tus datos antes?\n\nSaludos,\nEquipo de Privacidad\n';
    const verdict = await inline(body);
    expect(verdict.labels).toEqual(['deletion']);
    expect(verdict.evidence[0]?.phrase.startsWith('yes to: ')).toBe(true);
  });

  it('a line announcing the answers ("ANTWORTEN GROSSGESCHRIEBEN") above answers typed into an Outlook original is no thanks-only reply', async () => {
    const body = 'ANTWORTEN GROSSGESCHRIEBEN\n\n-----Oorspronkelijk bericht-----\nVan: Privacy <privacy@clinic.example>\nVerzonden: vrijdag 27 maart 2026 08:44\nAan: sam@mail.example\nOnderwerp: Uw inzageverzoek - vragen\n\nBeste heer De Wit,\n\n1. Moet uw inzageverzoek ook uw afsprakenhistorie omvatten?\nJA, ALLES\n\n2. Wilt u ook een kopie van uw toestemmingsformulieren?\nJA\n\nMet vriendelijke groet\nPrivacy\n';
    expect((await replyWithBody(body, 'RE: Uw inzageverzoek - vragen')).labels).toContain('disclosure');
  });

  it('reads nothing into a yes under a question that offers nothing', async () => {
    const verdict = await inline('See below.\n\nAm 3. Mai 2026 schrieb Datenschutz <privacy@clinic.example>:\n> 1. Haben Sie unsere Antwort vom 2. Mai erhalten?\n\nJa.\n\n> 2. Ist Ihre Adresse noch aktuell?\n\nJa, danke.\n');
    expect(verdict.labels).toEqual(['other']);
  });
});

// Written for this check; none of it comes from the corpus or the blind rounds.
describe('short answers that keep the request the question is about', () => {
  it.each([
    ['Par mail, c’est plus simple pour moi. Merci !', 'Souhaitez-vous recevoir la copie de vos données par courrier postal ou par e-mail ?', 'disclosure'],
    ['Hallo,\n\nbitte per E-Mail, aber verschlüsselt.', 'Möchten Sie die Kopie Ihrer Daten per Post oder per E-Mail erhalten?', 'disclosure'],
    ['Por correo electrónico, por favor.', '¿Prefiere recibir la copia de su historia clínica por correo postal o por correo electrónico?', 'disclosure'],
    ['Via mail va benissimo, grazie!', 'Preferisce ricevere copia dei Suoi dati via email o per posta?', 'disclosure'],
  ])('a way to send it: %s', async (answer, question, label) => {
    expect((await reply(answer, question)).labels).toEqual([label]);
  });

  it('"Oui par courrier" under the one way offered keeps the access request', async () => {
    const verdict = await replyWithBody("Oui par courrier, je n'ai pas d'imprimante.\n\nLe 24 mars 2026 à 15:02, Service Protection des Données <privacy@clinic.example> a écrit :\n> Madame,\n>\n> Nous avons préparé la copie de votre dossier. Souhaitez-vous la recevoir par courrier à l'adresse que nous avons ?\n>\n> Bien à vous\n");
    expect(verdict.labels).toEqual(['disclosure']);
  });

  it('"Per Post bitte" under a choice of ways to send the Datenauskunft keeps the access request', async () => {
    expect((await reply('Per Post bitte, an die Adresse in meinem Kundenkonto. Danke!', 'Ihre Datenauskunft ist fertiggestellt. Möchten Sie diese per Post oder als verschlüsseltes PDF per E-Mail erhalten?')).labels).toEqual(['disclosure']);
  });

  it('a yes to restricting the processing while a dispute is checked (Art. 18) is an opt-out, not a yes to going on', async () => {
    await expectYesReadAs('Ja, bitte.', 'Wir prüfen Ihren Einwand. Möchten Sie, dass wir die Verarbeitung dieses Eintrags bis zum Abschluss der Prüfung einschränken (Art. 18 DSGVO), sodass er nicht an Vertragspartner übermittelt wird?', 'opt_out');
  });

  it('"Beide graag!" under "alleen je account …, of ook je afsprakenhistorie?" keeps the deletion', async () => {
    expect((await reply('Beide graag!', 'Wil je dat we alleen je account in de app verwijderen, of ook je afsprakenhistorie?')).labels).toEqual(['deletion']);
  });

  it('"ja" under "kun je bevestigen dat we je account mogen verwijderen?" confirms the deletion', async () => {
    await expectYesReadAs('ja', 'Kun je bevestigen dat we je account en ritgeschiedenis definitief mogen verwijderen?', 'deletion');
  });

  it('a yes to "Podemos prosseguir?", with a remark on its line, goes ahead with what the sentence before names', async () => {
    const verdict = await reply('Pode prosseguir. Estou ciente de que vou perder o saldo acumulado.', 'Antes de excluirmos a sua conta, lembramos que o saldo será perdido. Podemos prosseguir?');
    expect(verdict.labels).toEqual(['deletion']);
  });

  it('but a way to send something that is no request of theirs keeps nothing', async () => {
    expect((await reply('By email please.', 'Would you like our spring brochure by post or by email?')).labels).toEqual(['other']);
  });
});

// Written for this check after blind round 69; none of it comes from the corpus or the blind rounds.
describe('answers to a question asked as a request to tell, or naming one option (round 69)', () => {
  it.each([
    ['Email is fine, thanks.', 'Please let us know whether you would like to receive the copy of your data by post or by email.', 'disclosure'],
    ['Per email, grazie. La posta qui arriva quando vuole.', 'La preghiamo di farci sapere se preferisce ricevere la copia dei Suoi dati per posta o via email.', 'disclosure'],
    ['Graag per e-mail.', 'Wilt u ons laten weten of wij de kopie van uw gegevens per post of per e-mail mogen versturen.', 'disclosure'],
  ])('a way to send it, asked without a question mark: %s', async (answer, question, label) => {
    expect((await reply(answer, question)).labels).toEqual([label]);
  });

  it('a way to send it, where the sentence before says what is sent', async () => {
    const verdict = await replyWithBody('By post please, I hardly use email.\n\nOn 2 May 2026, Privacy Team <privacy@clinic.example> wrote:\n> Dear Ms Lowe,\n> The export of your personal data is ready. Shall we send it by post or by email?\n> Kind regards, Privacy Team');
    expect(verdict.labels).toEqual(['disclosure']);
  });

  it.each([
    ['Only the newsletter please, I still use my account.', 'Shall we close your account, or only unsubscribe you from the newsletter?', 'opt_out'],
    ['Solo la publicidad, la cuenta la sigo usando.', '¿Quiere que eliminemos su cuenta o solo que dejemos de enviarle publicidad?', 'opt_out'],
    ['Nur die alte Telefonnummer.', 'Was genau sollen wir löschen: Ihr gesamtes Konto oder nur die alte Telefonnummer?', 'deletion'],
  ])('the one option named: %s', async (answer, question, label) => {
    expect((await reply(answer, question)).labels).toEqual([label]);
  });
});

// Written for this check after blind round 70; none of it comes from the corpus or the blind rounds.
describe('yes to a request to confirm, to "do you mean", and a channel for an access request (round 70)', () => {
  it.each([
    ['Sì, confermo.', 'Le chiediamo gentilmente di confermarci che desidera la cancellazione del Suo account e dei Suoi dati.', 'deletion'],
    ['Sí, adelante.', 'Le rogamos nos confirme que desea la supresión de su cuenta y de sus datos personales.', 'deletion'],
    ['Perfect, go ahead.', 'Do you mean we should stop sharing your data with our advertising partners?', 'opt_out'],
    ['Per Post bitte.', 'Wie möchten Sie die Auskunft erhalten: per Post oder per E-Mail?', 'disclosure'],
  ])('%s', async (answer, question, label) => {
    expect((await reply(answer, question)).labels).toEqual([label]);
  });

  it('reads a yes above a Dutch Apple Mail attribution ("Op … heeft … het volgende geschreven:")', async () => {
    const verdict = await replyWithBody('Prima, ga je gang.\n\nSanne\n\nOp 4 mei 2026 om 10:12 heeft Privacy Team <privacy@clinic.example> het volgende geschreven:\n\n> Hoi Sanne,\n> Bedoel je dat wij moeten stoppen met het delen van je gegevens met onze advertentiepartners?\n> Groet, Privacy Team');
    expect(verdict.labels).toEqual(['opt_out']);
  });
});

// Written for this check after blind round 71; none of it comes from the corpus or the blind rounds.
describe('a channel answer after a greeting and a yes on the same line (round 71)', () => {
  it.each([
    ['Hola, sí, por correo electrónico por favor, ya no vivo en esa dirección.', '¿Le enviamos la copia de sus datos por correo postal o por correo electrónico?', 'disclosure'],
    ['Hi, yes, by email please.', 'Shall we post the copy of your records or send it by email?', 'disclosure'],
  ])('%s', async (answer, question, label) => {
    expect((await reply(answer, question)).labels).toEqual([label]);
  });
});

// Written for this check after blind round 72; none of it comes from the corpus or the blind rounds.
describe('no to "also …?", only what was asked (round 72)', () => {
  it.each([
    ['Não, só a conta. O histórico podem manter por causa das faturas.', 'Recebemos o seu pedido para eliminar a sua conta. Pretende que apaguemos também o histórico de encomendas?', 'deletion'],
    ['No, just the account please.', 'We have your request to delete your account. Should we also delete your order history?', 'deletion'],
    ['Nein, nur das Konto.', 'Wir haben Ihren Antrag erhalten, Ihr Konto zu löschen. Sollen wir auch Ihre Bestellhistorie löschen?', 'deletion'],
  ])('%s', async (answer, question, label) => {
    expect((await reply(answer, question)).labels).toEqual([label]);
  });

  it('a no that names nothing of the request before is not read as keeping it', async () => {
    const verdict = await reply('No, only the newsletter.', 'We have your request to delete your account. Should we also delete your order history?');
    expect(verdict.evidence.some((item) => item.phrase.startsWith('chose to:'))).toBe(false);
  });
});

// Written for this check after blind round 73; none of it comes from the corpus or the blind rounds.
describe('a way to send named after a verb, a choice of ways without an "or", and "is that OK?" (round 73)', () => {
  it.each([
    ['Vale, mándenmelo por mail mejor. Gracias.', 'Ya está preparada la información que solicitó. ¿Se la enviamos por correo electrónico o por carta certificada?', 'disclosure'],
    ['Hallo, gerne per Post an meine Adresse, danke.', 'Möchten Sie die Kopie Ihrer Daten per E-Mail oder per Post erhalten?', 'disclosure'],
    ['Graag per e-mail, dank u.', 'Uw verzoek om inzage is verwerkt. Wilt u het overzicht per post of per e-mail ontvangen?', 'disclosure'],
    // One way turned down is no request withdrawn (round 77).
    ['Per e-mail graag, als pdf. Per post is niet nodig.', 'Uw inzageverzoek is in behandeling. Wilt u het overzicht van uw persoonsgegevens per post of per e-mail ontvangen?', 'disclosure'],
    ['sure, thats fine', 'Your copy of your records is ready. We will send it as an encrypted PDF and text you the password. Is that OK?', 'disclosure'],
  ])('%s', async (answer, question, label) => {
    expect((await reply(answer, question)).labels).toEqual([label]);
  });

  it('a way named in a list further down, under a question that sends nothing, keeps no access request', async () => {
    const verdict = await reply('Answers below.\n\nSMS: yes\nLeaflets by post: also', 'To record your objection, which channels should we switch off: email, SMS, post?');
    expect(verdict.labels).not.toContain('disclosure');
  });
});

// Written for this check after blind round 73; none of it comes from the corpus or the blind rounds.
describe('a way to send chosen at the top of a letter that asks more (round 73)', () => {
  it('keeps the access request beside the correction asked below it', async () => {
    const verdict = await reply(
      'By email please, as an encrypted PDF if you can.\n\nAlso, while I am writing: my surname is still wrong on the account. I married last year; please correct it from Hart to Delaney everywhere you hold it.',
      'We are preparing a copy of the personal data we hold about you. Shall we send it by post or by email?',
    );
    expect([...verdict.labels].sort()).toEqual(['correction', 'disclosure']);
  });

  it('reads no access request in a choice of ways to receive our offers', async () => {
    const verdict = await reply('By email, but only about my appointments. I do not want any offers by phone, and I told you so in January.', 'Would you like to receive our news and offers by email, SMS or phone?');
    expect(verdict.labels).not.toContain('disclosure');
  });
});

// Written for this check after blind round 74; none of it comes from the corpus or the blind rounds.
describe('no to "both?", only the one named (round 74)', () => {
  it.each([
    ['Nein, nur das Konto mit der Nummer 5512. Das zweite nutzt mein Mann, der kümmert sich selbst darum, falls er das möchte.', 'Wir haben zu Ihrer Adresse zwei Kundenkonten gefunden. Sollen beide gelöscht werden?', 'deletion'],
    ['No, only the one ending in 204. The other belongs to my sister and she can write to you herself if she wants.', 'We found two accounts under your email address. Should both be deleted?', 'deletion'],
  ])('%s', async (answer, question, label) => {
    expect((await reply(answer, question)).labels).toEqual([label]);
  });
});

// Written for this check after blind round 76; none of it comes from the corpus or the blind rounds.
describe('yes to "confirm you want us to proceed", under a rule line; an option named in other words (round 76)', () => {
  it.each([
    ['Yes, go ahead.', 'We have your erasure request. We will delete your portal account and your booking history. Your clinical notes must be kept by law. Can you confirm you want us to proceed?', 'deletion'],
    ['Ja, bitte.', 'Wir haben Ihren Antrag auf Löschung erhalten und würden Ihr Kundenkonto schließen. Rechnungen bewahren wir zehn Jahre auf. Können Sie bestätigen, dass wir fortfahren sollen?', 'deletion'],
    ['Oui, merci.', 'Nous avons bien reçu votre demande de copie de vos données. Le dossier fait 40 pages. Souhaitez-vous que nous procédions ?', 'disclosure'],
  ])('%s', async (answer, question, label) => {
    expect((await reply(answer, question)).labels).toEqual([label]);
  });

  it('reads a yes typed above an Outlook on the web rule line', async () => {
    const body = 'Sí, adelante.\n\n________________________________\nDe: Privacidad <privacy@clinic.example>\nEnviado: miércoles, 18 de marzo de 2026 17:12\nPara: persona@mail.example\nAsunto: Su solicitud\n\nEn relación con su solicitud de supresión, eliminaremos su cuenta y su historial de citas. Su historia clínica se conserva durante el plazo legal. ¿Nos confirma que desea que procedamos?';
    expect((await replyWithBody(body)).labels).toEqual(['deletion']);
    const dashes = body.replace('________________________________', '-'.repeat(80));
    expect((await replyWithBody(dashes)).labels).toEqual(['deletion']);
  });

  it.each([
    ['no, just the newsletter thanks', 'Would you like us to close your account completely, or only remove you from our marketing emails?', 'opt_out'],
    ['Nur die Werbung bitte', 'Sollen wir Ihr Kundenkonto vollständig löschen oder Sie nur von unseren Marketing-E-Mails abmelden?', 'opt_out'],
  ])('%s', async (answer, question, label) => {
    expect((await reply(answer, question)).labels).toEqual([label]);
  });
});

describe('a yes above a phone sign-off that ends in a full stop (round 99)', () => {
  it('"ja bitte, auch die Termine" over "Von meinem Samsung Galaxy Smartphone gesendet."', async () => {
    const verdict = await replyWithBody('ja bitte, auch die Rechnungen\n\nVon meinem Samsung Galaxy Smartphone gesendet.\n\n-------- Ursprüngliche Nachricht --------\nVon: Datenschutz <privacy@clinic.example>\nBetreff: Rückfrage\n\nHallo,\n\nwir löschen wie gewünscht dein Konto. Sollen wir auch deine Rechnungsübersicht löschen?\n\nViele Grüße');
    expect(verdict.labels).toEqual(['deletion']);
    expect(verdict.evidence[0]?.phrase.startsWith('yes to: ')).toBe(true);
  });
});
