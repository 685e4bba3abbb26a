import type { ActionClient } from '../../../actions/index.js';
import type { Application, ApplicationStageInput } from '../../ats/application.js';
import { fromApplicationStageInput } from '../../smartrecruiters/from-application-stage-input.js';
import { splitApplicationKey } from '../../smartrecruiters/read-wire.js';
import { stageId } from '../../smartrecruiters/to-job-stage.js';
import { allReasons, allStages } from '../resources/configuration.js';
import { applications } from '../resources/applications.js';
import { badField, notFound } from '../unified-error.js';
import { readOp } from '../upstream.js';
import { writeOp } from './write-op.js';

/**
 * Moves an application to a stage. The stage must be one of the hiring processes' (SmartRecruiters
 * does not say which process a job uses, so every active one counts), a reason must be a
 * configured reason of the matching kind; all is checked before the one write.
 */
export async function moveApplication(client: ActionClient, id: string, input: ApplicationStageInput, signal?: AbortSignal): Promise<Application> {
  const key = splitApplicationKey(id);
  if (!key) throw notFound('application', id);
  const pathParams = { id: key.candidateId, jobId: key.jobId };
  await readOp(client, 'candidates.getApplication', { pathParams, signal }, 'application', id);
  if (input.sub_status !== undefined) {
    const stages = await allStages(client, false, signal);
    const wanted = stageId(input.status, input.sub_status);
    if (!stages.some((s) => s.id === wanted)) {
      const choices = stages.filter((s) => s.status === input.status && s.sub_status).map((s) => s.sub_status);
      throw badField('sub_status', `"${input.sub_status}" is not a step of ${input.status} in the hiring process (${choices.length ? `one of: ${choices.join(', ')}` : `${input.status} has no sub-statuses`})`, 'unknown_stage');
    }
  }
  if (input.reason_id !== undefined) {
    const kind = input.status === 'REJECTED' ? 'REJECTION' : input.status === 'WITHDRAWN' ? 'WITHDRAWAL' : undefined;
    if (!kind) throw badField('reason_id', 'only a REJECTED or WITHDRAWN status takes a reason');
    const reasons = await allReasons(client, false, signal);
    if (!reasons.some((r) => r.id === input.reason_id && r.kind === kind)) throw badField('reason_id', `not a configured ${kind.toLowerCase()} reason (see /unified/ats/reject-reasons)`, 'unknown_reason');
  }
  await writeOp(client, 'candidates.status.update', { pathParams, body: fromApplicationStageInput(input), signal });
  return applications.get(client, id, { includeRemoteData: false, ...(signal ? { signal } : {}) });
}
