import type { Application } from '../ats/application.js';
import type { SrApplication, SrAssignment, SrStatusHistoryEntry } from '../../spec/index.js';
import { applicationKey, arr, base, obj, str, time, type MapOptions, type Wire } from './read-wire.js';
import { stageId } from './to-job-stage.js';

const OUTCOMES: Record<string, Application['outcome']> = { HIRED: 'HIRED', REJECTED: 'REJECTED', WITHDRAWN: 'WITHDRAWN', TRANSFERRED: 'TRANSFERRED' };

export interface ApplicationExtras extends MapOptions {
  /** `GET /candidates/{id}/jobs/{jobId}`: the application's own id, date and source. */
  readonly detail?: SrApplication;
  /** `GET /candidates/{id}/jobs/{jobId}/status/history` content. */
  readonly history?: readonly SrStatusHistoryEntry[];
}

/**
 * One assignment of a candidate (`primaryAssignment` or one of `secondaryAssignments`, or the
 * application details) as a unified Application. Its id is `candidateId:jobId`.
 */
export function toApplication(candidateId: string, assignment: SrAssignment | Wire, opts: ApplicationExtras = {}): Application {
  const d = opts.detail ?? {};
  const job = obj(d.job) ?? obj(assignment.job) ?? {};
  const jobId = str(job.id) ?? '';
  const status = str(d.status) ?? str(assignment.status) ?? 'NEW';
  const subStatus = str(d.subStatus) ?? str(assignment.subStatus);
  const reason = (v: unknown) => {
    const o = obj(v);
    return o && str(o.id) ? { id: str(o.id) as string, name: str(o.label) } : null;
  };
  const sd = obj(d.sourceDetails);
  const key = applicationKey(candidateId, jobId);
  const raw = opts.detail ? { ...assignment, ...opts.detail } : assignment;
  return {
    ...base(key, d.createdOn ?? assignment.createdOn, d.updatedOn ?? assignment.updatedOn ?? lastChange(opts.history), raw, opts),
    candidate_id: candidateId,
    job_id: jobId,
    job_name: str(job.title),
    applied_at: time(d.createdOn ?? assignment.createdOn),
    outcome: OUTCOMES[status] ?? 'ACTIVE',
    current_stage: { id: stageId(status, subStatus), status, sub_status: subStatus },
    reject_reason: reason(d.reasonOfRejection ?? assignment.reasonOfRejection),
    withdraw_reason: reason(d.reasonOfWithdrawal ?? assignment.reasonOfWithdrawal),
    source: str(d.source ?? assignment.source),
    source_details: sd ? { type_id: str(sd.sourceTypeId), sub_type_id: str(sd.sourceSubTypeId), value_id: str(sd.sourceId) } : null,
    starts_on: time(d.startsOn ?? assignment.startsOn),
    remote_application_uuid: str(d.id),
    status_history: opts.history
      ? arr(opts.history).map((h) => {
          const o = obj(h) ?? {};
          return { status: str(o.status) ?? '', sub_status: str(o.subStatus), changed_at: time(o.changedOn) };
        })
      : null,
  };
}

function lastChange(history: readonly unknown[] | undefined): string | null {
  let last: string | null = null;
  for (const h of history ?? []) {
    const t = time(obj(h)?.changedOn);
    if (t && (!last || t > last)) last = t;
  }
  return last;
}
