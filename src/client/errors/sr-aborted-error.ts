import { SmartRecruitersError } from './smart-recruiters-error.js';

/** The caller's AbortSignal fired; the request and any wait (limiter, backoff) stopped at once. */
export class SrAbortedError extends SmartRecruitersError {}
