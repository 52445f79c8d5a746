import { describe, expect, it } from 'vitest';
import { answer, caseJson, codeIn, expectNothingMore, expectWrittenIn, freshWorld, letter, paragraphs, teamAnswer, teamMailAbout, templated, to, TEAM, withoutRe } from './scenario2-support.js';
import type { SentMail } from './lifecycle-support.js';

// Monday 2 March 2026, 09:00 in Los Angeles (the world's start).
const MONDAY = '2026-03-02T17:00:00Z';

describe('people: what requesters actually send', () => {
  it('one HTML-only mail asking to opt out AND to delete: one acknowledgement for both, the opt-out goes ahead without a code, the deletion waits for one', async () => {
    const world = await freshWorld();
    const dana = 'dana.whitfield@example.net';
    await world.deliver(
      letter({
        from: `Dana Whitfield <${dana}>`,
        subject: 'opt out + delete my account',
        messageId: 'BY5PR11MB4321.dana-1@namprd11.prod.outlook.com',
        at: MONDAY,
        html: paragraphs(
          'Hello,\n\nTwo things please:\n1) Do not sell or share my personal information with anyone, starting now.\n2) Then delete my account and all the data you have on me.\n\nI no longer come to your clinic.\n\nDana Whitfield\n(555) 014-2231',
        ),
      }),
    );
    await world.run(MONDAY);
    const first = await world.newMail();
    const toDana = to(first, dana);
    expect(toDana.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    const ack = toDana[0] as SentMail;
    expect(ack.inReplyTo).toBe('BY5PR11MB4321.dana-1@namprd11.prod.outlook.com');
    expect(ack.subject).toContain('PR-2026-0001');
    expect(ack.text).toMatch(/opt(ing)?[- ]?out|sell|shar/i);
    expect(ack.text).toMatch(/delet/i);
    expect(ack.text).not.toMatch(/copy of (your|the|all)? ?(personal )?(data|information)/i);
    // The deletion needs a code; the opt-out must not wait for it.
    expect(codeIn(ack)).not.toBeNull();
    expect(templated(world, teamMailAbout(world, first, 'PR-2026-0001'), 'team-escalation')).toHaveLength(1);
    expect((await caseJson(world, 'PR-2026-0001')).labels).toEqual(expect.arrayContaining(['opt_out', 'deletion']));

    // The team switches off the sale/sharing the same day: Dana hears the opt-out is in effect, nothing about deletion being done.
    const escalation = templated(world, first, 'team-escalation')[0] as SentMail;
    await world.deliver(teamAnswer('done', escalation, { messageId: 'team-dana-1@example.test', at: '2026-03-02T21:00:00Z' }));
    await world.run('2026-03-02T21:00:00Z');
    const second = to(await world.newMail(), dana);
    expect(second).toHaveLength(1);
    expect(second[0]?.text).toMatch(/opt(ing)?[- ]?out|sell|shar/i);
    expect(second[0]?.text).not.toMatch(/\b(have|has) been (deleted|erased)|\bwe (have )?deleted\b/i);
    expect((await caseJson(world, 'PR-2026-0001')).state).not.toBe('done');

    // Dana answers the code mail with the code and a plain yes.
    await world.deliver(answer(ack, { from: `Dana Whitfield <${dana}>`, text: `${codeIn(ack)}\nYes, delete it all.`, messageId: 'dana-2@example.net', at: '2026-03-03T18:00:00Z' }));
    await world.run('2026-03-03T18:00:00Z');
    const third = await world.newMail();
    expect(to(third, dana)).toEqual([]);
    const verifiedEscalation = templated(world, teamMailAbout(world, third, 'PR-2026-0001'), 'team-escalation')[0];
    expect(verifiedEscalation?.text).toMatch(/verified/i);
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('verified');

    await world.deliver(teamAnswer('done Your account is closed and every record we held about you is deleted.', verifiedEscalation as SentMail, { messageId: 'team-dana-2@example.test', at: '2026-03-04T18:00:00Z' }));
    await world.run('2026-03-04T18:00:00Z');
    const lastMails = await world.newMail();
    const last = to(lastMails, dana);
    // Everything the team got about the case carries one subject, so mail clients thread it.
    const teamSubjects = new Set([...first, ...third, ...lastMails].filter((mail) => mail.to.includes(TEAM) && mail.subject.includes('PR-2026-0001')).map((mail) => withoutRe(mail.subject)));
    expect([...teamSubjects]).toHaveLength(1);
    expect([...teamSubjects][0]).toMatch(/^\[PR-2026-0001\] DW \S/);
    expect(last.map((mail) => world.templateOf(mail))).toEqual(['completion']);
    expect(last[0]?.text).toContain('every record we held about you is deleted');
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('done');
    await expectNothingMore(world);
  });

  it('asks from the desktop with a bare address, answers from the phone with a display name: the same person, verified', async () => {
    const world = await freshWorld();
    const jo = 'jo.nakamura@example.org';
    await world.deliver(letter({ from: jo, subject: 'account', messageId: 'jo-1@mail.example.org', at: MONDAY, text: 'hi - i want my account deleted. and all my info too pls\n\nthx\njo' }));
    await world.run(MONDAY);
    const toJo = to(await world.newMail(), jo);
    expect(toJo.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    const ack = toJo[0];
    const code = codeIn(ack);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    await world.deliver(answer(ack as SentMail, { from: `Jo Nakamura <${jo}>`, text: `${code}\nYes go ahead and delete everything`, messageId: 'C0FFEE12-77AB-4E21-9F1B-3A2D5E6F7081@example.org', at: '2026-03-02T23:40:00Z', style: 'iphone' }));
    await world.run('2026-03-02T23:40:00Z');
    const mails = await world.newMail();
    expect(to(mails, jo)).toEqual([]);
    const escalation = templated(world, teamMailAbout(world, mails, 'PR-2026-0001'), 'team-escalation');
    expect(escalation).toHaveLength(1);
    expect(escalation[0]?.text).toMatch(/verified/i);
    // The escalation quotes what Jo first asked, not only the phone reply.
    expect(escalation[0]?.text).toContain('i want my account deleted');
    const shown = await caseJson(world, 'PR-2026-0001');
    expect(shown.state).toBe('verified');
    expect(shown.requester).toBe(jo);
    expect(shown.events.find((event) => event.type === 'verification_passed')?.by).toBe('requester');
    await expectNothingMore(world);
  });

  it('a correction that gives the new value only in the second mail: the team sees both, the original quoted and the new address', async () => {
    const world = await freshWorld();
    const priya = 'priya.raman@example.com';
    await world.deliver(
      letter({
        from: `Priya Raman <${priya}>`,
        subject: 'Wrong address in my file',
        messageId: 'priya-1@example.com',
        at: MONDAY,
        text: 'Hello,\n\nI moved last year and the letters from your billing office still go to my old place. The address in your system is out of date, please fix it.\n\nThanks,\nPriya Raman',
      }),
    );
    await world.run(MONDAY);
    const toPriya = to(await world.newMail(), priya);
    expect(toPriya.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    const ack = toPriya[0];
    expect(codeIn(ack)).not.toBeNull();
    expect((await caseJson(world, 'PR-2026-0001')).labels).toContain('correction');

    // Two days later, from Outlook, with the code and the new address.
    await world.deliver(
      answer(ack as SentMail, {
        from: `Priya Raman <${priya}>`,
        text: `Hi,\n\nhere is the code: ${codeIn(ack)}\n\nThe correct address is:\n221 Alder Court, Apt 4\nPortland, OR 97205\n\nPriya`,
        messageId: 'priya-2@example.com',
        at: '2026-03-04T19:15:00Z',
        style: 'outlook',
      }),
    );
    await world.run('2026-03-04T19:15:00Z');
    const mails = await world.newMail();
    expect(to(mails, priya)).toEqual([]);
    const [escalation] = templated(world, teamMailAbout(world, mails, 'PR-2026-0001'), 'team-escalation');
    expect(escalation?.text).toContain('221 Alder Court, Apt 4');
    expect(escalation?.text).toContain('The address in your system is out of date');
    const shown = await caseJson(world, 'PR-2026-0001');
    expect(shown.state).toBe('verified');
    expect(shown.messages.map((message) => message.text ?? '').join('\n')).toContain('out of date, please fix it');
    expect(shown.messages.map((message) => message.text ?? '').join('\n')).toContain('221 Alder Court');

    await world.deliver(teamAnswer('done Your address is now 221 Alder Court, Apt 4, Portland, OR 97205.', escalation as SentMail, { messageId: 'team-priya@example.test', at: '2026-03-05T18:00:00Z' }));
    await world.run('2026-03-05T18:00:00Z');
    const done = to(await world.newMail(), priya);
    expect(done.map((mail) => world.templateOf(mail))).toEqual(['completion']);
    const completion = done[0];
    expect(completion?.text).toContain('221 Alder Court, Apt 4, Portland');
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('done');
  });

  it('sends only the code, then answers our separate "are you sure?" mail with a bare "Yes" from Outlook: that confirms the deletion', async () => {
    const world = await freshWorld();
    const tomas = 'tomas.reyes@example.com';
    await world.deliver(letter({ from: `Tomás Reyes <${tomas}>`, subject: 'Erase my data', messageId: 'tomas-1@example.com', at: MONDAY, text: 'Hi there,\n\nCould you please erase everything you have on file for me? I closed my account last month.\n\n- Tomás' }));
    await world.run(MONDAY);
    const toTomas = to(await world.newMail(), tomas);
    expect(toTomas.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    const ack = toTomas[0];
    const code = codeIn(ack);
    expect(code).not.toBeNull();

    // Just the code, typed into a new reply with nothing quoted.
    await world.deliver(answer(ack as SentMail, { from: `Tomás Reyes <${tomas}>`, text: code as string, messageId: 'tomas-2@example.com', at: '2026-03-03T17:00:00Z', style: 'none' }));
    await world.run('2026-03-03T17:00:00Z');
    const asked = to(await world.newMail(), tomas);
    expect(asked.map((mail) => world.templateOf(mail))).toEqual(['confirm-deletion']);
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('awaiting_verification');

    await world.deliver(answer(asked[0] as SentMail, { from: `Tomás Reyes <${tomas}>`, text: 'Yes', messageId: 'tomas-3@example.com', at: '2026-03-03T20:00:00Z', style: 'outlook', html: true }));
    await world.run('2026-03-03T20:00:00Z');
    const mails = await world.newMail();
    const escalation = templated(world, teamMailAbout(world, mails, 'PR-2026-0001'), 'team-escalation');
    expect(escalation).toHaveLength(1);
    expect(escalation[0]?.text).toMatch(/verified/i);
    const shown = await caseJson(world, 'PR-2026-0001');
    expect(shown.state).toBe('verified');
    expect(shown.events.map((event) => event.type)).toContain('deletion_confirmed');
  });

  it('comes back in Spanish three weeks later, after a server outage, answering the first mail with its expired code: a fresh code at once, and it works', async () => {
    const world = await freshWorld();
    const lucia = 'lucia.m@example.com';
    await world.deliver(letter({ from: `Lucía Morales <${lucia}>`, subject: 'Eliminar mis datos', messageId: 'lucia-1@example.com', at: MONDAY, text: 'Hola,\n\nquiero que eliminen mi cuenta y toda la información que tengan sobre mí.\n\nSaludos,\nLucía Morales' }));
    await world.run(MONDAY);
    const toLucia = to(await world.newMail(), lucia);
    expect(toLucia.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    const oldCode = codeIn(toLucia[0]);
    expect(oldCode).not.toBeNull();

    // No pass ran for three weeks; her answer to the first mail is the first thing the bot reads.
    await world.deliver(answer(toLucia[0] as SentMail, { from: `Lucía Morales <${lucia}>`, text: `Perdón, estaba de viaje. Aquí está el código: ${oldCode}\nSí, bórrenlo todo.`, messageId: 'lucia-2@example.com', at: '2026-03-23T17:00:00Z' }));
    await world.run('2026-03-23T17:00:00Z');
    const fresh = to(await world.newMail(), lucia);
    const codes = templated(world, fresh, 'verification').map((mail) => codeIn(mail));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes).not.toContain(oldCode);
    expect(codes.every((code) => code !== null)).toBe(true);
    for (const mail of templated(world, fresh, 'verification')) expectWrittenIn(mail, 'es');
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('awaiting_verification');

    const newest = templated(world, fresh, 'verification').at(-1) as SentMail;
    await world.deliver(answer(newest, { from: `Lucía Morales <${lucia}>`, text: `${codeIn(newest)}\nSí, bórrenlo.`, messageId: 'lucia-3@example.com', at: '2026-03-23T18:00:00Z', style: 'iphone' }));
    await world.run('2026-03-23T18:00:00Z');
    expect(to(await world.newMail(), lucia)).toEqual([]);
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('verified');
  });

  it('a correction whose new value comes in a second, separate mail from the phone: it joins the case, and the team sees the original and the new number', async () => {
    const world = await freshWorld();
    const ben = 'ben.adeyemi@example.com';
    await world.deliver(letter({ from: `Ben Adeyemi <${ben}>`, subject: 'old phone number on file', messageId: 'ben-1@example.com', at: MONDAY, text: 'Hi,\n\nYou still have my old mobile number on my patient file. Please correct it, I do not have that number any more.\n\nBen Adeyemi' }));
    await world.run(MONDAY);
    const toBen = to(await world.newMail(), ben);
    expect(toBen.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    const ack = toBen[0];
    expect(codeIn(ack)).not.toBeNull();
    expect((await caseJson(world, 'PR-2026-0001')).labels).toContain('correction');

    // Twenty minutes later, a new mail from his phone (not a reply) with the number he forgot.
    await world.deliver(letter({ from: `Ben Adeyemi <${ben}>`, subject: 'phone number', messageId: 'ben-2@example.com', at: '2026-03-02T17:20:00Z', text: 'Forgot to say, the new number is (415) 555-0199\n\nSent from my iPhone' }));
    await world.run('2026-03-02T17:20:00Z');
    const second = to(await world.newMail(), ben);
    expect(second.filter((mail) => mail.subject.includes('PR-2026-0002'))).toEqual([]);
    const db = await world.db();
    expect(Object.keys(db.cases)).toEqual(['PR-2026-0001']);
    expect(db.messages['ben-2@example.com']?.caseId).toBe('PR-2026-0001');

    await world.deliver(answer(ack as SentMail, { from: `Ben Adeyemi <${ben}>`, text: `${codeIn(ack)}`, messageId: 'ben-3@example.com', at: '2026-03-03T01:00:00Z' }));
    await world.run('2026-03-03T01:00:00Z');
    const mails = await world.newMail();
    const escalation = templated(world, teamMailAbout(world, mails, 'PR-2026-0001'), 'team-escalation').at(-1);
    expect(escalation?.text).toMatch(/verified/i);
    expect(escalation?.text).toContain('old mobile number on my patient file');
    const shown = await caseJson(world, 'PR-2026-0001');
    expect(shown.state).toBe('verified');
    expect(shown.messages.map((message) => message.text ?? '').join('\n')).toContain('(415) 555-0199');
  });
});
