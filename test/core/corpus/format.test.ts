import { describe, expect, it } from 'vitest';
import { corpusEntryToMime, parseCorpusFile, splitOf } from '../../../src/core/corpus/format.js';
import { parseMail } from '../../../src/io/mime.js';

const SAMPLE = `# a comment
=== t-0001
labels: deletion, opt_out
primary: deletion
lang: de
auto: no
style: one-liner, typo
from: Jürgen Groß <jg@example.net>
subject: Löschung bitte
--- text
bitte alles löschen
und keine Werbung mehr
=== t-0002
labels: other
lang: fr
auto: yes
style: out-of-office
subject:
--- html
<p>Je suis absente jusqu'au <b>12 mai</b>.</p>
`;

describe('corpus file format', () => {
  it('reads entries with their keys, body sections and styles', () => {
    const { entries, problems } = parseCorpusFile(SAMPLE, 'sample.txt');
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.id)).toEqual(['t-0001', 't-0002']);
    expect(entries[0]).toMatchObject({ labels: ['deletion', 'opt_out'], primary: 'deletion', language: 'de', automated: false, styles: ['one-liner', 'typo'], text: 'bitte alles löschen\nund keine Werbung mehr', html: null });
    expect(entries[1]).toMatchObject({ labels: ['other'], primary: 'other', automated: true, subject: '', text: null });
  });

  it('reports malformed entries with file and line, and never guesses a label', () => {
    const broken = '=== x-1\nlabels: deletion, opt-out\nlang: en\n--- text\nhi\n=== x-2\nlabels: other, deletion\nlang: en\n--- text\nhi\n=== x-3\nlabels: other\nlang: english\n--- text\nhi\n=== x-4\nlabels: deletion\nlang: en\nauto: yes\n--- text\nhi\n=== x-5\nlabels: deletion\nprimary: opt_out\nlang: en\n--- text\nhi\n';
    const { entries, problems } = parseCorpusFile(broken, 'broken.txt');
    expect(entries).toEqual([]);
    expect(problems.map((problem) => problem.origin)).toEqual(['broken.txt:1', 'broken.txt:6', 'broken.txt:11', 'broken.txt:16', 'broken.txt:22']);
    expect(problems[0]?.message).toContain('unknown label opt-out');
  });

  it('builds MIME that parses back to the same subject, sender and text, HTML-only included', async () => {
    const { entries } = parseCorpusFile(SAMPLE, 'sample.txt');
    const [plain, html] = await Promise.all(entries.map((entry) => parseMail(Buffer.from(corpusEntryToMime(entry)), { maxBytes: 1e6 })));
    expect(plain?.subject).toBe('Löschung bitte');
    expect(plain?.from).toEqual({ name: 'Jürgen Groß', address: 'jg@example.net' });
    expect(plain?.text).toContain('bitte alles löschen');
    expect(html?.text).toContain("Je suis absente jusqu'au 12 mai.");
  });

  it('holds one in five entries out, the same way on every run', () => {
    const ids = Array.from({ length: 2000 }, (_, at) => `id-${at}`);
    const heldout = ids.filter((id) => splitOf(id) === 'heldout').length;
    expect(heldout).toBeGreaterThan(330);
    expect(heldout).toBeLessThan(470);
    expect(ids.map(splitOf)).toEqual(ids.map(splitOf));
    expect(splitOf('w1-0001')).toBe(splitOf('w1-0001'));
  });
});
