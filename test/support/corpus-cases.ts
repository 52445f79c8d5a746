import { readFileSync } from 'node:fs';
import { corpusEntryToMime, parseCorpusFile, type CorpusEntry } from '../../src/core/corpus/format.js';
import { parseMail } from '../../src/io/mime.js';
import type { InboundMail } from '../../src/types.js';

export interface CorpusCase {
  /** The entry id, so a failing case names the line to look at in the corpus file. */
  name: string;
  entry: CorpusEntry;
  /** The entry as parsed mail, through the same MIME path as real mail. */
  mail: () => Promise<InboundMail>;
}

/**
 * The messages of one `corpus/written/` file as test cases. A malformed file throws instead of
 * quietly dropping entries, so a typo cannot shrink a test.
 */
export function corpusCases(file: string): CorpusCase[] {
  const source = readFileSync(new URL(`../../corpus/written/${file}`, import.meta.url), 'utf8');
  const { entries, problems } = parseCorpusFile(source, file);
  if (problems.length > 0) {
    throw new Error(`${file} is malformed:\n${problems.map((problem) => `${problem.origin}: ${problem.message}`).join('\n')}`);
  }
  return entries.map((entry) => ({
    name: `${entry.id}: ${entry.subject || '(no subject)'} -> ${entry.labels.join(', ')}`,
    entry,
    mail: () => parseMail(Buffer.from(corpusEntryToMime(entry)), { maxBytes: 100_000 }),
  }));
}
