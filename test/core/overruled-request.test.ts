import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, mail, TEAM, teamReply, verdict } from './lifecycle-harness.js';

/** A clinic newsletter that lists people's rights: the rules read requests, the model reads none. */
function newsletter() {
  return mail({
    from: 'Praxis Linde <news@praxis-linde.example>',
    subject: 'Frühjahr bei Praxis Linde',
    body: 'Liebe Patientinnen und Patienten,\n\nab Mai haben wir neue Sprechzeiten.\n\nSie haben jederzeit das Recht auf Auskunft über Ihre Daten und auf deren Löschung.\n\nIhr Praxisteam',
    messageId: 'news-1@praxis-linde.example',
  });
}

describe('a request the rules read and the model overruled', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.create();
  });

  it('is never answered, and the team is told what the rules read and how to make it a case', async () => {
    const letter = await newsletter();
    h.receive(letter, verdict(['other'], { confidence: 0.45, disputed: true, overruled: ['disclosure', 'deletion'] }));
    const sent = h.takeNew();
    expect(sent.map((item) => item.to.map((to) => to.address))).toEqual([[TEAM]]);
    const [notice] = sent;
    expect(notice?.templateId).toBe('team-notice');
    expect(notice?.subject).toContain('perhaps a privacy request');
    expect(notice?.body.text).toContain('the rules read as a request (disclosure, deletion)');
    expect(notice?.body.text).toContain('reply "open disclosure deletion"');
    expect(h.db.messages[letter.key]).toMatchObject({ status: 'ignored', caseId: null });

    // One reply makes it a case after all, acknowledged to the sender, its clock from the mail's arrival.
    const command = await teamReply('open deletion', notice!.messageId, { messageId: 'team-open-overruled@example.test', date: '2026-03-04T09:00:00.000Z' });
    h.receive(command, verdict(['other']), { now: '2026-03-04T09:05:00.000Z', rescuedMail: { [letter.key]: letter } });
    expect(h.case()).toMatchObject({ labels: ['deletion'], requester: { address: 'news@praxis-linde.example' } });
    expect(h.takeNew().filter((item) => item.templateId === 'acknowledgement').map((item) => item.to[0]?.address)).toEqual(['news@praxis-linde.example']);
  });

  it('where one request stays and another was overruled, the case names the overruled one and the command that adds it', async () => {
    const letter = await mail({
      from: 'Jo Meyer <jo.meyer@example.net>',
      subject: 'Kopie meiner Daten',
      body: 'Bitte schicken Sie mir eine Kopie meiner Daten. Ihre Newsletter lese ich gern, die Löschung meines Kontos ist kein Thema.',
      messageId: 'partial-1@example.net',
    });
    h.receive(letter, verdict(['disclosure'], { confidence: 0.45, disputed: true, overruled: ['deletion'] }));
    expect(h.case()).toMatchObject({ labels: ['disclosure'] });
    const escalation = h.takeNew().find((item) => item.templateId === 'team-escalation');
    expect(escalation?.body.text).toContain('the rules also read');
    expect(escalation?.body.text).toContain('reply "reclassify disclosure deletion"');
  });

  it('a plain "not a request" keeps its own notice', async () => {
    h.receive(await newsletter(), verdict(['other'], { confidence: 0.9 }));
    const [notice] = h.takeNew();
    expect(notice?.subject).toContain('not a privacy request');
    expect(notice?.body.text).not.toContain('the rules read as a request');
  });

  it("a request for another adult with no authority named: the team answers it, told who it is about and how to open it", async () => {
    const letter = await mail({
      from: 'Rainer K <rainer.k@example.de>',
      subject: 'Daten meiner Frau',
      body: 'Guten Abend, meine Frau nutzt Ihre Online-Therapie. Ich möchte sehen, was die Therapeutin über sie notiert hat.',
      messageId: 'spouse-1@example.de',
    });
    h.receive(letter, verdict(['other'], { confidence: 0.45, overruled: ['disclosure'], forAnotherAdult: 'meine Frau' }));
    const sent = h.takeNew();
    expect(sent.map((item) => item.to.map((to) => to.address))).toEqual([[TEAM]]);
    const [notice] = sent;
    expect(notice?.subject).toContain("a request about another adult's data");
    expect(notice?.body.text).toContain('the writer speaks of "meine Frau"');
    expect(notice?.body.text).toContain('reply "open disclosure"');
    expect(notice?.body.text).not.toContain('the model is all but sure');
    expect(h.db.messages[letter.key]).toMatchObject({ status: 'ignored', caseId: null });
  });
});

