/**
 * Why a documented response field can be missing from a simulator answer, declared once as data.
 *
 * - `conditional`: the docs' field belongs to some states only (a rejection reason on a rejected
 *   application). `notApplicable` says, from the answered object holding the field, whether the
 *   state holds; only then is the absence correct and the field left out of the count. A field
 *   missing where its condition holds is still counted as missing.
 * - `unmodelled`: the simulator does not produce it yet; the reason says why.
 * - `undocumented-type`: the docs name the field but no reachable source says what it holds.
 */
export type AbsenceKind = 'conditional' | 'unmodelled' | 'undocumented-type';

export interface AbsentReason {
  /** Operation keys this applies to; omitted: every operation whose answer has the field. */
  readonly ops?: readonly string[];
  /** Last segments of the field path: `reasonOfRejection` matches `primaryAssignment.reasonOfRejection`. */
  readonly field: string;
  readonly kind: AbsenceKind;
  readonly reason: string;
  /** `conditional` only: true when the field does not apply to `holder`, the object that would carry it. */
  readonly notApplicable?: (holder: Record<string, unknown>, op: string, answer: unknown) => boolean;
}

const SUB_STATUS_STATUSES = ['IN_REVIEW', 'INTERVIEW', 'OFFERED'];
const CANDIDATE_STATUSES = ['LEAD', 'NEW', 'IN_REVIEW', 'INTERVIEW', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN', 'TRANSFERRED'];
const status = (h: Record<string, unknown>) => String(h['status'] ?? '');
/** An application-like holder (an assignment, an application, a status history entry). */
const isApplication = (h: Record<string, unknown>) => CANDIDATE_STATUSES.includes(status(h));
const CANDIDATE_CREATES = ['candidates.add', 'candidates.resume.add'];

export const ABSENT_REASONS: readonly AbsentReason[] = [
  {
    field: 'primaryAssignment', kind: 'conditional',
    reason: 'a candidate in the talent pool (POST /candidates, no job) has no assignment',
    notApplicable: (c, op) => CANDIDATE_CREATES.includes(op) || (Array.isArray(c['secondaryAssignments']) && c['secondaryAssignments'].length === 0 && c['primaryAssignment'] === undefined),
  },
  {
    field: 'subStatus', kind: 'conditional',
    reason: 'sub-statuses exist for IN_REVIEW, INTERVIEW and OFFERED only (hiring process sub-statuses)',
    notApplicable: (h) => isApplication(h) && !SUB_STATUS_STATUSES.includes(status(h)),
  },
  { field: 'startsOn', kind: 'conditional', reason: 'a start date belongs to a HIRED application', notApplicable: (h) => isApplication(h) && status(h) !== 'HIRED' },
  { field: 'reasonOfRejection', kind: 'conditional', reason: 'only a REJECTED application has a rejection reason', notApplicable: (h) => isApplication(h) && status(h) !== 'REJECTED' },
  { field: 'reasonOfWithdrawal', kind: 'conditional', reason: 'only a WITHDRAWN application has a withdrawal reason', notApplicable: (h) => isApplication(h) && status(h) !== 'WITHDRAWN' },
  { field: 'experience[].endDate', kind: 'conditional', reason: 'the current position (`current: true`) has no end date', notApplicable: (e) => e['current'] === true },
  { field: 'education[].endDate', kind: 'conditional', reason: 'current studies (`current: true`) have no end date', notApplicable: (e) => e['current'] === true },
  {
    ops: ['users-api/users.create'], field: 'location', kind: 'conditional',
    reason: 'location is not an input of POST /users (SDK model User has 8 input fields); a user created through the API has none until set in the UI',
    notApplicable: () => true,
  },
  { field: 'incumbentName', kind: 'conditional', reason: 'only a REPLACEMENT position replaces someone', notApplicable: (p) => p['type'] !== 'REPLACEMENT' },
  {
    field: 'applyUrl', kind: 'conditional', reason: 'a job ad has an apply URL only while it is published',
    notApplicable: (ad) => ad['postingStatus'] !== undefined && ad['postingStatus'] !== 'PUBLISHED',
  },
  {
    field: 'actions.applyOnWeb', kind: 'conditional', reason: 'a job ad has an apply link only while it is published',
    notApplicable: (_a, _op, answer) => typeof answer === 'object' && answer !== null && (answer as Record<string, unknown>)['postingStatus'] !== 'PUBLISHED',
  },
  { field: 'unpublishedOn', kind: 'conditional', reason: 'a publication that is still live has no end date', notApplicable: (p) => p['publishedOn'] !== undefined },
  {
    ops: ['jobs.all'], field: 'offset', kind: 'unmodelled',
    reason: 'GET /jobs paging (cursor with sort=job_id, deprecated offset) is reworked on branch issue-7; its envelope follows there',
  },
  {
    field: 'fileContent', kind: 'unmodelled',
    reason: 'the docs give the upload model (fileName, mimeType, fileContent) as the answer; a stored attachment is served as a download link (actions), not inline bytes',
  },
  { field: 'decidedOn', kind: 'conditional', reason: 'present once the candidate decided (status acquired or declined)', notApplicable: (d) => d['status'] !== 'acquired' && d['status'] !== 'declined' },
  {
    // A pending request and no request both read `required` in the decisions (the docs' enum has
    // no "pending"), so the answer alone cannot tell; documented-envelopes.test.ts checks both.
    field: 'recentPendingRequestCreatedOn', kind: 'conditional', reason: 'only while a consent request awaits an answer (candidate consent status PENDING)',
    notApplicable: (_d, _op, answer) => typeof answer === 'object' && answer !== null && !JSON.stringify(answer).includes('"acquired"'),
  },
  {
    ops: ['reviews.get', 'reviews.create'], field: 'rating', kind: 'conditional',
    reason: 'the generated shape follows the Power Platform hint; the Swagger example (official-docs/reviews.json `Review`) names it overallRating, which the answer carries',
    notApplicable: (r) => r['overallRating'] !== undefined,
  },
  {
    ops: ['reviews.get', 'reviews.create'], field: 'authorId', kind: 'conditional',
    reason: 'the generated shape follows the Power Platform hint; the Swagger example names the author reviewerId, which the answer carries',
    notApplicable: (r) => r['reviewerId'] !== undefined,
  },
  {
    ops: ['reviews.get', 'reviews.create'], field: 'scorecardCriteriaScores', kind: 'unmodelled',
    reason: 'only the Power Platform hint lists scorecard scores, with no item shape; the Swagger example Review has none',
  },
  {
    ops: ['getApplyConfigurationForPosting'], field: 'settings.conditionals', kind: 'conditional',
    reason: 'present when the request asks conditionalsIncluded=true (official-docs/applications.json)', notApplicable: () => true,
  },
  {
    ops: ['getApplyConfigurationForPosting'], field: 'complianceType', kind: 'conditional',
    reason: 'only compliance (DIVERSITY) fields carry a complianceType; the first question\'s fields are ordinary ones',
    notApplicable: (f) => f['type'] !== undefined && !/gender|diversity|ethnicity/i.test(String(f['id'] ?? '')),
  },
  {
    field: 'candidateStatus', kind: 'unmodelled',
    reason: 'a timeslot has a candidate status once the candidate answered that slot (PUT …/timeslots/{id}/candidate/status); new and most seeded slots have none',
  },
  {
    ops: ['interviews.get', 'timeslots.get'], field: 'location', kind: 'unmodelled',
    reason: 'seeded interviews carry no location, refUrl or source, and seeded timeslots no type, title or place; set through POST/PUT they are shown',
  },
  { ops: ['interviews.get'], field: 'refUrl', kind: 'unmodelled', reason: 'seeded interviews carry no refUrl (set through POST/PUT it is shown)' },
  { ops: ['interviews.get'], field: 'source', kind: 'unmodelled', reason: 'seeded interviews carry no source (set through POST/PUT it is shown)' },
  { ops: ['interviews.get', 'timeslots.get'], field: 'interviewType', kind: 'unmodelled', reason: 'seeded timeslots carry no interview type (set through POST/PUT it is shown)' },
  { ops: ['interviews.get', 'timeslots.get'], field: 'title', kind: 'unmodelled', reason: 'seeded timeslots carry no title (set through POST/PUT it is shown)' },
  { ops: ['interviews.get', 'timeslots.get'], field: 'place', kind: 'unmodelled', reason: 'seeded timeslots carry no place (set through POST/PUT it is shown)' },
  {
    ops: ['candidates.get'], field: 'web.skype', kind: 'unmodelled',
    reason: 'seeded candidates give LinkedIn and sometimes a website; Skype, Facebook and Twitter appear when given (POST/PATCH, résumé)',
  },
  { ops: ['candidates.get'], field: 'web.facebook', kind: 'unmodelled', reason: 'seeded candidates have no Facebook profile; it appears when given' },
  { ops: ['candidates.get'], field: 'web.twitter', kind: 'unmodelled', reason: 'seeded candidates have no Twitter profile; it appears when given' },
  { ops: ['reviews.get'], field: 'comment', kind: 'unmodelled', reason: 'a seeded review without a comment (reviewers may leave none); a comment given is shown' },
  { field: 'seats', kind: 'undocumented-type', reason: 'the SDK names `seats` with no type and no reachable source says what it holds' },
];

function matches(r: AbsentReason, op: string, path: string): boolean {
  if (r.ops && !r.ops.includes(op)) return false;
  return path === r.field || path.endsWith(`.${r.field}`);
}

/** The declared reason for `path` of `op`, if any. */
export function absentReason(op: string, path: string): AbsentReason | undefined {
  return ABSENT_REASONS.find((r) => matches(r, op, path));
}
