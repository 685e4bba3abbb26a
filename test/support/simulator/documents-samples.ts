import type { OperationSpec } from '../../../src/spec/index.js';
import { createCandidate } from '../../../src/simulator/state/candidate-mutations.js';
import { allPostings, type Posting } from '../../../src/simulator/state/postings.js';
import { screeningQuestions } from '../../../src/simulator/state/screening-questions.js';
import type { SimState } from '../../../src/simulator/state/sim-state.js';
import type { SampleContext } from './sample-context.js';

/** A live public posting (the Application API samples apply to it). */
function samplePosting(state: SimState): Posting {
  const p = allPostings(state).find((x) => x.active && x.publication.visibility === 'PUBLIC');
  if (!p) throw new Error('sample data: the seeded company has no live public posting');
  return p;
}

/** A valid Application API body for the posting: the required fields and every required answer. */
function sampleApplication(state: SimState): Record<string, unknown> {
  const p = samplePosting(state);
  const answers = screeningQuestions(state, p.job)
    .filter((q) => q.fields.some((f) => f.required))
    .map((q) => ({ id: q.id, records: [{ fields: Object.fromEntries(q.fields.filter((f) => f.required).map((f) => [f.id, [f.values[0]?.id ?? 'A sample answer']])) }] }));
  return { firstName: 'Every', lastName: 'Applicant', email: 'every.applicant@example.org', consent: true, answers };
}

/** Valid bodies for the documents, Application API and job-ad operations. */
export const DOCUMENTS_SAMPLE_BODIES: Record<string, (ctx: SampleContext) => unknown> = {
  createCandidate: (c) => sampleApplication(c.sim.state),
  'candidates.consent.request.batch': (c) => ({ candidates: [{ id: c.sim.state.candidates.get(5 + c.n).id }] }),
  'jobs.jobads.create': (c) => ({ title: `Sample job ad ${c.n}` }),
  'jobs.jobads.update': (c) => ({ title: `Updated job ad ${c.n}` }),
};

/** The text of the multipart `file` part: a tiny resume the resume parser can read. */
export const SAMPLE_RESUME_TEXT = [
  'Avery Morgan', 'avery.morgan@example.org', '+1 555 0100 200', 'Warsaw, Poland', 'Skype: avery.morgan',
  'https://www.linkedin.com/in/avery-morgan', 'https://www.facebook.com/avery.morgan', 'https://x.com/averymorgan', 'https://avery-morgan.dev', '',
].join('\n');

/** Path params that must name real postings, applications, attachments or the company. */
export function documentsSampleParams(op: OperationSpec, ctx: SampleContext): Record<string, string> | undefined {
  const { state } = ctx.sim;
  const candidate = state.candidates.get(5 + ctx.n);
  const out: Record<string, string> = {};
  for (const p of op.pathParams) {
    if (p.name === 'uuid' && op.path.startsWith('/postings/')) out['uuid'] = samplePosting(state).ad.postingUuid;
    if (p.name === 'candidateId' && op.path.startsWith('/postings/')) {
      const job = samplePosting(state).job;
      out['candidateId'] = createCandidate(state, { firstName: 'Status', lastName: 'Sample', email: 'status.sample@example.org' }, job.id).id;
    }
    if (p.name === 'companyIdentifier') out['companyIdentifier'] = state.companyId;
    if (p.name === 'postingId' && op.path.startsWith('/v1/')) out['postingId'] = samplePosting(state).ad.postingId;
    if (p.name === 'attachmentId' && op.path.startsWith('/candidates/') && candidate.attachments[0]) out['attachmentId'] = candidate.attachments[0].id;
    if (p.name === 'jobApplicationId' || p.name === 'applicationUuid') {
      const app = candidate.applications[0];
      if (app) out[p.name] = state.applicationId(candidate.id, app.jobId);
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
