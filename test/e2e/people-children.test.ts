import { describe, expect, it } from 'vitest';
import { caseJson, CODE, expectWrittenIn, freshWorld, letter, paragraphs, shift, teamAnswer, teamMailAbout, templated, to, withoutRe } from './scenario2-support.js';
import type { SentMail } from './lifecycle-support.js';

// Monday 2 March 2026, 09:00 in Los Angeles (PST until Sunday 8 March, PDT after).
const MONDAY = '2026-03-02T17:00:00Z';

describe('people: parents and teachers reporting a child', () => {
  it('a mother writing in Portuguese: Portuguese acknowledgement with no code, URGENT to the team, a completion about her son, and no reminder once done', async () => {
    const world = await freshWorld({ cron: true });
    const ana = 'ana.souza@example.com.br';
    await world.deliver(
      letter({
        from: `Ana Souza <${ana}>`,
        subject: 'Dados do meu filho',
        messageId: 'ana-1@example.com.br',
        at: MONDAY,
        offsetMinutes: -180,
        text: 'Olá,\n\nO meu filho Pedro tem 10 anos e criou uma conta no vosso aplicativo sem a minha autorização. Quero que apaguem todos os dados dele imediatamente.\n\nObrigada,\nAna Souza (mãe do Pedro)',
      }),
    );
    await world.run(MONDAY);
    const first = await world.newMail();
    const toAna = to(first, ana);
    expect(toAna.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expectWrittenIn(toAna[0], 'pt');
    expect.soft(toAna[0]?.text).not.toMatch(CODE);
    const escalation = templated(world, teamMailAbout(world, first, 'PR-2026-0001'), 'team-escalation');
    expect(escalation).toHaveLength(1);
    expect(`${escalation[0]?.subject}\n${escalation[0]?.text}`).toMatch(/URGENT/);

    await world.deliver(teamAnswer('done All of Pedro\'s data is deleted and the account is closed.', escalation[0] as SentMail, { messageId: 'team-ana@example.test', at: '2026-03-02T21:00:00Z' }));
    await world.run('2026-03-02T21:00:00Z');
    const second = to(await world.newMail(), ana);
    expect(second.map((mail) => world.templateOf(mail))).toEqual(['completion']);
    expectWrittenIn(second[0], 'pt');
    expect(second[0]?.text).toMatch(/crian[çc]a|filh[oa]|menor/i);
    expect(second[0]?.text).not.toMatch(/\b(seus|suas|os seus|as suas) (dados|informa[çc](ão|ões)) pessoa(l|is)/i);
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('done');

    // Tuesday 10:00: the case is done, so no urgent reminder.
    await world.run('2026-03-03T18:00:00Z');
    expect(templated(world, await world.newMail(), 'reminder-urgent')).toEqual([]);
  });

  it('a mother writing in Italian that nobody answers: one urgent reminder per working day in working hours, one subject for the case, and never a denial after the due date', async () => {
    const world = await freshWorld({ cron: true });
    const giulia = 'giulia.romano@example.it';
    await world.deliver(
      letter({
        from: `Giulia Romano <${giulia}>`,
        subject: 'mia figlia - profilo sul vostro sito',
        messageId: 'giulia-1@example.it',
        at: MONDAY,
        offsetMinutes: 60,
        text: 'Buongiorno,\nsono la mamma di Sofia, ha 9 anni. Ho scoperto che ha un profilo da voi con nome, foto e data di nascita. Non ho mai dato il consenso. Vi chiedo di cancellare tutto.\n\nCordiali saluti\nGiulia Romano',
      }),
    );
    await world.run(MONDAY);
    const first = await world.newMail();
    const toGiulia = to(first, giulia);
    expect(toGiulia.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expectWrittenIn(toGiulia[0], 'it');
    expect.soft(toGiulia[0]?.text).not.toMatch(CODE);
    const teamFirst = teamMailAbout(world, first, 'PR-2026-0001');
    const [escalation] = templated(world, teamFirst, 'team-escalation');
    expect(`${escalation?.subject}\n${escalation?.text}`).toMatch(/URGENT/);
    expect(escalation?.text).toContain('Non ho mai dato il consenso');
    const { dueAt } = await caseJson(world, 'PR-2026-0001');

    const urgentAt = async (at: string): Promise<SentMail[]> => {
      await world.run(at);
      const mails = await world.newMail();
      expect(to(mails, giulia)).toEqual([]);
      return templated(world, mails, 'reminder-urgent');
    };
    expect(await urgentAt('2026-03-03T14:00:00Z')).toEqual([]); // Tuesday 06:00, before working hours
    const tuesday = await urgentAt('2026-03-03T18:00:00Z'); // Tuesday 10:00
    expect(tuesday).toHaveLength(1);
    expect(await urgentAt('2026-03-03T23:30:00Z')).toEqual([]); // Tuesday 15:30, already reminded today
    expect(await urgentAt('2026-03-07T18:00:00Z')).toEqual([]); // Saturday 10:00
    const monday = await urgentAt('2026-03-09T17:00:00Z'); // Monday 10:00 PDT
    expect(monday).toHaveLength(1);

    // One subject for everything the team gets about the case, so mail clients thread it.
    const subjects = new Set([escalation, ...tuesday, ...monday].map((mail) => withoutRe(mail?.subject ?? '')));
    expect([...subjects]).toHaveLength(1);
    expect([...subjects][0]).toMatch(/^\[PR-2026-0001\] GR \S/);

    // Well past the due date with no team action: still open, and Giulia is never refused or asked for a code.
    await world.run(shift(dueAt, 1, 60));
    const late = to(await world.newMail(), giulia);
    expect(late.map((mail) => world.templateOf(mail))).toEqual([]);
    const shown = await caseJson(world, 'PR-2026-0001');
    expect(['done', 'denied', 'closed']).not.toContain(shown.state);
    expect(shown.events.map((event) => event.type)).not.toContain('denied_unverified');
  });

  it('a teacher writing about a pupil from a school account: no code for the teacher, URGENT, and the completion speaks of the child', async () => {
    const world = await freshWorld({ cron: true });
    const teacher = 'l.okafor@lincoln-elementary.example.org';
    const text =
      'Hello,\n\nI teach 4th grade at Lincoln Elementary. One of my students (he is 9) told me that he signed up on your website and uploaded photos of himself and his address. His parents asked me to contact you because they do not use email much. Please remove his account and everything about him.\n\nThank you,\nLinda Okafor\n4th Grade Teacher, Room 12\nLincoln Elementary School';
    await world.deliver(letter({ from: `Linda Okafor <${teacher}>`, subject: 'Student account - please remove', messageId: 'okafor-1@lincoln-elementary.example.org', at: '2026-03-03T16:20:00Z', text, html: paragraphs(text) }));
    await world.run('2026-03-03T16:20:00Z');
    const first = await world.newMail();
    const toTeacher = to(first, teacher);
    expect(toTeacher.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expect(toTeacher[0]?.text).not.toMatch(CODE);
    const escalation = templated(world, teamMailAbout(world, first, 'PR-2026-0001'), 'team-escalation');
    expect(escalation).toHaveLength(1);
    expect(`${escalation[0]?.subject}\n${escalation[0]?.text}`).toMatch(/URGENT/);
    expect((await caseJson(world, 'PR-2026-0001')).labels).toContain('child_data');

    await world.deliver(teamAnswer('Done!', escalation[0] as SentMail, { messageId: 'team-okafor@example.test', at: '2026-03-03T22:00:00Z', style: 'outlook' }));
    await world.run('2026-03-03T22:00:00Z');
    const done = to(await world.newMail(), teacher);
    expect(done.map((mail) => world.templateOf(mail))).toEqual(['completion']);
    expect(done[0]?.text).toMatch(/\b(the|your|this) (child|student|pupil)\b|\bchild's\b/i);
    expect(done[0]?.text).not.toMatch(/your personal (information|data)/i);
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('done');
  });
});
