import { describe, expect, it } from 'vitest';
import { answer, caseJson, codeIn, expectNothingMore, freshWorld, letter, paragraphs, pdf, teamAnswer, teamMailAbout, templated, to } from './scenario2-support.js';
import type { SentMail } from './lifecycle-support.js';

const MONDAY = '2026-03-02T17:00:00Z';

describe('people: an authorized agent service', () => {
  it('an agent service sends an HTML mail with the signed authorization attached: not asked for it again, the consumer confirms in a thread of their own, and both hear it is done', async () => {
    const world = await freshWorld();
    const agent = 'requests@optoutpro.example';
    const lee = 'lee.chang@example.org';
    const body =
      'To the Privacy Team at Calm Clinic,\n\nOptOutPro is an authorized agent acting on behalf of our client:\nName: Lee Chang\nEmail: lee.chang@example.org\nState of residence: California\n\nUnder the CCPA (Cal. Civ. Code 1798.105 and 11 CCR 7063), our client requests that you delete all personal information you have collected about them. The signed authorization from our client is attached.\n\nPlease send correspondence about this request to requests@optoutpro.example and quote our ticket OOP-58213.\n\nRegards,\nOptOutPro Compliance Team';
    await world.deliver(
      letter({
        from: `OptOutPro Requests <${agent}>`,
        subject: 'CCPA Deletion Request - Ticket OOP-58213',
        messageId: 'oop-58213.1@mailer.optoutpro.example',
        at: MONDAY,
        text: body,
        html: paragraphs(body),
        attachments: [{ filename: 'Signed_Authorization_Lee_Chang.pdf', contentType: 'application/pdf', content: pdf('Authorization signed by Lee Chang') }],
      }),
    );
    await world.run(MONDAY);
    const first = await world.newMail();
    const toAgent = to(first, agent);
    expect(toAgent.map((mail) => world.templateOf(mail))).toEqual(['acknowledgement']);
    expect(toAgent[0]?.inReplyTo).toBe('oop-58213.1@mailer.optoutpro.example');
    expect(toAgent[0]?.text).not.toMatch(/\b(send|provide|attach|forward|submit|include)\b[^.\n]{0,60}\b(permission|authori[sz]ation)\b/i);
    expect(codeIn(toAgent[0])).toBeNull();

    const toLee = to(first, lee);
    expect(toLee).toHaveLength(1);
    expect(toLee[0]?.inReplyTo).toBeNull();
    expect(toLee[0]?.references).not.toContain('oop-58213.1@mailer.optoutpro.example');
    expect(toLee[0]?.text).toMatch(/optoutpro/i);
    expect(toLee[0]?.text).toMatch(/on your behalf/i);
    const code = codeIn(toLee[0]);
    expect(code).not.toBeNull();

    await world.deliver(answer(toLee[0] as SentMail, { from: `Lee Chang <${lee}>`, text: `${code}\nYes, that was me. Please go ahead and delete everything.`, messageId: 'lee-2@example.org', at: '2026-03-03T02:10:00Z', style: 'iphone' }));
    await world.run('2026-03-03T02:10:00Z');
    const second = await world.newMail();
    expect(to(second, lee)).toEqual([]);
    const teamNow = teamMailAbout(world, second, 'PR-2026-0001');
    expect(teamNow.length).toBeGreaterThan(0);
    const latest = teamNow.at(-1) as SentMail;
    // Every escalation carries the original request and its attachments, not only the consumer's reply.
    expect(latest.text).toContain('ticket OOP-58213');
    expect(latest.text).toContain('Signed_Authorization_Lee_Chang.pdf');

    await world.deliver(teamAnswer('verified\ndone We have deleted the personal information we held about Lee Chang.', latest, { messageId: 'team-oop@example.test', at: '2026-03-04T18:00:00Z' }));
    await world.run('2026-03-04T18:00:00Z');
    const third = await world.newMail();
    expect(templated(world, to(third, agent), 'completion')).toHaveLength(1);
    expect(templated(world, to(third, lee), 'completion')).toHaveLength(1);
    expect((await caseJson(world, 'PR-2026-0001')).state).toBe('done');
    await expectNothingMore(world);
  });
});
