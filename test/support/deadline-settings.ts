import type { DeadlineSettings } from '../../src/core/deadlines.js';

/** The deadline settings the core deadline tests share: Los Angeles, CCPA, 9-17 working hours. */
export const LA_DEADLINE_SETTINGS: DeadlineSettings = {
  timeZone: 'America/Los_Angeles',
  holidayRegion: 'US-CA',
  defaultRegimes: ['ccpa'],
  promisedResponseDays: null,
  reminderDays: [7, 2],
  workingHours: { start: 9, end: 17 },
  team: [{ address: 'team@example.test', name: '' }],
  teamHash: 'team',
  orgName: 'Calm Clinic',
  privacyAddress: 'privacy@example.test',
  secret: 'test-secret-test-secret',
  domain: 'example.test',
};
