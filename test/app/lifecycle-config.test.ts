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
});
