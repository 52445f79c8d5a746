import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MaildirWorld } from './lifecycle-support.js';
import { caseJson, cli, letter, teamAnswer, templated, to, TEAM } from './scenario2-support.js';

const MONDAY = '2026-03-02T17:00:00Z';
const TUESDAY = '2026-03-03T17:00:00Z';
const WEDNESDAY = '2026-03-04T17:00:00Z';

describe('mail taken for an automatic reply by its wording alone is never answered, and never out of the team\'s reach', () => {
  it('lists it to the team the next day (not mail whose headers say automatic), and `open 1 …` in reply makes a case of it', async () => {
    const w = new MaildirWorld(await mkdtemp(path.join(tmpdir(), 'pi-machine-')), {}, ['run-once', '--jobs', 'all']);
    const writer = 'jordan@example.net';
    await w.deliver(
      letter({
        from: `Jordan Pike <${writer}>`,
        subject: 'Re: newsletter',
        messageId: 'jordan-1@example.net',
        at: MONDAY,
        text: 'Thank you for your message. I am out of the office until Monday 9 March with no access to email.\nFor anything urgent please call the front desk on 555 0100.\n\nJordan',
      }),
    );
    await w.deliver(letter({ from: 'Desk <desk@vendor.example>', subject: 'Automatic reply: hello', messageId: 'desk-1@vendor.example', at: MONDAY, text: 'I am out of the office until Monday.', headers: { 'Auto-Submitted': 'auto-replied' } }));
    await w.run(MONDAY);
    const monday = await w.newMail();
    expect(to(monday, writer)).toEqual([]);
    expect(to(monday, 'desk@vendor.example')).toEqual([]);
    expect(templated(w, monday, 'team-machine-summary')).toEqual([]);

    await w.run(TUESDAY);
    const [summary, ...more] = templated(w, await w.newMail(), 'team-machine-summary');
    expect(more).toEqual([]);
    expect(summary?.to).toEqual([TEAM]);
    expect(summary?.text).toContain(`1. From: Jordan Pike <${writer}>`);
    expect(summary?.text).toContain('Read as: out-of-office text');
    expect(summary?.text).not.toContain('desk@vendor.example');
    await w.run(TUESDAY);
    expect(templated(w, await w.newMail(), 'team-machine-summary')).toEqual([]);
    const listed = await cli(w, ['list', '--passed-over']);
    expect(listed.stdout).toContain('jordan-1@example.net');
    expect(listed.stdout).toContain('read as an automatic reply');
    expect(listed.stdout).not.toContain('desk-1@vendor.example');

    await w.deliver(teamAnswer('open 1 deletion', summary as never, { messageId: 'team-open-machine@example.test', at: WEDNESDAY }));
    await w.run(WEDNESDAY);
    const wednesday = await w.newMail();
    expect(to(wednesday, writer).map((mail) => w.templateOf(mail))).toContain('acknowledgement');
    const result = templated(w, to(wednesday, TEAM), 'team-command-result')[0];
    expect(result?.text).toMatch(/case PR-2026-\d{4} opened/);
    const opened = await caseJson(w, /PR-2026-\d{4}/.exec(result?.text ?? '')?.[0] as string);
    expect(opened.receivedAt.slice(0, 10)).toBe('2026-03-02');
  });
});
