import { SmartRecruitersError } from './smart-recruiters-error.js';

/** Bad options given to `createClient` (or a client used in a way its options forbid); names the field. */
export class SrConfigurationError extends SmartRecruitersError {}
