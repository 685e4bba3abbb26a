import type { ApplicationStageInput } from '../ats/application.js';

/** The body of `PUT /candidates/{id}/jobs/{jobId}/status`. */
export function fromApplicationStageInput(input: ApplicationStageInput): Record<string, string> {
  return {
    status: input.status,
    ...(input.sub_status ? { subStatus: input.sub_status } : {}),
    ...(input.reason_id ? { reason: input.reason_id } : {}),
    ...(input.starts_on ? { startsOn: input.starts_on } : {}),
  };
}
