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

/** Every required answer of the posting's screening questions (the example gives the rest of the application). */
function sampleAnswers(state: SimState): Record<string, unknown> {
  const p = samplePosting(state);
  const answers = screeningQuestions(state, p.job)
    .filter((q) => q.fields.some((f) => f.required))
    .map((q) => ({ id: q.id, records: [{ fields: Object.fromEntries(q.fields.filter((f) => f.required).map((f) => [f.id, [f.values[0]?.id ?? 'A sample answer']])) }] }));
  return { answers };
}

/** Body fields only the simulator's state can give, merged over the operation's example. */
export const DOCUMENTS_SAMPLE_ADDITIONS: Record<string, (ctx: SampleContext) => Record<string, unknown>> = {
  createCandidate: (c) => sampleAnswers(c.sim.state),
};

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
