import { describe, expect, it } from 'vitest';
import { expectNoInternals, TEAM, type SentMail } from './lifecycle-support.js';
import {
  aboutCase, address, buildMail, codeIn, expectQuietRerun, greetingLines, htmlOf, mailsTo, newWorld, ofTemplate, PNG_PIXEL, replyMail, showCase, teamFinishes, teamMail, withoutReplyPrefix,
} from './scenario-support.js';

function latestTo(mails: SentMail[], email: string): SentMail | undefined {
  return mails.filter((mail) => mail.to.includes(email)).at(-1);
}

describe('scenarios: the privacy team at work', { timeout: 90_000 }, () => {
  it('opt-out from a phone: no code, the team is asked, "Done!" closes it and the requester is told', async () => {
    const world = await newWorld();
    await world.deliver(buildMail({
      from: address('Kevin Tran', 'kev.tran@example.net'), subject: 'stop selling my info', messageId: 'opt-1@example.net', date: world.now,
      text: 'Please stop selling or sharing my personal info with advertisers. Thx\n\nSent from my iPhone',
    }));
    await world.run();
    const mails = await world.newMail();
    const toKevin = mailsTo(mails, 'kev.tran@example.net');
    expect(toKevin.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expect(codeIn(toKevin[0])).toBeNull();
    const escalation = ofTemplate(world, mailsTo(mails, TEAM), 'team-escalation')[0];
    expect(escalation).toBeDefined();

    await world.deliver(teamMail('Done!', escalation!, { messageId: 'opt-team@example.test', date: '2026-03-02T22:00:00Z' }));
    await world.run('2026-03-02T22:00:00Z');
    const after = await world.newMail();
    expect(mailsTo(after, 'kev.tran@example.net').map((mail) => world.templateOf(mail))).toEqual(['completion']);
    const shown = await showCase(world, 'PR-2026-0001');
    expect(shown.state).toBe('done');
    expect(shown.events.some((event) => event.type.startsWith('verification'))).toBe(false);
    await expectQuietRerun(world);
  });

  it('right to know: the escalation lists what the answer must contain; "Done." carries a multi-line message', async () => {
    const world = await newWorld();
    const from = address('Renee Adams', 'renee.adams@example.com');
    await world.deliver(buildMail({
      from, subject: 'CCPA request to know', messageId: 'know-1@example.com', date: world.now,
      text: "Hi,\n\nI'd like to know what personal information you've collected about me, where you got it, why, and who you've sold or shared it with.\n\nRenee Adams",
    }));
    await world.run();
    const [ack] = mailsTo(await world.newMail(), 'renee.adams@example.com');
    await world.deliver(replyMail(ack!, { from, body: 'Renee Adams, my last appointment was on 2 February 2026.', messageId: 'know-2@example.com', date: '2026-03-03T18:00:00Z' }));
    await world.run('2026-03-03T18:00:00Z');
    const escalations = ofTemplate(world, mailsTo(await world.newMail(), TEAM), 'team-escalation');
    const checklist = escalations.map((mail) => mail.text).join('\n');
    expect.soft(checklist).toMatch(/categor[^\n]*collected/i);
    expect.soft(checklist).toMatch(/categor[^\n]*(sold|shared)/i);
    expect.soft(checklist).toMatch(/sources/i);
    expect.soft(checklist).toMatch(/business[^\n]*purpose/i);
    expect.soft(checklist).toMatch(/third[- ]part/i);
    expect.soft(checklist).toMatch(/specific pieces/i);

    await world.deliver(teamMail('verified', escalations.at(-1)!, { messageId: 'know-team-1@example.test', date: '2026-03-04T18:00:00Z' }));
    await world.run('2026-03-04T18:00:00Z');
    const result = latestTo(await world.newMail(), TEAM);
    const message = 'Done.\nHi Renee, your report is ready in the secure portal (link valid for 7 days).\nWe do not sell your information; we share appointment data with our billing processor.\nCall us if anything is unclear.';
    await world.deliver(teamMail(message, result!, { messageId: 'know-team-2@example.test', date: '2026-03-05T18:00:00Z', style: 'outlook' }));
    await world.run('2026-03-05T18:00:00Z');
    const [completion] = ofTemplate(world, mailsTo(await world.newMail(), 'renee.adams@example.com'), 'completion');
    expect(completion?.text).toContain('your report is ready in the secure portal');
    expect(completion?.text).toContain('we share appointment data with our billing processor');
    expect(completion?.text).toContain('Call us if anything is unclear.');
    expectNoInternals(completion!);
    expect((await showCase(world, 'PR-2026-0001')).state).toBe('done');
  });

  it('health records: the escalation adds the designated record set, the format and secure delivery; "done," with the message below', async () => {
    const world = await newWorld();
    const from = address('Thomas Whitaker', 'twhitaker@example.org');
    const body = 'Good afternoon,\n\nPlease send me a complete copy of my medical records, including my therapy session notes and the intake questionnaire I filled in last year. PDF is fine.\n\nThank you,\nThomas Whitaker';
    await world.deliver(buildMail({ from, subject: 'Copy of my medical records', messageId: 'hr-1@example.org', date: world.now, html: htmlOf(body) }));
    await world.run();
    const [ack] = mailsTo(await world.newMail(), 'twhitaker@example.org');
    await world.deliver(replyMail(ack!, { from, body: 'Thomas Whitaker, last appointment 26 January 2026', messageId: 'hr-2@example.org', date: '2026-03-03T18:00:00Z', htmlOnly: true }));
    await world.run('2026-03-03T18:00:00Z');
    const escalations = ofTemplate(world, mailsTo(await world.newMail(), TEAM), 'team-escalation');
    const checklist = escalations.map((mail) => mail.text).join('\n');
    expect.soft(checklist).toMatch(/designated record set/i);
    expect.soft(checklist).toMatch(/format/i);
    expect.soft(checklist).toMatch(/secure/i);

    await world.deliver(teamMail('verified', escalations.at(-1)!, { messageId: 'hr-team-1@example.test', date: '2026-03-04T18:00:00Z' }));
    await world.run('2026-03-04T18:00:00Z');
    const result = latestTo(await world.newMail(), TEAM);
    await world.deliver(teamMail('done,\nYour records were uploaded to the patient portal as one PDF.\nThe download link expires on 20 March.', result!, { messageId: 'hr-team-2@example.test', date: '2026-03-05T18:00:00Z' }));
    await world.run('2026-03-05T18:00:00Z');
    const [completion] = ofTemplate(world, mailsTo(await world.newMail(), 'twhitaker@example.org'), 'completion');
    expect(completion?.text).toContain('Your records were uploaded to the patient portal as one PDF.');
    expect(completion?.text).toContain('The download link expires on 20 March.');
    expect(completion?.text).not.toMatch(/wrote:/);
  });

  it('complaint: escalated at once with no code; the team\'s "reply" reaches her without a doubled greeting; then done', async () => {
    const world = await newWorld();
    await world.deliver(buildMail({
      from: address('Maria Gonzalez', 'maria.g@example.net'), subject: 'Complaint about how my info was handled', messageId: 'cmp-1@example.net', date: world.now,
      text: 'I am writing to complain. At my appointment on Friday the front desk read my diagnosis out loud in a full waiting room. This is unacceptable.\n\nMaria Gonzalez',
    }));
    await world.run();
    const first = await world.newMail();
    const toMaria = mailsTo(first, 'maria.g@example.net');
    expect(toMaria.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expect(codeIn(toMaria[0])).toBeNull();
    const escalation = ofTemplate(world, mailsTo(first, TEAM), 'team-escalation')[0];
    expect(escalation?.text).toContain('read my diagnosis out loud');

    await world.deliver(teamMail("reply Hi Maria,\n\nI'm very sorry this happened. We have spoken to the front desk team and changed how names and reasons for visits are confirmed.\n\nBest,\nSam", escalation!, { messageId: 'cmp-team-1@example.test', date: '2026-03-03T18:00:00Z' }));
    await world.run('2026-03-03T18:00:00Z');
    const after = await world.newMail();
    const [answer] = mailsTo(after, 'maria.g@example.net');
    expect(answer?.text).toContain("I'm very sorry this happened.");
    expect(greetingLines(answer?.text ?? '')).toEqual(['Hi Maria,']);
    expectNoInternals(answer!);

    await world.deliver(teamMail('done', latestTo(after, TEAM) ?? escalation!, { messageId: 'cmp-team-2@example.test', date: '2026-03-04T18:00:00Z' }));
    await world.run('2026-03-04T18:00:00Z');
    expect(mailsTo(await world.newMail(), 'maria.g@example.net').map((mail) => world.templateOf(mail))).toEqual(['completion']);
    expect((await showCase(world, 'PR-2026-0001')).state).toBe('done');
  });

  it('team mail for one case keeps one subject "[PR-…] <initials> <type>", and every escalation quotes the original request and its attachments', async () => {
    const world = await newWorld();
    const from = address('Dana Whitfield', 'dana.whitfield@example.com');
    await world.deliver(buildMail({
      from, subject: 'please erase my profile', messageId: 'subj-1@example.com', date: world.now,
      text: 'Hello,\n\nPlease erase my profile and everything linked to it. Screenshot of the account page attached so you can find it.\n\nDana',
      attachments: [{ filename: 'account-page.png', contentType: 'image/png', content: PNG_PIXEL }],
    }));
    await world.run();
    const seen = await world.newMail();
    const [ack] = mailsTo(seen, 'dana.whitfield@example.com');
    await world.deliver(replyMail(ack!, { from, body: 'DELETE', messageId: 'subj-2@example.com', date: '2026-03-03T18:00:00Z' }));
    await world.run('2026-03-03T18:00:00Z');
    seen.push(...(await world.newMail()));
    const escalation = ofTemplate(world, mailsTo(seen, TEAM), 'team-escalation').at(-1);
    expect.soft(escalation?.text).toContain('Please erase my profile and everything linked to it.');
    expect.soft(escalation?.text).toContain('account-page.png');

    await world.deliver(teamMail('note found two profiles, merged\nassign Kim', escalation!, { messageId: 'subj-team-1@example.test', date: '2026-03-04T18:00:00Z' }));
    await world.run('2026-03-04T18:00:00Z');
    seen.push(...(await world.newMail()));
    seen.push(...(await teamFinishes(world, escalation!, { commands: 'done', at: '2026-03-05T18:00:00Z', key: 'subj-team-2' })));

    const teamSubjects = aboutCase(seen, 'PR-2026-0001').map((mail) => withoutReplyPrefix(mail.subject));
    expect(teamSubjects.length).toBeGreaterThanOrEqual(3);
    expect(new Set(teamSubjects).size).toBe(1);
    expect(teamSubjects[0]).toMatch(/^\[PR-2026-0001\] D\.?\s?W\.? deletion\b/i);
  });

  it('a vague mail passed to the team as "not a privacy request" is rescued with "open deletion"; the clock runs from the first mail; a chaser joins', async () => {
    const world = await newWorld();
    const from = address('Jordan Blake', 'jordan.blake@example.net');
    await world.deliver(buildMail({
      from, subject: 'question', messageId: 'vague-1@example.net', date: world.now,
      text: "hi, i'm moving out of state soon. can someone get back to me about my account situation before i go? thx\njordan",
    }));
    await world.run();
    const first = await world.newMail();
    expect(mailsTo(first, 'jordan.blake@example.net')).toEqual([]);
    const notice = ofTemplate(world, mailsTo(first, TEAM), 'team-notice')[0];
    expect(notice).toBeDefined();

    // The team phoned Jordan, who wants everything deleted.
    await world.deliver(teamMail('open deletion', notice!, { messageId: 'vague-team@example.test', date: '2026-03-05T19:00:00Z' }));
    await world.run('2026-03-05T19:00:00Z');
    const opened = await world.newMail();
    const [ack] = mailsTo(opened, 'jordan.blake@example.net');
    expect(ack && world.templateOf(ack)).toBe('acknowledgement');
    expect(ack?.inReplyTo).toBe('vague-1@example.net');
    expect(ack?.text).toContain('2026-03-02');
    expect(ack?.text).toContain('2026-04-15');
    const told = mailsTo(opened, TEAM).map((mail) => mail.text).join('\n');
    expect(told).toContain('PR-2026-0001');
    expect(told).toMatch(/deletion/i);
    const shown = await showCase(world, 'PR-2026-0001');
    expect(shown.receivedAt).toBe('2026-03-02T17:00:00.000Z');
    expect(shown.dueAt.slice(0, 10)).toBe('2026-04-15');

    await world.deliver(buildMail({
      from, subject: 'Re: question', messageId: 'vague-2@example.net', date: '2026-03-10T16:00:00Z', inReplyTo: 'vague-1@example.net', references: ['vague-1@example.net'],
      text: 'hello?? did you get my email?\n\nOn Mon, Mar 2, 2026 at 9:00 AM Jordan Blake <jordan.blake@example.net> wrote:\n> hi, i\'m moving out of state soon. can someone get back to me about my account situation before i go? thx\n> jordan',
    }));
    await world.run('2026-03-10T16:00:00Z');
    const db = await world.db();
    expect(Object.keys(db.cases)).toEqual(['PR-2026-0001']);
    expect(db.messages['vague-2@example.net']?.caseId).toBe('PR-2026-0001');
  });

  it('an HTML-only vague mail sent late in the evening is rescued with "Reclassify deletion"; its received date is the original local day', async () => {
    const world = await newWorld();
    const sentAt = '2026-03-03T05:30:00Z';
    await world.deliver(buildMail({
      from: address('Helen Park', 'helen.park@example.org'), subject: 'Old file', messageId: 'vague-html-1@example.org', date: sentAt,
      html: htmlOf('Hello,\n\nAs we discussed at your front desk on Friday, could you please take care of that for me?\n\nKind regards,\nHelen Park'),
    }));
    await world.run(sentAt);
    const notice = ofTemplate(world, mailsTo(await world.newMail(), TEAM), 'team-notice')[0];
    expect(notice).toBeDefined();

    await world.deliver(teamMail('Reclassify deletion', notice!, { messageId: 'vague-html-team@example.test', date: '2026-03-04T18:00:00Z', style: 'outlook' }));
    await world.run('2026-03-04T18:00:00Z');
    const opened = await world.newMail();
    const [ack] = mailsTo(opened, 'helen.park@example.org');
    expect(ack && world.templateOf(ack)).toBe('acknowledgement');
    expect(ack?.text).toContain('2026-03-02');
    expect(ack?.text).toContain('2026-04-15');
    expect(mailsTo(opened, TEAM).map((mail) => mail.text).join('\n')).toContain('PR-2026-0001');
    expect((await showCase(world, 'PR-2026-0001')).labels).toEqual(['deletion']);
    await expectQuietRerun(world);
  });

  it('show --json carries the text of every message in the case', async () => {
    const world = await newWorld();
    const from = address('Ines Moreau', 'ines.moreau@example.net');
    await world.deliver(buildMail({
      from, subject: 'Please correct my date of birth', messageId: 'show-1@example.net', date: world.now,
      text: 'Hello, my date of birth in your records is wrong: it should be 14 July 1988, not 1989. Please correct it.\nInès',
    }));
    await world.run();
    const [ack] = mailsTo(await world.newMail(), 'ines.moreau@example.net');
    await world.deliver(replyMail(ack!, { from, body: 'Here you go, my last appointment was 9 January.', messageId: 'show-2@example.net', date: '2026-03-03T18:00:00Z', style: 'iphone' }));
    await world.run('2026-03-03T18:00:00Z');
    const { messages } = await showCase(world, 'PR-2026-0001');
    expect(Array.isArray(messages)).toBe(true);
    const texts = (messages as Array<{ text?: string }>).map((message) => message.text ?? '').join('\n');
    expect(texts).toContain('it should be 14 July 1988, not 1989');
    expect(texts).toContain('my last appointment was 9 January');
  });
});
