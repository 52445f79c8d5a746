import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('case lifecycle configuration', () => {
  it('has no trusted authserv-id by default (no emailed command is accepted) and default data points', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/pi-config-test' });
    expect(config.trustedAuthservId).toBeNull();
    expect(config.verificationDataPoints).toEqual(['full name', 'phone number', 'date of your last appointment']);
  });

  it('reads TRUSTED_AUTHSERV_ID (case-insensitive) and a comma-separated VERIFICATION_DATA_POINTS', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/pi-config-test', TRUSTED_AUTHSERV_ID: ' MX.Example.com ', VERIFICATION_DATA_POINTS: 'full name, date of birth ,' });
    expect(config.trustedAuthservId).toBe('mx.example.com');
    expect(config.verificationDataPoints).toEqual(['full name', 'date of birth']);
  });

  it('trusts one Authentication-Results header and refuses commands older than three days by default', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/pi-config-test' });
    expect(config).toMatchObject({ trustedAuthservHeaders: 1, authResultsMode: 'rfc8601', teamCommandMaxAgeMs: 3 * 86_400_000 });
  });

  it('reads TRUSTED_AUTHSERV_HEADERS, AUTH_RESULTS_MODE and TEAM_COMMAND_MAX_AGE', () => {
    expect(loadConfig({ DATA_DIR: '/tmp/pi-config-test', TRUSTED_AUTHSERV_ID: 'mx.example.com', TRUSTED_AUTHSERV_HEADERS: '3', TEAM_COMMAND_MAX_AGE: '36h' })).toMatchObject({ trustedAuthservHeaders: 3, teamCommandMaxAgeMs: 36 * 3_600_000 });
    expect(loadConfig({ DATA_DIR: '/tmp/pi-config-test', AUTH_RESULTS_MODE: 'microsoft365' })).toMatchObject({ authResultsMode: 'microsoft365', trustedAuthservId: null });
  });

  it.each([
    [{ TRUSTED_AUTHSERV_HEADERS: '0' }, /TRUSTED_AUTHSERV_HEADERS/],
    [{ AUTH_RESULTS_MODE: 'exchange' }, /AUTH_RESULTS_MODE/],
    [{ TEAM_COMMAND_MAX_AGE: 'soon' }, /TEAM_COMMAND_MAX_AGE/],
    [{ AUTH_RESULTS_MODE: 'microsoft365', TRUSTED_AUTHSERV_ID: 'mx.example.com' }, /leave it unset with AUTH_RESULTS_MODE=microsoft365/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: '/tmp/pi-config-test', ...env })).toThrow(message);
  });
});
