import { problemResponse } from '../problem.js';

/** Problems every authenticated route can answer. */
export const COMMON_PROBLEMS = {
  400: problemResponse('Invalid input; `field` names the one at fault'),
  401: problemResponse('Missing or wrong bearer token'),
  413: problemResponse('Body too large'),
} as const;

/** Problems of routes that call SmartRecruiters for an account. */
export const UPSTREAM_PROBLEMS = {
  ...COMMON_PROBLEMS,
  404: problemResponse('Unknown account (`account_not_found`), or SmartRecruiters answered 404 (`upstream_not_found`)'),
  502: problemResponse('SmartRecruiters failed (5xx), did not answer, or answered something unreadable'),
} as const;

export const BEARER = [{ bearer: [] as string[] }];
