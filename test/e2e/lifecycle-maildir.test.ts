import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoInternals, MaildirWorld, quoteReply, requestMail, TEAM, teamReply, type SentMail } from './lifecycle-support.js';

let world: MaildirWorld;
const ALEX = 'alex@example.net';

beforeEach(async () => {
  world = new MaildirWorld(await mkdtemp(path.join(tmpdir(), 'pi-life-')));
});

function summary(mails: SentMail[]): Array<[string, string]> {
  return mails.map((mail) => [world.templateOf(mail), mail.to.join(',')]);
}

describe('lifecycle on the Maildir default, through the CLI', () => {
  it('deletion: acknowledgement, verification reply with DELETE, team "done", completion', async () => {
    await world.deliver(requestMail({ subject: 'Please delete my data', body: 'Hello,\n\nPlease delete my account and everything you hold about me.\n\nAlex', messageId: 'del-1@example.net' }));
    await world.run();
    // One message: the acknowledgement, carrying the one-time code and the DELETE instruction.
    const [ack, ...rest] = await world.newMail();
    const verification = ack;
    expect(rest).toEqual([]);
    expect(summary([ack as SentMail])).toEqual([['acknowledgement', ALEX]]);
    expect(ack?.inReplyTo).toBe('del-1@example.net');
    expect(ack?.references).toEqual(['del-1@example.net']);
    expect(ack?.subject).toBe('Re: Please delete my data [PR-2026-0001]');
    expect(ack?.text).toContain('to delete your personal information');
    expect(ack?.text).toContain('2026-04-15');
    expect(ack?.text).toContain('reply with a short sentence such as "Yes, please delete my data", or just the word DELETE.');
    const code = /one-time code: (\S+)/.exec(ack?.text ?? '')?.[1];
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expectNoInternals(ack as SentMail);

    // The requester hits reply, keeps our message quoted, and writes DELETE.
    await world.deliver(requestMail({ subject: `Re: ${verification?.subject}`, body: quoteReply('DELETE', verification as SentMail), messageId: 'del-2@example.net', inReplyTo: verification?.messageId, references: [...(verification?.references ?? []), verification?.messageId as string] }));
    await world.run('2026-03-03T09:00:00Z');
    const [escalation, ...none] = await world.newMail();
    expect(none).toEqual([]);
    expect(summary([escalation as SentMail])).toEqual([['team-escalation', TEAM]]);
    expect(escalation?.subject).toBe('[PR-2026-0001] AD deletion');
    expect(escalation?.text).toContain('is verified');
    expect(escalation?.text).toContain('> DELETE');
    expect(escalation?.text).toContain('answer due 2026-04-15');
    expect(escalation?.text).toMatch(/deletion: deletion of personal information; evidence: "[^"]*delete[^"]*"/i);
    expect(escalation?.text).toContain('done [message to requester]');

    await world.deliver(teamReply('note Deleted in the EHR and the newsletter tool, ticket 4411\ndone Your account and all records are deleted.', escalation as SentMail, { messageId: 'team-1@example.test' }));
    const pass = await world.run('2026-03-04T09:00:00Z');
    expect(pass.teamCommands).toBe(1);
    const [completion, result, ...more] = await world.newMail();
    expect(more).toEqual([]);
    expect(summary([completion as SentMail, result as SentMail])).toEqual([['completion', ALEX], ['team-command-result', TEAM]]);
    expect(completion?.inReplyTo).toBe('del-2@example.net');
    expect(completion?.references).toContain('del-1@example.net');
    expect(completion?.text).toContain('Your account and all records are deleted.');
    expectNoInternals(completion as SentMail, ['ticket 4411', 'EHR']);
    expect(result?.inReplyTo).toBe('team-1@example.test');
    expect(result?.text).toContain('Case PR-2026-0001 is now done');

    const shown = await world.show('PR-2026-0001');
    expect(shown).toMatchObject({ id: 'PR-2026-0001', state: 'done', requester: ALEX, labels: ['deletion'], receivedAt: '2026-03-02T17:00:00.000Z' });
    expect(shown.dueAt.slice(0, 10)).toBe('2026-04-15');
    // deadline_* events belong to the deadlines feature; this test checks the lifecycle's own.
    expect(shown.events.map((event) => event.type).filter((type) => !type.startsWith('deadline_'))).toEqual([
      'received', 'classified', 'reply_queued', 'verification_requested', 'state_changed', 'reply_sent',
      'message_received', 'verification_passed', 'deletion_confirmed', 'state_changed', 'escalated', 'team_mail_sent',
      'note', 'team_command', 'state_changed', 'reply_queued', 'team_done', 'team_command', 'reply_sent', 'team_mail_sent',
    ]);
    expect(shown.events.filter((event) => ['note', 'team_done', 'team_command'].includes(event.type)).every((event) => event.by === TEAM)).toBe(true);
    expect(shown.events.find((event) => event.type === 'verification_passed')?.by).toBe('requester');
    for (const event of shown.events) expect(event.at).toMatch(/^2026-03-0[234]T/);

    // Everything is sent exactly once: another pass sends nothing.
    await world.run('2026-03-04T10:00:00Z');
    expect(await world.newMail()).toEqual([]);
  });

  it('Spanish: the acknowledgement and the completion are in Spanish; BORRAR confirms the deletion', async () => {
    await world.deliver(requestMail({ from: 'Lucía Martín <lucia@example.es>', subject: 'Borrar mis datos', body: 'Hola,\n\nPor favor, borren todos mis datos personales y mi cuenta.\n\nLucía', messageId: 'es-1@example.es' }));
    await world.run();
    const [ack] = await world.newMail();
    expect(ack?.text).toContain('Recibimos su mensaje');
    expect(ack?.text).toContain('que eliminemos su información personal');
    expect(ack?.text).toContain('BORRAR');
    expect(ack?.html).toContain('lang="es"');
    await world.deliver(requestMail({ from: 'lucia@example.es', subject: `Re: ${ack?.subject}`, body: quoteReply('BORRAR', ack as SentMail), messageId: 'es-2@example.es', inReplyTo: ack?.messageId }));
    await world.run('2026-03-03T09:00:00Z');
    const [escalation] = await world.newMail();
    expect(escalation?.text).toMatch(/is verified/);
    expect(escalation?.text).toContain('Why you are getting this');
    await world.deliver(teamReply('done', escalation as SentMail, { messageId: 'team-es@example.test' }));
    await world.run('2026-03-04T09:00:00Z');
    const [completion] = await world.newMail();
    expect(completion?.to).toEqual(['lucia@example.es']);
    expect(completion?.text).toContain('Hemos completado la solicitud de privacidad PR-2026-0001');
  });

  it('authorized agent: asked for the permission; the consumer verifies directly; the team confirms authority', async () => {
    await world.deliver(requestMail({ from: 'Agent Smith <agent@removal.example>', subject: 'Deletion request', body: 'Hello,\n\nI am an authorized agent acting on behalf of my client Casey Consumer (casey@home.example). Please delete all personal information you hold about her.\n\nAgent Smith', messageId: 'ag-1@removal.example' }));
    await world.run();
    const [ack, toConsumer, escalation, ...rest] = await world.newMail();
    expect(rest).toEqual([]);
    expect(summary([ack, toConsumer, escalation] as SentMail[])).toEqual([['acknowledgement', 'agent@removal.example'], ['verification', 'casey@home.example'], ['team-escalation', TEAM]]);
    expect(ack?.text).toContain('signed permission');
    expect(ack?.text).not.toMatch(/one-time code/);
    expect(toConsumer?.inReplyTo).toBeNull();
    expect(toConsumer?.text).toContain('agent@removal.example asked Calm Clinic, on your behalf');
    expect(escalation?.text).toContain('authorized agent wrote');
    await world.deliver(requestMail({ from: 'casey@home.example', subject: `Re: ${toConsumer?.subject}`, body: quoteReply('DELETE', toConsumer as SentMail), messageId: 'ag-2@home.example', inReplyTo: toConsumer?.messageId }));
    await world.run('2026-03-03T09:00:00Z');
    const [second] = await world.newMail();
    expect(summary([second as SentMail])).toEqual([['team-escalation', TEAM]]);
    expect((await world.show('PR-2026-0001')).state).toBe('awaiting_team');
    await world.deliver(teamReply('verified\nnote signed permission checked', second as SentMail, { messageId: 'team-ag@example.test' }));
    await world.run('2026-03-03T10:00:00Z');
    const shown = await world.show('PR-2026-0001');
    expect(shown.state).toBe('verified');
    expect(shown.events.find((event) => event.type === 'verification_passed')?.by).toBe('consumer');
  });

  it('disclosure of therapy records: data points, team "verified", then "done"', async () => {
    await world.deliver(requestMail({ subject: 'Copy of my data', body: 'Please send me a copy of my data, including my therapy records.', messageId: 'dis-1@example.net' }));
    await world.run();
    const [verification] = await world.newMail();
    expect(verification?.text).toContain('  - full name\n  - date of your last appointment');
    expect(verification?.text).not.toContain('your date of your');
    const code = /one-time code: (\S+)/.exec(verification?.text ?? '')?.[1] as string;
    await world.deliver(requestMail({ subject: 'Re: Copy of my data [PR-2026-0001]', body: `${code}\nAlex Doe, last appointment 12 February`, messageId: 'dis-2@example.net', inReplyTo: verification?.messageId }));
    await world.run('2026-03-03T09:00:00Z');
    const [escalation] = await world.newMail();
    expect(escalation?.text).toContain('mailbox verified');
    expect(escalation?.text).toContain('> Alex Doe, last appointment 12 February');
    expect((await world.show('PR-2026-0001')).state).toBe('awaiting_team');
    await world.deliver(teamReply('verified', escalation as SentMail, { messageId: 'team-1@example.test' }));
    await world.run('2026-03-03T10:00:00Z');
    const [result] = await world.newMail();
    expect(result?.text).toContain('is now verified');
    await world.deliver(teamReply('done The copy is on its way through our secure portal.', result as SentMail, { messageId: 'team-2@example.test' }));
    await world.run('2026-03-04T10:00:00Z');
    const [completion] = await world.newMail();
    expect(summary([completion as SentMail])).toEqual([['completion', ALEX]]);
    expect((await world.show('PR-2026-0001')).state).toBe('done');
  });

  it('correction: the short code verifies; "reply" and "done" reach the requester in the thread', async () => {
    await world.deliver(requestMail({ subject: 'Wrong address on file', body: 'My postal address is inaccurate, please correct it to 1 Main St.', messageId: 'cor-1@example.net' }));
    await world.run();
    const [verification] = await world.newMail();
    const code = /one-time code: (\S+)/.exec(verification?.text ?? '')?.[1] as string;
    await world.deliver(requestMail({ subject: 'Re: Wrong address on file [PR-2026-0001]', body: `code ${code}`, messageId: 'cor-2@example.net', inReplyTo: verification?.messageId }));
    await world.run('2026-03-03T09:00:00Z');
    const [escalation] = await world.newMail();
    expect(escalation?.text).toMatch(/is verified/);
    await world.deliver(teamReply('reply Thanks, we have updated it.\n\nIs your ZIP code 94110?', escalation as SentMail, { messageId: 'team-1@example.test' }));
    await world.run('2026-03-03T10:00:00Z');
    const [answer, result] = await world.newMail();
    expect(summary([answer as SentMail, result as SentMail])).toEqual([['team-reply', ALEX], ['team-command-result', TEAM]]);
    expect(answer?.text).toContain('Is your ZIP code 94110?');
    expect(answer?.inReplyTo).toBe('cor-2@example.net');
    expectNoInternals(answer as SentMail);
    expect((await world.show('PR-2026-0001')).state).toBe('verified');
  });

  it('opt-out: no verification, the team switches it off, the requester is told', async () => {
    await world.deliver(requestMail({ subject: 'Do not sell my info', body: 'Do not sell my personal information.', messageId: 'opt-1@example.net' }));
    await world.run();
    const [ack, escalation, ...rest] = await world.newMail();
    expect(rest).toEqual([]);
    expect(summary([ack as SentMail, escalation as SentMail])).toEqual([['acknowledgement', ALEX], ['team-escalation', TEAM]]);
    expect(ack?.text).toContain('Opting out needs no proof of identity');
    expect(escalation?.text).toContain('switch off sale/sharing');
    await world.deliver(teamReply('done', escalation as SentMail, { messageId: 'team-1@example.test' }));
    await world.run('2026-03-02T18:00:00Z');
    const [completion] = await world.newMail();
    expect(completion?.text).toContain('Your opt-out is in effect');
    const shown = await world.show('PR-2026-0001');
    expect(shown.state).toBe('done');
    expect(shown.events.some((event) => event.type.startsWith('verification'))).toBe(false);
  });

  it('complaint and child data are escalated at once; child data is urgent', async () => {
    await world.deliver(requestMail({ subject: 'Formal complaint', body: 'I want to file a complaint: your receptionist read my file aloud.', messageId: 'cmp-1@example.net' }));
    await world.deliver(requestMail({ from: 'Pat Parent <pat@example.org>', subject: 'My daughter', body: 'My daughter is 11 and has an account with you.', messageId: 'kid-1@example.org' }));
    await world.run();
    const mails = await world.newMail();
    expect(summary(mails)).toEqual([
      ['acknowledgement', ALEX], ['team-escalation', TEAM],
      ['acknowledgement', 'pat@example.org'], ['team-escalation', TEAM],
    ]);
    expect(mails[1]?.subject).toBe('[PR-2026-0001] AD complaint');
    expect(mails[2]?.text).toContain('will be deleted unless a parent or guardian consented');
    expect(mails[3]?.text).toMatch(/^URGENT - Case PR-2026-0002/);
    expect((await world.show('PR-2026-0002')).state).toBe('awaiting_team');
  });

  it('other mail: no case, no reply; a human message reaches the team once, automated mail nothing', async () => {
    await world.deliver(requestMail({ subject: 'Invoice question', body: 'Where is my invoice for February?', messageId: 'oth-1@example.net' }));
    await world.deliver(requestMail({ subject: 'Weekly news', body: 'Our newsletter', messageId: 'oth-2@example.net', headers: { 'List-Id': '<news.example.net>', Precedence: 'bulk' } }));
    await world.run();
    const mails = await world.newMail();
    expect(summary(mails)).toEqual([['team-notice', TEAM]]);
    expect(mails[0]?.text).toContain('> Where is my invoice for February?');
    const db = await world.db();
    expect(Object.keys(db.cases)).toEqual([]);
    expect(db.messages['oth-1@example.net']?.status).toBe('ignored');
    expect(db.messages['oth-2@example.net']?.reason).toMatch(/^automated/);
    await world.run('2026-03-02T18:00:00Z');
    expect(await world.newMail()).toEqual([]);
  });

  it('duplicate: the same request again joins the open case, same clock', async () => {
    await world.deliver(requestMail({ subject: 'Delete my data', body: 'Please delete my data.', messageId: 'dup-1@example.net' }));
    await world.run();
    await world.newMail();
    await world.deliver(requestMail({ subject: 'Delete my data!!', body: 'I asked you to delete my data last week.', messageId: 'dup-2@example.net' }));
    await world.run('2026-03-09T09:00:00Z');
    const mails = await world.newMail();
    expect(summary(mails)).toEqual([['team-escalation', TEAM]]);
    const db = await world.db();
    expect(Object.keys(db.cases)).toEqual(['PR-2026-0001']);
    expect(db.messages['dup-2@example.net']?.caseId).toBe('PR-2026-0001');
    const dueAt = (await world.show('PR-2026-0001')).dueAt;
    expect(dueAt.slice(0, 10)).toBe('2026-04-15');
  });

  it('unverified: a fresh code each time one lapses, denial on the due date', async () => {
    await world.deliver(requestMail({ subject: 'Access request', body: 'What categories of personal data do you have about me? I want access.', messageId: 'unv-1@example.net' }));
    await world.run();
    const [first] = await world.newMail();
    await world.run('2026-03-16T16:59:00Z');
    expect(await world.newMail()).toEqual([]);
    await world.run('2026-03-16T17:00:00Z');
    const [reminder, ...rest] = await world.newMail();
    expect(rest).toEqual([]);
    expect(summary([reminder as SentMail])).toEqual([['verification', ALEX]]);
    expect(reminder?.text).toMatch(/[A-Z2-9]{4}-[A-Z2-9]{4}/);
    expect(reminder?.text).not.toContain(/one-time code: (\S+)/.exec(first?.text ?? '')?.[1] as string);
    expect(reminder?.inReplyTo).toBe(first?.messageId);
    await world.run('2026-03-20T17:00:00Z');
    expect(await world.newMail()).toEqual([]);
    await world.run('2026-03-30T17:00:00Z');
    await world.run('2026-04-13T17:00:00Z');
    expect((await world.newMail()).map((mail) => world.templateOf(mail))).toEqual(['verification', 'verification']);
    const dueAt = (await world.show('PR-2026-0001')).dueAt;
    await world.run(new Date(Date.parse(dueAt) - 60_000).toISOString());
    expect((await world.newMail()).map((mail) => world.templateOf(mail))).not.toContain('denial');
    await world.run(dueAt);
    const [denial, teamNotice] = (await world.newMail()).filter((mail) => ['denial', 'team-escalation'].includes(world.templateOf(mail)));
    expect(summary([denial as SentMail, teamNotice as SentMail])).toEqual([['denial', ALEX], ['team-escalation', TEAM]]);
    expect(denial?.text).toContain('2026-04-15');
    expectNoInternals(denial as SentMail);
    const shown = await world.show('PR-2026-0001');
    expect(shown.state).toBe('denied');
    expect(shown.events.map((event) => event.type)).toEqual(expect.arrayContaining(['token_expired', 'verification_reminder_sent', 'denied_unverified']));
  });

  it('wrong code, expired code, another address, and a reply to a closed case: nothing is verified or reopened', async () => {
    await world.deliver(requestMail({ subject: 'Delete my data', body: 'Please delete my data.', messageId: 'nr-1@example.net' }));
    await world.run();
    const [ack] = await world.newMail();
    const code = /one-time code: (\S+)/.exec(ack?.text ?? '')?.[1] as string;
    // A wrong code from the requester; the right code quoted by someone else.
    await world.deliver(requestMail({ subject: `Re: ${ack?.subject}`, body: 'DELETE ABCD-EFGH', messageId: 'nr-2@example.net', inReplyTo: ack?.messageId }));
    await world.deliver(requestMail({ from: 'Eve <eve@evil.example>', subject: `Re: ${ack?.subject}`, body: quoteReply('DELETE', ack as SentMail), messageId: 'nr-3@evil.example', inReplyTo: ack?.messageId }));
    await world.run('2026-03-03T09:00:00Z');
    let shown = await world.show('PR-2026-0001');
    expect(shown.state).toBe('awaiting_verification');
    expect(shown.events.filter((event) => ['verification_failed', 'verification_rejected'].includes(event.type)).map((event) => [event.type, event.data?.reason])).toEqual([
      ['verification_failed', 'wrong code'],
      ['verification_rejected', 'not from the address the token was sent to'],
    ]);
    const afterWrong = await world.newMail();
    expect(afterWrong.every((mail) => mail.to.join() === TEAM)).toBe(true);
    // The first code after it expired: a reminder with a new code, and the old one still fails.
    await world.run('2026-03-17T09:00:00Z');
    const [reminder] = await world.newMail();
    expect(summary([reminder as SentMail])).toEqual([['verification', ALEX]]);
    await world.deliver(requestMail({ subject: `Re: ${ack?.subject}`, body: `DELETE ${code}`, messageId: 'nr-4@example.net', inReplyTo: reminder?.messageId }));
    await world.run('2026-03-17T10:00:00Z');
    shown = await world.show('PR-2026-0001');
    expect(shown.state).toBe('awaiting_verification');
    expect(shown.events.filter((event) => event.type === 'verification_failed').at(-1)).toMatchObject({ data: { reason: 'expired' } });
    // The lapsed code in a reply brings a fresh one at once (the reminder may not have been seen).
    const [freshMail] = await world.newMail();
    expect(summary([freshMail as SentMail])).toEqual([['verification', ALEX]]);
    // Now the new code; then the team closes; then a late reply changes nothing.
    const fresh = /one-time code: (\S+)/.exec(freshMail?.text ?? '')?.[1] as string;
    expect(fresh).not.toBe(/one-time code: (\S+)/.exec(reminder?.text ?? '')?.[1]);
    await world.deliver(requestMail({ subject: `Re: ${ack?.subject}`, body: `DELETE\n${fresh}`, messageId: 'nr-5@example.net', inReplyTo: freshMail?.messageId }));
    await world.run('2026-03-17T11:00:00Z');
    const escalation = (await world.newMail()).find((mail) => world.templateOf(mail) === 'team-escalation' && /is verified/.test(mail.text));
    await world.deliver(teamReply('deny we hold no data about this address', escalation as SentMail, { messageId: 'team-nr@example.test' }));
    await world.run('2026-03-17T12:00:00Z');
    const denial = (await world.newMail()).find((mail) => world.templateOf(mail) === 'denial');
    expect(denial?.text).toContain('we hold no data about this address');
    await world.deliver(requestMail({ subject: `Re: ${ack?.subject}`, body: `DELETE ${fresh} please reopen`, messageId: 'nr-6@example.net', inReplyTo: denial?.messageId }));
    await world.run('2026-03-18T09:00:00Z');
    expect(summary(await world.newMail())).toEqual([['team-escalation', TEAM]]);
    shown = await world.show('PR-2026-0001');
    expect(shown.state).toBe('denied');
    expect(shown.events.map((event) => event.type)).toContain('message_after_close');
  });

  it('forged and invalid team commands change nothing; the team is warned once and told about errors', async () => {
    await world.deliver(requestMail({ subject: 'Delete my data', body: 'Please delete my data.', messageId: 'neg-1@example.net' }));
    await world.run();
    const [ack] = await world.newMail();
    // From spoofed, no Authentication-Results; then one with a foreign authserv-id.
    await world.deliver(teamReply('verified', ack as SentMail, { messageId: 'forged-1@evil.example', authResults: null }));
    await world.deliver(teamReply('verified', ack as SentMail, { messageId: 'forged-2@evil.example', authResults: 'mx.evil.example; dkim=pass header.d=example.test' }));
    await world.run('2026-03-02T18:00:00Z');
    const warnings = await world.newMail();
    expect(summary(warnings)).toEqual([['team-warning', TEAM]]);
    expect(warnings[0]?.text).toContain('NOT accepted');
    let shown = await world.show('PR-2026-0001');
    expect(shown.state).toBe('awaiting_verification');
    expect(shown.events.filter((event) => event.type === 'team_command_rejected').map((event) => event.by)).toEqual(['unauthenticated', 'unauthenticated']);
    // Authenticated, but "done" is not allowed before verification: nothing of the batch applies.
    await world.deliver(teamReply('assign Kim\ndone', ack as SentMail, { messageId: 'team-1@example.test' }));
    await world.run('2026-03-02T19:00:00Z');
    const [result] = await world.newMail();
    expect(result?.text).toContain('NOTHING was applied');
    expect(result?.text).toContain("the requester's identity is not verified yet");
    shown = await world.show('PR-2026-0001');
    expect(shown.state).toBe('awaiting_verification');
    expect(shown.events.map((event) => event.type)).not.toContain('assigned');
  });
});
