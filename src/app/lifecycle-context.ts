import type { LifecycleContext } from '../core/cases/draft.js';
import type { AppDeps } from './deps.js';

/** The case lifecycle's settings from the configuration, at this moment. */
export function lifecycleContext(deps: AppDeps): LifecycleContext {
  return {
    now: deps.now(),
    timeZone: deps.config.timezone,
    secret: deps.secret,
    domain: deps.config.privacyAddress.split('@')[1] ?? 'localhost',
    orgName: deps.config.orgName,
    privacyAddress: deps.config.privacyAddress,
    maxRepliesPerSenderPerDay: deps.config.maxRepliesPerSenderPerDay,
    maxNewAddressesPerDay: deps.config.maxNewAddressesPerDay,
    teamAddresses: deps.config.teamAddresses,
    dataPoints: deps.config.verificationDataPoints,
    trustedAuthservId: deps.config.trustedAuthservId,
    trustedAuthservHeaders: deps.config.trustedAuthservHeaders,
    authResultsMode: deps.config.authResultsMode,
    teamCommandMaxAgeMs: deps.config.teamCommandMaxAgeMs,
  };
}
