import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHSERV, MaildirWorld } from './lifecycle-support.js';
import { caseJson, letter, teamAnswer, templated, to, TEAM } from './scenario2-support.js';

const MONDAY = '2026-03-02T17:00:00Z';
const TUESDAY = '2026-03-03T17:00:00Z';
const WEDNESDAY = '2026-03-04T17:00:00Z';

async function world(extraEnv: Record<string, string> = {}): Promise<MaildirWorld> {
  return new MaildirWorld(await mkdtemp(path.join(tmpdir(), 'pi-backscatter-')), extraEnv, ['run-once', '--jobs', 'all']);
}

/** A consumer's request, with what our MX concluded about the From domain. */
function request(from: string, id: string, text: string, authResults: string | null): string {
  return letter({ from, subject: 'My data', messageId: id, at: MONDAY, text, ...(authResults ? { headers: { 'Authentication-Results': authResults } } : {}) });
}

describe('backscatter: the bot never mails strangers whose address was forged', () => {
  it('holds requests whose From domain fails DMARC, lists them to the team the next day, and `open 2 …` makes a case of one', async () => {
    const w = await world();
    const victim = 'victim@bank.example';
    const real = 'alex@forwarded.example';
    await w.deliver(request(`Victim <${victim}>`, 'forged-1@x.example', 'Please delete all my data.', `${AUTHSERV}; spf=fail smtp.mailfrom=bank.example; dkim=none; dmarc=fail (p=reject) header.from=bank.example`));
    await w.deliver(request(`Alex <${real}>`, 'fwd-1@x.example', 'Hi, I want you to erase my account and everything about me.', `${AUTHSERV}; spf=fail smtp.mailfrom=list.example; dkim=fail header.d=forwarded.example; dmarc=fail header.from=forwarded.example`));
    await w.deliver(request('Pat <pat@good.example>', 'good-1@good.example', 'Please delete my data.', `${AUTHSERV}; spf=pass smtp.mailfrom=good.example; dkim=pass header.d=good.example; dmarc=pass header.from=good.example`));
    await w.run(MONDAY);
    const monday = await w.newMail();
    expect(to(monday, victim)).toEqual([]);
    expect(to(monday, real)).toEqual([]);
    expect(to(monday, 'pat@good.example').map((mail) => w.templateOf(mail))).toContain('acknowledgement');
    const db = await w.db();
    const held = Object.values(db.messages).filter((record) => record.reason?.startsWith('held: the sender could not be authenticated'));
    expect(held).toHaveLength(2);
    expect(held.every((record) => record.caseId === null)).toBe(true);
    // Held mail is reported once a day, for a finished day: not on the day itself.
    expect(templated(w, monday, 'team-held-summary')).toEqual([]);

    await w.run(TUESDAY);
    const [summary, ...moreSummaries] = templated(w, await w.newMail(), 'team-held-summary');
    expect(moreSummaries).toEqual([]);
    expect(summary?.to).toEqual([TEAM]);
    expect(summary?.text).toContain('1. From: Victim <victim@bank.example>');
    expect(summary?.text).toContain('2. From: Alex <alex@forwarded.example>');
    expect(summary?.text).toContain('erase my account');
    await w.run(TUESDAY);
    expect(templated(w, await w.newMail(), 'team-held-summary')).toEqual([]);

    await w.deliver(teamAnswer('open 2 deletion', summary as never, { messageId: 'team-open@example.test', at: WEDNESDAY }));
    await w.run(WEDNESDAY);
    const wednesday = await w.newMail();
    expect(to(wednesday, victim)).toEqual([]);
    expect(to(wednesday, real).map((mail) => w.templateOf(mail))).toContain('acknowledgement');
    const result = templated(w, to(wednesday, TEAM), 'team-command-result')[0];
    expect(result?.text).toMatch(/case PR-2026-\d{4} opened/);
    const caseId = /PR-2026-\d{4}/.exec(result?.text ?? '')?.[0] as string;
    const opened = await caseJson(w, caseId);
    expect(opened.requester).toContain(real);
    // The legal clock runs from Monday's receipt, not from the team's reply.
    expect(opened.receivedAt.slice(0, 10)).toBe('2026-03-02');
  });

  it('paces first mail to new addresses at MAX_NEW_ADDRESSES_PER_DAY: the rest waits a day, the team is alerted once, and "spam" stops a waiting reply', async () => {
    const w = await world({ MAX_NEW_ADDRESSES_PER_DAY: '2' });
    const senders = ['one@a.example', 'two@b.example', 'three@c.example', 'four@d.example'];
    for (const [index, sender] of senders.entries()) await w.deliver(request(`Person ${index} <${sender}>`, `pace-${index}@x.example`, 'Please stop selling my data and delete it.', null));
    await w.run(MONDAY);
    const monday = await w.newMail();
    const answered = senders.filter((sender) => to(monday, sender).length > 0);
    expect(answered).toHaveLength(2);
    const alerts = templated(w, monday, 'team-first-contact-cap');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.text).toContain('MAX_NEW_ADDRESSES_PER_DAY = 2');
    const waiting = senders.filter((sender) => !answered.includes(sender));
    // Every request is a case with its clock from Monday, even while its acknowledgement waits.
    const db = await w.db();
    expect(Object.keys(db.cases)).toHaveLength(4);

    // The team calls one waiting case spam: its acknowledgement never goes.
    const waitingItems = Object.values(db.outbox).filter((item) => item.templateId === 'acknowledgement' && (item as { notBefore?: string }).notBefore);
    expect(waitingItems).toHaveLength(2);
    const spamCaseId = waitingItems[0]?.key.split(':')[0] as string;
    const escalation = to(monday, TEAM).find((mail) => mail.subject.includes(spamCaseId));
    expect(escalation).toBeDefined();
    await w.deliver(teamAnswer('spam', escalation as never, { messageId: 'team-spam@example.test', at: MONDAY }));
    await w.run(MONDAY);
    const afterSpam = await w.newMail();
    expect(waiting.flatMap((sender) => to(afterSpam, sender))).toEqual([]);
    expect((await caseJson(w, spamCaseId)).state).toBe('closed');

    await w.run(TUESDAY);
    const tuesday = await w.newMail();
    const spamRequester = (await caseJson(w, spamCaseId)).requester;
    const otherWaiting = waiting.find((sender) => !spamRequester.includes(sender)) as string;
    expect(to(tuesday, otherWaiting).map((mail) => w.templateOf(mail))).toContain('acknowledgement');
    expect(tuesday.filter((mail) => mail.to.some((address) => spamRequester.includes(address)))).toEqual([]);
    expect(templated(w, tuesday, 'team-first-contact-cap')).toEqual([]);
  });
});
