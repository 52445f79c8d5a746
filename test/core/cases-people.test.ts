import { beforeEach, describe, expect, it } from 'vitest';
import { ownWords } from '../../src/core/cases/words.js';
import { greetingName } from '../../src/core/greeting-name.js';
import { parseCommands } from '../../src/core/commands.js';
import { needsLanguageNote } from '../../src/core/request-words.js';
import { Harness, mail, TEAM, teamReply, verdict } from './lifecycle-harness.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});

const ALEX = 'alex@example.net';
const SENDER_HASH = 'hash-of-alex';

describe('team commands people actually type', () => {
  it.each([
    ['Done.', null],
    ['done,', null],
    ['Done!', null],
    ['DONE', null],
    ['Done. Your account and all records are deleted.', 'Your account and all records are deleted.'],
    ['done\nHi Maria,\n\nwe deleted everything.\n\nSam', 'Hi Maria,\n\nwe deleted everything.\n\nSam'],
    ['done\n\nThanks,\nSam', null],
  ])('%j is done with message %j', (text, message) => {
    const parsed = parseCommands(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands.map((entry) => entry.command)).toEqual([{ name: 'done', message }]);
  });

  it('forgives a greeting above the commands, a reason after "verified", and filler words between labels', () => {
    expect(parseCommands('Hi bot,\nverified - matched DOB and phone\nDone – all deleted').commands.map((entry) => entry.command)).toEqual([
      { name: 'verified' },
      { name: 'note', text: 'matched DOB and phone' },
      { name: 'done', message: 'all deleted' },
    ]);
    expect(parseCommands('reclassify as opt-out and deletion').commands[0]?.command).toEqual({ name: 'reclassify', labels: ['opt_out', 'deletion'] });
    expect(parseCommands('Hi team, please delete it').errors.join()).toMatch(/is not a command/);
  });

  it('reads "open" and "reclassify" with friendly label names', () => {
    expect(parseCommands('open deletion').commands[0]?.command).toEqual({ name: 'open', labels: ['deletion'] });
    expect(parseCommands('Open: opt-out + access').commands[0]?.command).toEqual({ name: 'open', labels: ['opt_out', 'disclosure'] });
    expect(parseCommands('open frobnicate').errors.join()).toMatch(/unknown label "frobnicate"/);
  });

  it('knows a greeting and a sign-off in seven languages', () => {
    expect(ownWords('Hi Maria,\n\nwe have updated it.')).toEqual({ ownGreeting: true, ownSignoff: false });
    expect(ownWords('Sehr geehrte Frau Weber,\n\nerledigt.\n\nMit freundlichen Grüßen\nSam')).toEqual({ ownGreeting: true, ownSignoff: true });
    expect(ownWords('Bonjour Camille,\nc’est fait.\nCordialement')).toEqual({ ownGreeting: true, ownSignoff: true });
    expect(ownWords('We have updated your address.')).toEqual({ ownGreeting: false, ownSignoff: false });
  });

  it('offers English with a note only for languages we do not write', () => {
    expect(needsLanguageNote('pl')).toBe(true);
    expect(needsLanguageNote('de')).toBe(false);
    expect(needsLanguageNote('pt-BR')).toBe(false);
    expect(needsLanguageNote('und')).toBe(false);
  });
});

describe('a mail passed on as "not a privacy request" can be rescued by the team', () => {
  async function vagueMailAndNotice() {
    const original = await mail({ from: `Alex Doe <${ALEX}>`, subject: 'hello?', body: 'I used your app for a while. I want out of all of it.', messageId: 'vague-1@example.net' });
    h.receive(original, verdict(['other'], { confidence: 0.4 }), { fromHash: SENDER_HASH });
    const [notice] = h.takeNew();
    expect(notice?.templateId).toBe('team-notice');
    expect(notice?.body.text).toContain('open deletion');
    expect(notice?.body.text).toContain('vague-1@example.net');
    return { original, notice: notice as NonNullable<typeof notice> };
  }

  it('"open deletion" opens a case with the clock from the original receipt, acknowledges the sender and joins a chaser', async () => {
    const { original, notice } = await vagueMailAndNotice();
    // Nine days later the sender chases; the bot still cannot tell what it is.
    const chaser = await mail({ from: `Alex Doe <${ALEX}>`, subject: 'Re: hello?', body: 'Did you get my email?', messageId: 'vague-2@example.net', inReplyTo: 'vague-1@example.net' });
    h.receive(chaser, verdict(['other'], { confidence: 0.3 }), { fromHash: SENDER_HASH, now: '2026-03-11T17:00:00.000Z' });
    h.takeNew();
    const command = await teamReply('open deletion\nnote she called us too', notice.messageId, { messageId: 'team-open@example.test', date: '2026-03-12T16:55:00.000Z' });
    const plan = h.receive(command, verdict(['other']), { now: '2026-03-12T17:00:00.000Z', rescuedMail: { [original.key]: original } });
    expect(plan.outcome).toBe('team_command');
    const record = h.case();
    expect(record).toMatchObject({ labels: ['deletion'], receivedAt: '2026-03-02T17:00:00.000Z', requester: { address: ALEX } });
    expect(record.messageKeys).toEqual(['vague-1@example.net', 'vague-2@example.net']);
    expect(record.events.map((event) => event.type)).toEqual(expect.arrayContaining(['opened_by_team', 'note']));
    expect(h.db.messages['vague-1@example.net']).toMatchObject({ status: 'case', caseId: 'PR-2026-0001' });
    const sent = h.takeNew();
    expect(sent.map((item) => [item.templateId, item.to[0]?.address])).toEqual([['acknowledgement', ALEX], ['team-command-result', TEAM]]);
    expect(sent[0]?.inReplyTo).toBe('vague-2@example.net');
    expect(sent[0]?.vars).toMatchObject({ receivedOn: '2026-03-02', verify: true });
    expect(sent[1]?.body.text).toContain('clock runs from the original receipt on 2026-03-02');
    expect(sent[1]?.subject).toBe('[PR-2026-0001] AD deletion');
  });

  it('refuses "open other", other commands, and an unauthenticated "open"', async () => {
    const { original, notice } = await vagueMailAndNotice();
    h.receive(await teamReply('open other', notice.messageId, { messageId: 't1@example.test' }), verdict(['other']), { rescuedMail: { [original.key]: original } });
    h.receive(await teamReply('done', notice.messageId, { messageId: 't2@example.test' }), verdict(['other']), { rescuedMail: { [original.key]: original } });
    const answers = h.takeNew();
    expect(answers.map((item) => item.templateId)).toEqual(['team-command-result', 'team-command-result']);
    expect(answers[0]?.body.text).toContain('opens nothing');
    expect(answers[1]?.body.text).toContain('not a case yet');
    h.receive(await teamReply('open deletion', notice.messageId, { messageId: 't3@example.test', authResults: null }), verdict(['other']), { rescuedMail: { [original.key]: original } });
    expect(Object.keys(h.db.cases)).toEqual([]);
    expect(h.takeNew().map((item) => item.templateId)).toEqual(['team-warning']);
  });

  it('a request that replies to the sender\'s own unanswered mail opens a case from that first mail', async () => {
    await vagueMailAndNotice();
    const chaser = await mail({ from: `Alex Doe <${ALEX}>`, subject: 'Re: hello?', body: 'To be clear: please delete my account and all my data.', messageId: 'vague-3@example.net', inReplyTo: 'vague-1@example.net' });
    h.receive(chaser, verdict(['deletion']), { fromHash: SENDER_HASH, now: '2026-03-09T17:00:00.000Z' });
    expect(h.case()).toMatchObject({ receivedAt: '2026-03-02T17:00:00.000Z', messageKeys: ['vague-1@example.net', 'vague-3@example.net'] });
    expect(h.db.messages['vague-1@example.net']?.caseId).toBe('PR-2026-0001');
  });
});

describe('children, questions and agents', () => {
  it('a parent\'s report is never held for identity nor denied, and the completion is about the child', async () => {
    h.receive(await mail({ subject: 'my son', body: 'My son is 11 and signed up for your app. Please delete his account and data.', messageId: 'kid@example.net' }), verdict(['child_data', 'deletion']));
    const [ack, escalation] = h.takeNew();
    expect(ack?.vars).toMatchObject({ child: true, verify: false, code: '' });
    expect(ack?.body.text).not.toMatch(/one-time code/i);
    expect(escalation?.body.text).toContain('URGENT');
    expect(h.case().state).toBe('awaiting_team');
    expect(h.case().lifecycle?.verification).toBeNull();
    h.tick('2026-05-01T17:00:00.000Z');
    expect(h.case().state).toBe('awaiting_team');
    h.receive(await teamReply('done\nHi Rachel,\n\nWe have deleted the account and everything linked to it.', escalation?.messageId as string, { date: h.now }), verdict(['other']));
    const [completion] = h.takeNew();
    expect(completion?.vars).toMatchObject({ child: true, hasMessage: true, message: 'We have deleted the account and everything linked to it.' });
    expect(completion?.body.text).not.toContain('Hi Rachel');
    expect(completion?.body.text).not.toContain('your personal information');
    expect(h.case().state).toBe('done');
  });

  it('a question filed as disclosure is closed with "done" once the team answered it', async () => {
    h.receive(await mail({ subject: 'question', body: 'Do you sell my data to advertisers?', messageId: 'q@example.net' }), verdict(['disclosure']));
    const [ack] = h.takeNew();
    const refused = h.receive(await teamReply('done', ack?.messageId as string, { messageId: 'tq0@example.test' }), verdict(['other']));
    expect(refused.reason).toMatch(/error/);
    const hint = h.takeNew().find((item) => item.templateId === 'team-command-result');
    expect(hint?.body.text).toContain('reply <answer>');
    h.receive(await teamReply('reply No, we never sell personal information.', hint?.messageId as string, { messageId: 'tq1@example.test' }), verdict(['other']));
    h.takeNew();
    h.receive(await teamReply('Done.', hint?.messageId as string, { messageId: 'tq2@example.test' }), verdict(['other']));
    const [completion] = h.takeNew();
    expect(completion?.vars).toMatchObject({ answered: true });
    expect(h.case().state).toBe('done');
  });

  it('an agent who attached the signed permission is not asked for it; the consumer gets a new thread and is told when it is done', async () => {
    const request = await mail({ from: 'Removal Co <requests@removal.example>', subject: 'Deletion request on behalf of our client', body: 'We act as authorized agent for Casey Consumer (casey@home.example). The signed authorization is attached. Please delete all data.', messageId: 'agent@removal.example' });
    h.receive({ ...request, attachments: [{ filename: 'casey-signed-authorization.pdf', contentType: 'application/pdf', size: 48_213 }] }, verdict(['deletion'], { agent: true }));
    const items = h.takeNew();
    const ack = items.find((item) => item.templateId === 'acknowledgement');
    const toConsumer = items.find((item) => item.templateId === 'verification');
    expect(ack?.vars).toMatchObject({ agent: true, agentPermissionAttached: true });
    expect(toConsumer?.to[0]?.address).toBe('casey@home.example');
    expect(toConsumer?.inReplyTo).toBeNull();
    expect(toConsumer?.subject).toBe('A privacy request made on your behalf [PR-2026-0001]');
    expect(toConsumer?.body.text).toContain('requests@removal.example');
    const escalation = items.find((item) => item.templateId === 'team-escalation');
    expect(escalation?.body.text).toContain('signed permission attached');
    h.receive(await mail({ from: 'Casey <casey@home.example>', subject: `Re: ${toConsumer?.subject}`, body: `Yes, that was me. ${h.code()}`, messageId: 'casey-1@home.example', inReplyTo: toConsumer?.messageId as string }), verdict(['other']));
    const afterConsumer = h.takeNew();
    const nextTeam = afterConsumer.filter((item) => item.to[0]?.address === TEAM).at(-1);
    h.receive(await teamReply('verified', nextTeam?.messageId as string, { messageId: 'ta1@example.test' }), verdict(['other']));
    const confirmAsk = h.takeNew().find((item) => item.templateId === 'confirm-deletion');
    expect(confirmAsk?.to[0]?.address).toBe('casey@home.example');
    h.receive(await mail({ from: 'Casey <casey@home.example>', subject: `Re: ${toConsumer?.subject}`, body: 'Yes, please delete it all.', messageId: 'casey-2@home.example', inReplyTo: confirmAsk?.messageId as string }), verdict(['deletion']));
    const verifiedMail = h.takeNew().find((item) => item.templateId === 'team-escalation');
    h.receive(await teamReply('done', verifiedMail?.messageId as string, { messageId: 'ta2@example.test' }), verdict(['other']));
    const completions = h.takeNew().filter((item) => item.templateId === 'completion');
    expect(completions.map((item) => item.to[0]?.address)).toEqual(['requests@removal.example', 'casey@home.example']);
    expect(completions[1]?.vars).toMatchObject({ onBehalf: true, agentAddress: 'requests@removal.example' });
  });

  it('an escalation of a later reply quotes the original request and lists its attachments', async () => {
    h.receive(await mail({ subject: 'wrong address', body: 'Please change my address to 12 Oak Road, Springfield.', messageId: 'corr@example.net' }), verdict(['correction']));
    const [ack] = h.takeNew();
    h.receive(await mail({ subject: 'Re: wrong address', body: 'Any news?', messageId: 'corr-2@example.net', inReplyTo: ack?.messageId as string }), verdict(['other']), {
      requestTexts: { 'PR-2026-0001': { subject: 'wrong address', text: 'Please change my address to 12 Oak Road, Springfield.', attachments: ['bill.pdf (application/pdf, 1200 bytes)'] } },
    });
    const [escalation] = h.takeNew();
    expect(escalation?.body.text).toContain('> Please change my address to 12 Oak Road');
    expect(escalation?.body.text).toContain('bill.pdf');
    expect(escalation?.body.text).toContain('> Any news?');
  });
});

describe('nothing a person sent is left without an owner', () => {
  it('past the daily cap of notices, one summary a day says where the rest are', async () => {
    for (let n = 0; n < 27; n++) {
      h.receive(await mail({ from: `Person ${n} <p${n}@example.net>`, subject: `question ${n}`, body: 'Are you open on Saturdays?', messageId: `sat-${n}@example.net` }), verdict(['other'], { confidence: 0.4 }));
    }
    const sent = h.takeNew();
    expect(sent.filter((item) => item.templateId === 'team-notice')).toHaveLength(25);
    const overflow = sent.filter((item) => item.templateId === 'team-notice-overflow');
    expect(overflow).toHaveLength(1);
    expect(overflow[0]?.body.text).toContain('privacy-inbox list --passed-over');
    expect(Object.values(h.db.messages).filter((record) => record.status === 'ignored')).toHaveLength(27);
  });
});

describe('a new mail from someone whose request is open', () => {
  it('joins that request instead of going to the team as "not a privacy request", and a code in it verifies', async () => {
    h.receive(await mail({ subject: 'old phone number', body: 'You still have my old mobile number on file. Please correct it.', messageId: 'ph-1@example.net' }), verdict(['correction']));
    h.takeNew();
    h.receive(await mail({ subject: 'phone', body: 'Forgot to say, the new number is (415) 555-0199\n\nSent from my iPhone', messageId: 'ph-2@example.net' }), verdict(['other'], { confidence: 0.4 }));
    expect(h.db.messages['ph-2@example.net']).toMatchObject({ status: 'case', caseId: 'PR-2026-0001' });
    expect(h.takeNew().map((item) => item.templateId)).toEqual(['team-escalation']);
    h.receive(await mail({ subject: 'code', body: `here is the code ${h.code()}`, messageId: 'ph-3@example.net' }), verdict(['other'], { confidence: 0.4 }));
    expect(h.case().lifecycle?.verification?.mailboxVerifiedAt).not.toBeNull();
    expect(Object.keys(h.db.cases)).toEqual(['PR-2026-0001']);
  });

  it('another sender\'s unrelated mail still goes to the team', async () => {
    h.receive(await mail({ subject: 'old phone number', body: 'Please correct my phone number.', messageId: 'ph-4@example.net' }), verdict(['correction']));
    h.takeNew();
    h.receive(await mail({ from: 'Kim <kim@example.net>', subject: 'hours', body: 'Are you open on Saturday?', messageId: 'kim-1@example.net' }), verdict(['other'], { confidence: 0.4 }));
    expect(h.takeNew().map((item) => item.templateId)).toEqual(['team-notice']);
  });
});

describe('greeting names', () => {
  it.each([
    ['Holloway, Greg', 'Greg Holloway'],
    ['"Kim, Ana Maria"', 'Ana Maria Kim'],
    ['Acme, Inc', 'Acme, Inc'],
    ['alex@example.net', ''],
    ['Alex Doe', 'Alex Doe'],
  ])('%s -> %s', (name, expected) => {
    expect(greetingName(name)).toBe(expected);
  });
});

describe('a later message that asks for another right', () => {
  it('adds it to the case and tells the team; a deletion is not confirmed by "don\'t delete yet"', async () => {
    h.receive(await mail({ subject: 'delete', body: 'Please delete my account.', messageId: 'dl-1@example.net' }), verdict(['deletion']));
    const [ack] = h.takeNew();
    h.receive(await mail({ subject: 'Re: delete', body: `my code is ${h.code()}.\n\nActually please don't delete yet, I need a copy of everything you have on me first.`, messageId: 'dl-2@example.net', inReplyTo: ack?.messageId as string }), verdict(['disclosure'], { confidence: 0.85 }));
    expect(h.case().labels).toEqual(['deletion', 'disclosure']);
    expect(h.case().events.map((event) => event.type)).toEqual(expect.arrayContaining(['verification_passed', 'rights_added']));
    expect(h.case().events.map((event) => event.type)).not.toContain('deletion_confirmed');
    const escalation = h.takeNew().find((item) => item.templateId === 'team-escalation');
    expect(escalation?.body.text).toContain('the requester also asked for: right to know');
  });

  it('a low-confidence guess adds nothing', async () => {
    h.receive(await mail({ subject: 'delete', body: 'Please delete my account.', messageId: 'dl-3@example.net' }), verdict(['deletion']));
    const [ack] = h.takeNew();
    h.receive(await mail({ subject: 'Re: delete', body: 'thanks!', messageId: 'dl-4@example.net', inReplyTo: ack?.messageId as string }), verdict(['disclosure'], { confidence: 0.4 }));
    expect(h.case().labels).toEqual(['deletion']);
  });
});
