import { describe, expect, it } from 'vitest';
import { answer, caseJson, codeIn, expectWrittenIn, freshWorld, letter, teamMailAbout, templated, to, type Quoting } from './scenario2-support.js';

interface Confirmation {
  lang: string;
  from: string;
  subject: string;
  request: string;
  /** How the requester really answers: lower case, no accents, phone signatures; `{code}` is the code they copy. */
  reply: string;
  style: Quoting;
}

// People confirm the way they type on a phone: no capitals, no accents, umlauts spelled out.
const confirmations: Confirmation[] = [
  {
    lang: 'es',
    from: 'Lucía Fernández <lucia.fdz@example.net>',
    subject: 'borrar mi cuenta',
    request: 'Hola buenas,\n\nQuiero que borren mi cuenta y todos los datos personales que tengan de mí.\n\nGracias\nLucía',
    reply: 'si borrenlo todo porfa\n{code}\n\nEnviado desde mi iPhone',
    style: 'iphone',
  },
  {
    lang: 'de',
    from: 'Jürgen Weber <j.weber@example.net>',
    subject: 'Löschung meiner Daten',
    request: 'Sehr geehrte Damen und Herren,\n\nhiermit bitte ich Sie, mein Kundenkonto und sämtliche über mich gespeicherten personenbezogenen Daten zu löschen.\n\nMit freundlichen Grüßen\nJürgen Weber',
    reply: 'ja bitte alles loeschen. code ist {code}\n\nGruss J. Weber',
    style: 'outlook',
  },
  {
    lang: 'fr',
    from: 'Camille Martin <camille.martin@example.net>',
    subject: 'suppression de compte',
    request: 'Bonjour,\n\nje souhaite la suppression de mon compte ainsi que de toutes mes donnees personnelles chez vous.\n\nCordialement,\nCamille',
    reply: 'oui vous pouvez tout supprimer merci\n\n{code}\n\nEnvoyé de mon téléphone',
    style: 'gmail',
  },
  {
    lang: 'it',
    from: 'Marco Rossi <marco.rossi@example.net>',
    subject: 'cancellazione dati',
    request: 'Buongiorno,\n\nvorrei che cancellaste il mio account e tutti i miei dati personali.\n\nGrazie mille\nMarco Rossi',
    reply: 'si, cancellate pure tutto. il codice è {code}\nciao Marco',
    style: 'iphone',
  },
  {
    lang: 'nl',
    from: 'Sanne de Vries <sanne.devries@example.net>',
    subject: 'account verwijderen',
    request: 'Goedendag,\n\nGraag wil ik dat u mijn account en al mijn persoonsgegevens verwijdert.\n\nMet vriendelijke groet,\nSanne de Vries',
    reply: 'ja hoor, verwijder alles maar\ncode: {code}\n\ngr Sanne',
    style: 'outlook',
  },
];

describe('deletion confirmed the way people really write, in five languages', () => {
  for (const person of confirmations) {
    it(`${person.lang}: "${person.reply.split('\n')[0]}" with the code confirms the deletion`, async () => {
      const world = await freshWorld();
      const address = /<([^>]+)>/.exec(person.from)?.[1] as string;
      await world.deliver(letter({ from: person.from, subject: person.subject, messageId: `del-${person.lang}@example.net`, at: '2026-03-02T16:40:00Z', text: person.request }));
      await world.run('2026-03-02T17:00:00Z');
      const [ack] = templated(world, to(await world.newMail(), address), 'acknowledgement');
      expect(ack?.inReplyTo).toBe(`del-${person.lang}@example.net`);
      expectWrittenIn(ack, person.lang);
      const code = codeIn(ack);
      expect(code).not.toBeNull();

      await world.deliver(answer(ack!, { from: person.from, text: person.reply.replace('{code}', code as string), messageId: `del-${person.lang}-2@example.net`, at: '2026-03-02T19:10:00Z', style: person.style }));
      await world.run('2026-03-02T19:30:00Z');
      const mail = await world.newMail();
      // Confirmed: nothing more is asked of the requester, and the team gets the case to act on.
      expect(to(mail, address).filter((m) => codeIn(m) !== null)).toEqual([]);
      expect(templated(world, teamMailAbout(world, mail, 'PR-2026-0001'), 'team-escalation')).toHaveLength(1);
      const shown = await caseJson(world, 'PR-2026-0001');
      expect(shown.state).not.toBe('awaiting_verification');
      expect(shown.events.map((event) => event.type)).toEqual(expect.arrayContaining(['verification_passed', 'deletion_confirmed']));
      expect(shown.labels).toEqual(['deletion']);
    });
  }

  it('"please don\'t delete yet, I need a copy first": no deletion, the team hears, the copy is asked for', async () => {
    const world = await freshWorld();
    const from = 'Priya Raman <priya.raman@example.net>';
    await world.deliver(letter({ from, subject: 'close my account', messageId: 'priya-1@example.net', at: '2026-03-02T16:30:00Z', text: 'Hi there,\n\nI would like to close my account with you and have my info removed.\n\nThanks,\nPriya' }));
    await world.run('2026-03-02T17:00:00Z');
    const [ack] = templated(world, to(await world.newMail(), 'priya.raman@example.net'), 'acknowledgement');
    const code = codeIn(ack);
    expect(code).not.toBeNull();

    await world.deliver(answer(ack!, {
      from,
      text: `Hi, my code is ${code}.\n\nActually please don't delete yet, I need a copy of everything you have on me first (my visit notes especially). After I get that you can go ahead.\n\nPriya`,
      messageId: 'priya-2@example.net',
      at: '2026-03-03T18:00:00Z',
      style: 'gmail',
    }));
    await world.run('2026-03-03T18:30:00Z');
    const mail = await world.newMail();
    const team = teamMailAbout(world, mail, 'PR-2026-0001');
    expect(team.length).toBeGreaterThan(0);
    expect(team.map((m) => m.text).join('\n')).toContain("don't delete yet");
    const shown = await caseJson(world, 'PR-2026-0001');
    expect(shown.events.map((event) => event.type)).not.toContain('deletion_confirmed');
    expect(shown.state).toBe('awaiting_verification');
    // She asked for a copy: the case must also carry the right to know.
    expect.soft(shown.labels).toContain('disclosure');
  });
});
