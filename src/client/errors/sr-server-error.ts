import { SmartRecruitersError } from './smart-recruiters-error.js';

/** 5xx: SmartRecruiters failed or was unavailable. */
export class SrServerError extends SmartRecruitersError {}
