import { SmartRecruitersError } from './smart-recruiters-error.js';

/** 400 or 422: the request was refused as invalid; `errors` lists the fields. */
export class SrValidationError extends SmartRecruitersError {}
