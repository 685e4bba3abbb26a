import { SmartRecruitersError } from './smart-recruiters-error.js';

/** 409: the request conflicts with the current state of the resource. */
export class SrConflictError extends SmartRecruitersError {}
