import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import { parseMail } from '../../../src/io/mime.js';
import type { Label } from '../../../src/types.js';

/**
 * How people actually phrase requests, one short mail each, in the seven supported languages.
 * None of these sentences come from the corpus: they check that the rules generalise beyond it.
 */
const CASES: Array<[subject: string, body: string, primary: Label, labels?: Label[]]> = [
  // English, informal
  ['hi', 'Please delete my account.', 'deletion'],
  ['remove me', 'I want you to remove all my information from your database.', 'deletion'],
  ['', 'Can you wipe my profile and everything linked to it? Not using the service anymore.', 'deletion'],
  ['account', 'Please close my account and erase my records.', 'deletion'],
  ['privacy', 'I would like to exercise my right to be forgotten.', 'deletion'],
  ['data', 'What personal information do you have about me?', 'disclosure'],
  ['records', 'Could you send me a copy of my medical records?', 'disclosure'],
  ['how did you get my email', 'How did you get my email address? I never signed up.', 'disclosure'],
  ['CCPA', 'I am submitting a request to know what personal information you collected about me.', 'disclosure'],
  ['export', 'I would like to download all my data in a machine-readable format.', 'disclosure'],
  ['wrong name', 'My last name is spelled wrong in your system, please correct my name to "Nguyen".', 'correction'],
  ['address', 'Please fix my address, you have the old one on file.', 'correction'],
  ['stop', 'Stop sending me marketing emails.', 'opt_out'],
  ['', 'Please unsubscribe me from your newsletter.', 'opt_out'],
  ['Do Not Sell', 'Do not sell or share my personal information.', 'opt_out'],
  ['ads', 'I opt out of targeted advertising and the sale of my data.', 'opt_out'],
  ['spam', "I don't want any more promotional texts from you.", 'opt_out'],
  ['misdirected', 'I received someone else\'s lab results in my patient portal. This is unacceptable.', 'complaint'],
  ['breach', 'Your app leaked my therapy notes. I am filing a complaint with HHS.', 'complaint'],
  ['no answer', 'I asked for my data 6 weeks ago and still have not received a response.', 'complaint', ['complaint', 'disclosure']],
  ['kid', 'My son is 11 and created an account on your app. Please delete it.', 'child_data', ['child_data', 'deletion']],
  ['COPPA', 'Your service collected data from my child who is under 13 without parental consent.', 'child_data'],
  ['both', 'Delete my data and unsubscribe me from all emails.', 'deletion', ['deletion', 'opt_out']],
  // other
  ['Quick question', 'Do you accept my insurance for therapy sessions? What is the pricing?', 'other'],
  ['reschedule', 'Can I reschedule my appointment to Thursday?', 'other'],
  ['Partnership', 'We help clinics boost your revenue with SEO services. Are you the right person? Worth a quick chat?', 'other'],
  // German
  ['Löschung', 'Bitte löschen Sie mein Konto und alle meine Daten.', 'deletion'],
  ['Daten', 'Ich möchte wissen, welche Daten Sie über mich gespeichert haben.', 'disclosure'],
  ['Newsletter', 'Bitte keine Werbung mehr, ich möchte den Newsletter abbestellen.', 'opt_out'],
  ['Adresse', 'Meine Adresse ist falsch gespeichert, bitte berichtigen Sie sie.', 'correction'],
  // Spanish
  ['baja', 'Quiero darme de baja, no me envíen más publicidad.', 'opt_out'],
  ['datos', '¿Qué datos personales tienen sobre mí? Quiero ejercer mi derecho de acceso.', 'disclosure'],
  ['borrar', 'Por favor borren todos mis datos de su sistema.', 'deletion'],
  ['error', 'Mi fecha de nacimiento es incorrecta, por favor corrijan mis datos.', 'correction'],
  // French
  ['compte', 'Merci de supprimer mon compte et toutes mes données.', 'deletion'],
  ['accès', "Je souhaite exercer mon droit d'accès à mes données personnelles.", 'disclosure'],
  ['erreur', 'Mon nom est mal orthographié, pouvez-vous corriger mes informations ?', 'correction'],
  // Portuguese
  ['conta', 'Quero excluir minha conta e todos os meus dados.', 'deletion'],
  ['acesso', 'Solicito acesso aos meus dados pessoais conforme a LGPD.', 'disclosure'],
  ['emails', 'Não quero receber mais emails de marketing, por favor descadastrem meu email.', 'opt_out'],
  // Italian
  ['account', 'Vi chiedo di cancellare il mio account e tutti i miei dati.', 'deletion'],
  ['newsletter', 'Non voglio più ricevere la vostra newsletter, disiscrivetemi.', 'opt_out'],
  ['dati', 'I miei dati sono errati, vi chiedo la rettifica del mio indirizzo.', 'correction'],
  // Dutch
  ['account', 'Verwijder alstublieft mijn account en al mijn gegevens.', 'deletion'],
  ['inzage', 'Ik wil graag inzage in mijn persoonsgegevens.', 'disclosure'],
  ['nieuwsbrief', 'Ik wil me afmelden voor de nieuwsbrief.', 'opt_out'],
  ['refund', "I still haven't heard back about my refund for the cancelled session.", 'other'],
  ['chasing', "I asked you to delete my account two months ago and still haven't heard back.", 'complaint', ['complaint', 'deletion']],
  // second round, written after the rules above, to check they carry over
  ['Account', "I do not want you to delete my account, just stop the emails please.", 'opt_out'],
  ['HIPAA request', 'Under HIPAA I am requesting an amendment to my medical record; the diagnosis listed is wrong.', 'correction'],
  ['Records', 'I am requesting an accounting of disclosures of my health information for the last 6 years.', 'disclosure'],
  ['Update', 'Please update my email address to jo@new.example in your records.', 'correction'],
  ['sell?', 'I want to know if you sell my data to advertisers.', 'disclosure'],
  ['calls', 'Remove my phone number from your call list.', 'opt_out'],
  ['contact', 'Do not contact me again.', 'opt_out'],
  ['Thanks', 'Thanks for deleting my data so quickly!', 'other'],
  ['Newsletter #12', 'Five tips for better sleep this winter. Read more on our blog. To unsubscribe click here.', 'other'],
  ['Invoice 2231', 'Please find attached invoice 2231 for consulting services. Payment due in 30 days.', 'other'],
  ['Job application', 'Dear hiring manager, please find my CV attached for the therapist position.', 'other'],
  ['Re: your request', 'Yes, that is correct. My date of birth is 02/03/1990.', 'other'],
  ['GDPR request', 'Hello, under the GDPR I would like to know what personal data you process about me and to have it deleted afterwards.', 'deletion', ['deletion', 'disclosure']],
  ['', 'How do I delete my account? I cannot find the option in the app.', 'deletion'],
  ['Permission Slip', 'Consumer Reports Permission Slip is acting as an authorized agent for the consumer below. The consumer requests that you do not sell or share their personal information.', 'opt_out'],
  ['Please forget me', 'Forget me. Everything. Now.', 'deletion'],
  ['Privacy', 'Why did you send my test results to my employer? That is a violation of my privacy.', 'complaint'],
  ['Concern', 'I am concerned that my data was leaked in the recent breach reported in the news. Was my information affected?', 'complaint'],
  ['Datenschutz', 'Ich möchte mein Konto löschen und keine Newsletter mehr bekommen.', 'deletion', ['deletion', 'opt_out']],
  ['Verteiler', 'Bitte streichen Sie mich aus Ihrem Verteiler.', 'opt_out'],
  ['Einwilligung', 'Hiermit widerrufe ich meine Einwilligung zur Nutzung meiner Daten für Werbung.', 'opt_out'],
  ['Falsche Adresse', 'Sie haben meine Befunde an eine falsche Adresse geschickt!', 'complaint'],
  ['Correos', 'Ya no quiero recibir sus correos.', 'opt_out'],
  ['Información', 'Quiero saber qué información tienen de mí y de dónde la obtuvieron.', 'disclosure'],
  ['Mi hija', 'Mi hija de 12 años creó una cuenta en su aplicación sin mi permiso.', 'child_data'],
  ['Compte', 'Je veux supprimer mon compte.', 'deletion'],
  ['Données', "Pouvez-vous m'envoyer une copie de mes données ?", 'disclosure'],
  ['Mon fils', "Mon fils de 10 ans s'est inscrit sur votre application. Merci de supprimer ses données.", 'child_data', ['child_data', 'deletion']],
  ['Account', 'Vorrei cancellare il mio account.', 'deletion'],
  ['Gegevens', 'Ik wil weten welke gegevens jullie van mij hebben.', 'disclosure'],
  ['Dados', 'Quero saber quais dados vocês têm sobre mim.', 'disclosure'],
  ['Kind', 'Mijn dochter van 11 heeft een account aangemaakt zonder toestemming.', 'child_data'],
  ['Sohn', 'Mein 12-jähriger Sohn hat sich bei Ihnen registriert. Bitte löschen Sie alle Daten.', 'child_data', ['child_data', 'deletion']],
  ['urgent', 'Dear Customer, your mailbox is over quota. Click here to verify your account within 24 hours or your data will be deleted.', 'other'],
  ['Webinar', 'Join our free webinar on GDPR compliance: how to handle the right to erasure and access requests. Register now.', 'other'],
  ['DSAR software', 'We automate your DSAR workflow: access, deletion and do-not-sell requests in one dashboard. Book a demo.', 'other'],
  ['privacy', 'Please stop sharing my information with third parties and delete my profile.', 'deletion', ['deletion', 'opt_out']],
  ['data request', 'I want a copy of all the information you have about me, including call recordings.', 'disclosure'],
  ['Complaint', 'I want to make a complaint about how my personal information was handled by your receptionist.', 'complaint'],
  ['opt out', 'Opt me out of the sale of personal information. I am a California resident.', 'opt_out'],
  ['Limit', 'Limit the use of my sensitive personal information.', 'opt_out'],
  ['Right to correct', 'I am exercising my right to correct inaccurate personal information: my address is wrong.', 'correction'],
  ['Access', 'Please provide all data about me that you hold, as required by the GDPR.', 'disclosure'],
  ['erase', 'Erase me from your systems.', 'deletion'],
  ['Appointment', 'I need to cancel my appointment tomorrow, sorry.', 'other'],
  ['Mensagens', 'Parem de me enviar mensagens de marketing.', 'opt_out'],
  ['Excluir', 'Por favor, apaguem minha conta.', 'deletion'],
  ['Cancellazione', 'Vi prego di eliminare i miei dati personali dai vostri archivi.', 'deletion'],
  ['Rettifica', 'Il mio cognome è scritto male, potete correggerlo?', 'correction'],
  ['Afmelden', 'Haal mij van jullie mailinglijst.', 'opt_out'],
  // third round: everyday mail in the other six languages
  ['Droit d’accès', "Madame, Monsieur, je vous prie de bien vouloir m'indiquer si des données me concernant figurent dans vos fichiers et, dans l'affirmative, de m'en communiquer une copie. Veuillez agréer mes salutations.", 'disclosure'],
  ['Demande', "Bonjour, j'ai reçu par erreur le compte rendu médical d'un autre patient dans mon espace. C'est inadmissible.", 'complaint'],
  ['Newsletter', "Bonjour, merci de ne plus m'envoyer votre newsletter.", 'opt_out'],
  ['Ejercicio del derecho de oposición', 'Por medio del presente escrito ejerzo el derecho de oposición al tratamiento de mis datos con fines publicitarios.', 'opt_out'],
  ['Consulta', 'Hola, ¿me podéis decir qué información personal guardáis de mí?', 'disclosure'],
  ['Mi hijo', 'Mi hijo tiene 11 años y se ha registrado en vuestra app. Quiero que borréis su cuenta.', 'child_data', ['child_data', 'deletion']],
  ['Correo equivocado', 'Me habéis enviado los resultados de otro paciente por error.', 'complaint'],
  ['Anfrage', 'Guten Tag, können Sie mir bitte sagen, welche Informationen Sie über mich haben?', 'disclosure'],
  ['Konto', 'Hallo, bitte mein Konto löschen. Danke!', 'deletion'],
  ['Werbung', 'Ich will keine Werbung mehr von Ihnen bekommen.', 'opt_out'],
  ['Fehler', 'Sie haben meinen Namen falsch geschrieben. Bitte korrigieren Sie das.', 'correction'],
  ['Datenleck', 'Ich habe erfahren, dass es bei Ihnen ein Datenleck gab. Waren meine Daten betroffen?', 'complaint'],
  ['Richiesta accesso', 'Spett.le Società, con la presente chiedo di accedere ai dati personali che mi riguardano.', 'disclosure'],
  ['Cancellazione account', 'Ciao, potete cancellare il mio profilo? Non uso più l’app.', 'deletion'],
  ['Newsletter', 'Per favore toglietemi dalla vostra mailing list.', 'opt_out'],
  ['Pedido', 'Bom dia, gostaria de saber que dados pessoais vocês têm sobre mim.', 'disclosure'],
  ['Conta', 'Oi, quero apagar minha conta de vocês. Obrigado.', 'deletion'],
  ['Emails', 'Por favor, me tirem da lista de emails.', 'opt_out'],
  ['Verwijderen', 'Hoi, kunnen jullie mijn account verwijderen? Bedankt!', 'deletion'],
  ['Inzageverzoek', 'Graag ontvang ik een overzicht van alle persoonsgegevens die u van mij verwerkt.', 'disclosure'],
  ['Fout adres', 'Mijn adres staat verkeerd in jullie systeem, kunnen jullie dat aanpassen?', 'correction'],
  ['Spam', 'Stop met het sturen van reclame naar mijn e-mailadres!', 'opt_out'],
  ['Verzoek', 'Mijn dochter is 12 en heeft zich aangemeld bij uw app zonder mijn toestemming.', 'child_data'],
];

function rawMail(subject: string, body: string): Buffer {
  return Buffer.from(
    `From: Person <person@mail.example>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <p@mail.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}\r\n`,
  );
}

describe('triage on everyday phrasing', () => {
  it.each(CASES)('%s / %s -> %s', async (subject, body, primary, labels) => {
    const mail = await parseMail(rawMail(subject, body), { maxBytes: 100_000 });
    const verdict = triageMail(mail, { ownAddresses: ['privacy@clinic.example'] });
    expect(verdict.primary).toBe(primary);
    expect([...verdict.labels].sort()).toEqual([...(labels ?? [primary])].sort());
  });
});
