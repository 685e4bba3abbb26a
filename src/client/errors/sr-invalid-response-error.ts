import { SmartRecruitersError } from './smart-recruiters-error.js';

/** A response whose body could not be parsed as the expected type; carries the HTTP status. */
export class SrInvalidResponseError extends SmartRecruitersError {}
