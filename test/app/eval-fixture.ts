import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Classifier, Label, Verdict } from '../../src/types.js';

/**
 * A small corpus in the corpus/FORMAT.md format, in two files. By id, en-2 and fr-2 are held out
 * (splitOf), the rest are train.
 */
export const CORPUS_A = `# test corpus, file a
=== en-1
labels: deletion, opt_out
primary: deletion
lang: en
auto: no
style: one-liner, typo
from: Dana Lee <dana.lee@example.net>
subject: pls delete
--- text
hi can u delete my acount and stop the emails thx
=== en-2
labels: opt_out
primary: opt_out
lang: en
auto: no
style: formal
subject: Unsubscribe
--- text
Please remove me from your marketing list.
=== en-3
labels: complaint
primary: complaint
lang: en
auto: no
style: rambling, angry
subject: This is unacceptable
--- text
You sent my test results to my employer and nobody has answered me for weeks.
`;

export const CORPUS_B = `=== de-1
labels: disclosure
primary: disclosure
lang: de
auto: no
style: phone
subject: Auskunft
--- text
Welche Daten haben Sie über mich gespeichert?
=== de-2
labels: correction
primary: correction
lang: de
auto: no
style: formal
subject: Berichtigung
--- text
Meine Adresse ist falsch, bitte berichtigen Sie sie.
=== fr-2
labels: other
primary: other
lang: fr
auto: yes
style: out-of-office
subject: Absence
--- html
<p>Je suis absente jusqu'au 12 mai.</p>
`;

/** Writes the corpus into a fresh temporary directory and returns it. */
export async function writeCorpus(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'eval-corpus-'));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'a.txt'), CORPUS_A);
  await writeFile(path.join(dir, 'b.txt'), CORPUS_B);
  return dir;
}

export function verdict(primary: Label, labels: Label[], language: string, automated = false): Verdict {
  return {
    primary,
    labels,
    language,
    confidence: 0.8,
    automated: automated ? { kind: 'auto_reply', reason: 'test' } : null,
    agent: false,
    evidence: [],
    classifiedBy: 'rules',
  };
}

/**
 * What the fake classifier answers per corpus id: en-3 is wrong (other for a complaint), de-1 adds a
 * deletion to a right disclosure, de-2 gets the language wrong; the rest are right.
 */
export const ANSWERS: Record<string, Verdict> = {
  'en-1': verdict('deletion', ['deletion', 'opt_out'], 'en'),
  'en-2': verdict('opt_out', ['opt_out'], 'en'),
  'en-3': verdict('other', ['other'], 'en'),
  'de-1': verdict('disclosure', ['disclosure', 'deletion'], 'de'),
  'de-2': verdict('correction', ['correction'], 'en'),
  'fr-2': verdict('other', ['other'], 'fr', true),
};

/** Answers by the corpus id in the Message-ID (corpusEntryToMime); anything else is a French opt-out. */
export function fakeClassifier(onClassify: (id: string) => void = () => {}): Classifier {
  return {
    classify: async (mail) => {
      const id = /^<?([\w-]+)@corpus\.example>?$/.exec(mail.messageId ?? '')?.[1] ?? '';
      onClassify(id);
      return ANSWERS[id] ?? verdict('opt_out', ['opt_out'], 'fr');
    },
  };
}
