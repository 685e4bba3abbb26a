import { MAX_CONCURRENT_PER_CREDENTIAL, RATE_LIMITS, type RateLimitClass } from '../spec/index.js';
import type { EndpointLimits } from './limits/credential-limiter.js';

/**
 * Limits for an endpoint of `cls`, given the client's configured standard rate and account cap:
 * `slow` never goes above its documented 2/s, `serial` never above 1 concurrent. A class whose
 * documented concurrency is below the credential's has a cap of its own, so its concurrency
 * headers describe that endpoint alone; the others share (and describe) the credential's cap.
 */
export function endpointLimits(cls: RateLimitClass, configured: { perSecond: number; concurrency: number }): EndpointLimits {
  const spec = RATE_LIMITS[cls];
  const ownCap = spec.concurrency < MAX_CONCURRENT_PER_CREDENTIAL;
  const perSecond = cls === 'standard' ? configured.perSecond : Math.min(spec.perSecond, configured.perSecond);
  const concurrency = ownCap ? Math.min(configured.concurrency, spec.concurrency) : configured.concurrency;
  return { perSecond, concurrency, concurrencyScope: ownCap ? 'endpoint' : 'credential' };
}
