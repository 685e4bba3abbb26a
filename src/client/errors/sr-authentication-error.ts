import { SmartRecruitersError } from './smart-recruiters-error.js';

/** 401: the credential was refused (bad API key, bad client secret, expired token). */
export class SrAuthenticationError extends SmartRecruitersError {}
