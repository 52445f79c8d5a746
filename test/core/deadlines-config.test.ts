import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('deadline configuration', () => {
  it('has safe defaults', () => {
    expect(loadConfig({}).deadlines).toEqual({
      defaultRegimes: ['ccpa'],
      promisedResponseDays: null,
      reminderDays: [7, 2],
      workingHours: { start: 9, end: 17 },
      holidayRegion: 'US-CA',
      checkIntervalMs: 3_600_000,
      digestCron: '0 9 * * 1',
      retentionMonths: 24,
    });
  });

  it('reads every key', () => {
    const config = loadConfig({ DEFAULT_REGIME: 'ccpa, HIPAA', PROMISED_RESPONSE_DAYS: '30', REMINDER_DAYS: '2,10,7', WORKING_HOURS: '8-18', HOLIDAY_REGION: 'GB-ENG', CHECK_DEADLINES_INTERVAL: '30m', DIGEST_CRON: '30 8 * * 5', RETENTION_MONTHS: '36' });
    expect(config.deadlines).toEqual({ defaultRegimes: ['ccpa', 'hipaa'], promisedResponseDays: 30, reminderDays: [10, 7, 2], workingHours: { start: 8, end: 18 }, holidayRegion: 'GB-ENG', checkIntervalMs: 1_800_000, digestCron: '30 8 * * 5', retentionMonths: 36 });
  });

  it('names every bad key in one error', () => {
    expect(() => loadConfig({ DEFAULT_REGIME: 'ccpa,atlantis', PROMISED_RESPONSE_DAYS: '0', REMINDER_DAYS: 'soon', WORKING_HOURS: '17-9', HOLIDAY_REGION: 'XX-YY', DIGEST_CRON: 'mondays', RETENTION_MONTHS: '0' })).toThrow(
      /DEFAULT_REGIME[\s\S]*PROMISED_RESPONSE_DAYS[\s\S]*REMINDER_DAYS[\s\S]*WORKING_HOURS[\s\S]*HOLIDAY_REGION[\s\S]*DIGEST_CRON[\s\S]*RETENTION_MONTHS/,
    );
  });
});
