import { SmartRecruitersError } from './smart-recruiters-error.js';

/** A request the client refuses before any I/O (missing path parameter, body on a GET, bad page size). */
export class SrInvalidRequestError extends SmartRecruitersError {}
