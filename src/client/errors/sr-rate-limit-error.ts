import { SmartRecruitersError } from './smart-recruiters-error.js';

/** 429: a rate or concurrency limit was exceeded (after retries, if enabled). */
export class SrRateLimitError extends SmartRecruitersError {}
