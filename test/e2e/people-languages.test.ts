import { describe, expect, it } from 'vitest';
import { answer, caseJson, CODE, codeIn, DAY_MS, expectNothingMore, expectWrittenIn, freshWorld, letter, teamAnswer, teamMailAbout, templated, to } from './scenario2-support.js';
import type { SentMail } from './lifecycle-support.js';

const MONDAY = '2026-03-02T17:00:00Z';

describe('people: languages as they are really mixed', () => {
  it('French body under an English subject and an English phone footer: answered in French, and "DELETE" in capitals does not switch the case to English', async () => {
    const world = await freshWorld();
    const camille = 'camille.laurent@example.fr';
    await world.deliver(
      letter({
        from: `Camille Laurent <${camille}>`,
        subject: 'Data deletion request',
        messageId: 'camille-1@example.fr',
        at: MONDAY,
        offsetMinutes: 60,
        text: "Bonjour,\n\nJe souhaite que vous supprimiez mon compte et toutes mes données personnelles, s'il vous plaît. Je n'utilise plus vos services depuis 2024.\n\nMerci d'avance,\nCamille Laurent\n\nSent from Outlook for Android",
      }),
    );
    await world.run(MONDAY);
    const first = to(await world.newMail(), camille);
    expect(first.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expectWrittenIn(first[0], 'fr');
    expect(codeIn(first[0])).not.toBeNull();

    await world.deliver(answer(first[0] as SentMail, { from: `Camille Laurent <${camille}>`, text: `DELETE\n${codeIn(first[0])}`, messageId: 'camille-2@example.fr', at: '2026-03-03T08:00:00Z', offsetMinutes: 60 }));
    await world.run('2026-03-03T17:00:00Z');
    const second = await world.newMail();
    expect(to(second, camille)).toEqual([]);
    const [escalation] = templated(world, teamMailAbout(world, second, 'PR-2026-0001'), 'team-escalation');
    expect(escalation?.text).toMatch(/verified/i);

    await world.deliver(teamAnswer('Done.', escalation as SentMail, { messageId: 'team-camille@example.test', at: '2026-03-04T17:00:00Z' }));
    await world.run('2026-03-04T17:00:00Z');
    const third = to(await world.newMail(), camille);
    expect(third.map((mail) => world.templateOf(mail))).toEqual(['completion']);
    expectWrittenIn(third[0], 'fr');
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('done');
  });

  it('Dutch opt-out with an English subject and an English legal footer: Dutch replies, no code, team done confirms it', async () => {
    const world = await freshWorld();
    const sanne = 'sanne.devries@example.nl';
    await world.deliver(
      letter({
        from: `Sanne de Vries <${sanne}>`,
        subject: 'Unsubscribe',
        messageId: 'sanne-1@example.nl',
        at: MONDAY,
        offsetMinutes: 60,
        text: 'Hallo,\n\nIk wil niet dat jullie mijn gegevens verkopen of delen met andere bedrijven. Ook wil ik geen reclame meer van jullie ontvangen. Graag een bevestiging.\n\nMet vriendelijke groet,\nSanne de Vries\n\n--\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify the sender and delete it.',
      }),
    );
    await world.run(MONDAY);
    const first = await world.newMail();
    const toSanne = to(first, sanne);
    expect(toSanne.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expectWrittenIn(toSanne[0], 'nl');
    expect(toSanne[0]?.text).not.toMatch(CODE);
    const escalation = templated(world, teamMailAbout(world, first, 'PR-2026-0001'), 'team-escalation');
    expect(escalation).toHaveLength(1);
    expect((await caseJson(world, 'PR-2026-0001')).labels).toContain('opt_out');

    await world.deliver(teamAnswer('done', escalation[0] as SentMail, { messageId: 'team-sanne@example.test', at: '2026-03-02T22:00:00Z', style: 'outlook' }));
    await world.run('2026-03-02T22:00:00Z');
    const second = to(await world.newMail(), sanne);
    expect(second.map((mail) => world.templateOf(mail))).toEqual(['completion']);
    expectWrittenIn(second[0], 'nl');
    const shown = await caseJson(world, 'PR-2026-0001');
    expect(shown.state).toBe('done');
    expect(shown.events.some((event) => event.type.startsWith('verification'))).toBe(false);
    await expectNothingMore(world);
  });

  it('a German access request that is never verified: German reminders with fresh codes up to the due date, then a German denial on it', async () => {
    const world = await freshWorld();
    const jonas = 'jonas.becker@example.de';
    await world.deliver(
      letter({
        from: `Jonas Becker <${jonas}>`,
        subject: 'Auskunft über meine Daten',
        messageId: 'jonas-1@example.de',
        at: MONDAY,
        offsetMinutes: 60,
        text: 'Sehr geehrte Damen und Herren,\n\nich bitte um Auskunft, welche personenbezogenen Daten Sie über mich gespeichert haben, woher Sie diese haben und an wen Sie sie weitergegeben haben.\n\nMit freundlichen Grüßen\nJonas Becker',
      }),
    );
    await world.run(MONDAY);
    const first = to(await world.newMail(), jonas);
    expect(first.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expectWrittenIn(first[0], 'de');
    const { dueAt } = await caseJson(world, 'PR-2026-0001');
    const due = Date.parse(dueAt);

    // Weekly passes up to the due date (as an hourly cron would also make); Jonas never answers.
    const sent: Array<{ mail: SentMail; at: string }> = first.map((mail) => ({ mail, at: MONDAY }));
    for (const at of [-22, -15, -8, -1].map((days) => new Date(due + days * DAY_MS).toISOString()).filter((at) => at > MONDAY)) {
      await world.run(at);
      for (const mail of to(await world.newMail(), jonas)) sent.push({ mail, at });
    }
    const reminders = sent.filter(({ mail }) => world.templateOf(mail) === 'verification');
    expect(reminders.length).toBeGreaterThan(1);
    for (const { mail } of reminders) expectWrittenIn(mail, 'de');
    const codes = sent.map(({ mail }) => codeIn(mail));
    expect(codes.every((code) => code !== null)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    // A code lives 14 days: one was still live inside the last two weeks before the due date.
    const lastCodeAt = Math.max(...sent.map(({ at }) => Date.parse(at)));
    expect(lastCodeAt + 14 * DAY_MS).toBeGreaterThan(due - 14 * DAY_MS);
    expect(lastCodeAt).toBeLessThan(due);
    expect(sent.every(({ mail }) => world.templateOf(mail) !== 'denial')).toBe(true);

    await world.run(dueAt);
    const last = to(await world.newMail(), jonas);
    expect(last.map((mail) => world.templateOf(mail))).toEqual(['denial']);
    expectWrittenIn(last[0], 'de');
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('denied');
  });

  it('Polish: answered in English, with one line offering to continue in English', async () => {
    const world = await freshWorld();
    const marta = 'marta.nowak@example.pl';
    await world.deliver(
      letter({
        from: `Marta Nowak <${marta}>`,
        subject: 'Usunięcie danych',
        messageId: 'marta-1@example.pl',
        at: MONDAY,
        offsetMinutes: 60,
        text: 'Dzień dobry,\n\nproszę o usunięcie wszystkich moich danych osobowych oraz mojego konta w Państwa klinice.\n\nZ poważaniem\nMarta Nowak',
      }),
    );
    await world.run(MONDAY);
    const first = to(await world.newMail(), marta);
    expect(first.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expect(first[0]?.subject).toContain('PR-2026-0001');
    expect(first[0]?.inReplyTo).toBe('marta-1@example.pl');
    expectWrittenIn(first[0], 'en');
    expect((first[0]?.text ?? '').split('\n').filter((line) => /\bEnglish\b/.test(line))).toHaveLength(1);
    await expectNothingMore(world);
  });
});
