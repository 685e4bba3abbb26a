import type { ApplicationRecord, CandidateRecord } from './candidate-record.js';
import { candidateTail, type SimState } from './sim-state.js';

export interface LocatedApplication {
  readonly candidate: CandidateRecord;
  readonly application: ApplicationRecord;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Finds the application an id names. Application ids end with their candidate id's last 8 hex
 * digits (`SimState.applicationId`), which name the candidate's index: one record is read, the
 * same work for the first lookup as for the millionth, with nothing to build first.
 */
export function locateApplication(state: SimState, applicationId: string): LocatedApplication | undefined {
  const id = applicationId.toLowerCase();
  if (!UUID.test(id)) return undefined;
  const index = state.candidates.indexOfTail(candidateTail(id));
  if (index < 0) return undefined;
  // A copy, so a caller that fails validation half-way never leaves a half-changed record.
  const c = structuredClone(state.candidates.get(index));
  const app = c.applications.find((a) => state.applicationId(c.id, a.jobId) === id);
  return app ? { candidate: c, application: app } : undefined;
}
