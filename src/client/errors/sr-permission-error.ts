import { SmartRecruitersError } from './smart-recruiters-error.js';

/** 403: the credential lacks the scope or role for this call. */
export class SrPermissionError extends SmartRecruitersError {}
