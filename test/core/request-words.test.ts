import { describe, expect, it } from 'vitest';
import { confirmationWord, describeForTeam, describeRequests, isTemplateLanguage, localizeDataPoint, TEMPLATE_LANGUAGES, templateLanguage } from '../../src/core/request-words.js';
import { LABELS } from '../../src/types.js';

describe('templateLanguage', () => {
  it.each([
    ['en', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['de', 'de'],
    ['de_AT', 'de'],
    ['FR', 'fr'],
    ['pt-BR', 'pt'],
    ['it', 'it'],
    ['nl-BE', 'nl'],
    ['pl', 'en'],
    ['ja', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ] as const)('%s -> %s', (code, expected) => {
    expect(templateLanguage(code)).toBe(expected);
  });

  it('knows exactly the seven languages we write', () => {
    expect([...TEMPLATE_LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    expect(isTemplateLanguage('nl')).toBe(true);
    expect(isTemplateLanguage('nl-BE')).toBe(false);
    expect(isTemplateLanguage('pl')).toBe(false);
  });
});

describe('describeRequests', () => {
  it.each(TEMPLATE_LANGUAGES)('%s: every label has its own plain words', (lang) => {
    const words = describeRequests(LABELS, lang);
    expect(words).toHaveLength(LABELS.length);
    expect(new Set(words).size).toBe(LABELS.length);
    for (const phrase of words) expect(phrase.trim().length).toBeGreaterThan(10);
  });

  it('speaks about the child, not the reporter, for a child report', () => {
    expect(describeRequests(['child_data'])).toEqual(['to delete any information about the child that we may have collected']);
    expect(describeRequests(['child_data'], 'de')[0]).toContain('das Kind');
    expect(describeRequests(['child_data'], 'fr')[0]).toContain("l'enfant");
    expect(describeRequests(['child_data'], 'nl')[0]).toContain('het kind');
  });

  it('keeps the wording the lifecycle tests rely on', () => {
    expect(describeRequests(['deletion'])).toEqual(['to delete your personal information']);
    expect(describeRequests(['deletion'], 'es')).toEqual(['que eliminemos su información personal']);
  });

  it('keeps team words separate from requester words', () => {
    expect(describeForTeam('child_data')).toContain('parental consent');
  });
});

describe('confirmationWord', () => {
  it('is one capitalised word per language', () => {
    expect(Object.fromEntries(TEMPLATE_LANGUAGES.map((lang) => [lang, confirmationWord(lang)]))).toEqual({
      en: 'DELETE',
      es: 'BORRAR',
      de: 'LÖSCHEN',
      fr: 'SUPPRIMER',
      pt: 'APAGAR',
      it: 'CANCELLARE',
      nl: 'VERWIJDEREN',
    });
  });
});

describe('localizeDataPoint', () => {
  it.each([
    ['full name', 'de', 'Vollständiger Name'],
    ['phone number', 'fr', 'numéro de téléphone'],
    ['phone', 'nl', 'telefoonnummer'],
    ['date of your last appointment', 'es', 'fecha de su última cita'],
    ['last appointment', 'it', 'data del suo ultimo appuntamento'],
    ['date of birth', 'pt', 'data de nascimento'],
    ['postal address', 'de', 'Postanschrift'],
    ['email address', 'nl', 'e-mailadres'],
    ['  Your Phone Number. ', 'es', 'Número de teléfono'],
    ['E-mail', 'fr', 'Adresse e-mail'],
  ] as const)('%s in %s -> %s', (point, lang, expected) => {
    expect(localizeDataPoint(point, lang)).toBe(expected);
  });

  it('passes English and anything it does not know through unchanged', () => {
    expect(localizeDataPoint('date of your last appointment', 'en')).toBe('date of your last appointment');
    expect(localizeDataPoint('loyalty card number', 'de')).toBe('loyalty card number');
    expect(localizeDataPoint('name of your therapist', 'fr')).toBe('name of your therapist');
  });
});
