import { createHash } from 'node:crypto';
import { CredentialLimiter, type CredentialLimiterOptions } from './credential-limiter.js';

// Module-level on purpose: SmartRecruiters counts limits per credential, so every client in this
// process that uses the same credential against the same host must draw from one limiter.
const registry = new Map<string, CredentialLimiter>();

/** A non-reversible key for a credential: the registry never holds a raw secret. */
export function credentialKey(baseUrl: string, credentialId: string): string {
  const digest = createHash('sha256').update(credentialId).digest('hex').slice(0, 32);
  return `${baseUrl}|${digest}`;
}

/** The limiter shared by everyone using this credential; created on first use. */
export function limiterFor(key: string, options: CredentialLimiterOptions): CredentialLimiter {
  let limiter = registry.get(key);
  if (!limiter) {
    limiter = new CredentialLimiter(options);
    registry.set(key, limiter);
  } else {
    limiter.tightenConcurrency(options.concurrency);
  }
  return limiter;
}
