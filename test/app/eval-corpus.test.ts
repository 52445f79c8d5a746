import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEvalReport } from '../../src/app/eval-report.js';
import { HARD_STYLES, runEval } from '../../src/app/eval.js';
import { splitOf } from '../../src/core/corpus/format.js';
import { fakeClassifier } from './eval-fixture.js';
import { writeCorpus } from './eval-fixture.js';

let corpus: string;
beforeAll(async () => {
  corpus = await writeCorpus();
});
afterAll(async () => {
  await rm(corpus, { recursive: true, force: true });
});

describe('runEval on corpus text files', () => {
  it('the fixture ids fall where the tests expect them (en-2 and fr-2 held out)', () => {
    expect(['en-1', 'en-2', 'en-3', 'de-1', 'de-2', 'fr-2'].filter((id) => splitOf(id) === 'heldout')).toEqual(['en-2', 'fr-2']);
  });

  it('scores the whole set: classes, exact match, primary, language, automated and mistakes', async () => {
    const report = await runEval([corpus], fakeClassifier());
    expect(report.messages).toBe(6);
    expect(report.filteredOut).toBe(0);
    expect(report.exactMatch).toBeCloseTo(4 / 6);
    expect(report.primaryAccuracy).toBeCloseTo(5 / 6);
    expect(report.languageAccuracy).toBeCloseTo(5 / 6);
    expect(report.automated).toMatchObject({ support: 1, predicted: 1, precision: 1, recall: 1 });
    expect(report.perClass.deletion).toMatchObject({ support: 1, predicted: 2, truePositives: 1 });
    expect(report.confusion.complaint.other).toBe(1);
    expect(report.mistakeCount).toBe(2);
    expect(report.mistakes.map((mistake) => [mistake.id, mistake.origin])).toEqual([
      ['en-3', 'a.txt:21'],
      ['de-1', 'b.txt:1'],
    ]);
  });

  it('gives macro-F1 (over the classes seen in the row), exact match and primary accuracy per language', async () => {
    const { perLanguage } = await runEval([corpus], fakeClassifier());
    expect(Object.keys(perLanguage)).toEqual(['en', 'de', 'fr']);
    // en: deletion 1, opt_out 1, complaint missed 0, other invented 0.
    expect(perLanguage.en).toEqual({ messages: 3, macroF1: 0.5, exactMatch: 2 / 3, primaryAccuracy: 2 / 3 });
    // de: disclosure 1, deletion invented 0, correction 1.
    expect(perLanguage.de?.messages).toBe(2);
    expect(perLanguage.de?.macroF1).toBeCloseTo(2 / 3);
    expect(perLanguage.de).toMatchObject({ exactMatch: 0.5, primaryAccuracy: 1 });
    expect(perLanguage.fr).toEqual({ messages: 1, macroF1: 1, exactMatch: 1, primaryAccuracy: 1 });
  });

  it('counts an entry under each of its style tags', async () => {
    const { perStyle } = await runEval([corpus], fakeClassifier());
    expect(perStyle.formal).toEqual({ messages: 2, macroF1: 1, exactMatch: 1, primaryAccuracy: 1 });
    expect(perStyle['one-liner']).toEqual({ messages: 1, macroF1: 1, exactMatch: 1, primaryAccuracy: 1 });
    expect(perStyle.typo).toEqual(perStyle['one-liner']);
    expect(perStyle.rambling).toEqual({ messages: 1, macroF1: 0, exactMatch: 0, primaryAccuracy: 0 });
    expect(perStyle.angry).toEqual(perStyle.rambling);
    expect(perStyle.phone).toEqual({ messages: 1, macroF1: 0.5, exactMatch: 0, primaryAccuracy: 1 });
    expect(Object.keys(perStyle)[0]).toBe('formal');
  });

  it('scores the hard part (any hard tag) apart from the rest', async () => {
    const { hardPart } = await runEval([corpus], fakeClassifier());
    expect(hardPart.styles).toEqual([...HARD_STYLES]);
    // en-1, en-3 and de-1: deletion 2/3 (one invented), opt_out 1, disclosure 1, complaint 0, other 0.
    expect(hardPart.hard.messages).toBe(3);
    expect(hardPart.hard.macroF1).toBeCloseTo(8 / 15);
    expect(hardPart.hard.exactMatch).toBeCloseTo(1 / 3);
    expect(hardPart.hard.primaryAccuracy).toBeCloseTo(2 / 3);
    expect(hardPart.rest).toEqual({ messages: 3, macroF1: 1, exactMatch: 1, primaryAccuracy: 1 });
  });

  it('keeps one split or the entries with a style tag, and counts the rest as filtered out', async () => {
    const seen: string[] = [];
    const heldout = await runEval([corpus], fakeClassifier((id) => seen.push(id)), { split: 'heldout' });
    expect(seen).toEqual(['en-2', 'fr-2']);
    expect(heldout).toMatchObject({ messages: 2, filteredOut: 4, split: 'heldout', exactMatch: 1 });
    const train = await runEval([corpus], fakeClassifier(), { split: 'train' });
    expect(train).toMatchObject({ messages: 4, filteredOut: 2 });
    const styled = await runEval([corpus], fakeClassifier(), { styles: ['formal', 'phone'] });
    expect(styled).toMatchObject({ messages: 3, filteredOut: 3, styleFilter: ['formal', 'phone'] });
    const both = await runEval([corpus], fakeClassifier(), { split: 'train', styles: ['formal'] });
    expect(both.messages).toBe(1);
  });

  it('reads single corpus files and labels.json directories together; labels.json mail ignores the split', async () => {
    const labelled = await mkdtemp(path.join(tmpdir(), 'eval-labelled-'));
    try {
      await copyFile(path.resolve('test/fixtures/mail/fr-optout.eml'), path.join(labelled, 'fr-optout.eml'));
      await writeFile(path.join(labelled, 'labels.json'), JSON.stringify({ 'fr-optout.eml': { primary: 'opt_out', labels: ['opt_out'], language: 'fr', auto_reply: false } }));
      const report = await runEval([labelled, path.join(corpus, 'a.txt')], fakeClassifier(), { split: 'heldout' });
      expect(report.messages).toBe(2);
      expect(report.perLanguage.fr).toMatchObject({ messages: 1, exactMatch: 1 });
      expect(report.perStyle).toEqual({ formal: { messages: 1, macroF1: 1, exactMatch: 1, primaryAccuracy: 1 } });
      const styled = await runEval([labelled, corpus], fakeClassifier(), { styles: ['formal'] });
      expect(styled).toMatchObject({ messages: 2, filteredOut: 5 });
    } finally {
      await rm(labelled, { recursive: true, force: true });
    }
  });

  it('lists at most maxMistakes mistakes and still counts them all', async () => {
    const report = await runEval([corpus], fakeClassifier(), { maxMistakes: 1 });
    expect(report.mistakeCount).toBe(2);
    expect(report.mistakes.map((mistake) => mistake.id)).toEqual(['en-3']);
    expect(formatEvalReport(report)).toContain('mistakes (1 of 2; --mistakes N lists more)');
  });

  it('times classify calls only, with the first call (setup) apart', async () => {
    let wallMs = 0;
    let cpuMicros = 0;
    let calls = 0;
    const slowFirst = fakeClassifier(() => {
      calls += 1;
      wallMs += calls === 1 ? 100 : 10;
      cpuMicros += calls === 1 ? 50_000 : 2_000;
    });
    const report = await runEval([corpus], slowFirst, { now: () => wallMs, cpuMicros: () => cpuMicros });
    expect(report.speed).toEqual({ loadMs: 0, classifyMs: 150, cpuMs: 60, firstCpuMs: 50, messagesPerSecond: 100, cpuMsPerMessage: 2 });
    expect(formatEvalReport(report)).toContain('100.0 messages/s, 2.00 ms CPU per message after the first (50 ms with setup)');
  });

  it('says nothing was classified when the filter leaves nothing', async () => {
    const report = await runEval([corpus], fakeClassifier(), { styles: ['no-such-style'] });
    expect(report.messages).toBe(0);
    expect(report.speed).toMatchObject({ firstCpuMs: null, messagesPerSecond: null, cpuMsPerMessage: null });
    expect(formatEvalReport(report)).toContain('speed: nothing classified');
  });

  it('prints the per-language, per-style and hard-part figures', async () => {
    const text = formatEvalReport(await runEval([corpus], fakeClassifier(), { model: 'rules' }));
    expect(text).toMatch(/^Evaluated 6 messages from .* \(model rules\)/);
    expect(text).toMatch(/hard part +3 messages: macro-F1 0\.533, exact match 0\.333, primary 0\.667; the other 3: 1\.000, 1\.000, 1\.000/);
    expect(text).toMatch(/\nen +3 +0\.500 +0\.667 +0\.667\n/);
    expect(text).toMatch(/\nphone \* +1 +0\.500 +0\.000 +1\.000\n/);
    expect(text).not.toMatch(/\nformal /);
    expect(text).toContain('(3 more tags on fewer than 3 messages each: see --json)');
    expect(text).toContain('  en-3: expected complaint [complaint], got other [other] @0.8 {rambling,angry}');
  });

  it('refuses a target with neither labels.json nor corpus files', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'eval-empty-'));
    try {
      await expect(runEval([empty], fakeClassifier())).rejects.toThrow(/neither labels\.json nor corpus/);
      await expect(runEval([path.join(empty, 'missing')], fakeClassifier())).rejects.toThrow(/nothing to evaluate/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
