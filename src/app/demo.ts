import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

const SAMPLES: Array<{ from: string; subject: string; body: string }> = [
  { from: 'Dana Reyes <dana.reyes@example.net>', subject: 'Please delete my account', body: 'Hi,\n\nI no longer use your app. Please delete my account and all the data you have about me, and stop sharing it.\n\nThanks,\nDana' },
  { from: 'Sam Okafor <sam.okafor@example.org>', subject: 'What data do you have on me?', body: 'Hello,\n\nUnder the CCPA I would like to know what personal information you have collected about me and get a copy of it.\n\nSam Okafor' },
  { from: 'Lucía Martín <lucia.martin@example.es>', subject: 'No vendan mis datos', body: 'Hola,\n\nNo quiero que vendan ni compartan mis datos personales. Por favor, denme de baja de la publicidad.\n\nLucía' },
];

/** Writes sample requests into a Maildir's new/ the way a delivery agent would (tmp/ then rename). */
export async function seedDemoRequests(maildir: string, privacyAddress: string): Promise<number> {
  for (const sub of ['new', 'cur', 'tmp']) await mkdir(path.join(maildir, sub), { recursive: true, mode: 0o700 });
  const stamp = Date.now();
  for (const [index, sample] of SAMPLES.entries()) {
    const name = `${stamp}.demo${index}.privacy-inbox`;
    const raw = [
      `From: ${sample.from}`,
      `To: ${privacyAddress}`,
      `Subject: ${sample.subject}`,
      `Date: ${new Date(stamp + index * 1000).toUTCString()}`,
      `Message-ID: <demo-${stamp}-${index}@example.net>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      sample.body,
      '',
    ].join('\r\n');
    await writeFile(path.join(maildir, 'tmp', name), raw, { mode: 0o600 });
    await rename(path.join(maildir, 'tmp', name), path.join(maildir, 'new', name));
  }
  return SAMPLES.length;
}
