import type { OperationSpec } from '../../../src/spec/index.js';
import { approvalsOf } from '../../../src/simulator/state/approval-store.js';
import { interviewsOf } from '../../../src/simulator/state/interview-store.js';
import { offersOf } from '../../../src/simulator/state/offer-store.js';
import { reviewsOf } from '../../../src/simulator/state/review-store.js';
import type { SampleContext } from './sample-context.js';

const HOUR = 3_600_000;

/**
 * A timeslot body: an hour on a fixed day, with the session's user interviewing. No
 * interviewType, since the session's `types.delete` call removes one of the seeded types.
 */
function timeslotBody(c: SampleContext, day: string): Record<string, unknown> {
  return { title: 'Sample interview', startsOn: `${day}T10:00:00Z`, endsOn: `${day}T11:00:00Z`, interviewers: [{ id: c.userId, status: 'pending' }] };
}

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

/** Valid bodies for the interviews, reviews and approvals operations. */
export const HIRING_SAMPLE_BODIES: Record<string, (ctx: SampleContext) => unknown> = {
  'interviews.create': (c) => {
    const { candidate, app } = sampleApplication(c);
    return { candidate: { id: candidate.id }, jobId: app.jobId, organizerId: c.userId, timezone: 'Europe/Berlin', timeslots: [timeslotBody(c, '2026-06-01')] };
  },
  'interviews.update': () => ({ location: 'Meeting room 4' }),
  'timeslots.create': (c) => timeslotBody(c, '2026-06-02'),
  'timeslots.update': (c) => timeslotBody(c, '2026-06-03'),
  'statuses.candidate.put': () => ({ status: 'accepted' }),
  'statuses.interviewer.put': () => ({ status: 'accepted' }),
  'statuses.timeslot-candidate.put': () => ({ status: 'accepted' }),
  'types.update': () => ['Culture fit'],
  'reviews.create': (c) => {
    // A NEW application has no seeded reviews, so the session user's review is its first.
    const { candidate, app } = sampleApplication(c, (s) => s === 'NEW');
    return { candidateId: candidate.id, jobId: app.jobId, reviewerId: c.userId, overallRating: 4, comment: 'Sample review' };
  },
  'reviews.update': () => ({ overallRating: 5 }),
  'approvals.create': (c) => {
    const approvals = approvalsOf(c.sim.state);
    const job = c.sim.state.jobs.list.find((j) => !approvals.list.some((a) => a.baseId === j.id && a.status === 'PENDING'));
    return { baseId: job?.id ?? '', type: 'JOB' };
  },
  'approvals.comments.create': () => ({ text: 'Looks good to me' }),
};

/**
 * Path params naming real interviews, timeslots, reviews and offers. Interviews and reviews are
 * listed only per application, so the sample makes one directly in the store for each call.
 */
export function hiringSampleParams(op: OperationSpec, ctx: SampleContext): Record<string, string> | undefined {
  const { state } = ctx.sim;
  const out: Record<string, string> = {};
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
