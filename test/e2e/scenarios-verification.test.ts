import { describe, expect, it } from 'vitest';
import { TEAM, type SentMail } from './lifecycle-support.js';
import {
  address, buildMail, codeIn, expectQuietRerun, htmlOf, mailsTo, newWorld, ofTemplate, replyMail, replySubject, showCase, teamFinishes,
} from './scenario-support.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('scenarios: acknowledging and verifying requesters', { timeout: 90_000 }, () => {
  it('a request sent late in the evening is acknowledged in its thread with the local date received and the due date', async () => {
    const world = await newWorld();
    // 21:00 on Monday in Los Angeles is already Tuesday in UTC; the law counts from the local day.
    const sentAt = '2026-03-03T05:00:00Z';
    await world.deliver(buildMail({
      from: address('Harriet Moss', 'hmoss@example.net'), subject: 'Request to delete my information', messageId: 'late-eve-1@example.net', date: sentAt,
      text: 'To whom it may concern,\n\nI request that you delete all personal information you have collected about me.\n\nHarriet Moss',
    }));
    await world.run(sentAt);
    const mails = await world.newMail();
    const [ack, ...more] = mailsTo(mails, 'hmoss@example.net');
    expect(more).toEqual([]);
    expect(ack && world.templateOf(ack)).toBe('acknowledgement');
    expect(ack?.inReplyTo).toBe('late-eve-1@example.net');
    expect(ack?.references).toContain('late-eve-1@example.net');
    expect(ack?.subject).toContain('PR-2026-0001');
    expect.soft(ack?.text).toContain('2026-03-02');
    expect.soft(ack?.text).not.toContain('2026-03-03');
    expect.soft(ack?.text).toContain('2026-04-15');
    expect.soft((await showCase(world, 'PR-2026-0001')).dueAt.slice(0, 10)).toBe('2026-04-15');
    await expectQuietRerun(world);
  });

  it('"delete my account and whatever info you have" is a deletion, and the acknowledgement does not add a request for a copy', async () => {
    const world = await newWorld();
    await world.deliver(buildMail({
      from: 'tyler.b@example.net', subject: 'account', messageId: 'just-delete-1@example.net', date: world.now,
      text: 'hey can you delete my account and whatever info you have on me. dont use the app anymore\n\nSent from my Galaxy',
    }));
    await world.run();
    const [ack] = mailsTo(await world.newMail(), 'tyler.b@example.net');
    expect(ack && world.templateOf(ack)).toBe('acknowledgement');
    expect(ack?.text).toMatch(/delet/i);
    expect.soft(ack?.text).not.toMatch(/copy of (all )?(the |your )?(personal )?(information|data|records)/i);
    expect.soft(ack?.text).not.toMatch(/what (personal )?(information|data) we (have|hold|collect)/i);
    expect((await showCase(world, 'PR-2026-0001')).labels).toEqual(['deletion']);
  });

  it('deletion confirmed in plain words ("yes, go ahead and DELETE all of it") in an Outlook reply verifies the case', async () => {
    const world = await newWorld();
    const from = address('Gregory Hale', 'greg.hale@corp.example');
    await world.deliver(buildMail({
      from, subject: 'Data deletion', messageId: 'outlook-del-1@corp.example', date: world.now,
      text: 'Hello,\n\nPlease erase my patient portal account and any personal data associated with it.\n\nRegards,\nGreg Hale\nSenior Analyst | Corp Example\nThis e-mail and any attachments are confidential.',
      html: htmlOf('Hello,\n\nPlease erase my patient portal account and any personal data associated with it.\n\nRegards,\nGreg Hale\nSenior Analyst | Corp Example\nThis e-mail and any attachments are confidential.'),
    }));
    await world.run();
    const [ack] = mailsTo(await world.newMail(), 'greg.hale@corp.example');
    expect(codeIn(ack)).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    await world.deliver(replyMail(ack!, { from, body: 'yes, go ahead and DELETE all of it', messageId: 'outlook-del-2@corp.example', date: '2026-03-02T21:00:00Z', style: 'outlook' }));
    await world.run('2026-03-02T21:00:00Z');
    const teamMails = mailsTo(await world.newMail(), TEAM);
    const shown = await showCase(world, 'PR-2026-0001');
    expect(shown.state).not.toBe('awaiting_verification');
    expect(shown.state).not.toBe('denied');
    expect(ofTemplate(world, teamMails, 'team-escalation')).toHaveLength(1);
    await expectQuietRerun(world);
  });

  it.each([
    { key: 'not-yet', body: "Please don't delete yet! I still need to download my invoices for taxes. I'll write again.", style: 'outlook' as const },
    { key: 'question', body: 'what happens if I delete? will I lose my appointment history and my prescriptions?', style: 'gmail' as const },
  ])('a deletion reply that is not a confirmation ($key) leaves the case waiting, and the team hears the requester wrote', async ({ key, body, style }) => {
    const world = await newWorld();
    const from = address('Nadia Petrova', `nadia.${key}@example.net`);
    await world.deliver(buildMail({
      from, subject: 'Delete account', messageId: `${key}-1@example.net`, date: world.now,
      text: 'Hi, I would like to delete my account and the data you store about me.\nThanks\nNadia',
    }));
    await world.run();
    const [ack] = mailsTo(await world.newMail(), `nadia.${key}@example.net`);
    // Our acknowledgement, quoted below the reply, itself tells people to write DELETE: that is not their answer.
    await world.deliver(replyMail(ack!, { from, body, messageId: `${key}-2@example.net`, date: '2026-03-03T18:00:00Z', style }));
    await world.run('2026-03-03T18:00:00Z');
    const mails = await world.newMail();
    expect((await showCase(world, 'PR-2026-0001')).state).toBe('awaiting_verification');
    expect(mailsTo(mails, TEAM).length).toBeGreaterThanOrEqual(1);
    expect(mailsTo(mails, `nadia.${key}@example.net`).map((mail) => world.templateOf(mail))).not.toContain('completion');
  });

  it('correction: "please change it to my new address" opens a correction; the typed code verifies; the team finishes it', async () => {
    const world = await newWorld();
    const from = address('Priya Raman', 'priya.raman@example.net');
    await world.deliver(buildMail({
      from, subject: 'new address', messageId: 'corr-1@example.net', date: world.now,
      text: 'Hi there,\n\nI moved last month and your letters still go to my old place. Please change it to my new address: 77 Harbor Rd, Apt 4, Oakland, CA 94607.\n\nThanks!\nPriya',
    }));
    await world.run();
    const [ack] = mailsTo(await world.newMail(), 'priya.raman@example.net');
    expect((await showCase(world, 'PR-2026-0001')).labels).toEqual(['correction']);
    const code = codeIn(ack);
    expect(code).not.toBeNull();

    await world.deliver(buildMail({
      from, subject: replySubject(ack!.subject), messageId: 'corr-2@example.net', date: '2026-03-02T20:10:00Z', inReplyTo: ack?.messageId,
      text: `here is the code: ${code}\n\nPriya`,
    }));
    await world.run('2026-03-02T20:10:00Z');
    const escalation = ofTemplate(world, mailsTo(await world.newMail(), TEAM), 'team-escalation').at(-1);
    expect(escalation).toBeDefined();
    // The escalation quotes the original request, where the new address is.
    expect.soft(escalation?.text).toContain('77 Harbor Rd');

    const finished = await teamFinishes(world, escalation!, { commands: 'done Your address is now 77 Harbor Rd, Apt 4, Oakland.', at: '2026-03-03T18:00:00Z', key: 'corr-team' });
    const [completion] = ofTemplate(world, mailsTo(finished, 'priya.raman@example.net'), 'completion');
    expect(completion?.text).toContain('Your address is now 77 Harbor Rd');
    expect((await showCase(world, 'PR-2026-0001')).state).toBe('done');
  });

  it('late verifier: a reply to the expired code brings a fresh code at once, and the fresh code verifies', async () => {
    const world = await newWorld();
    const from = address('Oliver Grant', 'oliver.grant@example.org');
    await world.deliver(buildMail({
      from, subject: 'What do you have on me?', messageId: 'late-1@example.org', date: world.now,
      text: 'Hello,\n\nI would like a copy of the personal information Calm Clinic holds about me.\n\nOliver Grant',
    }));
    await world.run();
    const [ack] = mailsTo(await world.newMail(), 'oliver.grant@example.org');
    const first = codeIn(ack);
    expect(first).not.toBeNull();

    // Codes live 14 days; he comes back after 16.
    await world.run('2026-03-18T17:00:00Z');
    const seenCodes = new Set([first, ...mailsTo(await world.newMail(), 'oliver.grant@example.org').map(codeIn)]);
    await world.deliver(replyMail(ack!, { from, body: 'Sorry, I was travelling. Oliver Grant, last appointment 12 February 2026.', messageId: 'late-2@example.org', date: '2026-03-18T18:00:00Z' }));
    await world.run('2026-03-18T18:00:00Z');
    const [fresh, ...others] = ofTemplate(world, mailsTo(await world.newMail(), 'oliver.grant@example.org'), 'verification');
    expect(others).toEqual([]);
    const freshCode = codeIn(fresh);
    expect(freshCode).not.toBeNull();
    expect(seenCodes.has(freshCode)).toBe(false);
    expect((await showCase(world, 'PR-2026-0001')).state).toBe('awaiting_verification');

    await world.deliver(buildMail({
      from, subject: replySubject(fresh!.subject), messageId: 'late-3@example.org', date: '2026-03-18T19:00:00Z', inReplyTo: fresh?.messageId, references: [fresh!.messageId],
      text: `${freshCode}\nOliver Grant, last appointment 12 February 2026`,
    }));
    await world.run('2026-03-18T19:00:00Z');
    const teamMails = mailsTo(await world.newMail(), TEAM);
    expect((await showCase(world, 'PR-2026-0001')).state).not.toBe('awaiting_verification');
    expect(ofTemplate(world, teamMails, 'team-escalation').length).toBeGreaterThanOrEqual(1);
  });

  it('never-verifier: reminders with fresh codes up to the due date, a live code in the last two weeks, then a denial on the due date', async () => {
    const world = await newWorld();
    await world.deliver(buildMail({
      from: address('Wendy Cho', 'wendy.cho@example.com'), subject: 'Remove me', messageId: 'never-1@example.com', date: world.now,
      text: 'Remove my account and delete my personal data please.\n\n-- \nWendy Cho\nwendy.cho@example.com',
    }));
    await world.run();
    const [ack] = mailsTo(await world.newMail(), 'wendy.cho@example.com');
    const dueAt = (await showCase(world, 'PR-2026-0001')).dueAt;
    const issued: Array<{ at: string; code: string | null; mail: SentMail }> = [{ at: world.now, code: codeIn(ack), mail: ack! }];

    // A weekly look at the mailbox; the bot runs on its own clock in between.
    for (const at of ['2026-03-09T17:00:00Z', '2026-03-16T17:00:00Z', '2026-03-23T17:00:00Z', '2026-03-30T17:00:00Z', '2026-04-06T17:00:00Z', '2026-04-13T17:00:00Z']) {
      await world.run(at);
      const toWendy = mailsTo(await world.newMail(), 'wendy.cho@example.com');
      expect(toWendy.map((mail) => world.templateOf(mail))).not.toContain('denial');
      for (const mail of toWendy.filter((reminder) => codeIn(reminder) !== null)) issued.push({ at, code: codeIn(mail), mail });
    }
    const reminders = issued.slice(1);
    expect(reminders.length).toBeGreaterThan(1);
    const codes = issued.map((entry) => entry.code);
    expect(codes.every((code) => code !== null)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    // Some code was still live (14 days) inside the two weeks before the due date.
    const lastIssued = Math.max(...issued.map((entry) => Date.parse(entry.at)));
    expect(lastIssued + 14 * DAY_MS).toBeGreaterThan(Date.parse(dueAt) - 14 * DAY_MS);

    await world.run(dueAt);
    const denials = ofTemplate(world, mailsTo(await world.newMail(), 'wendy.cho@example.com'), 'denial');
    expect(denials).toHaveLength(1);
    expect((await showCase(world, 'PR-2026-0001')).state).toBe('denied');
  });

  it('disclosure verified from a phone by typing only the code and the asked facts', async () => {
    const world = await newWorld();
    const from = address('Luis Ortega', 'lortega@example.net');
    await world.deliver(buildMail({
      from, subject: 'Request to know', messageId: 'phone-1@example.net', date: world.now,
      text: 'Hello, under the CCPA I am requesting access to the personal information you have about me. Thank you.\n\nLuis Ortega',
    }));
    await world.run();
    const [ack] = mailsTo(await world.newMail(), 'lortega@example.net');
    const code = codeIn(ack);
    expect(code).not.toBeNull();
    await world.deliver(buildMail({
      from: 'lortega@example.net', subject: replySubject(ack!.subject), messageId: 'phone-2@example.net', date: '2026-03-02T23:40:00Z', inReplyTo: ack?.messageId,
      text: `${code}\nLuis Ortega. Last appt was Feb 20\n\nSent from my iPhone`,
    }));
    await world.run('2026-03-02T23:40:00Z');
    const shown = await showCase(world, 'PR-2026-0001');
    expect(shown.state).not.toBe('awaiting_verification');
    expect(shown.events.map((event) => event.type)).toContain('verification_passed');
    await expectQuietRerun(world);
  });
});
