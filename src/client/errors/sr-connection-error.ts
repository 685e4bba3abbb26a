import { SmartRecruitersError } from './smart-recruiters-error.js';

/** No response: connection refused or reset, DNS failure, or timeout. `status` is 0; `code` says which. */
export class SrConnectionError extends SmartRecruitersError {}
