import type { JobRecord } from '../../state/job-record.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** `JobSummary` (GET /jobs list items). */
export function jobSummary(base: string, j: JobRecord): Record<string, unknown> {
  return {
    id: j.id,
    title: j.title,
    refNumber: j.refNumber,
    createdOn: iso(j.createdOn),
    updatedOn: iso(j.updatedOn),
    lastActivityOn: iso(j.lastActivityOn),
    ...(j.department ? { department: j.department } : {}),
    location: j.location,
    status: j.status,
    postingStatus: j.postingStatus,
    language: j.language,
    actions: { details: { url: `${base}/jobs/${j.id}`, method: 'GET' } },
  };
}

/** `JobDetails` (GET /jobs/{id}). */
export function jobDetails(base: string, j: JobRecord): Record<string, unknown> {
  const a = (path: string) => ({ url: `${base}/jobs/${j.id}${path}`, method: 'GET' });
  return {
    ...jobSummary(base, j),
    ...(j.targetHiringDate ? { targetHiringDate: j.targetHiringDate } : {}),
    ...(j.industry ? { industry: j.industry } : {}),
    ...(j.function ? { function: j.function } : {}),
    ...(j.typeOfEmployment ? { typeOfEmployment: j.typeOfEmployment } : {}),
    ...(j.experienceLevel ? { experienceLevel: j.experienceLevel } : {}),
    ...(j.eeoCategory ? { eeoCategory: j.eeoCategory } : {}),
    template: j.template,
    creator: j.creator,
    ...(j.compensation ? { compensation: j.compensation } : {}),
    jobAd: j.jobAd,
    properties: j.properties,
    actions: { hiringTeam: a('/hiring-team'), publications: a('/publication'), positions: a('/positions'), applyOnWeb: { url: `https://jobs.smartrecruiters.com/${j.id}`, method: 'GET' }, details: a('') },
  };
}

/** Fields a client may set through POST/PUT/PATCH /jobs (JobInput). */
export const EDITABLE_JOB_FIELDS = [
  'title', 'refNumber', 'targetHiringDate', 'department', 'location', 'industry', 'function', 'typeOfEmployment',
  'experienceLevel', 'eeoCategory', 'template', 'compensation', 'jobAd', 'properties',
] as const;
