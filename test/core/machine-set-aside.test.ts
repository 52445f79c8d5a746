import { describe, expect, it } from 'vitest';
import { listPassedOver } from '../../src/app/passed-over.js';
import { planDailySummaries } from '../../src/core/cases/daily-summary.js';
import { isOpenable } from '../../src/core/cases/held-sender.js';
import { isSetAsideByWording, MACHINE_SUMMARY } from '../../src/core/cases/machine-set-aside.js';
import { applyChanges } from '../../src/core/store-changes.js';
import type { Verdict } from '../../src/types.js';
import { Harness, mail, TEAM, teamReply, verdict } from './lifecycle-harness.js';

/** How the classifier records mail it took for machine mail: on its text, on its headers, or unsure. */
function byWording(reason: string, phrase: string): Verdict {
  return verdict(['other'], { automated: { kind: 'auto_reply', reason }, evidence: [{ label: 'automated', phrase: `${reason}: ${phrase}`, where: 'body' }] });
}
const byHeaders = verdict(['other'], { automated: { kind: 'auto_reply', reason: 'Auto-Submitted: auto-replied' }, evidence: [{ label: 'automated', phrase: 'Auto-Submitted: auto-replied', where: 'header' }] });
const unsure = verdict(['other'], { automated: { kind: 'auto_reply', reason: 'automated wording around request words (learned model); passed to the team', unsure: true }, evidence: [{ label: 'automated', phrase: 'learned model: away', where: 'body' }] });

const TUESDAY = '2026-03-03T17:00:00.000Z';

describe('mail set aside as an automatic reply by its wording alone', () => {
  it('is listed to the team once, the day after, and `open 1 deletion` in reply makes a case that answers the sender', async () => {
    const h = await Harness.create();
    const person = await mail({ from: 'Robin Vale <robin@example.net>', subject: 'away', body: "I'm away until Monday with no laptop. When you get a chance please delete my account.", messageId: 'robin-1@example.net' });
    h.receive(person, byWording('out-of-office text', "I'm away until Monday"));
    h.receive(await mail({ from: 'Desk <desk@vendor.example>', subject: 'Auto: away', body: 'I am out of the office.', messageId: 'hdr-1@vendor.example' }), byHeaders);
    h.receive(await mail({ from: 'Kim <kim@example.org>', subject: 'away', body: 'Out of office. Please delete my data.', messageId: 'kim-1@example.org' }), unsure);
    const sameDay = h.takeNew();
    // Nothing goes to the person; only the unsure one was passed to the team at once, as before.
    expect(sameDay.filter((item) => item.to.some((to) => to.address === 'robin@example.net'))).toEqual([]);
    expect(sameDay.map((item) => item.templateId)).toEqual(['team-notice']);

    const records = Object.values(h.db.messages);
    expect(records.filter((record) => isSetAsideByWording(record)).map((record) => record.key)).toEqual(['robin-1@example.net']);
    expect(records.filter((record) => isOpenable(record)).map((record) => record.key).sort()).toEqual(['kim-1@example.org', 'robin-1@example.net']);

    // Not on the day itself: the day is not over.
    expect(planDailySummaries(h.db, h.lifecycleContext(), {}, MACHINE_SUMMARY)).toEqual([]);
    h.now = TUESDAY;
    const views = { 'robin-1@example.net': { from: 'Robin Vale <robin@example.net>', subject: 'away', text: person.newText } };
    applyChanges(h.db, planDailySummaries(h.db, h.lifecycleContext(), views, MACHINE_SUMMARY));
    const [summary, ...others] = h.takeNew();
    expect(others).toEqual([]);
    expect(summary?.templateId).toBe('team-machine-summary');
    expect(summary?.to).toEqual([{ address: TEAM, name: '' }]);
    expect(summary?.body.text).toContain('1. From: Robin Vale <robin@example.net>');
    expect(summary?.body.text).toContain("Read as: out-of-office text: I'm away until Monday");
    expect(summary?.body.text).toContain('please delete my account');
    expect(summary?.body.text).not.toContain('vendor.example');
    expect(summary?.body.text).not.toContain('kim@example.org');
    // One summary per day, ever.
    expect(planDailySummaries(h.db, h.lifecycleContext(), views, MACHINE_SUMMARY)).toEqual([]);

    // A team reply whose headers say it is an auto-reply stays machine mail, whatever it contains.
    const autoReply = h.receive(await teamReply('open 1 deletion', summary?.messageId as string, { messageId: 'team-ooo@example.test' }), byHeaders, { rescuedMail: { [person.key]: person } });
    expect(autoReply.outcome).toBe('ignored');
    // The team's reply quotes the summary (and its subject says "automatic replies"): read as machine
    // mail by its wording, it is still the team's command.
    const plan = h.receive(await teamReply('open 1 deletion', summary?.messageId as string, { messageId: 'team-open@example.test' }), byWording('automated wording (learned model)', 'automatic, replies'), { rescuedMail: { [person.key]: person } });
    expect(plan.outcome).toBe('team_command');
    const opened = Object.values(h.db.cases);
    expect(opened).toHaveLength(1);
    expect(opened[0]?.labels).toEqual(['deletion']);
    // The legal clock runs from Monday's receipt, not from the team's reply.
    expect(opened[0]?.receivedAt.slice(0, 10)).toBe('2026-03-02');
    const answers = h.takeNew();
    expect(answers.some((item) => item.templateId === 'acknowledgement' && item.to.some((to) => to.address === 'robin@example.net'))).toBe(true);
    expect(isOpenable(h.db.messages['robin-1@example.net'] as never)).toBe(false);
  });

  it("a voicemail set aside is opened only for the caller the team names, with the summary's number kept in the example", async () => {
    const h = await Harness.create();
    const transcript = await mail({ from: 'Front Desk PBX <voicemail@pbx.example.net>', subject: 'Voicemail from +1 555 0142', body: 'You have a new voicemail from +1 555 0142.\n\nDuration: 00:31\n\nTranscription:\n"Hi, it is Lou, call me back about Thursday."', messageId: 'vm-9@pbx.example.net' });
    h.receive(transcript, verdict(['other'], { automated: { kind: 'auto_reply', reason: 'voicemail or fax notice', relayed: true }, evidence: [{ label: 'automated', phrase: 'voicemail or fax notice: You have a new voicemail', where: 'body' }] }));
    h.now = TUESDAY;
    applyChanges(h.db, planDailySummaries(h.db, h.lifecycleContext(), { 'vm-9@pbx.example.net': { from: 'Front Desk PBX <voicemail@pbx.example.net>', subject: transcript.subject, text: transcript.newText } }, MACHINE_SUMMARY));
    const [summary] = h.takeNew();
    expect(summary?.templateId).toBe('team-machine-summary');

    h.receive(await teamReply('open 1 deletion', summary?.messageId as string, { messageId: 'team-vm-bare@example.test' }), verdict(['other']), { rescuedMail: { [transcript.key]: transcript } });
    expect(Object.keys(h.db.cases)).toEqual([]);
    const [refused, ...more] = h.takeNew();
    expect(more).toEqual([]);
    expect(refused?.to).toEqual([{ address: TEAM, name: '' }]);
    expect(refused?.body.text).toContain('"open 1 deletion for name@example.org"');

    h.receive(await teamReply('open 1 deletion for lou.marsh@example.org', summary?.messageId as string, { messageId: 'team-vm@example.test' }), verdict(['other']), { rescuedMail: { [transcript.key]: transcript } });
    expect(Object.values(h.db.cases).map((record) => record.requester.address)).toEqual(['lou.marsh@example.org']);
    expect(h.takeNew().flatMap((item) => item.to.map((to) => to.address)).filter((address) => address !== TEAM)).toEqual(['lou.marsh@example.org']);
  });

  it('takes a team reply without commands, read as machine mail by its wording, for machine mail', async () => {
    const h = await Harness.create();
    const notice = await mail({ from: 'Ana <ana@example.com>', subject: 'parking', body: 'Is there parking near the clinic?', messageId: 'ana-1@example.com' });
    h.receive(notice, verdict(['other']));
    const [teamNotice] = h.takeNew();
    const plan = h.receive(await teamReply('I am out of the office until Monday.', teamNotice?.messageId as string, { messageId: 'team-away@example.test' }), byWording('out-of-office text', 'I am out of the office'));
    expect(plan.outcome).toBe('ignored');
    expect(h.takeNew()).toEqual([]);
  });

  it('shows in list --passed-over with what it was read as', async () => {
    const h = await Harness.create();
    h.receive(await mail({ from: 'Robin <robin@example.net>', subject: 'x', body: 'Ticket received.', messageId: 'r-2@example.net' }), byWording('help-desk acknowledgement', 'Ticket received'));
    h.receive(await mail({ from: 'Desk <desk@vendor.example>', subject: 'Auto: away', body: 'I am out of the office.', messageId: 'hdr-2@vendor.example' }), byHeaders);
    const rows = await listPassedOver({ dataDir: '/nonexistent', maxMessageBytes: 1_000_000, timeZone: 'UTC', now: TUESDAY, days: 30 }, h.db);
    expect(rows.map((row) => [row.key, row.readAsMachine])).toEqual([['r-2@example.net', 'help-desk acknowledgement: Ticket received']]);
  });
});
