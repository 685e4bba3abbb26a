/**
 * The hand-kept part of the catalogue: everything ACTIONS.md and the docs cannot say.
 * Keep it small; every entry says why it exists.
 */
import type { ActionKind } from './action-definition.js';

/**
 * Resource group per official registry, and the noun that the group's method names drop
 * (`search_candidates` in `candidates` → `search`). Words of the noun are singular; a plural
 * last word (`candidates`, `templates`) matches too.
 */
export const GROUPS: Readonly<Record<string, { readonly group: string; readonly noun: readonly string[] }>> = {
  'apply-api': { group: 'applications', noun: ['application'] },
  'job-applications-api': { group: 'jobApplications', noun: ['job', 'application'] },
  'approvals-api': { group: 'approvals', noun: ['approval'] },
  'candidates-api': { group: 'candidates', noun: ['candidate'] },
  // The public status-by-application-UUID call reads a candidate's status, so it sits with them.
  'candidate-status-api': { group: 'candidates', noun: ['candidate'] },
  // Configuration covers many small resources; its method names keep the whole action name.
  'configuration-api': { group: 'configuration', noun: [] },
  'interview-templates': { group: 'interviewTemplates', noun: ['interview', 'template'] },
  interviews: { group: 'interviews', noun: ['interview'] },
  'jobs-api': { group: 'jobs', noun: ['job'] },
  'offers-api': { group: 'offers', noun: ['offer'] },
  'posting-api': { group: 'postings', noun: ['posting'] },
  reviews: { group: 'reviews', noun: ['review'] },
  'users-api': { group: 'users', noun: ['user'] },
};

/** Kind where the HTTP method misleads (POST that only reads). */
export const KIND_OVERRIDES: Readonly<Record<string, ActionKind>> = {
  // POST with a search body; nothing is stored.
  search_job_interview_templates: 'read',
  // /candidates/cv/parse parses only; /candidates/cv is the parse-and-create twin.
  parse_resume: 'read',
};

/** Method names where the derived one reads badly. */
export const METHOD_OVERRIDES: Readonly<Record<string, string>> = {
  // derived: createANewCandidateAndAssignToAJob
  create_a_new_candidate_and_assign_to_a_job: 'createForJob',
};

/** Descriptions where the docs give only the operationId or "unknown". */
export const DESCRIPTION_OVERRIDES: Readonly<Record<string, string>> = {};

/**
 * Actions that download a file: the docs say "no body or binary", and the attachment list gives
 * this path as the file's URL. They ask for bytes and return a FileOutput (see file-response.ts).
 */
export const FILE_RESPONSES: ReadonlySet<string> = new Set(['get_candidate_attachment', 'get_offer_document']);

/**
 * Query values a paged request must carry, per action. ACTIONS.md ("Pagination, per API"): jobs
 * page by `pageId` only with `sort=job_id`. Added to every page of a walk and to any single
 * request that carries a cursor, unless the input sets the parameter itself.
 */
export const PAGING_QUERY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  search_jobs: { sort: 'job_id' },
};
