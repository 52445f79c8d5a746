import { describe, expect, it } from 'vitest';
import { detectAutomatedContent, selectMessageText, triageMail } from '../../../src/core/triage/index.js';
import { parseMail } from '../../../src/io/mime.js';
import type { InboundMail, Label } from '../../../src/types.js';

/**
 * Auto-replies, ticket acknowledgements, read receipts and bounces recognised from their text when
 * the headers say nothing, and people's mail that looks like them. Written for this check in the seven
 * languages with full rules, in several wordings each; none of it comes from the evaluation corpus.
 */

async function mailOf(subject: string, body: string, headers = ''): Promise<InboundMail> {
  const raw = `From: Person <person@mail.example>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <p@mail.example>\r\n${headers}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
  return parseMail(Buffer.from(raw), { maxBytes: 100_000 });
}

const OPTIONS = { ownAddresses: ['privacy@clinic.example'] };

/** [subject, body, reason]: no header says "automated"; the text must. */
const AUTOMATED: Array<[subject: string, body: string, reason: string]> = [
  // A sign-up or consent mail that says "I" nowhere and tells an unexpecting reader to ignore it (round 100).
  ["Confirm Leo's account", "Hello,\n\nLeo has created an account on Readaloud and gave your address as a parent's.\n\nConfirm the account: https://readaloud.example/c/91\n\nNot your child? You can safely ignore this email and the sign-up will expire.\n\nThe Readaloud team", "transactional notice text"],
  ["Bitte bestätigen Sie Ihre E-Mail-Adresse", "Guten Tag,\n\nbitte bestätigen Sie Ihre E-Mail-Adresse für das Patientenportal: https://portal.example.de/v/77\n\nFalls Sie sich nicht registriert haben, können Sie diese E-Mail einfach ignorieren.\n\nIhr Portal-Team", "transactional notice text"],
  // A survey or founder's letter in one person's voice asks the reader to tell them how it went; "Du
  // erhältst diese E-Mail" is a list's footer as "Sie erhalten" is (round 100).
  ["two minutes, Alex?", "Hi Alex,\n\nMarco here from the member care team. Would you have two minutes to tell me how your first month went? I read every answer myself.\n\nStart the survey: https://clinic.example/s/42\n\nThanks,\nMarco\n\nYou're receiving this because you're a member of Clinic Example.", "mailing-list footer text"],
  ["Ein paar Worte von mir", "Hallo Mia,\n\nich schreibe dir heute ganz persönlich: Ab Juli ändern sich unsere Öffnungszeiten, und ich wollte, dass du es zuerst von mir hörst.\n\nBis bald,\nJonas\n\nDu erhältst diese E-Mail als Kundin von Studio Example. Einstellungen ändern: https://studio.example/prefs", "mailing-list footer text"],
  ["Re: Your privacy request", "Hello,\n\nThank you for your email. I am currently out of the office until Monday 9 March with limited access to email. For urgent matters please contact my colleague Jane Doe (jane.doe@corp.example).\n\nBest regards,\nTom", "out-of-office text"],
  ["Re: Your privacy request", "I'm on parental leave until September 2026. Your email will not be forwarded. Please contact hr@corp.example instead.", "out-of-office text"],
  ["Re: Your privacy request", "Hi,\nI'm away on vacation and will respond to your message when I return on 12 August.\nCheers, Sam", "out-of-office text"],
  ["Re: Your privacy request", "Thanks for your message. I no longer work at Acme Corp. Please direct your enquiries to info@acme.example.", "no-longer-here text"],
  ["Re: Your privacy request", "This mailbox is not monitored. For support, please contact support@shop.example.", "unmonitored-mailbox text"],
  // A departed colleague's notice asks to drop the address itself from lists: its own words, not an opt-out (round 49).
  ["AW: Auftragsverarbeitungsvertrag", "Guten Tag,\n\nich bin nicht mehr für die Beispiel GmbH tätig. Dieses Postfach wird nicht mehr gelesen. Bitte entfernen Sie diese Adresse aus Ihren Verteilern.\n\nIhre Anfrage richten Sie bitte an info@beispiel.example.", "no-longer-here text"],
  ["Re: Newsletter", "I no longer work at Acme. This mailbox is no longer monitored, please remove this address from your mailing lists.", "no-longer-here text"],
  // A departure dated in passing, and a mailbox no longer read (held-out misses, session V).
  ["Nicht mehr erreichbar", "Hallo,\n\nich habe das Unternehmen zum 31.01. verlassen und lese dieses Postfach nicht mehr. Schreibt bitte an datenschutz@firma.example.\n\nTobias", "no-longer-here text"],
  ["Re: contract", "Hello, I left the company at the end of March. Please contact office@firm.example for anything about the contract.", "no-longer-here text"],
  ["Re: verwerkersovereenkomst", "Beste relatie, ik heb de organisatie per 1 april verlaten. Voor vragen kunt u terecht bij info@zorg.example.", "no-longer-here text"],
  // A closing line that says it as a sentence, under the sender's sign-off (round 51).
  ["Reminder: invoice 2231 is overdue", "Hello,\n\nInvoice 2231 (EUR 40.00) was due on 3 March. If you have already paid, please disregard this message.\n\nKind regards,\nBilling team\nThis is an automated message.", "automated-response text (closing line)"],
  ["Zahlungserinnerung", "Guten Tag,\n\ndie Rechnung 5512 ist seit dem 1. April offen.\n\nFreundliche Grüße\nIhre Buchhaltung\nDies ist eine automatisch erstellte Nachricht.", "automated-response text (closing line)"],
  // A list's footer under impersonal text, and a mailing saying whom it went to (round 51).
  ["Novidades do app", "Olá!\n\nLançamos o modo escuro e novos lembretes de consulta. Atualize o app na sua loja.\n\nAbraços,\nEquipe Lumi\n\nVocê está recebendo este e-mail porque se cadastrou no Lumi. Para cancelar, clique aqui.", "mailing-list footer text"],
  ["Nieuw in de app", "Beste gebruiker,\n\nVanaf deze week kunt u afspraken ook via de app verzetten.\n\nMet vriendelijke groet,\nTeam Zorgplan\n\nU ontvangt deze e-mail omdat u een account heeft bij Zorgplan.", "mailing-list footer text"],
  ["Incidente di sicurezza", "Gentile cliente,\n\nil 2 marzo abbiamo rilevato un accesso non autorizzato a un server di prova. Non sono coinvolti dati di pazienti. Le consigliamo di cambiare la password.\n\nIl team Sicurezza\nQuesto messaggio è inviato a tutti gli amministratori della piattaforma.", "mailing-list footer text"],
  ["Service update", "Dear customer,\n\nOur portal will be down for maintenance on Sunday from 02:00 to 04:00 CET.\n\nThe Medlink team\nThis email was sent to all Medlink account holders.", "mailing-list footer text"],
  // A founder's letter says "I" but asks nothing; footers in more wordings (round 86).
  ["the spring update", "Hi friend,\n\nIt's Tom, one of the two people who started Breadbox. I wanted to tell you myself that the sourdough class is back on Thursdays.\n\nSee you there,\nTom\n\nYou're receiving this because you joined our list at breadbox.example.", "mailing-list footer text"],
  ["Neues aus der Werkstatt", "Hallo du,\n\nich bin's, Jana. Bei uns gibt es endlich wieder Leinenbeutel in drei Farben.\n\nLiebe Grüße\nJana\n\nDu bekommst diese Mail, weil du unseren Newsletter abonniert hast.", "mailing-list footer text"],
  // A help desk's summary that echoes the request under a bare "Testo:" label.
  ["[MS-2026-1190] Abbiamo ricevuto la sua richiesta", "Gentile cliente,\n\nla sua richiesta è stata presa in carico con il numero MS-2026-1190.\n\nRiepilogo:\nOggetto: Rettifica anagrafica paziente\nTesto: \"Un paziente ci ha chiesto di correggere la data di nascita, ma il campo è bloccato. Come possiamo procedere con la rettifica?\"\n\nTempo medio di presa in carico: 8 ore lavorative.\n\nAssistenza Clienti", "ticket acknowledgement text"],
  // A digest's bulleted thread titles ask and name children, but they are the list's items, not its sender asking.
  ["Your weekly roundup: 9 new threads", "Hi Sam, here is what happened in the Parents Online forum this week.\n\nTOP THREADS\n• \"How do I get my son's data deleted from a school app?\" – 31 replies\n• Can a clinic share a kid's vaccination record with the school?\n• Requesting access to the data a fitness tracker holds\n\nReply on the website: replies to this email are not posted.\n\nYou're receiving this digest because you joined Parents Online. Change how often you get it in your settings.", "mailing-list footer text"],
  // A link's query ("?utm_source=nb") is no question, and link lines do not push the footer out of the last lines.
  ["Voorjaarsbeurt nu €39", "Hoi Kees,\n\nDe lente komt eraan! Laat je fiets nu nakijken voor maar €39.\n\nPlan je beurt [https://www.fiets.example.nl/onderhoud?utm_source=nb]\nJe ontvangt deze nieuwsbrief omdat je klant bent bij Fiets. Uitschrijven\n[https://www.fiets.example.nl/afmelden?id=kx81] | Privacy\n[https://www.fiets.example.nl/privacy]\nFiets B.V., Stationsweg 22, 3811 HZ Amersfoort", "mailing-list footer text"],
  // The list's links under its footer are the list's, not a person's one-word command.
  ["a note from me", "Hi friend,\n\nIt's Ines, co-founder of Lumen. I wanted to share the new evening playlist we built this month.\n\nThank you for being here,\nInes\n\nYou're receiving this because you signed up at lumen.example.\nUnsubscribe · Preferences", "mailing-list footer text"],
  ["Neuigkeiten", "Hallo,\n\nich bin's, Lena von Kornblume. Unser Hofladen hat jetzt auch samstags offen.\n\nBis bald\nLena\n\nDu erhältst diese E-Mail, weil du dich angemeldet hast.\nAbmelden | Einstellungen", "mailing-list footer text"],
  ["Wochenbericht", "Hallo Familie Berger,\n\ndiese Woche wurden 4 Lektionen abgeschlossen.\n\nDu erhältst den Wochenbericht, weil er in den Einstellungen aktiviert ist.", "mailing-list footer text"],
  ["Nieuws uit de winkel", "Hoi!\n\nIk heb goed nieuws: vanaf zaterdag zijn we weer open, met nieuwe planten.\n\nGroetjes,\nLotte\n\nJe krijgt deze mail omdat je je hebt aangemeld voor de nieuwsbrief.", "mailing-list footer text"],
  ["Invitation", "Bonjour,\n\nNotre atelier du 12 mai est ouvert aux inscriptions.\n\nVous avez reçu ce message car vous êtes client de l'Atelier Bleu.", "mailing-list footer text"],
  ["Rechnung 2291", "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung für März.\n\nMit freundlichen Grüßen\nIhre Buchhaltung\n\nDiese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.", "automated-response text (closing line)"],
  // A testimonial quoted in a newsletter is the list's copy: its "I" and its child are not the sender's.
  ["Notre lettre d'avril", "LA LETTRE DU CENTRE – avril\n\n- Sommeil des ados : nos conseils\n- Atelier parents le 12 avril\n\nTémoignage\n« Mon fils de 12 ans refusait d'aller chez l'orthophoniste, je ne savais plus quoi faire… » – lire la suite\n\nVous recevez cette lettre car vous êtes abonné(e) au Centre Arc-en-ciel.\nSe désabonner : https://centre.example/stop", "mailing-list footer text"],
  // A survey or founder's note in one person's voice: its questions are put to the reader, and the
  // footer's own line carries its unsubscribe link (round 95).
  ["Quick question, Alex?", "Hi Alex,\n\nI'm one of the product folks at Ledgerly and I'd love to hear how it's going.\n\nWould you mind answering three quick questions? It takes about 90 seconds.\n\nCheers,\nSarah\n\nYou're receiving this because you have a Ledgerly account. Unsubscribe from research emails.", "mailing-list footer text"],
  ["Comment s'est passé votre échange ?", "Bonjour Christophe,\n\nVous avez échangé avec moi le 13 avril. J'espère avoir pu vous aider !\n\nPourriez-vous prendre 30 secondes pour noter notre échange ?\n\nJulie\n\nVous recevez cet e-mail suite à votre contact avec notre service client.", "mailing-list footer text"],
  // Dutch "je" is "you", and "3 weken geleden" recalls the reader's history, not the sender's (round 95).
  ["Even een persoonlijk berichtje", "Hoi Sanne,\n\nJoris hier van Fietsmaatje. Je hebt je fiets 3 weken geleden laten nakijken, dus ik ben benieuwd.\n\nWat vond je ervan? Antwoord gerust op deze mail.\n\nGroet,\nJoris\n\nJe ontvangt deze e-mail omdat je een account hebt bij Fietsmaatje. Afmelden | Voorkeuren", "mailing-list footer text"],
  // A terms update whose bulleted items name a right (round 96).
  ["Atualizamos nossos Termos de Uso", "Olá,\n\nAtualizamos os Termos de Uso. O que mudou:\n- incluímos um novo suboperador;\n- explicamos como você pode solicitar a exclusão dos dados de um paciente.\n\nEquipe Lembra.Me\nVocê está recebendo este e-mail por ser administrador(a) de uma conta Lembra.Me.", "mailing-list footer text"],
  // A headline quoting what readers write, in German quotes closed on a plain mark (round 94).
  ["Datenschutz-Brief 02/2026", "Datenschutz-Brief · Ausgabe Februar\n\n1. „Bitte löschen Sie alle meine Daten\" – was Unternehmen jetzt beachten müssen\n\nLöschanfragen nach Art. 17 DSGVO nehmen zu.\n\nSie erhalten diesen Newsletter, weil Sie sich angemeldet haben.", "mailing-list footer text"],
  ["Nieuwsbrief mei", "Nieuws van de praktijk\n\nErvaringsverhaal: \"Mijn dochter van 9 durfde niet meer naar school, nu gaat het weer goed.\"\n\nU ontvangt deze nieuwsbrief omdat u zich heeft aangemeld.", "mailing-list footer text"],
  // A stretch counted from today, and "if it's pressing" in place of a date (held-out misses, session U).
  ["Re: We need to confirm a few details", "I'm on jury service for the next two weeks and can't say when I'll be able to check email. Please bear with me.", "out-of-office text"],
  ["Re : Question", "Je suis en télétravail cette semaine, connexion aléatoire. Si c'est pressé, appelez le secrétariat.", "out-of-office text"],
  ["AW: Anfrage", "Ich bin im Urlaub und die nächsten drei Wochen nicht erreichbar.", "out-of-office text"],
  // A mail program's recall request, in the third person, naming the recalled subject (round 49).
  ["Rappel : Re: Votre demande de suppression", "Valérie Moreau souhaite rappeler le message « Re: Votre demande de suppression ».", "automated-response text"],
  ["Recall: Your deletion request", "Anna Berg would like to recall the message, \"Your deletion request\".", "automated-response text"],
  ["Rückruf: Ihre Löschanfrage", "Jonas Keller möchte die Nachricht \"Ihre Löschanfrage\" zurückrufen.", "automated-response text"],
  ["Re: Your privacy request", "Please note that I am on sick leave. I will get back to you as soon as possible after my return.", "out-of-office text"],
  ["Re: Ihre Datenschutzanfrage", "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin vom 3. bis 14. März nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Anna Weber (anna.weber@firma.example).\n\nMit freundlichen Grüßen\nJonas Keller", "out-of-office text"],
  ["AW: Ihre Anfrage", "Ich befinde mich bis einschließlich 20. April in Elternzeit. Ihre E-Mail wird nicht weitergeleitet.", "out-of-office text"],
  ["RE: Su solicitud", "Hola,\n\nGracias por su mensaje. Estoy fuera de la oficina hasta el 15 de agosto con acceso limitado al correo. Para asuntos urgentes, póngase en contacto con maria@empresa.example.\n\nSaludos", "out-of-office text"],
  ["RE: Su solicitud", "Me encuentro de vacaciones hasta el lunes. Responderé a su correo a mi regreso.", "out-of-office text"],
  ["RE: Votre demande", "Bonjour,\n\nJe suis absente du bureau jusqu'au 2 janvier inclus. Pour toute demande urgente, merci de contacter support@societe.example.\n\nCordialement", "out-of-office text"],
  ["RE: Votre demande", "Je suis actuellement en congé maternité. Votre message ne sera pas transféré.", "out-of-office text"],
  ["R: La sua richiesta", "Buongiorno,\nsono fuori ufficio fino al 28 agosto con accesso limitato alla posta. Per questioni urgenti contattare ufficio@azienda.example.\nCordiali saluti", "out-of-office text"],
  ["R: La sua richiesta", "Grazie per il messaggio. Sono in ferie dal 1 al 20 agosto e risponderò al mio rientro.", "out-of-office text"],
  ["RE: Sua solicitação", "Olá,\n\nEstou fora do escritório até 10 de janeiro, com acesso limitado ao e-mail. Para assuntos urgentes, contacte geral@empresa.example.\n\nCumprimentos", "out-of-office text"],
  ["RE: Sua solicitação", "Estou de férias até segunda-feira. Responderei quando eu voltar.", "out-of-office text"],
  ["RE: Uw verzoek", "Beste,\n\nIk ben afwezig tot en met 15 juli en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met info@bedrijf.example.\n\nMet vriendelijke groet", "out-of-office text"],
  ["RE: Uw verzoek", "Ik ben met ouderschapsverlof. Uw e-mail wordt niet doorgestuurd.", "out-of-office text"],
  ["[Ticket #48213] Re: Your privacy request", "##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.", "ticket acknowledgement text"],
  ["Re: Your privacy request", "Dear customer,\n\nWe would like to acknowledge that we have received your request and a ticket has been created with Ticket ID - 12345.\n\nA support representative will be reviewing your request and will send you a personal response (usually within 24 hours).\n\nTo view the status of the ticket or add comments, please visit https://support.example.com/tickets/12345\n\nThank you for your patience.", "ticket acknowledgement text"],
  ["Request received: Your privacy request", "Thank you for contacting Acme Support! This is an automated response to let you know we've received your email. One of our team members will get back to you within 1-2 business days.", "ticket acknowledgement text"],
  ["Re: Your privacy request", "Your incident INC0012345 has been opened on your behalf. You can view the incident at https://acme.service-now.example.", "ticket acknowledgement text"],
  ["Re: Ihre Anfrage [#20394]", "Vielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und wird unter der Ticketnummer 20394 bearbeitet. Wir melden uns innerhalb von 2 Werktagen bei Ihnen.", "ticket acknowledgement text"],
  ["RE: Su solicitud", "Hemos recibido su solicitud. Número de ticket: 88231. Nos pondremos en contacto con usted en un plazo de 48 horas. Por favor, no responda a este correo.", "ticket acknowledgement text"],
  ["RE: Votre demande", "Nous avons bien reçu votre demande (n° 55120). Un conseiller vous répondra sous 48 heures. Merci de ne pas répondre à ce message.", "ticket acknowledgement text"],
  ["R: La sua richiesta", "Abbiamo ricevuto la sua richiesta. Numero ticket: 7731. Ti risponderemo entro 24 ore.", "ticket acknowledgement text"],
  ["RE: Sua solicitação", "Recebemos a sua solicitação. Protocolo: 2026031512. Entraremos em contato em até 2 dias úteis.", "ticket acknowledgement text"],
  ["RE: Uw verzoek", "Wij hebben uw verzoek in goede orde ontvangen. Uw ticketnummer is 44810. We nemen binnen 3 werkdagen contact met u op.", "ticket acknowledgement text"],
  ["Read: Your privacy request", "Your message\n\n  To: Privacy Team\n  Subject: Your privacy request\n  Sent: Tuesday, March 3, 2026 10:15:00 AM (UTC+01:00) Amsterdam, Berlin\n\nwas read on Tuesday, March 3, 2026 11:02:13 AM (UTC+01:00) Amsterdam, Berlin.", "read-receipt text"],
  ["Gelesen: Ihre Datenschutzanfrage", "Ihre Nachricht\n\n  An: Datenschutz\n  Betreff: Ihre Datenschutzanfrage\n  Gesendet: Dienstag, 3. März 2026 10:15:00 (UTC+01:00)\n\nwurde am Dienstag, 3. März 2026 11:02:13 (UTC+01:00) gelesen.", "read-receipt text"],
  ["Leído: Su solicitud", "El mensaje\n\n  Para: Privacidad\n  Asunto: Su solicitud\n  Enviado: martes, 3 de marzo de 2026 10:15:00\n\nse leyó el martes, 3 de marzo de 2026 11:02:13.", "read-receipt text"],
  ["Lu : Votre demande", "Votre message\n\n  À : Confidentialité\n  Objet : Votre demande\n  Envoyé : mardi 3 mars 2026 10:15:00\n\na été lu le mardi 3 mars 2026 11:02:13.", "read-receipt text"],
  ["Letto: La sua richiesta", "Il messaggio\n\n  A: Privacy\n  Oggetto: La sua richiesta\n  Inviato: martedì 3 marzo 2026 10:15:00\n\nè stato letto il martedì 3 marzo 2026 11:02:13.", "read-receipt text"],
  ["Lida: Sua solicitação", "A sua mensagem\n\n  Para: Privacidade\n  Assunto: Sua solicitação\n  Enviada: terça-feira, 3 de março de 2026 10:15:00\n\nfoi lida na terça-feira, 3 de março de 2026 11:02:13.", "read-receipt text"],
  ["Gelezen: Uw verzoek", "Uw bericht\n\n  Aan: Privacy\n  Onderwerp: Uw verzoek\n  Verzonden: dinsdag 3 maart 2026 10:15:00\n\nis gelezen op dinsdag 3 maart 2026 11:02:13.", "read-receipt text"],
  ["Mail problem", "This is the mail system at host mx1.example.com.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<jane@corp.example>: host mx.corp.example[203.0.113.5] said: 550 5.1.1 <jane@corp.example>: Recipient address rejected: User unknown", "delivery-failure text"],
  ["Problem", "Your message to jane@corp.example couldn't be delivered. The email address you entered couldn't be found. Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'", "delivery-failure text"],
  ["Nachricht", "Ihre Nachricht an jana@firma.example konnte nicht zugestellt werden. Der Empfänger ist unbekannt. Fehler: 550 5.1.1", "delivery-failure text"],
  ["Mensaje", "Su mensaje a pedro@empresa.example no se ha podido entregar. El buzón del destinatario está lleno (552 5.2.2).", "delivery-failure text"],
  ["Message", "Votre message à paul@societe.example n'a pas pu être remis. Adresse introuvable. Erreur permanente 550 5.1.1.", "delivery-failure text"],
  ["Messaggio", "Il messaggio a luca@azienda.example non è stato recapitato. Destinatario sconosciuto. 550 5.1.1 user unknown.", "delivery-failure text"],
  ["Mensagem", "A sua mensagem para ana@empresa.example não pôde ser entregue. O endereço não existe. Erro permanente: 550 5.1.1", "delivery-failure text"],
  ["Bericht", "Uw bericht aan piet@bedrijf.example kon niet worden afgeleverd. De ontvanger is onbekend (550 5.1.1).", "delivery-failure text"],
  ["Re: Your privacy request", "This is an automated message. Please do not reply to this email.", "automated-response text"],
  ["Re: Your privacy request", "Thanks for reaching out! I'm currently traveling with spotty internet and will reply once I'm back on the 14th.", "out-of-office text"],
  ["Re: Your privacy request", "Hi there, I'm OOO until Jan 3rd. If it's urgent, ping my colleague Mark at mark@corp.example.", "out-of-office text"],
  ["Re: Your privacy request", "Greetings. Please be advised that I am out of the office from December 23 through January 2. Emails will not be forwarded. For immediate assistance, call the main office at 555-123-4567.", "out-of-office text"],
  ["Re: Your privacy request", "Due to the holidays, our office will be closed from 24 December to 1 January. We will respond to your message when we return.", "out-of-office text"],
  ["Re: Your privacy request", "I am attending a conference this week and will have limited access to my emails.", "out-of-office text"],
  ["Re: Your privacy request", "Jane Smith is no longer with Acme. Please send future correspondence to privacy@acme.example.", "no-longer-here text"],
  ["Re: Your privacy request", "This email address is no longer in use. Please update your address book and write to contact@corp.example.", "unmonitored-mailbox text"],
  ["Re: Your privacy request", "Your email has been received. A member of our privacy team will respond within 30 days. Reference: PRV-2026-0042.", "ticket acknowledgement text"],
  ["Re: Your privacy request", "Thank you for your inquiry. This is an automatic confirmation that we received your message. We aim to respond within two business days.", "ticket acknowledgement text"],
  ["Re: Your privacy request", "Hello, your support ticket #A-5521 has been logged. Our agents will get back to you shortly. Please do not reply to this message.", "ticket acknowledgement text"],
  ["RE: Su solicitud", "Estimado cliente, hemos recibido su consulta y se ha creado el ticket #3321. Un agente le responderá lo antes posible.", "ticket acknowledgement text"],
  ["AW: Ihre Anfrage", "Guten Tag, ich bin derzeit außer Haus und ab dem 12.05. wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet.", "out-of-office text"],
  ["AW: Ihre Anfrage", "Vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 23.08. im Urlaub. In dringenden Angelegenheiten wenden Sie sich bitte an info@firma.example.", "out-of-office text"],
  ["RE: Su solicitud", "Gracias por escribir. Estaré de vacaciones del 1 al 15 de agosto sin acceso al correo. Para temas urgentes escriba a soporte@empresa.example.", "out-of-office text"],
  ["RE: Votre demande", "Merci pour votre message. Je suis en déplacement jusqu'au vendredi 12 avec un accès limité à mes e-mails. Je vous répondrai dès mon retour.", "out-of-office text"],
  ["R: La sua richiesta", "Gentile mittente, sono assente fino al 5 gennaio. Per urgenze contattare il numero 02 1234567.", "out-of-office text"],
  ["RE: Sua solicitação", "Obrigado pelo seu e-mail. Estarei ausente de 1 a 15 de julho. Em caso de urgência, contacte a minha colega Ana (ana@empresa.example).", "out-of-office text"],
  ["RE: Uw verzoek", "Bedankt voor uw bericht. Ik ben tot maandag 12 mei niet op kantoor. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u bellen naar 020-1234567.", "out-of-office text"],
  ["Mail failure", "Delivery has failed to these recipients or groups:\n\nold.user@company.example\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\nDiagnostic information for administrators:\nGenerating server: mail.company.example\nRemote Server returned '550 5.1.1 User unknown'", "delivery-failure text"],
  ["failure", "Hi. This is the qmail-send program at mx.example.net.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.", "delivery-failure text"],
  ["failure", "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.org\n    SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n    550 5.1.1 No such user", "delivery-failure text"],
  ["failure", "** Address not found **\n\nYour message wasn't delivered to bob@example.org because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.", "delivery-failure text"],
  ["Receipt", "This is a Return Receipt for the mail that you sent to bob@example.org.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.", "read-receipt text"],
  ["Warning", "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n     bob@example.org", "delivery-failure text"],
  ["Re: Your privacy request", "Hello,\n\nI am currently on annual leave, returning Monday 14 April. During my absence please contact privacy@corp.example.\n\nKind regards", "out-of-office text"],
  ["Re: Your privacy request", "Thank you for your email. Please note I work part-time and am not in the office on Fridays. I will reply on my next working day.", "out-of-office text"],
  ["Re: Your privacy request", "Thank you for contacting the Data Protection Office. Your request has been logged and will be handled in accordance with applicable law. You will receive a response within one month. Please do not reply to this automated message.", "ticket acknowledgement text"],
  ["Re: Your privacy request", "Hello! We got your message and a ticket (#90211) was created. Someone from our team will reach out soon.", "ticket acknowledgement text"],
  ["Re: Ihre Anfrage", "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nwir haben Ihre Anfrage erhalten und werden diese schnellstmöglich bearbeiten. Ihre Vorgangsnummer lautet 2026-5531.\n\nDies ist eine automatisch generierte E-Mail.", "ticket acknowledgement text"],
  ["Re: Votre demande", "Bonjour,\nCeci est un message automatique. Votre demande a bien été enregistrée sous le numéro 77123. Notre équipe vous répondra dans les 72 heures.", "ticket acknowledgement text"],
  ["R: La sua richiesta", "Gentile cliente, la sua richiesta è stata presa in carico con il numero di pratica 44120. La ricontatteremo entro 5 giorni lavorativi.", "ticket acknowledgement text"],
  ["RE: Sua solicitação", "Prezado cliente, o seu pedido foi registado com o número 88/2026. Responderemos no prazo de 10 dias úteis. Esta é uma mensagem automática, não responda.", "ticket acknowledgement text"],
  ["RE: Uw verzoek", "Beste klant, uw vraag is in goede orde ontvangen onder nummer 55021. Een medewerker neemt binnen 2 werkdagen contact met u op.", "ticket acknowledgement text"],
  ["RE: Su solicitud", "Este es un mensaje automático. Su correo ha sido recibido y será atendido a la mayor brevedad.", "ticket acknowledgement text"],
  ["AW: Ihre Anfrage", "Frau Dr. Meier ist bis zum 30.09. in Elternzeit. Ihre E-Mail wird nicht gelesen und nicht weitergeleitet. Bitte wenden Sie sich an sekretariat@praxis.example.", "out-of-office text"],
  ["AW: Ihre Anfrage", "Dieses Postfach wird nicht mehr genutzt. Bitte schreiben Sie an kontakt@firma.example.", "unmonitored-mailbox text"],
  ["RE: Votre demande", "Cette adresse n'est plus consultée. Merci d'écrire à contact@societe.example.", "unmonitored-mailbox text"],
  ["RE: Uw verzoek", "Dit e-mailadres wordt niet meer gelezen. Stuur uw bericht naar info@bedrijf.example.", "unmonitored-mailbox text"],
  ["R: La sua richiesta", "Questa casella di posta non è più monitorata. Per informazioni scrivere a info@azienda.example.", "unmonitored-mailbox text"],
  ["RE: Sua solicitação", "Este endereço de e-mail não é mais monitorado. Por favor, escreva para contato@empresa.example.", "unmonitored-mailbox text"],
  ["RE: Su solicitud", "Esta dirección de correo ya no está activa. Por favor, escriba a info@empresa.example.", "unmonitored-mailbox text"],
  ["Re: Your privacy request", "I've left the company. Please contact Sarah Lee (sarah.lee@corp.example) for anything related to data protection.", "no-longer-here text"],
  // Written blind after the rules above (14 of 20 recognised then; the misses became general rules).
  ["Re: Your privacy request", "Good morning,\n\nI'm currently away from the office on a business trip and will return on Thursday 19 June. I'll have intermittent access to email during this time.\n\nBest,\nRob", "out-of-office text"],
  ["Re: Your privacy request", "Thanks for your email! I'm out on leave until the end of the month. If you need help before then, reach out to team@corp.example.", "out-of-office text"],
  ["Re: Your privacy request", "Hi! Our team is currently on holiday and the office will reopen on 6 January. Any messages received will be answered after that date.", "out-of-office text"],
  ["Re: Your privacy request", "We've received your message and created case 00045321. A specialist will reply within 3 business days.", "ticket acknowledgement text"],
  ["Re: Your privacy request", "Thank you for writing to us. Your enquiry has been logged with reference ENQ-88213. We aim to reply within 5 working days.", "ticket acknowledgement text"],
  ["AW: Ihre Anfrage", "Hallo,\nich bin bis 2. September auf Dienstreise und lese meine E-Mails nur unregelmäßig. In dringenden Fällen erreichen Sie mich telefonisch unter 0170 1234567.", "out-of-office text"],
  ["AW: Ihre Anfrage", "Guten Tag,\nvielen Dank für Ihre Nachricht. Diese ist bei uns eingegangen und wird unter der Vorgangsnummer 77-2026 bearbeitet. Bitte antworten Sie nicht auf diese E-Mail.", "ticket acknowledgement text"],
  ["RE: Su solicitud", "Buenas tardes, me encuentro de baja médica hasta el 30 de septiembre. Durante mi ausencia puede escribir a recepcion@clinica.example.", "out-of-office text"],
  ["RE: Su solicitud", "Gracias por contactar con nosotros. Su consulta ha sido registrada con el número 5521. Le responderemos en un plazo de 72 horas.", "ticket acknowledgement text"],
  ["RE: Votre demande", "Bonjour, je suis en télétravail avec un accès limité à ma messagerie jusqu'au 15 mars. Je vous répondrai dès que possible.", "out-of-office text"],
  ["RE: Votre demande", "Bonjour, votre message a bien été reçu. Un membre de notre équipe vous répondra sous 5 jours ouvrés. Référence : DOS-4471.", "ticket acknowledgement text"],
  ["R: La sua richiesta", "Buongiorno, sono in congedo di maternità fino a gennaio. Per qualsiasi necessità contattare segreteria@studio.example.", "out-of-office text"],
  ["R: La sua richiesta", "Gentile utente, abbiamo ricevuto la tua segnalazione n. 3390. Ti risponderemo entro 48 ore. Non rispondere a questa email.", "ticket acknowledgement text"],
  ["RE: Sua solicitação", "Bom dia, estou de licença até 3 de novembro. Em caso de urgência, entre em contato com suporte@empresa.example.", "out-of-office text"],
  ["RE: Sua solicitação", "Olá! Recebemos sua mensagem e abrimos o chamado 99812. Nossa equipe responderá em até 24 horas.", "ticket acknowledgement text"],
  ["RE: Uw verzoek", "Goedemiddag, ik ben met zwangerschapsverlof tot 1 december. Voor vragen kunt u terecht bij secretariaat@praktijk.example.", "out-of-office text"],
  ["RE: Uw verzoek", "Beste, bedankt voor uw bericht. Uw melding is geregistreerd onder nummer 2026-4410. Wij reageren binnen 5 werkdagen.", "ticket acknowledgement text"],
  ["Your mail", "Sorry, we were unable to deliver your message to the following address.\n\n<x@old.example>:\n550: mailbox unavailable", "delivery-failure text"],
  ["Uw bericht", "Uw bericht kon niet worden bezorgd bij de volgende ontvangers: jan@bedrijf.example. De mailbox bestaat niet.", "delivery-failure text"],
  ["Letto: La sua richiesta", "Il messaggio\n\n  A: Privacy\n  Oggetto: Richiesta\n  Inviato: lunedì 2 marzo 2026 09:00\n\nè stato letto lunedì 2 marzo 2026 10:00.", "read-receipt text"],
  // Notices that say what they are only in their last line or sentence.
  ["Ihre Nachricht", "Guten Tag,\n\nIhr Befund vom 4. März liegt zur Abholung bereit. Bitte bringen Sie Ihre Versichertenkarte mit.\n\nIhr Praxisteam\n\nDiese Nachricht wurde automatisch versendet.", "automated-response text (closing line)"],
  ["Tu cita", "Hola Marta:\n\nTu cita del jueves a las 17:30 sigue en pie. Si necesitas cambiarla, entra en la app.\n\nClínica Olivo · mensaje automático", "automated-response text (closing line)"],
  ["Cursus", "Hoi,\n\nIk zit deze week op cursus en lees m'n mail pas vrijdag. Spoed? Bel de balie: 020 555 0199.\n\nGroet, Joost\n\n-- automatisch antwoord --", "automated-response text (closing line)"],
  ["Rendez-vous confirmé", "Bonjour,\n\nVotre rendez-vous du 12 mars avec Mme Roux est confirmé pour 10 h 30 au cabinet. Pensez à arriver dix minutes en avance avec votre carte Vitale.\n\nCe courriel a été généré automatiquement, merci de ne pas y répondre.", "automated-response text (closing line)"],
  ["Fattura disponibile", "Gentile cliente,\n\nla fattura n. 2231 è disponibile nell'area riservata.\n\nQuesta email è stata generata automaticamente.", "automated-response text (closing line)"],
  ["Resultado disponível", "Olá,\n\nO resultado do seu exame já está disponível no portal do paciente.\n\nEste e-mail foi gerado automaticamente.", "automated-response text (closing line)"],
  // A notice, reminder or invoice that names itself machine-made, not only a "message" (round 94).
  ["Aviso: fatura em atraso", "Exmos. Senhores,\n\nNão foi registado o pagamento da fatura FT 2026/0211.\n\nValor em dívida: 1.376,40 EUR\n\nEste aviso foi gerado automaticamente pelo nosso sistema de cobranças.", "automated-response text (closing line)"],
  ["Payment reminder", "Dear customer,\n\nInvoice 4471 is now 14 days overdue.\n\nThis reminder was generated automatically by our billing system.", "automated-response text (closing line)"],
  ["Zahlungserinnerung", "Guten Tag,\n\ndie Rechnung 2026-118 ist noch offen.\n\nDiese Zahlungserinnerung wurde automatisch erstellt.", "automated-response text"],
  ["Your March invoice", "Hi Sam,\n\nYour invoice for March is ready to view in the portal.\n\n(automated message)", "automated-response text (closing line)"],
  // Formal acknowledgements of receipt, signed by an office, and an absence notice's "Urgent?".
  ["Eingangsbestätigung", "Sehr geehrte Damen und Herren,\n\nhiermit bestätigen wir den Eingang Ihres Schreibens vom 2. Mai. Es wurde unter dem Aktenzeichen PV-2026-211 erfasst.\n\nIhre Patientenverwaltung", "ticket acknowledgement text"],
  ["Your letter of 3 March", "Dear Sir or Madam,\n\nWe acknowledge receipt of your letter, which has been given the reference CR/2026/0381. A full reply will follow within 20 working days.\n\nComplaints Office", "ticket acknowledgement text"],
  ["Accusé de réception", "Madame, Monsieur,\n\nNous accusons réception de votre courrier du 4 avril, enregistré sous le numéro 2026-0457. Une réponse vous sera adressée dans un délai d'un mois.\n\nService Qualité", "ticket acknowledgement text"],
  ["Ontvangstbevestiging", "Geachte heer, mevrouw,\n\nWij bevestigen hierbij de ontvangst van uw brief. Uw zaak is geregistreerd onder nummer Z-2026-0912. U ontvangt binnen vier weken een reactie.\n\nAfdeling Klachten", "ticket acknowledgement text"],
  // The message filed under a number, with the request it echoes quoted below (round 45).
  ["We've got your message [Case 00419238]", "Hi Aisha,\n\nThanks for reaching out. We've logged your message as case 00419238 and a member of our team will get back to you within 48 hours.\n\nHere's a copy of what you sent us:\n\n  \"Please send me a copy of my session notes and stop the weekly tips emails.\"\n\nSupport team", "ticket acknowledgement text"],
  ["Ihre Anfrage", "Guten Tag,\n\nwir haben Ihre Anfrage unter der Nummer 2026-3381 erfasst. Ein Mitarbeiter meldet sich innerhalb von zwei Werktagen.\n\nIhr Kundenservice", "ticket acknowledgement text"],
  ["Su consulta", "Hola:\n\nHemos registrado su consulta con el número 55120. Le responderemos en un plazo de 48 horas.\n\nAtención al cliente", "ticket acknowledgement text"],
  ["Re: agenda", "Hoi!\n\nIk ben tot en met 9 juni op vakantie in Portugal. Spoed? Bel Marieke: 020 555 0182. Geen spoed? Dan hoor je na de negende van me.\n\nDaan", "out-of-office text"],
  // Absence in everyday words: offline, disconnected, on a break, on jury service, reading mail "only after" a date.
  ["RE: ¿Nos confirma su cita?", "¡Hola! Estoy desconectada hasta el lunes 14. Si es urgente, llamen a la recepción: 91 555 0142.", "out-of-office text"],
  ["Re: Atualização", "Olá! Estou de recesso até dia 06/01. Até lá as respostas podem demorar.", "out-of-office text"],
  ["Re: Confirm a few details", "I'm on jury service until 20 March and can only check email in the evenings.", "out-of-office text"],
  ["Re: Bevestiging", "Hoi! Ik ben op vakantie en lees mijn mail pas weer na 18 augustus.", "out-of-office text"],
  // A subject that reports something done is the notice's own, not the sender asking for it.
  ["Pedido de descadastro concluído", "Olá,\n\nDeixará de receber as nossas comunicações de marketing neste endereço.\n\nEsta é uma mensagem automática, por favor não responda.", "automated-response text"],
  // A list's confirmation that the address left it (written for this test, one per language).
  ['Unsubscribe confirmation', 'You have been successfully unsubscribed from the Harbour Clinic newsletter.\n\nIf this was a mistake, you can resubscribe at any time on our website.', 'unsubscribe-confirmation text'],
  ['Bestätigung Ihrer Abmeldung', 'Sie wurden erfolgreich vom Newsletter abgemeldet. Es kann bis zu 48 Stunden dauern, bis keine E-Mails mehr kommen.', 'unsubscribe-confirmation text'],
  ['Confirmación de baja', 'Has sido dado de baja de nuestra lista de correo. Si ha sido por error, puedes volver a suscribirte desde la web.', 'unsubscribe-confirmation text'],
  ['Confirmation de désinscription', 'Vous avez bien été désinscrit de notre lettre d’information. Vous continuerez à recevoir les rappels de vos rendez-vous.', 'unsubscribe-confirmation text'],
  ['Newsletter', 'Sei stato disiscritto dalla newsletter del Centro Aurora. Non riceverai più le nostre offerte.', 'unsubscribe-confirmation text'],
  ['Lista', 'Você foi descadastrado da nossa lista de e-mails. Se foi por engano, pode voltar a assinar pelo site.', 'unsubscribe-confirmation text'],
  // The address in the third person, a subject that names what was done, a "by mistake?" question of the notice's own.
  ['Je uitschrijving', 'Jammer dat je gaat!\n\nHet adres lid@voorbeeld.example.nl ontvangt vanaf nu geen nieuwsbrief meer van ons. Berichten over je afspraken blijven we sturen.\n\nPer ongeluk? Klik hier om je opnieuw aan te melden.', 'unsubscribe-confirmation text'],
  ['Votre désinscription', "Bonjour,\n\nVotre adresse a bien été retirée de notre liste de diffusion.\n\nVous vous êtes désinscrit par erreur ? Réabonnez-vous depuis notre site.", 'unsubscribe-confirmation text'],
  ['Bevestiging uitschrijving', 'Je bent uitgeschreven voor de nieuwsbrief van Praktijk Noord. Per ongeluk? Je kunt je opnieuw aanmelden via de website.', 'unsubscribe-confirmation text'],
];

/**
 * [subject, body, what the rules make of it]: people who are away, quote an auto-reply, or write like
 * one, and still ask for something (or at least write as themselves). None may be read as automated;
 * `other` means only that (the rules may not know the request's wording).
 */
const PEOPLE: Array<[subject: string, body: string, primary: Label]> = [
  ["my account", "Please delete my account and all my data. If you already did it, just ignore this email.", "deletion"],
  ["survey?", "Can you tell me why I get this survey every week?\n\nYou're receiving this because you're a member of Clinic Example.", "other"],
  // Away, and still getting the mail they complain of: a person's own account (round 100).
  ['sms', 'Buonasera, sono in vacanza fino al 20 e continuo a ricevere le vostre offerte ogni giorno. Basta così.', 'other'],
  ['Werbung', 'Hallo, ich bin bis Ende Mai im Urlaub und bekomme trotzdem weiterhin Ihre Werbe-SMS. Das nervt.', 'opt_out'],
  ['promos', "I'm away until the 30th and I keep getting your promo texts every day, even on Sundays.", 'opt_out'],
  // A person who pastes a list's mail asks or complains above its footer; a disclaimer is no list's footer.
  ["why am I getting this", "Hi, I keep getting your newsletter and I never signed up. Why do I get this?\n\nYou're receiving this because you joined our list at breadbox.example.", "opt_out"],
  ["newsletter", "I want you to stop sending me these newsletters.\n\nYou're receiving this because you joined our list at breadbox.example.", "opt_out"],
  // A Dutch writer's own history above a pasted footer ("ik heb … gevraagd") is still theirs.
  ["nieuwsbrief", "Ik heb 3 weken geleden gevraagd om mij af te melden en ik krijg deze mails nog steeds. Waarom krijg ik dit nog?\n\nJe ontvangt deze e-mail omdat je een account hebt bij Fietsmaatje.", "other"],
  // A question about the writer's own matter above a pasted footer is still theirs.
  ["your survey", "Hi, how did I end up on this list? I never gave you my address.\n\nYou're receiving this because you have a Ledgerly account. Unsubscribe from research emails.", "other"],
  // A person's own bullets above a pasted list's footer say "I": they are the sender's.
  ["stop these", "Two things:\n- I want my account deleted\n- I never want your newsletter again\n\nYou're receiving this because you joined our list at breadbox.example.", "deletion"],
  // A person who writes under a pasted list's footer still speaks for themselves there.
  ["Fwd: a note from me", "Hi friend,\n\nIt's Ines, co-founder of Lumen. I wanted to share the new evening playlist.\n\nYou're receiving this because you signed up at lumen.example.\nUnsubscribe · Preferences\nI never signed up for this. Please delete my data and tell me where you got my address.", "deletion"],
  ["Rinnovo contratto", "Ciao Marta,\n\nti scrivo per il rinnovo: possiamo sentirci giovedì?\n\nUn saluto,\nLuca\n\nSe ha ricevuto questa e-mail per errore, la preghiamo di cancellarla.", "other"],
  ["STOP", "Take me off your mailing list, and tell me where you got this email address because I never gave it to you.", "opt_out"],
  ["Re: Delete my data", "Back from vacation — yes please delete my data.", "deletion"],
  ["Re: my request", "I was out of office, sorry, my request is still open.", "other"],
  ["Re: texts", "I'm on holiday, please stop the texts.", "opt_out"],
  ["Re: my account", "I'm away for the next two weeks, but before I go: please delete my account.", "deletion"],
  // A person who recalls their own mail says "I"; one who leaves a job and asks to be taken off a list speaks of themselves.
  ["Recall", "I would like to recall the message I sent yesterday and ask you to delete my account instead.", "deletion"],
  ["Delete my account", "I'm on vacation until Monday but please delete my account now.", "deletion"],
  ["my data", "I'm away until the 5th, so please send the copy of my data by post.", "disclosure"],
  ["Re: Your privacy request", "Please delete everything you have on me.\n\nOn Mon, 2 Mar 2026, Privacy Team wrote:\nYour request #4812 has been received. This is an automated response.", "deletion"],
  ["Re: Your privacy request", "Still waiting! Your request #4812 has been received, your system said, three weeks ago. Where is my data?", "other"],
  ["Your request #4812 has been received", "Your request #4812 has been received — that's what your system told me three weeks ago. Still no answer.", "other"],
  ["Re: privacy", "I am out of the office until 5 May with limited access to email, but I want my account deleted before I return.", "deletion"],
  ["Read: my request", "I read your message and I still want my data deleted.", "deletion"],
  ["Re: your request", "Your message was read by my lawyer on Monday. We expect a full copy of my records within 30 days.", "disclosure"],
  ["Re: Ihre Anfrage", "Ich bin bis zum 14. März im Urlaub, bitte löschen Sie trotzdem mein Konto.", "deletion"],
  ["Re: Ihre Anfrage", "Ich war im Urlaub, deshalb erst jetzt: meine Anfrage ist noch offen.", "other"],
  ["RE: Su solicitud", "Estoy de vacaciones hasta el lunes, pero por favor borren mis datos cuanto antes.", "deletion"],
  ["RE: Su solicitud", "Estuve fuera de la oficina, perdón. Mi solicitud sigue abierta.", "other"],
  ["RE: Votre demande", "Je suis en vacances jusqu'au 3 juin, mais merci de supprimer mon compte dès maintenant.", "deletion"],
  ["RE: Votre demande", "J'étais absent, désolé. Ma demande est toujours en cours.", "other"],
  ["R: La sua richiesta", "Sono in ferie fino al 20 agosto, ma per favore cancellate i miei dati subito.", "deletion"],
  ["RE: Sua solicitação", "Estou de férias até segunda, mas por favor apaguem os meus dados.", "deletion"],
  ["RE: Uw verzoek", "Ik ben op vakantie tot 15 juli, maar verwijder alstublieft mijn gegevens.", "deletion"],
  ["Re: privacy", "We have received your email of 3 March. On behalf of our client we demand the erasure of all data within 30 days.", "deletion"],
  ["Re: privacy", "We have received your reply. Our client still has not received a copy of her data. Ticket number 12345 was never answered.", "disclosure"],
  ["hello", "I'm currently on maternity leave and my employer shared my data with you. What do you have on me?", "disclosure"],
  ["hello", "I no longer work at Acme and you still send me marketing emails to my old work address. Unsubscribe me.", "opt_out"],
  ["privacy", "This mailbox is not monitored? I have been writing to you for weeks about my data!", "other"],
  ["hi", "Thank you for your message. I am out of the office until Monday, please forward my request to the DPO and delete my account.", "deletion"],
  ["re", "I'm on sick leave until 3 April. Please contact my husband at +44 7700 900123 about closing my account.", "other"],
  ["Re: your privacy request", "Our office is closed until 5 January. Please stop calling my mobile.", "other"],
  ["Re: your privacy request", "This is an automated message from my password manager: your email appears in a breach. Did you leak my data?", "other"],
  ["Re: request", "I'm travelling until Friday. When I'm back I'd like to see everything you hold about me.", "disclosure"],
  ["Re: request", "Out of office until Friday. Please make sure my file is gone by then.", "other"],
  ["Re: request", "I'm on holiday until the 20th with limited access to email. Don't send my data to my work address please.", "other"],
  ["Re: request", "Hemos recibido su respuesta, pero nuestra cliente exige la supresión de sus datos.", "deletion"],
  ["Re: request", "Nous avons bien reçu votre message du 3 mars. Notre cliente maintient sa demande d'effacement.", "deletion"],
  ["Re: request", "Wir haben Ihre E-Mail erhalten. Unser Mandant verlangt weiterhin Auskunft nach Art. 15 DSGVO.", "disclosure"],
  ["Re: Request received", "Your ticket 4821 has been created? I never asked for a ticket, I asked you to erase my information!", "deletion"],
  ["Re: my data", "I'm out of office right now so please call me next week about my data.", "other"],
  ["Re: x", "Thanks for your message. I'm on holiday until 3 June with limited email access. Regarding my deletion request: go ahead.", "deletion"],
  ["Re: x", "I'm on leave until 3 June. Go ahead and erase everything.", "deletion"],
  ["Re: x", "Out of office reply? No, this is me, the real person. I want my records.", "disclosure"],
  ["Re: x", "I am currently on sick leave until 20 May. Please note I do not consent to you keeping my data.", "other"],
  ["Re: x", "I'm on vacation until 5 August with limited access to email. Can you confirm you've removed me from the mailing list?", "other"],
  ["Re: x", "Thank you for your email. I am on maternity leave until January and checking email only occasionally. Please stop sending me these newsletters.", "opt_out"],
  ["Re: x", "I'm OOO till Monday. Plz remove me from ur list", "other"],
  ["Re: x", "Hi, I no longer work at Acme, so please delete my work account and stop emailing me.", "deletion"],
  ["Re: x", "Ich bin bis 3. Juni im Urlaub und lese keine E-Mails. Danach bitte ich um Auskunft, welche Daten Sie über mich haben.", "disclosure"],
  ["Re: x", "This email is not monitored on weekends. I need my data by Monday.", "other"],
  ["Re: x", "I'm away until the 14th with no access to email. You can reach me on +44 7700 900123 to verify my identity.", "other"],
  ["Re: x", "I am out of the office until Friday. When I return I expect to find confirmation that everything was wiped.", "other"],
  ["Re: x", "Estoy fuera de la oficina hasta el lunes con acceso limitado al correo. ¿Ya borraron mi cuenta?", "other"],
  ["Re: x", "Je suis en congé jusqu'au 10 mai, avec un accès limité à mes mails. Avez-vous supprimé mes informations ?", "other"],
  ["Re: x", "Sono in ferie fino al 20 agosto. Vi chiedo di non usare più il mio indirizzo per la pubblicità.", "other"],
  ["Re: x", "Estou de férias até dia 5, sem acesso ao e-mail. Quero saber que dados vocês têm sobre mim.", "disclosure"],
  ["Re: x", "Ik ben tot 15 juli met vakantie en heb beperkt toegang tot mijn mail. Graag alles over mij wissen.", "other"],
  ["Re: x", "Ich bin derzeit in Elternzeit und nur eingeschränkt erreichbar. Trotzdem: Bitte keine Werbung mehr an diese Adresse.", "opt_out"],
  ["Re: x", "I'm travelling until 3 March with limited access to email. Please do not share my information with anyone while I'm away.", "opt_out"],
  ["Re: x", "Your request #123 has been received, you say. Within 30 days? I expect a copy of everything.", "other"],
  ["Re: x", "We have received your request and a ticket was created (#5512). - This is what your auto-reply says. It's been 40 days.", "other"],
  ["Re: x", "Hello, I'm on parental leave until September. I'll deal with the verification when I'm back, but do keep my request open.", "other"],
  ["Re: x", "Thank you for your email. I'm currently out of the office until 3 March. My son is 12 and has an account with you, please remove it.", "child_data"],
  ["Re: x", "I am out of office until next week. Stop processing my personal data for marketing, I object.", "opt_out"],
  ["Re: x", "I'm on holiday until the 20th and have limited access to email. I don't want to be contacted by your sales team anymore.", "opt_out"],
  ["Re: x", "I am out of the office until Monday with limited email access. Unsubscribe.", "other"],
  ["Re: x", "Our office is closed until 2 January for the holidays. Our patients' data must not be sold, please confirm in writing.", "other"],
  ["Re: x", "I'm on leave until 3 June, limited access to email. Forget me.", "deletion"],
  // Written blind with the second automated round: all 15 kept as people's mail.
  ["Re: your request", "I'm out of the office this week but I wanted to say: please erase my profile.", "deletion"],
  ["Re: your request", "Away on holiday till Monday. Got your code, it's 482913.", "other"],
  ["Re: your request", "I have limited access to email while travelling, but I still want to know what you hold about me.", "disclosure"],
  ["Re: your request", "I'm on parental leave. I'd like you to close my account before I come back.", "deletion"],
  ["Re: your request", "Ik ben op vakantie tot 15 juli. Graag een kopie van mijn gegevens.", "disclosure"],
  ["Re: your request", "Estoy de vacaciones hasta el 20. Quiero que me den de baja de su lista.", "opt_out"],
  ["Re: your request", "Ich bin noch bis Freitag im Urlaub. Danach melde ich mich wegen der Löschung meiner Daten.", "deletion"],
  ["Re: your request", "Je suis en congé jusqu'au 12. Merci de ne plus m'envoyer de publicité.", "opt_out"],
  ["Re: your request", "Sono in ferie fino a lunedì, ma vorrei sapere quali dati avete su di me.", "disclosure"],
  ["Re: your request", "Estou de licença até dezembro. Por favor, excluam a minha conta.", "deletion"],
  ["Re: your request", "Your ticket 44120 has been created, you wrote. Fine, but what about my data?", "other"],
  ["Re: your request", "This is an automated message? Are you even reading my emails?", "other"],
  ["Re: your request", "Your message could not be delivered to my work address, which no longer exists. Please use this one from now on.", "correction"],
  ["Re: your request", "I no longer work at the clinic, but you still have my old work email on file. Please update it.", "correction"],
  ["Re: your request", "I'm travelling until 3 May with limited access to email. Meanwhile, do not sell my information.", "opt_out"],
  // Absence words around a question of the writer's own (round 28 found one flagged as an auto-reply).
  ["invoices", "Hi, I'm travelling for a month from Friday - could you hold my invoices until I'm back in July?", "other"],
  ["rendez-vous", "Bonjour, je suis en vacances jusqu'au 12 mai : est-ce que je peux déplacer mon rendez-vous au 20 ?", "other"],
  ["afspraak", "Ik ben tot en met vrijdag op zakenreis, dus kan ik mijn afspraak van dinsdag naar de week erna verplaatsen?", "other"],
  // A person citing or thanking for a machine's closing line.
  ["Re: your request", "I keep getting mails from your booking system.\n\nThey all end with: This message was generated automatically.", "other"],
  ["Re: your request", "Thanks for the automatic reply, but I still want my file deleted.", "deletion"],
  ["Re: your request", "Your last mail said \"this e-mail was sent automatically\". Is anyone actually reading mine?", "other"],
  // Short questions of a person's own, and a team named in a person's short command.
  ["Re: your request", "I'm on holiday until 9 June. Any news? My file still shows the old address.", "other"],
  ["RE: Acknowledgement", "We acknowledge receipt of your automatic confirmation. We still want a copy of the data you hold about our client, Ms Ruiz.", "disclosure"],
  ["Re: Ticket 55120 received", "Okay, ticket 55120 is noted. No rush, I'm travelling till 3 May anyway. Jo", "other"],
  ["Re: Eingangsbestätigung", "Wir bestätigen den Eingang Ihrer Antwort. Aber wo bleibt die Kopie meiner Daten?", "disclosure"],
  // A patient who left the practice is not a colleague who left the company.
  ["Daten", "Guten Tag, ich habe die Praxis im März verlassen, weil ich umgezogen bin. Bitte löschen Sie meine Daten.", "deletion"],
  // A person quoting a list's footer writes in the first person; "diffidare" (to beware) is no formal notice (round 51).
  ["newsletter", "I never signed up for this. Your mail ends with \"You are receiving this email because you subscribed\". Please take me off your mailing list.", "opt_out"],
  // The person's own words around a quotation still speak for them.
  ["Re: nieuwsbrief", "Jullie nieuwsbrief citeert \"ik was zo bang voor de operatie\" zonder toestemming, dat was mijn verhaal. Haal het eraf en verwijder mijn gegevens.\n\nU ontvangt deze nieuwsbrief omdat u zich heeft aangemeld.", "deletion"],
  ["email strana", "Ho ricevuto una email che chiede la password del portale. Devo diffidarne o è vostra?", "other"],
  // A person who was unsubscribed, or pastes the confirmation, and still gets mail.
  ["newsletter", "I was unsubscribed last month but I still get your newsletters. Please stop.", "opt_out"],
  ["Re: You have been unsubscribed", "Your mail says I have been unsubscribed, yet the offers keep coming. Please remove me from all your lists.", "opt_out"],
  // A customer whose service is down is not away (round 72; written for this check).
  ["Sem serviço", "Boa tarde, estou sem internet desde segunda-feira e já paguei a fatura. Quero o serviço de volta hoje.\n\nJoana Reis", "other"],
];

describe('automated mail recognised from its text', () => {
  it.each(AUTOMATED)('%s / %s -> %s', async (subject, body, reason) => {
    const verdict = triageMail(await mailOf(subject, body), OPTIONS);
    expect(verdict.automated?.reason).toBe(reason);
    expect(verdict.primary).toBe('other');
    expect(verdict.evidence[0]).toMatchObject({ label: 'automated', where: 'body' });
    expect(verdict.evidence[0]?.phrase.startsWith(`${reason}: `)).toBe(true);
  });

  it.each(PEOPLE)('a person: %s / %s -> %s', async (subject, body, primary) => {
    const verdict = triageMail(await mailOf(subject, body), OPTIONS);
    expect(verdict.automated).toBeNull();
    expect(verdict.primary).toBe(primary);
  });

  it('keeps header rules first: an RFC 3834 auto-reply is decided by its header', async () => {
    const verdict = triageMail(await mailOf('Re: hello', 'I am out of the office until Monday with limited access to email.', 'Auto-Submitted: auto-replied\r\n'), OPTIONS);
    expect(verdict.automated?.reason).toBe('Auto-Submitted: auto-replied');
    expect(verdict.evidence[0]?.where).toBe('header');
  });

  it('reads a help desk acknowledgement that quotes the original request below a divider', async () => {
    const body = 'Your request (48213) has been received and is being reviewed by our support staff.\nTo add additional comments, reply to this email.\n\n------------------------------\n\nPat Doe, Mar 3, 10:15\n\nPlease delete my account and all my data.';
    expect(detectAutomatedContent(selectMessageText(await mailOf('[Ticket #48213] Re: Delete my data', body)))?.reason).toBe('ticket acknowledgement text');
  });

  it('does not count the acknowledged request\'s own title as the sender asking', async () => {
    const body = 'Your request #7781 "Please delete my account" has been received. Our team will get back to you within 2 business days.';
    expect(detectAutomatedContent(selectMessageText(await mailOf('Request received', body)))?.kind).toBe('auto_reply');
  });

  it('needs a second kind of evidence: an announcement alone is not enough', async () => {
    expect(detectAutomatedContent(selectMessageText(await mailOf('Re: hello', 'I am out of the office.')))).toBeNull();
    expect(detectAutomatedContent(selectMessageText(await mailOf('Re: hello', 'Your message could not be delivered.')))).toBeNull();
  });

  it('needs the announcement at the top: a person\'s text first, an auto-reply quoted under it, is a person\'s', async () => {
    const body = 'Hi,\nI got this reply from your colleague and I am confused.\nIt said: I am out of the office until 5 May with limited access to email. For urgent matters contact jane@corp.example.';
    expect(detectAutomatedContent(selectMessageText(await mailOf('Re: my request', body)))).toBeNull();
  });

  it('keeps a mail that opens with the sender\'s own words, above an acknowledgement the mail program did not quote', () => {
    const body = 'Yes, go ahead.\n\nWe have received your request (PR-1234). Our team will get back to you within 30 days.';
    expect(detectAutomatedContent({ subject: 'Your privacy request', body, forwarded: '', forwardedSubject: '', isReply: true })).toBeNull();
  });

  it('keeps a fresh mail whose subject asks for something a person\'s mail', async () => {
    const verdict = triageMail(await mailOf('Please delete my account', 'I am out of the office until 5 May with limited access to email.'), OPTIONS);
    expect(verdict.automated).toBeNull();
    expect(verdict.primary).toBe('deletion');
  });
});

// Written for this check; not from the corpus or the blind rounds.
describe('a help desk written to sound like a colleague (round 97)', () => {
  it.each([
    ['en', 'Got it!', "Hi there,\n\nBig thanks for writing in! It's Sam from the Brightleaf support team. Your message has arrived and a specialist will look at it soon. We usually reply within a day or two.\n\nSam"],
    ['de', 'Angekommen', 'Hallo,\n\ndanke fürs Schreiben! Ich bin Mia aus dem Kundenservice und wollte kurz sagen, dass deine Nachricht angekommen ist. Unsere Datenschutzbeauftragte meldet sich innerhalb einer Woche bei dir.\n\nMia'],
    ['fr', 'Bien reçu', "Coucou,\n\nMerci pour ton message, il est bien arrivé chez nous ! C'est Léa de l'équipe Service Client. On te répond d'ici 48 h ouvrées.\n\nLéa"],
    ['es', 'Recibido', 'Hola:\n\nYa tenemos tu mensaje. Tu caso es el 55102 y lo lleva nuestro equipo de privacidad. Recibirás una respuesta lo antes posible.\n\nCarmen'],
    ['it', 'Ricevuto', 'Ciao,\n\nil tuo messaggio è arrivato! Ti scriveremo appena avremo novità, non devi fare nulla.\n\nGiulia'],
    ['pt', 'Recebido', 'Oi,\n\nsua mensagem chegou direitinho. Te avisaremos assim que tivermos uma resposta, não precisa fazer nada.\n\nBeatriz'],
    ['nl', 'Doorgezet', 'Hoi,\n\nJe vraag is doorgezet naar onze afdeling privacy. Je hoeft niets te doen; we mailen je zodra er nieuws is.\n\nTeam Klantcontact'],
  ])('%s', async (_lang, subject, body) => {
    expect(detectAutomatedContent(selectMessageText(await mailOf(subject, body)))?.reason).toBe('ticket acknowledgement text');
  });

  it('reads a desk thanking for the contact, with when it answers, as an acknowledgement', async () => {
    const body = 'Thank you for contacting the Medical Records Office at Elm Park Hospital.\n\nRequests for copies of records are processed in the order received, within 30 days.\n\nPlease do not send the same request twice.';
    expect(detectAutomatedContent(selectMessageText(await mailOf('Records request', body)))?.reason).toBe('ticket acknowledgement text');
    const person = 'Thank you for contacting me about my request. I still want my records deleted within 30 days, as the law says.';
    expect(detectAutomatedContent(selectMessageText(await mailOf('Re: your request', person)))).toBeNull();
  });

  it('keeps a person who says our message arrived and asks for something', async () => {
    const body = 'Hello,\n\nYour message has arrived, thank you. We usually reply within a day, you wrote, but it has been a week: please delete my account now.';
    expect(detectAutomatedContent(selectMessageText(await mailOf('Re: your request', body)))).toBeNull();
  });

  it('reads a notice sent to all customers above its sign-off as bulk mail', async () => {
    const body = "Gentile Cliente,\n\nVi informiamo che dal 1° agosto ci avvarremo di un nuovo sub-responsabile per l'hosting.\n\nLa presente comunicazione è inviata automaticamente a tutti i clienti con contratto attivo.\n\nCordiali saluti\nUfficio Legale\nMediSoft S.r.l.";
    expect(detectAutomatedContent(selectMessageText(await mailOf('Aggiornamento sub-responsabili', body)))?.kind).toBe('bulk');
  });
});

// Written for this check; not from the corpus or the blind rounds.
describe("a help desk's echo of the person's message is the person's words, not the notice's", () => {
  it.each([
    ['nl', 'Wij hebben uw vraag ontvangen (ticket 2231)', 'Beste mevrouw Jansen,\n\nBedankt voor uw bericht. Wij hebben uw vraag ontvangen onder ticketnummer 2231.\n\nUw vraag:\n"Ik wil graag een kopie van al mijn gegevens, ook de notities van mijn intake."\n\nU ontvangt binnen vier weken een reactie.\n\nDit is een automatisch gegenereerd bericht. U kunt hier niet op antwoorden.'],
    // A help desk's comment thread: the author, date and time, then the comment indented (round 100).
    ['en', '[HD-5512] Re: wrong address on my letter', '##- Please type your reply above this line -##\n\nYour request (HD-5512) has been received and is being reviewed by our records team.\n\nJo Whitfield, 3 Apr 2026, 14:05 BST\n\n  You posted my results to my old flat and the new tenant opened them. I am really upset. Who else has seen them?\n\nThis email is a service from Hillside Practice.'],
    ['de', '[#7781] Ihre Anfrage ist eingegangen', 'Guten Tag,\n\nIhre Anfrage (#7781) ist bei uns eingegangen. Wir melden uns innerhalb von fünf Werktagen.\n\nLena Vogt, 12.05.2026, 10:14\n\n  Ich möchte, dass Sie alle meine Daten löschen.\n  Ich bin sehr verärgert.\n\nIhr Serviceteam'],
    ['es', 'Hemos recibido tu consulta – Caso 1182', 'Hola, Marta:\n\nHemos registrado tu consulta con el número de caso 1182.\n\nMensaje: "Quiero que borréis mi ficha y dejéis de enviarme publicidad."\n\nTe responderemos en el plazo máximo de un mes.\n\nEste es un mensaje automático, por favor no respondas a este correo.'],
  ])('%s', async (_lang, subject, body) => {
    const mail = await mailOf(subject, body);
    expect(detectAutomatedContent(selectMessageText(mail))).not.toBeNull();
  });
});

describe('a transactional notice naming a request goes to the team (round 100)', () => {
  it('a kids app asking a parent to approve, which will delete the sign-up otherwise, is unsure machine mail', async () => {
    const body = "Hi there,\n\nMia signed up for Puzzlepals and listed you as her parent. Because Mia is under 13 we need your permission first.\n\nApprove Mia's account: https://puzzlepals.example/consent/2k\n\nNot your child? Just ignore this email. If we don't hear from you in 14 days we'll delete the sign-up request and Mia's email address.\n\nThe Puzzlepals Team";
    const verdict = detectAutomatedContent(selectMessageText(await mailOf("Approve Mia's account", body)));
    expect(verdict?.reason).toBe('transactional notice text');
    expect(verdict?.unsure).toBe(true);
  });
});
