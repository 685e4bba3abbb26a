import { SmartRecruitersError } from './smart-recruiters-error.js';

/** 404: the resource does not exist (or is not visible to this credential). */
export class SrNotFoundError extends SmartRecruitersError {}
