import type { LimiterLesson } from './limits/credential-limiter.js';
import type { RetryDecision } from './retry/retry-decision.js';

/** Emitted just before an attempt leaves (after auth and limiter). URLs and paths are redacted. */
export interface RequestEvent {
  readonly method: string;
  readonly path: string;
  readonly operationKey: string;
  readonly attempt: number;
}

export interface ResponseEvent extends RequestEvent {
  readonly status: number;
  readonly durationMs: number;
  readonly requestId: string | undefined;
}

/** A retry decision, with where it was taken. */
export type RetryEvent = RetryDecision & { readonly method: string; readonly path: string; readonly attempt: number };

/** The limiter held a request back before it could leave. */
export interface RateLimitWaitEvent {
  readonly operationKey: string;
  readonly waitedMs: number;
  /** What held it longest: the per-endpoint window or a concurrency cap. */
  readonly reason: 'rate_window' | 'concurrency';
}

/** The limiter changed its view of an endpoint from a response (see LimiterLesson). */
export type LimitLearnedEvent = LimiterLesson;

/** Observability callbacks. A hook that throws is logged and otherwise ignored. */
export interface ClientHooks {
  onRequest?(e: RequestEvent): void;
  onResponse?(e: ResponseEvent): void;
  onRetry?(decision: RetryEvent): void;
  onRateLimitWait?(e: RateLimitWaitEvent): void;
  /** This endpoint's share of its rate went down (429, exhausted shared budget) or up, or a Retry-After paused it. */
  onLimitLearned?(e: LimitLearnedEvent): void;
}

/** Any pino-compatible logger. */
export interface ClientLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
