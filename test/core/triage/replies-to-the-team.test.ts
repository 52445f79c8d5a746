import { describe, expect, it } from 'vitest';
import { triagePlainMail as triage } from './plain-mail-triage.js';

/**
 * Replies to the team's mail that move a request on in words no rule named before (blind round 101):
 * a copy asked for again, leave to delete whatever is lost, an ID sent with "go ahead", a Brazilian
 * Outlook reply. Written for this check; none of it comes from the corpus or the blind rounds.
 */
const quoted = (lines: readonly string[]): string => lines.map((line) => `> ${line}`).join('\n');

describe('the copy of their data asked for again', () => {
  it.each([
    ['en', 'Hi, the link in your mail had expired by the time I opened it. Could you send me a new one please?', 'Your data export is ready to download. The link is valid for 48 hours.'],
    ['es', 'Buenas, el archivo adjunto no venía, el correo llegó vacío. ¿Me lo pueden reenviar?', 'En respuesta a su solicitud de acceso le adjuntamos la copia de sus datos personales.'],
    ['fr', "Bonjour, le lien ne fonctionne plus chez moi. Pourriez-vous me le renvoyer ?", 'Vous trouverez ci-dessous le lien vers la copie de vos données personnelles.'],
    ['de', 'Hallo, der Anhang fehlt leider. Können Sie die Datei noch einmal schicken?', 'anbei erhalten Sie die Kopie Ihrer Daten nach Art. 15 DSGVO.'],
    ['it', 'Buongiorno, il file allegato non si apre. Potete reinviarlo?', 'come da sua richiesta, le inviamo la copia dei suoi dati personali.'],
    ['nl', 'Hallo, de link is al verlopen. Kunnen jullie hem opnieuw sturen?', 'Hierbij ontvangt u de kopie van uw gegevens die wij verwerken.'],
  ])('%s: the access request goes on', async (_language, answer, handedOver) => {
    const verdict = await triage([answer, '', 'On 2 May 2026, Privacy <privacy@clinic.example> wrote:', quoted([handedOver])].join('\n'), 'Re: your request', true);
    expect(verdict.labels).toEqual(['disclosure']);
    expect(verdict.evidence[0]?.phrase).toMatch(/^asks again for: /u);
  });

  it('a resend of something else (an invoice) under the copy is not an access request', async () => {
    const body = ['Thanks, got the export. Unrelated: my February invoice never arrived, could you resend it?', '', '> Your data export is ready to download.'].join('\n');
    const verdict = await triage(body, 'Re: your data export', true);
    expect(verdict.evidence.some((item) => item.phrase.startsWith('asks again for: '))).toBe(false);
  });

  it('the person resending their own mail ("les reenvío mi solicitud") is not asking for the copy again', async () => {
    const body = ['Les reenvío mi solicitud porque el enlace que me mandaron no funciona y nadie me contesta.', '', quoted(['Le enviamos la copia de sus datos.'])].join('\n');
    const verdict = await triage(body, 'RE: Solicitud de acceso', true);
    expect(verdict.evidence.some((item) => item.phrase.startsWith('asks again for: '))).toBe(false);
  });
});

describe('leave to delete whatever is lost', () => {
  it.each([
    ['it', 'ok, ma perdo anche lo storico degli ordini? pazienza, cancellate comunque', 'Ci conferma la cancellazione del suo account?'],
    ['de', 'Schade um die Punkte, aber dann bitte trotzdem löschen.', 'Mit der Löschung verfallen Ihre Bonuspunkte. Möchten Sie fortfahren?'],
    ['fr', 'Tant pis pour la fidélité, supprimez quand même.', 'La suppression effacera vos points fidélité. Souhaitez-vous continuer ?'],
    ['pt', 'Tudo bem, apaguem mesmo assim.', 'Ao excluir a conta perderá o saldo de pontos. Deseja continuar?'],
    ['en', 'Fine, please delete anyway.', 'Deleting your account also removes your saved prescriptions. Do you want to go ahead?'],
  ])('%s: a deletion', async (_language, answer, question) => {
    const verdict = await triage([answer, '', quoted([question])].join('\n'), 'Re: account', true, 'rules');
    expect(verdict.labels).toEqual(['deletion']);
  });

  it('the team\'s own question "Möchten Sie Ihr Konto trotzdem löschen?" answered no asks nothing', async () => {
    const verdict = await triage(['Nein danke, dann lassen wir das.', '', quoted(['Möchten Sie Ihr Konto trotzdem löschen?'])].join('\n'), 'Re: Möchten Sie Ihr Konto trotzdem löschen?', true, 'rules');
    expect(verdict.labels).toEqual(['other']);
  });
});

describe('an ID sent with leave to go on', () => {
  it('"Dale para adelante con la baja de todo" under the team\'s "pedido de eliminación"', async () => {
    const body = ['Ahí va el DNI, frente y dorso. Dale para adelante con la baja de todo.', '', quoted(['Para avanzar con tu pedido de eliminación de datos necesitamos validar tu identidad. ¿Nos mandás una foto del DNI?'])].join('\n');
    const verdict = await triage(body, 'Re: Validación', true);
    expect(verdict.labels).toEqual(['deletion']);
  });
});

describe('answers typed under the questions of a Brazilian Outlook reply ("RES:")', () => {
  it('a yes to deleting the history and a no to going on with WhatsApp offers', async () => {
    const body = ['Segue.', '', quoted(['1. Deseja excluir também o histórico de compras?']), 'SIM', '', quoted(['2. Deseja continuar recebendo nossas promoções por WhatsApp?']), 'NÃO', '', quoted(['Equipe de Privacidade'])].join('\n');
    const verdict = await triage(body, 'RES: Sua solicitação de exclusão', false, 'rules');
    expect([...verdict.labels].sort()).toEqual(['deletion', 'opt_out']);
  });

  it('a confirmation chosen "by e-mail" sends no copy of their data', async () => {
    const body = ['Respondi abaixo.', '', quoted(['1. Deseja excluir o cadastro e o histórico?']), 'PODEM APAGAR TUDO', '', quoted(['2. Deseja receber a confirmação da exclusão por e-mail ou SMS?']), 'EMAIL', '', quoted(['Atenciosamente'])].join('\n');
    const verdict = await triage(body, 'Re: Solicitação de exclusão', true, 'rules');
    expect(verdict.labels).toEqual(['deletion']);
  });
});

describe('a subject label the body says is no longer needed', () => {
  it('"die Auskunft brauche ich nicht mehr" under "Auskunft und Löschung"', async () => {
    const body = ['Hallo, die Auskunft brauche ich nicht mehr. Das Konto bitte aber trotzdem löschen.', '', quoted(['Möchten Sie die Auskunft vor der Löschung erhalten?'])].join('\n');
    const verdict = await triage(body, 'Re: Ihre Anfragen – Auskunft und Löschung', true, 'rules');
    expect(verdict.labels).toEqual(['deletion']);
  });
});

describe('the number of an option the team listed', () => {
  it.each([
    ['Option 2. Don\'t delete anything, I still use the app.', ['Please reply with the number of the option you would like:', '  1. Delete my personal information', '  2. Opt out of the sale or sharing of my personal information', '  3. Get a copy of my personal information'], 'opt_out'],
    ['La 3, gracias.', ['Indíquenos el número de lo que desea:', '1) Eliminar sus datos', '2) Darse de baja del boletín', '3) Recibir una copia de sus datos'], 'disclosure'],
  ])('"%s"', async (answer, listed, label) => {
    const verdict = await triage([answer, '', quoted(listed)].join('\n'), 'Re: your request', true, 'rules');
    expect(verdict.labels).toEqual([label]);
  });

  it('a number that is no option listed ("2 weeks ago") chooses nothing', async () => {
    const body = ['2 weeks ago I asked you to stop calling me, and you still do.', '', quoted(['1. Delete my personal information', '2. Opt out of sales'])].join('\n');
    const verdict = await triage(body, 'Re: your request', true, 'rules');
    expect(verdict.evidence.some((item) => item.phrase.startsWith('chose to: '))).toBe(false);
  });
});

describe('telemarketing calls, in the languages that had no words for them', () => {
  it.each([
    ['nl', 'ik wil niet meer gebeld worden, haal mijn nummer van jullie lijst'],
    ['de', 'Ich will nicht mehr angerufen werden.'],
    ['fr', 'Je ne veux plus être appelée pour vos offres.'],
    ['it', 'Non voglio più essere chiamato dai vostri operatori.'],
    ['pt', 'Não quero mais ser ligado por vocês.'],
  ])('%s: an opt-out', async (_language, body) => {
    const verdict = await triage(body, 'Anrufe', false, 'rules');
    expect(verdict.labels).toEqual(['opt_out']);
  });
});
