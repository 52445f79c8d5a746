import { describe, expect, it } from 'vitest';
import { answer, caseJson, codeIn, freshWorld, letter, pdf, shift, templated, to } from './scenario2-support.js';

const AGENT = 'requests@optout-helpers.example.org';
const PERMISSION_ASKED = /(signed|written).{0,40}permission|permission.{0,60}sign|signed.{0,20}authori[sz]ation/i;
const AGENT_FROM = `OptOut Helpers Requests Desk <${AGENT}>`;

describe('authorized agents, as agent services really write', () => {
  it('an agent without a signed permission is asked for it; once it comes, the consumer is asked in a new thread', async () => {
    const world = await freshWorld();
    await world.deliver(letter({
      from: AGENT_FROM,
      subject: 'CCPA Request to Know - on behalf of Dana Whitfield',
      messageId: 'agent-np-1@optout-helpers.example.org',
      at: '2026-03-02T15:00:00Z',
      text: [
        'To Whom It May Concern,',
        '',
        'OptOut Helpers is an authorized agent acting for the consumer below. The consumer requests a copy of the specific pieces of personal information your business has collected about them.',
        '',
        'Consumer: Dana Whitfield',
        'Email: dana.whitfield@example.com',
        'Phone: (415) 555-0142',
        '',
        'Please direct all correspondence regarding this request to this address.',
        '',
        'Regards,',
        'Requests Desk | OptOut Helpers',
      ].join('\n'),
    }));
    await world.run('2026-03-02T17:00:00Z');
    const first = await world.newMail();
    const [ack] = templated(world, to(first, AGENT), 'acknowledgement');
    expect(ack?.inReplyTo).toBe('agent-np-1@optout-helpers.example.org');
    // No permission attached: the agent must be asked for a signed one before anything else.
    expect(ack?.text).toMatch(PERMISSION_ASKED);

    await world.deliver(answer(ack!, {
      from: AGENT_FROM,
      text: 'Hello,\n\nPlease find attached the signed authorization from Ms. Whitfield.\n\nRequests Desk',
      messageId: 'agent-np-2@optout-helpers.example.org',
      at: '2026-03-03T16:00:00Z',
      style: 'outlook',
    }));
    // The first answer forgot the attachment, as busy desks do; the follow-up carries it.
    await world.deliver(letter({
      from: AGENT_FROM,
      subject: `RE: ${ack!.subject}`,
      messageId: 'agent-np-3@optout-helpers.example.org',
      at: '2026-03-03T16:05:00Z',
      inReplyTo: ack!.messageId,
      references: [...ack!.references, ack!.messageId],
      text: 'Apologies, the attachment was missing from our last email. Signed authorization attached.\n\nRequests Desk',
      attachments: [{ filename: 'Whitfield_signed_authorization.pdf', contentType: 'application/pdf', content: pdf('Authorization - Dana Whitfield') }],
    }));
    await world.run('2026-03-03T17:00:00Z');
    const second = await world.newMail();
    // Once the permission is in, nobody asks the agent for it again.
    for (const mail of to(second, AGENT)) expect(mail.text).not.toMatch(PERMISSION_ASKED);
    // The consumer may be asked at once or once the permission is in; either way, in a thread of their own.
    const [toConsumer] = to([...first, ...second], 'dana.whitfield@example.com');
    expect(toConsumer).toBeDefined();
    expect(toConsumer?.inReplyTo).toBeNull();
    expect(toConsumer?.text).toMatch(/OptOut Helpers|on your behalf/i);
    expect(codeIn(toConsumer)).not.toBeNull();
  });

  it('an agent-written request whose consumer never answers is denied at the due date, and the agent is told', async () => {
    const world = await freshWorld({ cron: true });
    await world.deliver(letter({
      from: AGENT_FROM,
      subject: 'Deletion request for consumer R. Okafor',
      messageId: 'agent-nv-1@optout-helpers.example.org',
      at: '2026-03-02T16:00:00Z',
      text: 'Hi,\n\nWe act as authorized agent for Ruth Okafor (ruth.okafor@example.com). She asks that you delete all personal information you have collected from her. Her signed permission is attached.\n\nThank you,\nOptOut Helpers',
      attachments: [{ filename: 'okafor-permission.pdf', contentType: 'application/pdf', content: pdf('Permission - Ruth Okafor') }],
    }));
    await world.run('2026-03-02T17:00:00Z');
    const first = await world.newMail();
    expect(templated(world, to(first, AGENT), 'acknowledgement')).toHaveLength(1);
    const [consumerMail] = to(first, 'ruth.okafor@example.com');
    expect(codeIn(consumerMail)).not.toBeNull();
    const { dueAt } = await caseJson(world, 'PR-2026-0001');

    // Ruth never answers. The bot keeps nudging her before the due date, and denies nothing early.
    await world.run(shift(dueAt, -20));
    await world.run(shift(dueAt, -5));
    const before = await world.newMail();
    expect(to(before, 'ruth.okafor@example.com').length).toBeGreaterThan(0);
    expect(templated(world, before, 'denial')).toEqual([]);

    await world.run(shift(dueAt, 0, 60));
    const atDue = await world.newMail();
    expect(templated(world, to(atDue, AGENT), 'denial')).toHaveLength(1);
    expect(templated(world, atDue, 'completion')).toEqual([]);
    const shown = await caseJson(world, 'PR-2026-0001');
    expect(shown.state).not.toMatch(/awaiting|open|escalated/);
  });
});
