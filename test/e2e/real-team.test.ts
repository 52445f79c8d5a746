import { describe, expect, it } from 'vitest';
import { TEAM } from './lifecycle-support.js';
import { answer, caseJson, codeIn, expectWrittenIn, freshWorld, letter, salutations, teamAnswer, teamMailAbout, templated, to } from './scenario2-support.js';

describe('the privacy team and the requester, as they really write', () => {
  it('right to know in German: the team extends, then denies; each time the requester hears why, in German', async () => {
    const world = await freshWorld();
    const from = 'Katrin Baumann <katrin.baumann@example.net>';
    await world.deliver(letter({
      from,
      subject: 'Auskunft über meine Daten',
      messageId: 'katrin-1@example.net',
      at: '2026-03-02T16:20:00Z',
      text: 'Hallo,\n\nich möchte wissen, welche personenbezogenen Daten Sie über mich gespeichert haben, woher Sie sie haben und an wen Sie sie weitergegeben haben. Bitte schicken Sie mir eine Kopie.\n\nViele Grüße\nKatrin Baumann',
    }));
    await world.run('2026-03-02T17:00:00Z');
    const [ack] = templated(world, to(await world.newMail(), 'katrin.baumann@example.net'), 'acknowledgement');
    expectWrittenIn(ack, 'de');
    const code = codeIn(ack);
    expect(code).not.toBeNull();

    await world.deliver(answer(ack!, { from, text: `${code}\n\nGruß K.B.`, messageId: 'katrin-2@example.net', at: '2026-03-03T07:00:00Z', style: 'gmail' }));
    await world.run('2026-03-03T17:00:00Z');
    const [escalation] = templated(world, teamMailAbout(world, await world.newMail(), 'PR-2026-0001'), 'team-escalation');
    expect(escalation).toBeDefined();
    const dueBefore = (await caseJson(world, 'PR-2026-0001')).dueAt;

    await world.deliver(teamAnswer('extend Ihre Unterlagen liegen teilweise im Archiv unseres früheren Praxisverwaltungssystems', escalation!, { messageId: 'team-ext@example.test', at: '2026-03-20T17:00:00Z', style: 'outlook' }));
    await world.run('2026-03-20T17:30:00Z');
    const afterExtend = await world.newMail();
    const [extension] = to(afterExtend, 'katrin.baumann@example.net');
    expectWrittenIn(extension, 'de');
    expect(extension?.text).toContain('Archiv unseres früheren Praxisverwaltungssystems');
    const dueAfter = (await caseJson(world, 'PR-2026-0001')).dueAt;
    expect(Date.parse(dueAfter)).toBeGreaterThan(Date.parse(dueBefore));

    await world.deliver(teamAnswer('deny Die angefragten Unterlagen wurden nach Ablauf der gesetzlichen Aufbewahrungsfrist bereits vernichtet.', escalation!, { messageId: 'team-deny@example.test', at: '2026-04-10T17:00:00Z' }));
    await world.run('2026-04-10T17:30:00Z');
    const [denial] = to(await world.newMail(), 'katrin.baumann@example.net');
    expectWrittenIn(denial, 'de');
    expect(denial?.text).toContain('Aufbewahrungsfrist bereits vernichtet');
    expect((await caseJson(world, 'PR-2026-0001')).state).not.toMatch(/awaiting|escalated|open/);
  });

  it('a forwarded copy of their own earlier mail (sent to the wrong address) opens a deletion case for the forwarder', async () => {
    const world = await freshWorld();
    await world.deliver(letter({
      from: 'Tom Becker <tbecker77@example.net>',
      subject: 'Fwd: please remove my account',
      messageId: 'tom-fwd@example.net',
      at: '2026-03-02T16:10:00Z',
      text: [
        'sending this to the right address this time, support told me to',
        '',
        '---------- Forwarded message ---------',
        'From: Tom Becker <tbecker77@example.net>',
        'Date: Thu, Feb 19, 2026 at 8:12 PM',
        'Subject: please remove my account',
        'To: <support@calmclinic.example>',
        '',
        'hi, i dont use the patient portal anymore. please remove my account and erase all my personal data. thx tom',
      ].join('\n'),
    }));
    await world.run('2026-03-02T17:00:00Z');
    const mail = await world.newMail();
    const [ack] = templated(world, to(mail, 'tbecker77@example.net'), 'acknowledgement');
    expect(ack?.subject).toContain('PR-2026-0001');
    expect(ack?.inReplyTo).toBe('tom-fwd@example.net');
    expect(codeIn(ack)).not.toBeNull();
    expect(to(mail, 'support@calmclinic.example')).toEqual([]);
    const shown = await caseJson(world, 'PR-2026-0001');
    expect(shown.labels).toEqual(['deletion']);
    expect(shown.requester).toBe('tbecker77@example.net');
  });

  it('an opt-out under a long corporate disclaimer is an opt-out only: no code, straight to the team', async () => {
    const world = await freshWorld();
    const disclaimer = [
      '',
      '--',
      'Greg Holloway | Senior Procurement Analyst',
      'Northwind Logistics Holdings, Inc. | 1200 Harbor Blvd, Suite 400 | Oakland, CA 94607',
      'T +1 510 555 0199 | M +1 510 555 0123',
      '',
      'CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure, copying or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and delete and destroy all copies of the original message and any attachments.',
      'Northwind Logistics may monitor, record and retain e-mail for business purposes. Please consider the environment before printing this e-mail.',
      'Northwind Logistics Holdings, Inc. and its subsidiaries do not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission.',
    ].join('\n');
    await world.deliver(letter({
      from: 'Holloway, Greg <greg.holloway@northwind-logistics.example>',
      subject: 'Do not sell my information',
      messageId: 'greg-1@northwind-logistics.example',
      at: '2026-03-02T16:45:00Z',
      text: `Hello,\n\nPlease do not sell or share my personal information, and take me off any marketing lists you share with partners.\n\nThanks,\nGreg\n${disclaimer}`,
    }));
    await world.run('2026-03-02T17:00:00Z');
    const mail = await world.newMail();
    const [ack] = templated(world, to(mail, 'greg.holloway@northwind-logistics.example'), 'acknowledgement');
    expect(ack).toBeDefined();
    expect(codeIn(ack)).toBeNull();
    // It lists only what was asked: nothing about deleting or sending a copy of their data.
    expect(ack?.text).not.toMatch(/\bdelet|copy of (your|the|all)? ?(personal )?(data|information|records)/i);
    // Corporate Outlook shows "Last, First": the greeting must still read as a name, not "Holloway, Greg".
    expect(salutations(ack?.text ?? '')[0]).not.toMatch(/Holloway, Greg/);
    expect(salutations(ack?.text ?? '')[0]).toMatch(/Greg Holloway/);
    expect(templated(world, teamMailAbout(world, mail, 'PR-2026-0001'), 'team-escalation')).toHaveLength(1);
    expect((await caseJson(world, 'PR-2026-0001')).labels).toEqual(['opt_out']);
  });

  it('a French request answered in English keeps French to the end', async () => {
    const world = await freshWorld();
    const from = 'Élodie Garnier <elodie.garnier@example.net>';
    await world.deliver(letter({
      from,
      subject: 'Demande de copie de mes données',
      messageId: 'elodie-1@example.net',
      at: '2026-03-02T16:00:00Z',
      text: 'Bonjour,\n\nConformément à la loi, je vous demande de m\'envoyer une copie de toutes les données personnelles que vous détenez à mon sujet.\n\nBien cordialement,\nÉlodie Garnier',
    }));
    await world.run('2026-03-02T17:00:00Z');
    const [ack] = templated(world, to(await world.newMail(), 'elodie.garnier@example.net'), 'acknowledgement');
    expectWrittenIn(ack, 'fr');
    const code = codeIn(ack);

    await world.deliver(answer(ack!, { from, text: `Hello, sorry my French colleagues set this up. Here is the code: ${code}. Thanks!`, messageId: 'elodie-2@example.net', at: '2026-03-03T16:00:00Z', style: 'gmail' }));
    await world.run('2026-03-03T17:00:00Z');
    const [escalation] = templated(world, teamMailAbout(world, await world.newMail(), 'PR-2026-0001'), 'team-escalation');
    expect(escalation).toBeDefined();
    expect((await caseJson(world, 'PR-2026-0001')).language ?? 'fr').toBe('fr');

    // This installation also checks data points: the team confirms them, then closes.
    await world.deliver(teamAnswer('verified\ndone Vous trouverez la copie de votre dossier dans le portail sécurisé.', escalation!, { messageId: 'team-elodie@example.test', at: '2026-03-10T17:00:00Z' }));
    await world.run('2026-03-10T17:30:00Z');
    const last = await world.newMail();
    const [completion] = templated(world, to(last, 'elodie.garnier@example.net'), 'completion');
    expectWrittenIn(completion, 'fr');
    expect(completion?.text).toContain('portail sécurisé');
  });

  it('a complaint: the team replies in one mail and closes it in a second', async () => {
    const world = await freshWorld();
    const from = 'Maria Gonzalez <maria.g.1984@example.net>';
    await world.deliver(letter({
      from,
      subject: 'Complaint - my records were sent to the wrong person',
      messageId: 'maria-1@example.net',
      at: '2026-03-02T16:00:00Z',
      text: 'To whom it may concern,\n\nI am writing to complain. Last week your front desk emailed my lab results to another patient with the same last name. Nobody told me; I only found out because she called me. This is unacceptable and I want to know what you are doing about it.\n\nMaria Gonzalez',
    }));
    await world.run('2026-03-02T17:00:00Z');
    const first = await world.newMail();
    expect(to(first, 'maria.g.1984@example.net').filter((m) => codeIn(m) !== null)).toEqual([]);
    const [escalation] = templated(world, teamMailAbout(world, first, 'PR-2026-0001'), 'team-escalation');
    expect(escalation).toBeDefined();

    await world.deliver(teamAnswer('reply Hi Maria,\n\nThank you for telling us, and I am sorry. We have confirmed what happened, asked the other patient to delete the email, and retrained the front desk. Our privacy officer will call you this week.\n\nSam, Privacy Office', escalation!, { messageId: 'team-maria-1@example.test', at: '2026-03-03T18:00:00Z', style: 'gmail' }));
    await world.run('2026-03-03T18:30:00Z');
    const second = await world.newMail();
    const [reply] = to(second, 'maria.g.1984@example.net');
    expect(reply?.text).toContain('retrained the front desk');
    expect(salutations(reply?.text ?? '')).toHaveLength(1);
    expect(reply?.text).not.toContain(TEAM);
    expect((await caseJson(world, 'PR-2026-0001')).state).not.toBe('done');

    await world.deliver(teamAnswer('Done.', escalation!, { messageId: 'team-maria-2@example.test', at: '2026-03-06T18:00:00Z', style: 'outlook' }));
    await world.run('2026-03-06T18:30:00Z');
    const third = await world.newMail();
    expect(templated(world, to(third, 'maria.g.1984@example.net'), 'completion')).toHaveLength(1);
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('done');
    await world.run('2026-03-06T18:30:00Z');
    expect(await world.newMail()).toEqual([]);
  });
});
