import type { PaginationSpec, ParamSpec, RateLimitClass } from '../../src/spec/operation-spec.js';

/**
 * Facts the official operation index does not carry, keyed by `METHOD /full/path`.
 * Each entry cites where it comes from (specs/smartrecruiters/ACTIONS.md, "Pagination, per API"
 * and "Rate limits", and official-docs/*.json query lists).
 */
export const PAGINATION: Readonly<Record<string, PaginationSpec>> = {
  // cursor `pageId`: nextPageId in the body or Link rel="next" (official "Pagination" doc)
  'GET /candidates': { style: 'cursor', cursorParam: 'pageId', limitParam: 'limit', maxLimit: 100 },
  // jobs: pageId needs sort=job_id; offset is deprecated ("very slow")
  'GET /jobs': { style: 'cursor', cursorParam: 'pageId', limitParam: 'limit', maxLimit: 100 },
  'GET /user-api/v201804/users': { style: 'cursor', cursorParam: 'pageId', limitParam: 'limit', maxLimit: 100 },
  'GET /messages': { style: 'cursor', cursorParam: 'pageId', limitParam: 'limit', maxLimit: 100 },
  // approvals: the official list names `pageId` only
  'GET /approvals-api/v201910/approvals': { style: 'cursor', cursorParam: 'pageId', limitParam: null, maxLimit: 100 },
  // webhooks registry spells the cursor `page_id`
  'GET /webhooks-api/v201907/subscriptions': { style: 'cursor', cursorParam: 'page_id', limitParam: 'limit', maxLimit: 100 },
  'GET /webhooks-api/v201907/subscriptions/{id}/callbacks-log': { style: 'cursor', cursorParam: 'page_id', limitParam: 'limit', maxLimit: 100 },
  // audit: the cursor goes back in the query under its response name
  'GET /audit-api/v201910/audit-events': { style: 'cursor', cursorParam: 'nextPageId', limitParam: 'limit', maxLimit: 100 },
  // configuration: pageId + pageSize (OpenCompany parameter lists)
  'GET /configuration/access-groups': { style: 'cursor', cursorParam: 'pageId', limitParam: 'pageSize', maxLimit: 100 },
  'GET /configuration/predefined-locations': { style: 'cursor', cursorParam: 'pageId', limitParam: 'pageSize', maxLimit: 100 },
  // reporting: an opaque `page` token (the next token's field name is not documented)
  'GET /reporting-api/v201804/reports': { style: 'cursor', cursorParam: 'page', limitParam: 'limit', maxLimit: 100 },
  'GET /reporting-api/v201804/reports/{reportId}/files': { style: 'cursor', cursorParam: 'page', limitParam: 'limit', maxLimit: 100 },
  // offset + limit, totalFound in the body
  'GET /offers': { style: 'offset', limitParam: 'limit', offsetParam: 'offset', maxLimit: 100 },
  'GET /v1/companies/{companyIdentifier}/postings': { style: 'offset', limitParam: 'limit', offsetParam: 'offset', maxLimit: 100 },
  'GET /configuration/sources/{sourceType}/values': { style: 'offset', limitParam: 'limit', offsetParam: 'offset', maxLimit: 100 },
  'GET /self-scheduling/self-schedules': { style: 'offset', limitParam: 'limit', offsetParam: 'offset', maxLimit: 100 },
  // page numbers (0-based)
  'GET /event-management-api/events': { style: 'page', pageParam: 'page', sizeParam: 'pageSize', maxLimit: 100 },
  'GET /interview-templates/templates': { style: 'page', pageParam: 'page', sizeParam: 'pageSize', maxLimit: 100 },
  'GET /interview-templates/interview/templates': { style: 'page', pageParam: 'page', sizeParam: 'limit', maxLimit: 100 },
};

/**
 * Query parameters the contract names that the official-docs query lists lack, keyed by
 * `METHOD /full/path`.
 */
export const EXTRA_QUERY_PARAMS: Readonly<Record<string, readonly ParamSpec[]>> = {
  // ACTIONS.md, "Pagination, per API": jobs page by `pageId` only with `sort=job_id`.
  'GET /jobs': [
    { name: 'sort', type: 'string', required: false, enum: ['job_id'], description: 'sort order; `job_id` is required when paging with pageId' },
  ],
};

/** Official docs/rate-limiting: the endpoints whose limits differ from 10 req/s and 8 concurrent. */
export const RATE_LIMIT_CLASS: Readonly<Record<string, RateLimitClass>> = {
  'POST /jobs/{jobId}/publication': 'slow',
  'DELETE /jobs/{jobId}/publication': 'slow',
  'GET /offers/{offerId}/documents/{documentId}': 'slow',
  'GET /candidates': 'serial',
};

/** Operations the docs mark deprecated, beyond the whole deprecated `/users` registry. */
export const DEPRECATED: ReadonlySet<string> = new Set([
  'GET /candidates/{id}/onboardingStatus',
  'PUT /candidates/{id}/onboardingStatus',
  'PUT /candidates/{id}/status',
]);
