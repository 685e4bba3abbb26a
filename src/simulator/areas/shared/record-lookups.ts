import { notFound } from '../../core/sim-error.js';
import type { ApplicationRecord, CandidateRecord } from '../../state/candidate-record.js';
import type { JobRecord } from '../../state/job-record.js';
import type { SimState } from '../../state/sim-state.js';

/** A working copy of a live candidate (404 otherwise), so failed validation changes nothing. */
export function loadCandidate(state: SimState, id: string): CandidateRecord {
  const index = state.candidates.indexOf(id);
  if (index < 0) throw notFound('Candidate', id);
  return structuredClone(state.candidates.get(index));
}

/** The job (live, not a copy: job writes go through `state/job-mutations.ts`), or a 404 naming it. */
export function requireJob(state: SimState, id: string): JobRecord {
  const j = state.jobs.get(id);
  if (!j) throw notFound('Job', id);
  return j;
}

/** The candidate's application to `jobId`: 404 naming the job or the application when absent. */
export function requireApplication(state: SimState, c: CandidateRecord, jobId: string): ApplicationRecord {
  requireJob(state, jobId);
  const app = c.applications.find((a) => a.jobId === jobId);
  if (!app) throw notFound('Application', `${c.id}/${jobId}`);
  return app;
}
