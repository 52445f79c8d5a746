import { describe, expect, it } from 'vitest';
import { TEAM, type SentMail } from './lifecycle-support.js';
import {
  address, buildMail, codeIn, expectLanguage, expectQuietRerun, htmlOf, mailsTo, newWorld, ofTemplate, showCase, teamMail, withoutReplyPrefix,
} from './scenario-support.js';

function isUrgent(mail: SentMail | undefined): boolean {
  return /URGENT/.test(`${mail?.subject ?? ''}\n${mail?.text ?? ''}`);
}

const CHILD_WORDS = /\b(your|the) child\b/i;

describe('scenarios: reports about a child', { timeout: 120_000 }, () => {
  it('a parent: no code, an URGENT escalation, one reminder per working day in working hours, and a completion about the child', async () => {
    const world = await newWorld({ cron: true });
    const parent = 'rachel.kim@family.example';
    const text = "Hi,\n\nMy son Ethan is 10 and I just found out he signed up for your wellness app with his school email. I never agreed to this. Please remove his account and anything you collected about him.\n\nRachel Kim\n(Ethan's mom)";
    await world.deliver(buildMail({ from: address('Rachel Kim', parent), subject: "my son's account", messageId: 'kid-parent-1@family.example', date: world.now, text, html: htmlOf(text) }));
    await world.run();
    const first = await world.newMail();
    const toParent = mailsTo(first, parent);
    expect(toParent.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expect.soft(codeIn(toParent[0])).toBeNull();
    const escalation = ofTemplate(world, mailsTo(first, TEAM), 'team-escalation')[0];
    expect(isUrgent(escalation)).toBe(true);

    const remindersAt = async (at: string): Promise<SentMail[]> => {
      await world.run(at);
      const mails = await world.newMail();
      expect(mailsTo(mails, parent)).toEqual([]);
      return ofTemplate(world, mails, 'reminder-urgent');
    };
    // Same afternoon (Mon 15:00 local): the team was just told.
    expect(await remindersAt('2026-03-02T23:00:00Z')).toEqual([]);
    // Tuesday 10:00 local: one reminder; Tuesday 15:30: no second one that day.
    const tuesday = await remindersAt('2026-03-03T18:00:00Z');
    expect(tuesday).toHaveLength(1);
    expect(tuesday[0]?.to).toEqual([TEAM]);
    expect(withoutReplyPrefix(tuesday[0]!.subject)).toBe(withoutReplyPrefix(escalation!.subject));
    expect(await remindersAt('2026-03-03T23:30:00Z')).toEqual([]);
    // Thursday 03:00 local is night; Saturday is not a working day.
    expect(await remindersAt('2026-03-05T11:00:00Z')).toEqual([]);
    expect(await remindersAt('2026-03-07T19:00:00Z')).toEqual([]);
    // Monday 10:00 local (daylight time since Sunday): one reminder, not one per missed day.
    const monday = await remindersAt('2026-03-09T17:00:00Z');
    expect(monday).toHaveLength(1);

    await world.deliver(teamMail("done We deleted Ethan's account and everything linked to it.", monday[0]!, { messageId: 'kid-parent-team@example.test', date: '2026-03-09T18:00:00Z' }));
    await world.run('2026-03-09T18:00:00Z');
    const [completion] = ofTemplate(world, mailsTo(await world.newMail(), parent), 'completion');
    expect(completion?.text).toMatch(CHILD_WORDS);
    expect(completion?.text).not.toMatch(/your personal information/i);
    expect((await showCase(world, 'PR-2026-0001')).state).toBe('done');
  });

  it('a teacher: never asked for a code, never denied when the due date passes unanswered, and told about "the child" when done', async () => {
    const world = await newWorld({ cron: true });
    const teacher = 'dokafor@lincoln-elementary.example';
    await world.deliver(buildMail({
      from: address('Mr. Daniel Okafor', teacher), subject: 'Student information - please read', messageId: 'kid-teacher-1@lincoln-elementary.example', date: world.now,
      text: "Hello,\n\nI teach 4th grade at Lincoln Elementary. One of my students (she is 9) told me she has been using your app and typed in her name, home address and photos of herself. Her parents asked me to write to you because they don't read English well. Please delete her information.\n\nThank you,\nDaniel Okafor\nLincoln Elementary School\n\nCONFIDENTIALITY NOTICE: This email may contain student information protected by FERPA.",
    }));
    await world.run();
    const first = await world.newMail();
    const toTeacher = mailsTo(first, teacher);
    expect(toTeacher.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expect.soft(codeIn(toTeacher[0])).toBeNull();
    const escalation = ofTemplate(world, mailsTo(first, TEAM), 'team-escalation')[0];
    expect(isUrgent(escalation)).toBe(true);
    const dueAt = (await showCase(world, 'PR-2026-0001')).dueAt;

    // The day after the due date (Thursday 11:00 local) the team still has not acted.
    const afterDue = new Date(Date.parse(dueAt) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await world.run(`${afterDue}T18:00:00Z`);
    const late = await world.newMail();
    expect(mailsTo(late, teacher).map((mail) => world.templateOf(mail))).not.toContain('denial');
    expect(ofTemplate(world, late, 'reminder-urgent').length).toBeLessThanOrEqual(1);
    const open = await showCase(world, 'PR-2026-0001');
    expect(['denied', 'done', 'closed']).not.toContain(open.state);
    await world.run(`${afterDue}T21:00:00Z`);
    expect(ofTemplate(world, await world.newMail(), 'reminder-urgent')).toEqual([]);

    await world.deliver(teamMail('done We removed the account and photos and confirmed it with the school.', escalation!, { messageId: 'kid-teacher-team@example.test', date: `${afterDue}T22:00:00Z` }));
    await world.run(`${afterDue}T22:00:00Z`);
    const [completion] = ofTemplate(world, mailsTo(await world.newMail(), teacher), 'completion');
    expect(completion?.text).toMatch(CHILD_WORDS);
    expect(completion?.text).not.toMatch(/your personal information/i);
    expect((await showCase(world, 'PR-2026-0001')).state).toBe('done');
    await expectQuietRerun(world);
  });

  it('a Spanish-speaking mother: answered in Spanish, no code, the team told it is urgent', async () => {
    const world = await newWorld({ cron: true });
    await world.deliver(buildMail({
      from: address('Carmen Ruiz', 'carmen.ruiz@correo.example'), subject: 'cuenta de mi hija', messageId: 'kid-es-1@correo.example', date: world.now,
      text: 'Hola,\n\nmi hija tiene 12 años y creó una cuenta en su aplicación sin mi permiso. Quiero que borren todos sus datos lo antes posible.\n\nGracias,\nCarmen Ruiz',
    }));
    await world.run();
    const mails = await world.newMail();
    const [ack, ...more] = mailsTo(mails, 'carmen.ruiz@correo.example');
    expect(more).toEqual([]);
    expectLanguage(ack, 'es');
    expect(codeIn(ack)).toBeNull();
    expect(isUrgent(ofTemplate(world, mailsTo(mails, TEAM), 'team-escalation')[0])).toBe(true);
  });
});
