import { byParam } from '../shared/extra-area-kit.js';
import { requireJob } from '../shared/record-lookups.js';
import { hashString, mix, uuidFrom } from '../../core/seeded-random.js';
import { SimError } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest } from '../../core/types.js';
import { reviewsOf, type ReviewRecord } from '../../state/review-store.js';
import type { SimState } from '../../state/sim-state.js';
import { apiUserId } from '../shared/api-user-id.js';
import { BodyFields } from '../shared/body-fields.js';

const iso = (ms: number) => new Date(ms).toISOString();
const CRITERIA = [
  { label: 'Role expertise', description: 'Depth of skills the role needs', weight: 3, required: true },
  { label: 'Communication', description: 'Clarity, listening, written and spoken', weight: 2, required: true },
  { label: 'Collaboration', description: 'Works well with the team and stakeholders', weight: 2, required: false },
  { label: 'Motivation', description: 'Interest in the role and the company', weight: 1, required: false },
];

/** Review as in the Swagger example (SWX `Review`). */
function reviewView(r: ReviewRecord): Record<string, unknown> {
  return {
    id: r.id, candidateId: r.candidateId, jobId: r.jobId, reviewerId: r.reviewerId, overallRating: r.overallRating,
    ...(r.comment !== undefined ? { comment: r.comment } : {}), createdOn: iso(r.createdOn), updatedOn: iso(r.updatedOn),
  };
}

/**
 * `overallRating` is a whole number of stars, 1 to 5, as ratings are in the SmartRecruiters UI.
 * The Power Platform hint calls it `rating`; the Swagger example's `overallRating` wins, and a
 * body that sends only `rating` is told which name to use.
 */
function readRating(o: Record<string, unknown>, p: BodyFields, required: boolean): number | undefined {
  const v = o['overallRating'];
  if (v === undefined || v === null) {
    if (required && o['rating'] !== undefined) return p.invalid('overallRating', 'is required (this API names the rating "overallRating", not "rating")');
    return required ? p.missing('overallRating') : undefined;
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5) return p.invalid('overallRating', `must be a whole number from 1 to 5, got ${JSON.stringify(v)}`);
  return v;
}


function announce(state: SimState, name: string, r: ReviewRecord): void {
  state.emit(name, { application_id: state.applicationId(r.candidateId, r.jobId), review_id: r.id }, `/reviews-api/v201910/reviews/${r.id}`);
}

/**
 * Real state behaviour for the Reviews API v201910. Request bodies are undocumented (SOURCES.md
 * "Still unknown"); create takes the response's own names: `{candidateId, jobId, overallRating,
 * comment?, reviewerId?}` (reviewer defaults to the API user); update takes `{overallRating?, comment?}`.
 */
export function reviewsArea({ state }: AreaContext): Area {
  const store = () => reviewsOf(state);
  const review = (req: SimRequest): ReviewRecord => byParam(req, 'reviewId', 'Review', (id) => store().get(id));

  const handlers: Record<string, Handler> = {
    'reviews.getList': (req) => {
      // Both filters are required (table-level 400 names a missing one). Ids that match no
      // application match no review: the Swagger example answers a bare array, here empty.
      const c = state.candidates.indexOf(String(req.query['candidateId'] ?? ''));
      if (c < 0) return { status: 200, body: [] };
      const candidate = state.candidates.get(c);
      const app = candidate.applications.find((a) => a.jobId === req.query['jobId']);
      return { status: 200, body: app ? store().forApplication(candidate, app).map(reviewView) : [] };
    },
    'reviews.create': (req) => {
      const p = new BodyFields(req.body);
      const o = p.body;
      const candidateId = p.stringAt(o, 'candidateId', 'candidateId', true);
      const jobId = p.stringAt(o, 'jobId', 'jobId', true);
      const reviewerId = p.stringAt(o, 'reviewerId', 'reviewerId');
      const comment = p.stringAt(o, 'comment', 'comment');
      const overallRating = readRating(o, p, true) as number;
      p.done();
      const c = state.candidates.indexOf(candidateId as string);
      if (c < 0) throw new SimError(400, 'INVALID_FIELD', `candidateId: unknown candidate "${candidateId}"`);
      if (!state.jobs.get(jobId as string)) throw new SimError(400, 'INVALID_FIELD', `jobId: unknown job "${jobId}"`);
      const candidate = state.candidates.get(c);
      const app = candidate.applications.find((a) => a.jobId === jobId);
      if (!app) throw new SimError(400, 'INVALID_FIELD', `jobId: candidate ${candidateId} has not applied to job ${jobId}`);
      const reviewer = reviewerId ?? apiUserId(state);
      if (!state.users.get(reviewer)) throw new SimError(400, 'INVALID_FIELD', `reviewerId: unknown user "${reviewer}"`);
      // One review per reviewer per application, as in the UI: a second one is an update.
      const mine = store().forApplication(candidate, app).find((r) => r.reviewerId === reviewer);
      if (mine) throw new SimError(409, 'REVIEW_EXISTS', `reviewer ${reviewer} already reviewed this application (review ${mine.id}); update that review instead`);
      const now = state.now();
      const r: ReviewRecord = { id: store().newId(now), candidateId: candidate.id, jobId: app.jobId, reviewerId: reviewer, overallRating, ...(comment !== undefined ? { comment } : {}), createdOn: now, updatedOn: now };
      store().add(r);
      announce(state, 'review.created', r);
      return { status: 201, body: reviewView(r) };
    },
    'reviews.get': (req) => ({ status: 200, body: reviewView(review(req)) }),
    'reviews.update': (req) => {
      const r = review(req);
      const p = new BodyFields(req.body);
      const o = p.body;
      const comment = p.stringAt(o, 'comment', 'comment');
      const overallRating = readRating(o, p, false);
      p.done();
      if (overallRating === undefined && comment === undefined) throw new SimError(400, 'MISSING_FIELD', 'body: give overallRating and/or comment to change');
      if (overallRating !== undefined) r.overallRating = overallRating;
      if (comment !== undefined) r.comment = comment;
      r.updatedOn = state.now();
      announce(state, 'review.updated', r);
      // The Swagger example of this PATCH answered an empty body.
      return { status: 204 };
    },
    'reviews.delete': (req) => {
      const r = review(req);
      store().delete(r.id);
      announce(state, 'review.deleted', r);
      return { status: 204 };
    },
    'scorecards.criteria.getByJobId': (req) => {
      const jobId = requireJob(state, req.params['jobId'] ?? '').id;
      // Body undocumented; criteria follow the Power Platform `ScorecardCriterion` hint, in a content envelope.
      const h = hashString(jobId);
      const content = CRITERIA.map((c, i) => ({ id: uuidFrom(mix(state.seedOptions.seed, 804, i), h, mix(h, i), i), ...c }));
      return { status: 200, body: { totalFound: content.length, content } };
    },
  };
  return { name: 'reviews', handlers };
}
