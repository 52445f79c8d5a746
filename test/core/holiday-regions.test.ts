import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holidayRegionsOfLibrary, holidayRegionsSource } from '../../scripts/holiday-regions.js';
import { HOLIDAY_REGIONS } from '../../src/core/deadlines/holiday-regions.js';
import { isKnownHolidayRegion } from '../../src/core/deadlines/holidays.js';

/** HOLIDAY_REGION is checked against a list made from date-holidays, so start-up need not load its tables. */
describe('holiday regions', () => {
  it('are exactly the countries and states the installed date-holidays knows (else run scripts/holiday-regions.ts)', () => {
    const version = (JSON.parse(readFileSync(new URL('../../node_modules/date-holidays/package.json', import.meta.url), 'utf8')) as { version: string }).version;
    expect(HOLIDAY_REGIONS).toEqual(holidayRegionsOfLibrary());
    expect(readFileSync(new URL('../../src/core/deadlines/holiday-regions.ts', import.meta.url), 'utf8')).toBe(holidayRegionsSource(holidayRegionsOfLibrary(), version));
  });

  it('accept a known country or COUNTRY-STATE, as written in the library, and nothing else', () => {
    for (const region of ['US', 'US-CA', 'DE', 'DE-BY', 'GB-ENG', 'AD-07']) expect(isKnownHolidayRegion(region)).toBe(true);
    for (const region of ['', 'XX', 'US-XX', 'us-ca', 'constructor', 'toString-x', 'GB-ENGX']) expect(isKnownHolidayRegion(region)).toBe(false);
  });
});
