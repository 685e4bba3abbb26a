import type { OperationSpec } from '../../../src/spec/index.js';
import { approvalsOf } from '../../../src/simulator/state/approval-store.js';
import { interviewsOf } from '../../../src/simulator/state/interview-store.js';
import { offersOf } from '../../../src/simulator/state/offer-store.js';
import { reviewsOf } from '../../../src/simulator/state/review-store.js';
import type { SampleContext } from './sample-context.js';

const HOUR = 3_600_000;

/** The candidate of this call and its first application (every seeded candidate has one). */
function sampleApplication(c: SampleContext, want?: (status: string) => boolean) {
  const { candidates } = c.sim.state;
  for (let i = 5 + c.n; i < candidates.size; i++) {
    const candidate = candidates.get(i);
    const app = candidate.applications[0];
    if (candidates.isLive(i) && app && (!want || want(app.status))) return { candidate, app };
  }
  throw new Error('sample data: no candidate with a matching application');
}

/**
 * Path params naming real interviews, timeslots, reviews and offers, and the records the example
 * bodies name. Interviews and reviews are listed only per application, so the sample makes one
 * directly in the store for each call.
 */
export function hiringSampleParams(op: OperationSpec, ctx: SampleContext): Record<string, string> | undefined {
  const { state } = ctx.sim;
  const out: Record<string, string> = {};
  if (op.key === 'interviews.create' || op.key === 'reviews.create') {
    // A NEW application has no seeded reviews, so the session user's review is its first.
    const { candidate, app } = sampleApplication(ctx, op.key === 'reviews.create' ? (s) => s === 'NEW' : undefined);
    Object.assign(out, { candidateId: candidate.id, jobId: app.jobId });
  }
  if (op.key === 'approvals.create') {
    // A job has at most one pending approval request.
    const approvals = approvalsOf(state);
    const job = state.jobs.list.find((j) => !approvals.list.some((a) => a.baseId === j.id && a.status === 'PENDING'));
    if (job) out['jobId'] = job.id;
  }
  if (op.path.includes('{interviewId}')) {
    const { candidate, app } = sampleApplication(ctx);
    const store = interviewsOf(state);
    const now = state.now();
    // Two timeslots (the only one cannot be deleted), the first already started (no-show needs that).
    const slot = (start: number) => ({ id: store.newId(), startsOn: start, endsOn: start + HOUR, interviewers: [{ id: ctx.userId, status: 'pending' as const }] });
    const interview = {
      id: store.newId(), candidateId: candidate.id, candidateStatus: 'pending' as const, jobId: app.jobId, applicationId: state.applicationId(candidate.id, app.jobId),
      organizerId: ctx.userId, timezone: 'Europe/Berlin', timeslots: [slot(now - 2 * HOUR), slot(now + 24 * HOUR)], createdOn: now,
    };
    store.add(interview);
    out['interviewId'] = interview.id;
    out['timeslotId'] = interview.timeslots[0]!.id;
  }
  if (op.path.includes('{reviewId}')) {
    const { candidate, app } = sampleApplication(ctx);
    const store = reviewsOf(state);
    const now = state.now();
    const id = store.newId(now);
    store.add({ id, candidateId: candidate.id, jobId: app.jobId, reviewerId: ctx.userId, overallRating: 3, createdOn: now, updatedOn: now });
    out['reviewId'] = id;
  }
  if (op.path.includes('{offerId}')) {
    // ACCEPTED offers were approved and sent: each has an approval request and documents.
    const accepted = offersOf(state).list.filter((o) => o.status === 'ACCEPTED' && state.candidates.indexOf(o.candidateId) >= 0);
    const offer = accepted[ctx.n % Math.max(1, accepted.length)];
    if (offer) {
      out['offerId'] = offer.id;
      if (op.path.startsWith('/candidates/')) Object.assign(out, { id: offer.candidateId, jobId: offer.jobId });
      if (op.path.includes('{documentId}') && offer.documents[0]) out['documentId'] = offer.documents[0].id;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
