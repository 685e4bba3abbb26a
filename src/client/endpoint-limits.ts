import { RATE_LIMITS, type RateLimitClass } from '../spec/index.js';
import type { EndpointLimits } from './limits/credential-limiter.js';

/**
 * Limits for an endpoint of `cls`, given the client's configured standard rate and account cap:
 * `slow` never goes above its documented 2/s, `serial` never above 1 concurrent.
 */
export function endpointLimits(cls: RateLimitClass, configured: { perSecond: number; concurrency: number }): EndpointLimits {
  const spec = RATE_LIMITS[cls];
  const perSecond = cls === 'standard' ? configured.perSecond : Math.min(spec.perSecond, configured.perSecond);
  const concurrency = Math.min(configured.concurrency, cls === 'serial' ? spec.concurrency : configured.concurrency);
  return { perSecond, concurrency };
}
