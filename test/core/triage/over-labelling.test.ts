import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import { parseMail } from '../../../src/io/mime.js';
import type { Label } from '../../../src/types.js';

/**
 * The acknowledgement lists every label back to the requester ("What we understood you are asking
 * for"), so a label the sender did not ask for is a false statement to them. Two kinds of mail, in
 * the seven supported languages, written before the rules were changed:
 * - a phrase that names the data ("everything you have about me", "toda la información que tengan")
 *   as the object of a deletion, opt-out or correction verb: not a request to see it;
 * - mail with a word that another label also uses (a feeling, "second e-mail address", "update:",
 *   "tell me if you have ...") next to a plain request.
 * A few mails that really do ask for two things keep both labels.
 */
const CASES: Array<[subject: string, body: string, primary: Label, labels?: Label[]]> = [
  // deletion with a data-naming phrase
  ['account', 'delete my account and whatever info you have', 'deletion'],
  ['erase', 'Please erase all the data you hold on me.', 'deletion'],
  ['gone', 'I want everything you have about me gone.', 'deletion'],
  ['deletion', 'Get all the information you hold about me permanently deleted, please.', 'deletion'],
  ['records', 'I want my medical records deleted.', 'deletion'],
  ['notes', "I'd like my therapy notes erased from your system.", 'deletion'],
  ['confirm', 'Please delete all data you hold about me and confirm whether you have done so.', 'deletion'],
  ['erasure', 'Can I have all the information you hold about me permanently erased?', 'deletion'],
  ['make sure', 'Please make sure all the data you hold about me is deleted.', 'deletion'],
  ['frustrated', "I'm frustrated, please delete my account and any information you have about me.", 'deletion'],
  ['Löschen', 'Bitte löschen Sie mein Konto und alle Daten, die Sie über mich haben.', 'deletion'],
  ['Daten', 'Löschen Sie bitte alles, was Sie über mich gespeichert haben.', 'deletion'],
  ['Unterlagen', 'Ich möchte, dass meine Behandlungsunterlagen gelöscht werden.', 'deletion'],
  ['cuenta', 'Quiero que borren mi cuenta y toda la información que tengan sobre mí.', 'deletion'],
  ['datos', 'Por favor eliminen todos los datos que tienen sobre mí.', 'deletion'],
  ['borrar', 'Borren todo lo que tengan de mí, gracias.', 'deletion'],
  ['sin copia', 'No quiero una copia, solo que borren toda la información que tienen de mí.', 'deletion'],
  ['données', 'Merci de supprimer toutes les données que vous avez sur moi.', 'deletion'],
  ['compte', 'Supprimez mon compte et tout ce que vous savez sur moi.', 'deletion'],
  ['effacement', 'Je souhaite que vous effaciez toutes les informations que vous détenez à mon sujet.', 'deletion'],
  ['account', 'Cancellate il mio account e tutti i dati che avete su di me.', 'deletion'],
  ['dati', 'Vorrei che eliminaste tutte le informazioni che avete su di me.', 'deletion'],
  ['basta', 'Cancellate tutto quello che sapete di me.', 'deletion'],
  ['conta', 'Apaguem a minha conta e todos os dados que têm sobre mim.', 'deletion'],
  ['dados', 'Quero que excluam todas as informações que vocês têm a meu respeito.', 'deletion'],
  ['tudo', 'Por favor, eliminem tudo o que sabem sobre mim.', 'deletion'],
  ['gegevens', 'Verwijder alle gegevens die jullie over mij hebben.', 'deletion'],
  ['informatie', 'Kunnen jullie alle informatie die jullie van mij hebben verwijderen?', 'deletion'],
  ['wissen', 'Wis alles wat u over mij weet, alstublieft.', 'deletion'],
  // opt-out and correction with a data-naming phrase
  ['selling', 'Stop selling all the data you have about me.', 'opt_out'],
  ['Werbung', 'Bitte verwenden Sie die Daten, die Sie über mich haben, nicht mehr für Werbung.', 'opt_out'],
  ['publicidad', 'Dejen de usar la información que tienen sobre mí para publicidad.', 'opt_out'],
  ['surname', 'Please correct all the information you hold about me: my surname is Baker now.', 'correction'],
  ['nom', 'Corrigez les informations que vous avez sur moi : mon nom est Dupont, pas Dupond.', 'correction'],
  // over-labelling: a word another label also uses
  ['second address', 'My second email address is also registered with you; please delete that account too.', 'deletion'],
  ['bookings', "I'm disappointed with how your app handles bookings. Please just close my account.", 'deletion'],
  ['Update', 'Update: please delete my account.', 'deletion'],
  ['zweite Adresse', 'Ich habe noch eine zweite E-Mail-Adresse bei Ihnen, bitte löschen Sie auch dieses Konto.', 'deletion'],
  ['frustriert', 'Ich bin frustriert. Bitte löschen Sie einfach mein Konto.', 'deletion'],
  ['outra conta', 'Este é o meu segundo e-mail cadastrado; por favor excluam essa conta também.', 'deletion'],
  ['stufo', 'Sono stufo di questa app che non funziona, chiudete il mio account.', 'deletion'],
  ['tweede adres', 'Dit is mijn tweede e-mailadres; verwijder het account dat daaraan gekoppeld is.', 'deletion'],
  ['deuxième adresse', "C'est ma deuxième adresse e-mail, supprimez le compte associé s'il vous plaît.", 'deletion'],
  ['new address', "I've changed my email address to sam@new.example and don't use the old account any more, please delete it.", 'deletion'],
  // two real asks keep both labels
  ['copy then delete', 'Send me a copy of all the data you hold on me, then delete it.', 'deletion', ['deletion', 'disclosure']],
  ['what then delete', "What data do you have about me? Once I've seen it, delete all of it.", 'deletion', ['deletion', 'disclosure']],
  ['Auskunft', 'Was haben Sie über mich gespeichert? Danach bitte alles löschen.', 'deletion', ['deletion', 'disclosure']],
  ['acceso', '¿Qué datos tienen sobre mí? Después, bórrenlos todos.', 'deletion', ['deletion', 'disclosure']],
  ['copie', 'Envoyez-moi une copie de mes données, puis supprimez-les.', 'deletion', ['deletion', 'disclosure']],
  // second round, written after the rules changed, to check they carry over
  ['purge', 'Kindly purge any records you keep on me.', 'deletion'],
  ['stored', 'Whatever you have stored about me, I want it deleted.', 'deletion'],
  ['login', "Erase the information you've collected on me and close my login.", 'deletion'],
  ['on file', "I'd like all the details you have on file for me removed.", 'deletion'],
  ['partners', 'Please stop sharing the info you hold on me with partners.', 'opt_out'],
  ['birthday', 'Fix whatever details you hold about me: my birthday is 3 May, not 5 March.', 'correction'],
  ['Angaben', 'Entfernen Sie bitte sämtliche Angaben, die Sie zu meiner Person gespeichert haben.', 'deletion'],
  ['Informationen', 'Alle Informationen, die Sie über mich besitzen, sollen gelöscht werden.', 'deletion'],
  ['Werbung', 'Ich will, dass Sie aufhören, meine Daten für Werbung zu nutzen.', 'opt_out'],
  ['dato', 'Eliminen cualquier dato que conserven de mí.', 'deletion'],
  ['sistema', 'Quiero que desaparezcan todos mis datos de su sistema.', 'deletion'],
  ['enregistré', 'Effacez tout ce que vous avez enregistré me concernant.', 'deletion'],
  ['conservez', 'Je voudrais que les données que vous conservez sur moi soient supprimées.', 'deletion'],
  ['informazione', 'Vi chiedo di eliminare ogni informazione che avete su di me.', 'deletion'],
  ['informações', 'Peço que apaguem todas as informações que guardam sobre mim.', 'deletion'],
  ['bekend', 'Graag al mijn gegevens die bij jullie bekend zijn verwijderen.', 'deletion'],
  ['wissen', 'Wilt u de informatie die u over mij heeft wissen?', 'deletion'],
  ['logged out', "I'm upset that your app keeps logging me out. Just delete my account.", 'deletion'],
  ['last address', 'This is my last email address with you, delete the account attached to it.', 'deletion'],
  ['question', 'Follow-up question: can you delete my account?', 'deletion'],
  ['Umzug', 'Meine neue Adresse ist Hauptstraße 5, das alte Kundenkonto bitte löschen.', 'deletion'],
  ['perfil', 'Estoy muy enfadada con ustedes. Borren mi perfil.', 'deletion'],
  ['mise à jour', "Mise à jour : je n'utilise plus l'application, supprimez mon compte.", 'deletion'],
  ['seconda email', "Questa è la mia seconda email registrata: cancellate anche quell'account.", 'deletion'],
  ['farto', 'Estou farto disto. Apaguem a minha conta e tudo o que têm de mim.', 'deletion'],
  ['boos', 'Ik ben boos. Verwijder mijn profiel en alles wat jullie over mij weten.', 'deletion'],
  ['then wipe', 'Tell me what you hold about me, and then wipe it.', 'deletion', ['deletion', 'disclosure']],
  ['Welche Daten', 'Welche Daten haben Sie über mich? Und löschen Sie die bitte anschließend.', 'deletion', ['deletion', 'disclosure']],
  ['copia', 'Mándenme una copia de mis datos y luego bórrenlos.', 'deletion', ['deletion', 'disclosure']],
  ['kopie', 'Stuur me een kopie van mijn gegevens en verwijder ze daarna.', 'deletion', ['deletion', 'disclosure']],
];

function rawMail(subject: string, body: string): Buffer {
  return Buffer.from(
    `From: Person <person@mail.example>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <p@mail.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}\r\n`,
  );
}

describe('triage labels only what was asked', () => {
  it.each(CASES)('%s / %s -> %s', async (subject, body, primary, labels) => {
    const mail = await parseMail(rawMail(subject, body), { maxBytes: 100_000 });
    const verdict = triageMail(mail, { ownAddresses: ['privacy@clinic.example'] });
    expect(verdict.primary).toBe(primary);
    expect([...verdict.labels].sort()).toEqual([...(labels ?? [primary])].sort());
  });
});
