import MailComposer from 'nodemailer/lib/mail-composer/index.js';

/** Request texts in the shapes real privacy@ mail takes: rights requests, opt-outs, complaints, agents, noise. */
const TEMPLATES: Array<{ subject: string; text: string; headers?: Record<string, string> }> = [
  { subject: 'Please delete my data', text: 'Hello,\n\nunder GDPR Article 17 I ask you to erase all personal data you hold about me, including my patient portal account.\n\nThank you' },
  { subject: 'Data access request', text: 'Hi,\n\nI would like a copy of all the personal information you have about me (Art. 15 GDPR / CCPA right to know). Please include where you got it and who you shared it with.\n\nRegards' },
  { subject: 'Unsubscribe', text: 'Stop sending me marketing emails and do not sell or share my personal information.\n\nThanks' },
  { subject: 'Wrong address on file', text: 'Hello, my postal address in your records is out of date. Please correct it to 12 Harbour Road, Springfield.\n\nBest' },
  { subject: 'Complaint about my data', text: 'I am very unhappy that you sent my appointment details to my old employer. I want to know how this happened and I may complain to the regulator.' },
  { subject: 'Request on behalf of my mother', text: 'Dear privacy team,\n\nI am the authorized agent for my mother and attach a signed power of attorney. She asks you to delete her account and all records.\n\nKind regards' },
  { subject: 'Löschung meiner Daten', text: 'Sehr geehrte Damen und Herren,\n\nbitte löschen Sie gemäß Art. 17 DSGVO alle meine personenbezogenen Daten.\n\nMit freundlichen Grüßen' },
  { subject: 'Demande de suppression', text: 'Bonjour,\n\nje vous demande de supprimer toutes mes données personnelles conformément au RGPD.\n\nCordialement' },
  { subject: 'Automatic reply: Your appointment', text: 'I am out of the office until Monday and will reply when I am back.', headers: { 'Auto-Submitted': 'auto-replied' } },
  { subject: 'Question about my child', text: 'My son is 12 and signed up for your app without my permission. Please delete his account and any data about him.' },
];

const FILLER =
  'I have been a customer for several years and used the online booking, the newsletter and the mobile app. ' +
  'Please make sure this also covers any copies held by your vendors and backups. ';

export interface BacklogMail {
  raw: Buffer;
  messageId: string;
}

/**
 * The `index`-th synthetic request: multipart/alternative (text + HTML) like most mail clients
 * send, about 3-5 kB, each with a unique Message-ID and a distinct sender name.
 */
export async function buildBacklogMail(index: number, from: string, to: string, runId: string): Promise<BacklogMail> {
  const template = TEMPLATES[index % TEMPLATES.length] as (typeof TEMPLATES)[number];
  const messageId = `bench-${runId}-${index}@example.test`;
  const text = `${template.text}\n\n${FILLER.repeat(1 + (index % 4))}\nReference ${index}`;
  const html = `<html><body>${text
    .split('\n\n')
    .map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('')}</body></html>`;
  const composer = new MailComposer({
    from: { name: `Customer ${index}`, address: from },
    to,
    subject: `${template.subject} (#${index})`,
    text,
    html,
    messageId: `<${messageId}>`,
    date: new Date(Date.UTC(2026, 2, 2, 8, 0, index % 3600)),
    ...(template.headers ? { headers: template.headers } : {}),
  });
  return { raw: await composer.compile().build(), messageId };
}
