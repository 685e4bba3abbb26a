import { notFound } from '../../core/sim-error.js';
import type { ApplicationRecord, CandidateRecord } from '../../state/candidate-record.js';
import type { SimState } from '../../state/sim-state.js';

/** A working copy of a live candidate (404 otherwise), so failed validation changes nothing. */
export function loadCandidate(state: SimState, id: string): CandidateRecord {
  const index = state.candidates.indexOf(id);
  if (index < 0) throw notFound('Candidate', id);
  return structuredClone(state.candidates.get(index));
}

/** The candidate's application to `jobId`: 404 naming the job or the application when absent. */
export function requireApplication(state: SimState, c: CandidateRecord, jobId: string): ApplicationRecord {
  if (!state.jobs.get(jobId)) throw notFound('Job', jobId);
  const app = c.applications.find((a) => a.jobId === jobId);
  if (!app) throw notFound('Application', `${c.id}/${jobId}`);
  return app;
}
