import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addCalendarDays,
  addMonths,
  computeCaseClock,
  daysBetween,
  detectRegimes,
  endOfLocalDay,
  extendedEnd,
  holidayCheck,
  isoWeek,
  localDateOf,
  parseRegimeList,
  periodEnd,
  POLICY,
  REGIMES,
  ruleFor,
  weekday,
  workingDayOnOrBefore,
  verificationDueAt,
  type Regime,
} from '../../src/core/deadlines.js';
import type { Label } from '../../src/types.js';

const LA = 'America/Los_Angeles';
const dateArb = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));

function clock(receivedAt: string, labels: Label[], regimes: Regime[], promisedResponseDays: number | null = null, timeZone = LA) {
  return computeCaseClock({ receivedAt, labels, regimes, evidence: [], timeZone, promisedResponseDays, now: receivedAt });
}

describe('local calendar', () => {
  it.each([
    // [instant, zone, local date]: receipt is stored in UTC, counted on the business's calendar (doc section 2).
    ['2026-03-03T07:59:00Z', LA, '2026-03-02'],
    ['2026-03-03T08:00:00Z', LA, '2026-03-03'],
    ['2026-03-08T09:59:00Z', LA, '2026-03-08'], // the night the US springs forward
    ['2026-11-01T08:30:00Z', LA, '2026-11-01'], // the US falls back that morning
    ['2026-12-31T23:30:00Z', 'Europe/Berlin', '2027-01-01'], // year boundary
    ['2026-03-29T00:30:00Z', 'Europe/London', '2026-03-29'],
  ])('%s in %s is local %s', (instant, zone, expected) => {
    expect(localDateOf(instant, zone)).toBe(expected);
  });

  it.each([
    ['2026-03-08', LA, '2026-03-09T06:59:59.999Z'], // PDT begins: the day has 23 hours
    ['2026-11-01', LA, '2026-11-02T07:59:59.999Z'], // PST begins: 25 hours
    ['2026-06-15', 'Europe/Berlin', '2026-06-15T21:59:59.999Z'],
    ['2026-12-31', 'Asia/Tokyo', '2026-12-31T14:59:59.999Z'],
  ])('end of local day %s in %s is %s', (date, zone, expected) => {
    expect(endOfLocalDay(date, zone)).toBe(expected);
  });

  it.each([
    ['2026-03-05', 1, '2026-04-05'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'], // year boundary
    ['2027-11-30', 3, '2028-02-29'],
  ])('GDPR month: %s + %i month(s) = %s (Reg. 1182/71, clamped)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-03-02', 10, '2026-03-16'], // the doc's worked example
    ['2026-03-02', 15, '2026-03-23'],
    ['2026-03-06', 1, '2026-03-09'], // Friday -> Monday
    ['2026-03-07', 1, '2026-03-09'], // Saturday receipt counts from Sunday
    ['2026-12-24', 10, '2027-01-07'], // holidays count as business days (conservative)
    ['2026-11-25', 2, '2026-11-27'], // Thanksgiving counts
  ])('business days: %s + %i = %s', (date, days, expected) => {
    expect(addBusinessDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-01-01', '2026-W01'],
    ['2026-03-02', '2026-W10'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
  ])('ISO week of %s is %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('date-holidays knows US-CA holidays; team mail moves to the working day before', () => {
    const holidays = holidayCheck('US-CA');
    expect(holidays('2026-07-03')).toBe(true); // Independence Day observed
    expect(holidays('2026-11-26')).toBe(true);
    expect(holidays('2026-11-24')).toBe(false);
    expect(workingDayOnOrBefore('2026-07-05', holidays)).toBe('2026-07-02');
    expect(workingDayOnOrBefore('2026-11-27', holidays)).toBe('2026-11-25');
  });

  it('properties: month addition never overflows, business days skip weekends, calendar days invert', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 3 }), (date, months) => {
        const result = addMonths(date, months);
        const monthIndex = (Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months);
        expect(Number(result.slice(0, 4)) * 12 + Number(result.slice(5, 7)) - 1).toBe(monthIndex);
        expect(Number(result.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
      }),
    );
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 30 }), (date, count) => {
        const result = addBusinessDays(date, count);
        expect([0, 6]).not.toContain(weekday(result));
        const span = daysBetween(date, result);
        expect(span).toBeGreaterThanOrEqual(count);
        expect(span).toBeLessThanOrEqual(Math.ceil(count / 5) * 7 + 2);
      }),
    );
    fc.assert(fc.property(dateArb, fc.integer({ min: -400, max: 400 }), (date, days) => {
      expect(daysBetween(date, addCalendarDays(date, days))).toBe(days);
    }));
  });

  it('property: end of local day is the last instant of that date in any zone, across DST', () => {
    const zones = [LA, 'America/New_York', 'Europe/London', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(dateArb, fc.constantFrom(...zones), (date, zone) => {
        const end = endOfLocalDay(date, zone);
        expect(localDateOf(end, zone)).toBe(date);
        expect(localDateOf(new Date(Date.parse(end) + 1).toISOString(), zone)).toBe(addCalendarDays(date, 1));
      }),
      { numRuns: 500 },
    );
  });
});

describe('policy table', () => {
  it('has a response rule, a citation and an extension notice rule for every regime', () => {
    for (const regime of REGIMES) {
      const rows = POLICY.filter((rule) => rule.regime === regime);
      expect(rows.length, regime).toBeGreaterThan(0);
      for (const rule of rows) {
        expect(rule.citation).not.toBe('');
        if (rule.extension) expect(rule.extension.noticeBeforeFirstDeadline).toBe(true);
      }
    }
  });

  // One row per rule of deadlines-and-verification.md section 1: received Mon 2 Mar 2026 (local).
  it.each([
    ['ccpa', 'know', '2026-04-15', '2026-03-16', '2026-05-30'], // 45 CD = receipt + 44; ack 10 BD; +45
    ['ccpa', 'delete', '2026-04-15', '2026-03-16', '2026-05-30'],
    ['ccpa', 'opt_out', '2026-03-23', null, null], // 15 BD, no extension
    ['gdpr', 'know', '2026-04-02', null, '2026-06-02'], // one month; 3 months in total
    ['gdpr', 'opt_out', '2026-04-02', null, null],
    ['uk_gdpr', 'delete', '2026-04-02', null, '2026-06-02'],
    ['virginia', 'know', '2026-04-15', null, '2026-05-30'],
    ['colorado', 'delete', '2026-04-15', null, '2026-05-30'],
    ['connecticut', 'opt_out', '2026-04-15', null, '2026-05-30'],
    ['texas', 'correct', '2026-04-15', null, '2026-05-30'],
    ['oregon', 'know', '2026-04-15', null, '2026-05-30'],
    ['utah', 'delete', '2026-04-15', null, '2026-05-30'],
    ['florida', 'know', '2026-04-15', null, '2026-04-30'], // +15 only
    ['hipaa', 'access_phi', '2026-03-31', null, '2026-04-30'], // 30 days, +30 once
    ['us_marketing', 'unsubscribe', '2026-03-16', null, null], // 10 BD
  ] as const)('%s %s: due %s, ack %s, extended %s', (regime, type, due, ack, extended) => {
    const rule = ruleFor(regime, type);
    expect(rule).not.toBeNull();
    const received = '2026-03-02';
    expect(periodEnd(received, rule!.respond)).toBe(due);
    expect(rule!.ack ? periodEnd(received, rule!.ack) : null).toBe(ack);
    const c = clock('2026-03-02T18:00:00Z', [type === 'know' || type === 'access_phi' ? 'disclosure' : type === 'delete' ? 'deletion' : type === 'correct' ? 'correction' : 'opt_out'], [regime]);
    const candidate = c.candidates.find((x) => x.regime === regime && x.requestType === type);
    expect(candidate?.dueOn).toBe(due);
    expect(candidate?.extendedDueOn ?? null).toBe(extended);
  });
});

describe('every rule, every date', () => {
  it('property: for every policy row, the due date is on or after receipt and the extension strictly later', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom(...POLICY), (received, rule) => {
        const due = periodEnd(received, rule.respond);
        expect(due >= received).toBe(true);
        if (rule.ack) expect(periodEnd(received, rule.ack) <= due).toBe(true);
        const extended = extendedEnd(received, rule);
        if (rule.extension) {
          expect(extended !== null && extended > due).toBe(true);
          // Extensions add exactly what the row says: N days after the first end, or months from receipt.
          if (rule.extension.period.unit === 'calendar_days') expect(daysBetween(due, extended as string)).toBe(rule.extension.period.amount);
          else expect(extended).toBe(addMonths(received, rule.respond.amount + rule.extension.period.amount));
        } else expect(extended).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('case clocks', () => {
  it('CCPA deletion received late evening in California counts from the local date (receipt + 44)', () => {
    // 2026-03-03T06:30Z is 22:30 on 2 March in Los Angeles.
    const c = clock('2026-03-03T06:30:00Z', ['deletion'], ['ccpa']);
    expect(c.receivedOn).toBe('2026-03-02');
    expect(c.firstDueOn).toBe('2026-04-15');
    expect(c.firstDueAt).toBe('2026-04-15T23:59:59.999Z'); // the earlier of LA and UTC end of day (doc section 2)
    expect(c.ackDueOn).toBe('2026-03-16');
    expect(c.extensionDueOn).toBe('2026-05-30');
    expect(c.suggestExtensionOn).toBe('2026-04-10'); // day 40
    expect(c.governedBy).toBe('ccpa:delete');
  });

  it('the earliest regime wins, and the published promise caps them all', () => {
    const both = clock('2026-01-31T12:00:00Z', ['disclosure'], ['ccpa', 'gdpr']);
    expect(both.firstDueOn).toBe('2026-02-28'); // GDPR month clamped, earlier than CCPA 16 Mar
    expect(both.governedBy).toBe('gdpr:know');
    expect(both.extensionDueOn).toBe('2026-04-30'); // min(GDPR 3 months, CCPA 90 days)
    const promised = clock('2026-03-02T18:00:00Z', ['deletion'], ['ccpa'], 30);
    expect(promised.firstDueOn).toBe('2026-03-31');
    expect(promised.governedBy).toBe('promise');
    expect(promised.extensionDueOn).toBe('2026-05-30');
  });

  it('an opt-out from a US requester also runs the CAN-SPAM 10 business day clock, with no extension', () => {
    const verdict = detectRegimes({ text: 'Please stop selling my data', requesterAddress: 'a@example.com', labels: ['opt_out'], defaults: ['ccpa'] });
    expect(verdict.regimes).toEqual(['ccpa', 'us_marketing']);
    const c = computeCaseClock({ receivedAt: '2026-03-02T18:00:00Z', labels: ['opt_out'], regimes: verdict.regimes, evidence: verdict.evidence, timeZone: LA, promisedResponseDays: null, now: '2026-03-02T18:00:00Z' });
    expect(c.firstDueOn).toBe('2026-03-16');
    expect(c.extensionDueOn).toBeNull();
  });

  it('finds regimes in the mail: laws, states, countries, HIPAA records, country domains', () => {
    const cases: Array<[string, string, Label[], Regime[]]> = [
      ['Under Art. 15 DSGVO I request access', 'max@example.de', ['disclosure'], ['ccpa', 'gdpr']],
      ['I live in Richmond, Virginia. Delete my data.', 'a@example.com', ['deletion'], ['ccpa', 'virginia']],
      ['Please send me a copy of my therapy notes', 'a@example.com', ['disclosure'], ['ccpa', 'hipaa']],
      ['subject access request under the UK GDPR', 'a@example.co.uk', ['disclosure'], ['ccpa', 'uk_gdpr']],
    ];
    for (const [text, address, labels, expected] of cases) {
      expect(detectRegimes({ text, requesterAddress: address, labels, defaults: ['ccpa'] }).regimes.sort()).toEqual([...expected].sort());
    }
    const hipaa = clock('2026-03-02T18:00:00Z', ['disclosure'], ['ccpa', 'hipaa']);
    expect(hipaa.firstDueOn).toBe('2026-03-31');
    expect(hipaa.governedBy).toBe('hipaa:access_phi');
  });

  it('the CCPA clock never pauses for identity; the UK clock restarts when requested ID arrives', () => {
    const input = { receivedAt: '2026-03-02T18:00:00Z', labels: ['disclosure'] as Label[], evidence: [], timeZone: 'Europe/London', promisedResponseDays: null, now: '2026-03-20T10:00:00Z', identityReceivedAt: '2026-03-20T10:00:00Z' };
    expect(computeCaseClock({ ...input, regimes: ['ccpa'] }).firstDueOn).toBe('2026-04-15');
    const uk = computeCaseClock({ ...input, regimes: ['uk_gdpr'] });
    expect(uk.firstDueOn).toBe('2026-04-20');
    expect(uk.restartedOn).toBe('2026-03-20');
  });

  it('the verification deadline ignores an opt-out\'s shorter clock, never the promise', () => {
    const both = clock('2026-03-02T18:00:00Z', ['deletion', 'opt_out'], ['ccpa', 'us_marketing']);
    expect(both.firstDueOn).toBe('2026-03-16');
    expect(verificationDueAt({ clock: both, dueAt: both.firstDueAt })).toBe('2026-04-15T23:59:59.999Z');
    const promised = clock('2026-03-02T18:00:00Z', ['deletion', 'opt_out'], ['ccpa', 'us_marketing'], 30);
    expect(verificationDueAt({ clock: promised, dueAt: promised.firstDueAt })).toBe('2026-03-31T23:59:59.999Z');
    const optOutOnly = clock('2026-03-02T18:00:00Z', ['opt_out'], ['ccpa']);
    expect(verificationDueAt({ clock: optOutOnly, dueAt: optOutOnly.firstDueAt })).toBe(optOutOnly.firstDueAt);
    expect(verificationDueAt({ dueAt: '2026-04-15T17:00:00.000Z' })).toBe('2026-04-15T17:00:00.000Z');
  });

  it('parses DEFAULT_REGIME lists with aliases', () => {
    expect(parseRegimeList('CCPA, hipaa')).toEqual({ regimes: ['ccpa', 'hipaa'], unknown: [] });
    expect(parseRegimeList('cpra,uk,nowhere')).toEqual({ regimes: ['ccpa', 'uk_gdpr'], unknown: ['nowhere'] });
  });

  it('property: the first deadline is never after receipt + 44 under CCPA, nor after the promise, and never before receipt', () => {
    const labels: Label[] = ['disclosure', 'deletion', 'correction', 'opt_out', 'complaint', 'child_data', 'other'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.subarray(labels, { minLength: 1 }),
        fc.subarray([...REGIMES]),
        fc.option(fc.integer({ min: 1, max: 60 })),
        fc.constantFrom(LA, 'Europe/Berlin', 'America/New_York'),
        (ms, caseLabels, regimes, promise, zone) => {
          const receivedAt = new Date(ms).toISOString();
          const c = clock(receivedAt, caseLabels, ['ccpa', ...regimes.filter((r) => r !== 'ccpa')], promise, zone);
          expect(c.firstDueOn >= c.receivedOn).toBe(true);
          expect(c.firstDueOn <= addCalendarDays(c.receivedOn, 44)).toBe(true);
          if (promise !== null) expect(c.firstDueOn <= addCalendarDays(c.receivedOn, promise - 1)).toBe(true);
          if (c.extensionDueOn) expect(c.extensionDueOn > c.firstDueOn).toBe(true);
          for (const candidate of c.candidates) expect(c.firstDueOn <= candidate.dueOn).toBe(true);
          expect(localDateOf(c.firstDueAt, zone)).toBe(c.firstDueOn);
        },
      ),
      { numRuns: 300 },
    );
  });
});
