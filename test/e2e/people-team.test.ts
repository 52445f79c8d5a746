import { describe, expect, it } from 'vitest';
import { answer, caseJson, cli, CODE, codeIn, expectNothingMore, freshWorld, letter, salutations, teamAnswer, teamMailAbout, templated, to, TEAM } from './scenario2-support.js';
import type { SentMail } from './lifecycle-support.js';

const MONDAY = '2026-03-02T17:00:00Z';

/** What a command result says about the refusal, without the lists of allowed commands it always offers. */
function refusalPart(mail: SentMail | undefined): string {
  const text = mail?.text ?? '';
  const cut = text.search(/commands available/i);
  return (cut < 0 ? text : text.slice(0, cut)).replace(/allowed now:[^\n]*/gi, '');
}

describe('people: how the privacy team really answers', () => {
  it('health records: the escalation carries the disclosure checklist; the team answers "Verified" and "Done." with a two-paragraph letter in one Outlook mail', async () => {
    const world = await freshWorld();
    const jordan = 'jordan.blake@example.net';
    await world.deliver(
      letter({
        from: `Jordan Blake <${jordan}>`,
        subject: 'Request for my records',
        messageId: 'jordan-1@example.net',
        at: MONDAY,
        text: "Hello,\n\nI'd like a copy of all my medical records and therapy session notes you have, plus whatever else you keep about me (billing, appointment history). An electronic copy is fine.\n\nThanks,\nJordan Blake",
      }),
    );
    await world.run(MONDAY);
    const [ack] = to(await world.newMail(), jordan);
    expect(codeIn(ack)).not.toBeNull();

    await world.deliver(answer(ack as SentMail, { from: `Jordan Blake <${jordan}>`, text: `${codeIn(ack)}\nFull name: Jordan Blake\nLast appointment: February 11, 2026`, messageId: 'jordan-2@example.net', at: '2026-03-03T17:00:00Z' }));
    await world.run('2026-03-03T17:00:00Z');
    const [escalation] = templated(world, teamMailAbout(world, await world.newMail(), 'PR-2026-0001'), 'team-escalation');
    const checklist = escalation?.text ?? '';
    expect(checklist).toMatch(/categor[^\n]*collect/i);
    expect(checklist).toMatch(/sold|shared/i);
    expect(checklist).toMatch(/sources?\b/i);
    expect(checklist).toMatch(/business (or commercial )?purpose/i);
    expect(checklist).toMatch(/third part/i);
    expect(checklist).toMatch(/specific pieces/i);
    expect(checklist).toMatch(/designated record set/i);
    expect(checklist).toMatch(/format/i);
    expect(checklist).toMatch(/secure/i);
    expect(checklist).toContain('therapy session notes');

    const letterToJordan = [
      'Verified',
      'Done. Hi Jordan,',
      '',
      'Your records are ready. We sent a secure download link to this address in a separate message; it works for 7 days.',
      '',
      'The package holds your visit notes, your billing history and your appointment history, as PDF files.',
      '',
      'Best regards,',
      'Sam Ortiz',
    ].join('\n');
    await world.deliver(teamAnswer(letterToJordan, escalation as SentMail, { messageId: 'team-jordan@example.test', at: '2026-03-05T18:00:00Z', style: 'outlook' }));
    await world.run('2026-03-05T18:00:00Z');
    const mails = await world.newMail();
    const toJordan = to(mails, jordan);
    expect(toJordan.map((mail) => world.templateOf(mail))).toEqual(['completion']);
    const completion = toJordan[0]?.text ?? '';
    expect(completion).toContain('secure download link');
    expect(completion).toContain('visit notes, your billing history and your appointment history');
    expect.soft(salutations(completion)).toHaveLength(1);
    expect(completion).not.toMatch(/^\s*verified\s*$/im);
    expect(completion).not.toContain(TEAM);
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('done');
  });

  it('a complaint: the team\'s "reply" opens with its own "Hi Maria," and she gets one greeting, then "done" closes it', async () => {
    const world = await freshWorld();
    const maria = 'mgonzalez77@example.com';
    await world.deliver(
      letter({
        from: `Maria Gonzalez <${maria}>`,
        subject: 'Someone else got my results??',
        messageId: 'maria-1@example.com',
        at: MONDAY,
        text: "To whom it may concern,\n\nI am really upset. Last Tuesday I got an email from your clinic with ANOTHER patient's lab results attached. If you sent mine to a stranger too I want to know. This is unacceptable and I want to make a formal complaint.\n\nMaria Gonzalez",
      }),
    );
    await world.run(MONDAY);
    const first = await world.newMail();
    expect(to(first, maria).map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expect(to(first, maria)[0]?.text).not.toMatch(CODE);
    const [escalation] = templated(world, teamMailAbout(world, first, 'PR-2026-0001'), 'team-escalation');
    expect(escalation).toBeDefined();

    const reply = 'reply Hi Maria,\n\nThank you for telling us, and I am sorry. We have found the message and we are checking whether your own results went to anyone else. I will write again by Friday.\n\nSam';
    await world.deliver(teamAnswer(reply, escalation as SentMail, { messageId: 'team-maria-1@example.test', at: '2026-03-02T20:00:00Z' }));
    await world.run('2026-03-02T20:00:00Z');
    const second = await world.newMail();
    const toMaria = to(second, maria);
    expect(toMaria).toHaveLength(1);
    expect(toMaria[0]?.text).toContain('whether your own results went to anyone else');
    expect(toMaria[0]?.references).toContain('maria-1@example.com');
    expect(salutations(toMaria[0]?.text ?? '')).toEqual(['Hi Maria,']);

    const result = templated(world, teamMailAbout(world, second, 'PR-2026-0001'), 'team-command-result')[0];
    await world.deliver(teamAnswer('done', result as SentMail, { messageId: 'team-maria-2@example.test', at: '2026-03-06T18:00:00Z' }));
    await world.run('2026-03-06T18:00:00Z');
    expect(to(await world.newMail(), maria).map((mail) => world.templateOf(mail))).toEqual(['completion']);
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('done');
  });

  it('"open deletion" on a case that already exists is refused, changes nothing, and the refusal points to "reclassify"', async () => {
    const world = await freshWorld();
    const lee = 'lee.fontaine@example.com';
    await world.deliver(letter({ from: `Lee Fontaine <${lee}>`, subject: 'stop the marketing', messageId: 'lee-1@example.com', at: MONDAY, text: 'Please unsubscribe me from your marketing emails and stop sharing my info with advertisers.\n\nLee' }));
    await world.run(MONDAY);
    const first = await world.newMail();
    const [escalation] = templated(world, teamMailAbout(world, first, 'PR-2026-0001'), 'team-escalation');
    const before = await caseJson(world, 'PR-2026-0001');

    await world.deliver(teamAnswer('open deletion', escalation as SentMail, { messageId: 'team-lee@example.test', at: '2026-03-02T19:00:00Z' }));
    await world.run('2026-03-02T19:00:00Z');
    const second = await world.newMail();
    expect(to(second, lee)).toEqual([]);
    const results = templated(world, teamMailAbout(world, second, 'PR-2026-0001'), 'team-command-result');
    expect(results).toHaveLength(1);
    expect(refusalPart(results[0])).toMatch(/nothing was applied|not applied|refused/i);
    expect(refusalPart(results[0])).toMatch(/reclassify/i);
    const after = await caseJson(world, 'PR-2026-0001');
    expect(after.labels).toEqual(before.labels);
    expect(after.state).toBe(before.state);
  });

  it('"please don\'t delete yet" goes to the team and keeps the case waiting; the team\'s premature "done" is refused with what to do instead', async () => {
    const world = await freshWorld();
    const kim = 'kim.osei@example.net';
    await world.deliver(letter({ from: `Kim Osei <${kim}>`, subject: 'Delete my data', messageId: 'kim-1@example.net', at: MONDAY, text: 'Please delete my data and my patient portal account.\nKim Osei' }));
    await world.run(MONDAY);
    const [ack] = to(await world.newMail(), kim);
    expect(codeIn(ack)).not.toBeNull();

    await world.deliver(
      answer(ack as SentMail, {
        from: `Kim Osei <${kim}>`,
        text: `${codeIn(ack)}\n\nActually, what happens if I delete? Will I lose my appointment history and prescriptions? Please don't delete yet until I know.`,
        messageId: 'kim-2@example.net',
        at: '2026-03-03T17:00:00Z',
      }),
    );
    await world.run('2026-03-03T17:00:00Z');
    const second = await world.newMail();
    expect(to(second, kim).map((mail) => world.templateOf(mail))).not.toContain('completion');
    const told = teamMailAbout(world, second, 'PR-2026-0001');
    expect(told.length).toBeGreaterThan(0);
    expect(told.map((mail) => mail.text).join('\n')).toContain("Please don't delete yet");
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('awaiting_verification');

    await world.deliver(teamAnswer('Done. Deleted it all.', told[0] as SentMail, { messageId: 'team-kim@example.test', at: '2026-03-03T18:00:00Z' }));
    await world.run('2026-03-03T18:00:00Z');
    const third = await world.newMail();
    expect(to(third, kim)).toEqual([]);
    const [result] = templated(world, teamMailAbout(world, third, 'PR-2026-0001'), 'team-command-result');
    const refusal = refusalPart(result);
    expect(refusal).toMatch(/nothing was applied|not applied|refused/i);
    // It says what would work instead: waiting for the requester, or a command that is allowed now.
    expect(refusal).toMatch(/\bwait\b|["'`“‘](verified|reply|deny)\b/i);
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('awaiting_verification');
  });

  it('rescue: a vague mail and a "did you get my email?" chaser, then the team replies "open opt-out" to the notice: the clock runs from the first mail and the chaser joins the case', async () => {
    const world = await freshWorld();
    const rob = 'rkessler@example.net';
    await world.deliver(letter({ from: `Rob Kessler <${rob}>`, subject: 'following up', messageId: 'rob-1@example.net', at: MONDAY, text: "Hi,\n\nAs I told the lady at your front desk on Friday, please take care of that for me. I don't want to have to call again.\n\nRob" }));
    await world.run(MONDAY);
    const first = await world.newMail();
    expect(to(first, rob)).toEqual([]);
    const notices = templated(world, to(first, TEAM), 'team-notice');
    expect(notices).toHaveLength(1);

    const robsFirst = { subject: 'following up', text: "Hi,\n\nAs I told the lady at your front desk on Friday, please take care of that for me. I don't want to have to call again.\n\nRob" };
    await world.deliver(
      letter({
        from: `Rob Kessler <${rob}>`,
        subject: `Re: ${robsFirst.subject}`,
        messageId: 'rob-2@example.net',
        at: '2026-03-04T20:00:00Z',
        inReplyTo: 'rob-1@example.net',
        references: ['rob-1@example.net'],
        text: `did you get my email?? just checking it reached you\n\nOn Mon, Mar 2, 2026 at 9:00 AM Rob Kessler <${rob}> wrote:\n${robsFirst.text.split('\n').map((line) => `> ${line}`).join('\n')}\n`,
      }),
    );
    await world.run('2026-03-04T20:00:00Z');
    expect(to(await world.newMail(), rob)).toEqual([]);

    await world.deliver(teamAnswer('open opt-out', notices[0] as SentMail, { messageId: 'team-rob@example.test', at: '2026-03-05T17:30:00Z' }));
    await world.run('2026-03-05T17:30:00Z');
    const third = await world.newMail();
    const toRob = to(third, rob);
    expect(toRob.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expect(toRob[0]?.references).toContain('rob-1@example.net');
    expect(toRob[0]?.text).toContain('2026-03-02');
    expect(toRob[0]?.text).not.toMatch(CODE);
    const shown = await caseJson(world, 'PR-2026-0001');
    expect(shown.receivedAt).toBe('2026-03-02T17:00:00.000Z');
    expect(shown.labels).toContain('opt_out');
    expect(toRob[0]?.text).toContain(shown.dueAt.slice(0, 10));
    expect(shown.dueAt.slice(0, 10) <= '2026-03-23').toBe(true);
    expect(shown.messages.map((message) => message.key)).toEqual(expect.arrayContaining([expect.stringContaining('rob-1@example.net'), expect.stringContaining('rob-2@example.net')]));
    // The team is told in plain words what happened.
    const teamText = to(third, TEAM).map((mail) => mail.text).join('\n');
    expect(teamText).toContain('PR-2026-0001');
    expect(teamText).toContain('2026-03-02');

    const [escalation] = templated(world, teamMailAbout(world, third, 'PR-2026-0001'), 'team-escalation');
    await world.deliver(teamAnswer('done', (escalation ?? to(third, TEAM)[0]) as SentMail, { messageId: 'team-rob-2@example.test', at: '2026-03-05T19:00:00Z' }));
    await world.run('2026-03-05T19:00:00Z');
    expect(to(await world.newMail(), rob).map((mail) => world.templateOf(mail))).toEqual(['completion']);
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('done');
  });

  it('the team opens a late-evening vague mail from the shell with `privacy-inbox open <key> --labels delete`: acknowledged with the local receipt date, sent once, and a second open is refused', async () => {
    const world = await freshWorld();
    const priya = 'priya.n@example.com';
    // Monday 21:30 in Los Angeles, already Tuesday in UTC. Nothing in it says what is asked (under a
    // subject such as "my old account" the model may fairly guess a deletion; here it cannot).
    await world.deliver(
      letter({
        from: `Priya Natarajan <${priya}>`,
        subject: 'following up',
        messageId: 'CAJ8x-priya-1@mail.example.com',
        at: '2026-03-03T05:30:00Z',
        text: "Hello, I spoke with Dr. Reyes' office today. Could you go ahead with what we talked about, for me and also under my maiden name (Priya Iyer)? Thank you.",
      }),
    );
    await world.run('2026-03-03T05:30:00Z');
    const first = await world.newMail();
    expect(to(first, priya)).toEqual([]);
    const [notice] = templated(world, to(first, TEAM), 'team-notice');
    const key = /privacy-inbox open\s+'?<?([^'\s>]+)>?'?/.exec(notice?.text ?? '')?.[1];
    expect(key).toBe('CAJ8x-priya-1@mail.example.com');

    const opened = await cli(world, ['open', key as string, '--labels', 'delete', '--by', 'sam'], '2026-03-04T17:00:00Z');
    expect(opened.stderr).toBe('');
    expect(opened.code).toBe(0);
    expect(opened.stdout).toContain('PR-2026-0001');
    const toPriya = to(await world.newMail(), priya);
    expect(toPriya.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expect(toPriya[0]?.inReplyTo).toBe('CAJ8x-priya-1@mail.example.com');
    expect(toPriya[0]?.text).toContain('2026-03-02');
    expect(toPriya[0]?.text).toContain('2026-04-15');
    expect(codeIn(toPriya[0])).not.toBeNull();
    expect((await caseJson(world, 'PR-2026-0001')).receivedAt).toBe('2026-03-03T05:30:00.000Z');

    const again = await cli(world, ['open', key as string, '--labels', 'deletion'], '2026-03-04T17:05:00Z');
    expect(again.code).not.toBe(0);
    expect(again.stdout + again.stderr).toContain('PR-2026-0001');
    await expectNothingMore(world);
  });
});
