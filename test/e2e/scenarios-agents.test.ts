import { describe, expect, it } from 'vitest';
import { expectNoInternals, TEAM, type SentMail } from './lifecycle-support.js';
import {
  address, buildMail, codeIn, expectQuietRerun, fakePdf, htmlOf, mailsTo, newWorld, ofTemplate, replyMail, showCase, teamMail,
} from './scenario-support.js';

/** An acknowledgement that asks the agent, once more, for the permission they already attached. */
const ASKS_FOR_PERMISSION = /(send|provide|attach|forward|submit|reply with)[^.\n]*(signed )?(permission|authori[sz]ation)/i;

function latestTo(mails: SentMail[], email: string): SentMail | undefined {
  return mails.filter((mail) => mail.to.includes(email)).at(-1);
}

describe('scenarios: authorized agents writing for a consumer', { timeout: 90_000 }, () => {
  it('deletion through an agent service with a signed permission PDF: the consumer confirms in a new thread; both hear it is done', async () => {
    const world = await newWorld();
    const agent = 'requests@privacyshield.example';
    const consumer = 'casey.consumer@home.example';
    const text = `Dear Privacy Team,\n\nPrivacyShield Inc. is the authorized agent of our client:\n\nName: Casey Consumer\nEmail: ${consumer}\nState of residence: California\n\nOn behalf of our client we request the deletion of all personal information your business has collected about them (Cal. Civ. Code 1798.105). The client's signed permission is attached.\n\nPlease direct your response to this address.\n\nPrivacyShield Requests Team\nRef. PS-88213`;
    await world.deliver(buildMail({
      from: address('PrivacyShield Requests', agent), subject: 'CCPA Request to Delete - Casey Consumer (Ref. PS-88213)', messageId: 'agent-del-1@privacyshield.example', date: world.now,
      text, html: htmlOf(text),
      attachments: [{ filename: 'Casey_Consumer_Signed_Authorization.pdf', contentType: 'application/pdf', content: fakePdf('authorization') }],
    }));
    await world.run();
    const first = await world.newMail();
    const [agentAck] = mailsTo(first, agent);
    expect(agentAck && world.templateOf(agentAck)).toBe('acknowledgement');
    expect(agentAck?.inReplyTo).toBe('agent-del-1@privacyshield.example');
    expect.soft(agentAck?.text).not.toMatch(ASKS_FOR_PERMISSION);
    const [toConsumer, ...moreToConsumer] = mailsTo(first, consumer);
    expect(moreToConsumer).toEqual([]);
    expect(toConsumer?.inReplyTo ?? null).not.toBe('agent-del-1@privacyshield.example');
    expect(toConsumer?.references ?? []).not.toContain('agent-del-1@privacyshield.example');
    expect(toConsumer?.text).toMatch(/behalf|PrivacyShield/i);
    expect(codeIn(toConsumer)).not.toBeNull();
    expectNoInternals(toConsumer!);

    await world.deliver(replyMail(toConsumer!, { from: address('Casey Consumer', consumer), body: 'Yes, I asked PrivacyShield to do this for me. DELETE', messageId: 'agent-del-2@home.example', date: '2026-03-03T18:00:00Z', style: 'iphone' }));
    await world.run('2026-03-03T18:00:00Z');
    const afterConsumer = await world.newMail();
    const escalation = ofTemplate(world, mailsTo(afterConsumer, TEAM), 'team-escalation').at(-1);
    expect(escalation).toBeDefined();
    expect.soft(escalation?.text).toContain('Casey_Consumer_Signed_Authorization.pdf');

    await world.deliver(teamMail('verified\nnote signed permission matches the consumer, checked by Sam', escalation!, { messageId: 'agent-del-team-1@example.test', date: '2026-03-04T18:00:00Z' }));
    await world.run('2026-03-04T18:00:00Z');
    const result = latestTo(await world.newMail(), TEAM);
    await world.deliver(teamMail('done', result ?? escalation!, { messageId: 'agent-del-team-2@example.test', date: '2026-03-05T18:00:00Z' }));
    await world.run('2026-03-05T18:00:00Z');
    const done = await world.newMail();
    expect(ofTemplate(world, mailsTo(done, agent), 'completion')).toHaveLength(1);
    expect(ofTemplate(world, mailsTo(done, consumer), 'completion')).toHaveLength(1);
    expect((await showCase(world, 'PR-2026-0001')).state).toBe('done');
    await expectQuietRerun(world);
  });

  it('a right-to-know request from an agent in HTML: the consumer types the code from Outlook; both are told when done', async () => {
    const world = await newWorld();
    const agent = 'privacy-desk@optoutnow.example';
    const consumer = 'morgan.lee@mail.example';
    await world.deliver(buildMail({
      from: address('OptOutNow Privacy Desk', agent), subject: 'Request to Know on behalf of Morgan Lee', messageId: 'agent-know-1@optoutnow.example', date: world.now,
      html: htmlOf(`Hello Calm Clinic,\n\nWe act as the authorized agent for Morgan Lee (${consumer}). Morgan asks to know the categories and specific pieces of personal information you hold about them. A signed permission from Morgan is attached.\n\nBest regards,\nOptOutNow Privacy Desk`),
      attachments: [{ filename: 'permission-morgan-lee.pdf', contentType: 'application/pdf', content: fakePdf('permission') }],
    }));
    await world.run();
    const first = await world.newMail();
    expect.soft(mailsTo(first, agent)[0]?.text).not.toMatch(ASKS_FOR_PERMISSION);
    const [toConsumer] = mailsTo(first, consumer);
    expect(toConsumer?.inReplyTo ?? null).not.toBe('agent-know-1@optoutnow.example');
    expect(toConsumer?.text).toMatch(/on your behalf|OptOutNow/i);
    const code = codeIn(toConsumer);
    expect(code).not.toBeNull();

    await world.deliver(replyMail(toConsumer!, { from: address('Morgan Lee', consumer), body: `Confirmed, that's me. Code ${code}\nMorgan Lee, last visit 3 February 2026`, messageId: 'agent-know-2@mail.example', date: '2026-03-03T18:00:00Z', style: 'outlook', htmlOnly: true }));
    await world.run('2026-03-03T18:00:00Z');
    const escalation = latestTo(await world.newMail(), TEAM);
    expect(escalation).toBeDefined();
    await world.deliver(teamMail('verified', escalation!, { messageId: 'agent-know-team-1@example.test', date: '2026-03-04T18:00:00Z' }));
    await world.run('2026-03-04T18:00:00Z');
    const result = latestTo(await world.newMail(), TEAM);
    await world.deliver(teamMail('done\nThe report is in our secure portal; Morgan will get the link separately.', result ?? escalation!, { messageId: 'agent-know-team-2@example.test', date: '2026-03-05T18:00:00Z' }));
    await world.run('2026-03-05T18:00:00Z');
    const done = await world.newMail();
    expect(ofTemplate(world, mailsTo(done, agent), 'completion')).toHaveLength(1);
    expect(ofTemplate(world, mailsTo(done, consumer), 'completion')).toHaveLength(1);
  });
});
