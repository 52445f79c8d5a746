import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { MaildirWorld, requestMail } from './lifecycle-support.js';

describe('the team rescues passed-over mail from the shell', () => {
  it('list --passed-over shows it with its key; open --labels makes it a case with the clock from its receipt', async () => {
    const world = new MaildirWorld(await mkdtemp(path.join(tmpdir(), 'pi-rescue-')));
    await world.deliver(requestMail({ from: 'Jo Park <jo@example.net>', subject: 'your app', body: 'hi, saw my name in something of yours. not sure what to make of it, can we talk?', messageId: 'jo-1@example.net' }));
    await world.run();
    const notices = (await world.newMail()).filter((mail) => world.templateOf(mail) === 'team-notice');
    // Vague on purpose: it asks for nothing the bot can name, so the bot passes it to the team rather than guess.
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toContain("privacy-inbox open 'jo-1@example.net'");

    world.now = '2026-03-04T17:00:00Z';
    const listed = await runCli(['list', '--passed-over', '--json'], world.env());
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ key: 'jo-1@example.net', receivedOn: '2026-03-02', from: 'jo@example.net', subject: 'your app' })]);

    const opened = await runCli(['open', 'jo-1@example.net', '--labels', 'opt-out', 'delete', '--by', 'sam'], world.env());
    expect(opened.stderr).toBe('');
    expect(opened.stdout).toContain('Opened PR-2026-0001 (clock from 2026-03-02');
    const [ack] = (await world.newMail()).filter((mail) => world.templateOf(mail) === 'acknowledgement');
    expect(ack?.to).toEqual(['jo@example.net']);
    expect(ack?.inReplyTo).toBe('jo-1@example.net');
    const shown = await world.show('PR-2026-0001');
    expect(shown).toMatchObject({ labels: ['opt_out', 'deletion'], receivedAt: '2026-03-02T17:00:00.000Z' });
    expect(shown.events.find((event) => event.type === 'opened_by_team')?.by).toBe('sam');

    // The same mail cannot be opened twice, and passed-over no longer lists it.
    const again = await runCli(['open', 'jo-1@example.net', '--labels', 'deletion'], world.env());
    expect(again.code).toBe(3); // refused
    expect(again.stdout).toContain('already belongs to case PR-2026-0001');
    expect(JSON.parse((await runCli(['list', '--passed-over', '--json'], world.env())).stdout)).toEqual([]);
  });

  it("open refuses to acknowledge a phone system's voicemail transcript, and --for answers the caller instead", async () => {
    const world = new MaildirWorld(await mkdtemp(path.join(tmpdir(), 'pi-rescue-vm-')));
    const body = 'Sie haben eine neue Sprachnachricht von +49 30 5550100.\n\nDauer: 0:41\nPostfach: Empfang\n\nTranskription:\n"Ja hallo, hier ist Mira Lenz, ich möchte bitte, dass Sie alle meine Daten löschen. Danke."';
    await world.deliver(requestMail({ from: 'Telefonanlage <voicemail@pbx.example.de>', subject: 'Neue Sprachnachricht von +49 30 5550100', body, messageId: 'vm-7@pbx.example.de' }));
    await world.run();
    const delivered = await world.newMail();
    expect(delivered.map((mail) => world.templateOf(mail))).toEqual(['team-notice']);
    expect(delivered[0]?.text).toContain('for name@example.org');

    world.now = '2026-03-04T17:00:00Z';
    const bare = await runCli(['open', 'vm-7@pbx.example.de', '--labels', 'deletion'], world.env());
    expect(bare.code).toBe(3);
    expect(bare.stdout).toContain("relays someone else's words");
    expect(bare.stdout).toContain('--for <address>');
    expect(await world.newMail()).toEqual([]);

    const named = await runCli(['open', 'vm-7@pbx.example.de', '--labels', 'deletion', '--for', 'mira.lenz@example.de'], world.env());
    expect(named.stderr).toBe('');
    expect(named.stdout).toContain('Opened PR-2026-0001');
    const sent = await world.newMail();
    expect(sent.map((mail) => [world.templateOf(mail), mail.to])).toEqual([['acknowledgement', ['mira.lenz@example.de']]]);
    expect((await world.show('PR-2026-0001')).requester).toContain('mira.lenz@example.de');
  });
});
