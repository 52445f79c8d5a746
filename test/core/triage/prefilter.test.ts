import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldCase } from '../../../src/core/triage/fold-case.js';
import { ALL_RULES } from '../../../src/core/triage/lexicon/index.js';
import { createLiteralScanner } from '../../../src/core/triage/literal-scan.js';
import { createPrefilter } from '../../../src/core/triage/prefilter.js';
import { requiredLiterals } from '../../../src/core/triage/required-literals.js';

describe('requiredLiterals', () => {
  it('names the words a pattern cannot match without, folded as the i flag folds', () => {
    expect(requiredLiterals(/(?<![a-z])please\s+(?:delete|erase)\s+my/gi)).toEqual(expect.arrayContaining([['PLEASE'], ['DELETE', 'ERASE'], ['MY']]));
  });

  it('keeps optional parts and classes out of what is required', () => {
    const needs = requiredLiterals(/(?:kindly )?remove[sd]? (?:me)?/gi).flat();
    expect(needs).not.toContain('KINDLY ');
    expect(needs.some((literal) => literal.startsWith('REMOVE'))).toBe(true);
  });

  it('requires nothing it cannot vouch for: case-sensitive, u-flag and branch-without-literal patterns', () => {
    expect(requiredLiterals(/delete/g)).toEqual([]);
    expect(requiredLiterals(/delete/giu)).toEqual([]);
    expect(requiredLiterals(/delete|\d+/gi)).toEqual([]);
  });
});

describe('createLiteralScanner', () => {
  it('finds overlapping literals in one pass, ignoring case', () => {
    const found = createLiteralScanner(['DATA', 'MY DATA', 'ATA', 'X']).scan('Delete My Data now');
    expect([...found]).toEqual([1, 1, 1, 0]);
  });

  it('folds Greek final sigma like the i flag does', () => {
    expect(/σ/i.test('ς')).toBe(true);
    expect([...createLiteralScanner([foldCase('διαγραφησ')]).scan('ΔΙΑΓΡΑΦΗΣ και διαγραφης')]).toEqual([1]);
  });
});

describe('the rule prefilter', () => {
  it('never rules out a pattern that matches (every rule over the fixture mail and tricky spellings)', async () => {
    const dir = path.resolve('test/fixtures/mail');
    const texts = await Promise.all((await readdir(dir)).filter((file) => file.endsWith('.eml')).map((file) => readFile(path.join(dir, file), 'utf8')));
    texts.push(
      'PLEASE DELETE MY ACCOUNT',
      'Ich bitte um LÖSCHUNG meiner Daten gemäß Art. 17 DSGVO',
      'ΔΙΑΓΡΑΦΗ των δεδομένων μου',
      'Request type: Deletion',
      'stop',
      'Quiero que BORREN mis datos personales',
      'Não quero receber mais e-mails',
    );
    const prefilter = createPrefilter(ALL_RULES.map((rule) => rule.pattern));
    let checked = 0;
    for (const text of texts) {
      const possible = prefilter.possible(text);
      ALL_RULES.forEach((rule, index) => {
        rule.pattern.lastIndex = 0;
        const matches = rule.pattern.test(text);
        rule.pattern.lastIndex = 0;
        if (matches) {
          checked += 1;
          expect(possible[index], `rule ${index} ${rule.pattern.source.slice(0, 80)}`).toBe(true);
        }
      });
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('says possible exactly when every required set has a literal in the text, text after text', async () => {
    const dir = path.resolve('test/fixtures/mail');
    const texts = await Promise.all((await readdir(dir)).filter((file) => file.endsWith('.eml')).map((file) => readFile(path.join(dir, file), 'utf8')));
    texts.push('', 'Hi, can you reset my password?', 'PLEASE DELETE MY ACCOUNT', 'Bitte LÖSCHEN Sie meine Daten', 'ΔΙΑΓΡΑΦΗ των δεδομένων μου');
    const patterns = ALL_RULES.map((rule) => rule.pattern);
    const needs = patterns.map((pattern) => requiredLiterals(pattern));
    const prefilter = createPrefilter(patterns);
    let possibleSeen = 0;
    let impossibleSeen = 0;
    // Twice over: the prefilter reuses its scratch memory from one text to the next.
    for (const text of [...texts, ...texts]) {
      const folded = foldCase(text);
      const expected = needs.map((sets) => sets.every((anyOf) => anyOf.some((literal) => folded.includes(literal))));
      const possible = prefilter.possible(text);
      expect(possible).toEqual(expected);
      possibleSeen += expected.filter(Boolean).length;
      impossibleSeen += expected.filter((value) => !value).length;
    }
    expect(possibleSeen).toBeGreaterThan(100);
    expect(impossibleSeen).toBeGreaterThan(100);
  });

  it('rules out most patterns for ordinary mail', () => {
    const possible = createPrefilter(ALL_RULES.map((rule) => rule.pattern)).possible('Hi, can you reset my password? Thanks, Sam');
    expect(possible.filter(Boolean).length).toBeLessThan(ALL_RULES.length / 4);
  });
});
