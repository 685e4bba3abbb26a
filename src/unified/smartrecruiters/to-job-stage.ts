import type { JobStage } from '../ats/job-stage.js';
import type { SrHiringProcess } from '../../spec/index.js';
import { arr, base, bool, obj, str, type MapOptions, type Wire } from './read-wire.js';

/**
 * SmartRecruiters' candidate statuses, in pipeline order. Every hiring process has them all; a
 * process adds its own sub-statuses within some of them.
 */
export const CANDIDATE_STATUSES = ['LEAD', 'NEW', 'IN_REVIEW', 'INTERVIEW', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN', 'TRANSFERRED'] as const;

const STATUS_NAMES: Record<string, string> = {
  LEAD: 'Lead',
  NEW: 'New',
  IN_REVIEW: 'In review',
  INTERVIEW: 'Interview',
  OFFERED: 'Offered',
  HIRED: 'Hired',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
  TRANSFERRED: 'Transferred',
};

/** A stage id: the status, or `STATUS:sub-status label` (sub-statuses are set by label). */
export function stageId(status: string, subStatus: string | null): string {
  return subStatus ? `${status}:${subStatus}` : status;
}

/**
 * The stages of the account's hiring processes: one per status, then one per sub-status of each
 * active process. Inactive processes are left out: no job can move a candidate into them.
 */
export function toJobStages(hiringProcesses: readonly SrHiringProcess[], opts: MapOptions = {}): JobStage[] {
  const out: JobStage[] = CANDIDATE_STATUSES.map((status, order) => ({
    ...base(status, null, null, { status }, opts),
    name: STATUS_NAMES[status] ?? status,
    status,
    sub_status: null,
    hiring_process_id: null,
    hiring_process_name: null,
    order: order * 100,
  }));
  const seen = new Set<string>(out.map((s) => s.id));
  for (const p of hiringProcesses) {
    const process = obj(p);
    if (!process || bool(process.active) === false) continue;
    const subs = obj(process.subStatuses) ?? {};
    for (const [status, list] of Object.entries(subs)) {
      const statusOrder = (CANDIDATE_STATUSES as readonly string[]).indexOf(status);
      arr(list).forEach((s, i) => {
        const sub = obj(s) as Wire | undefined;
        const subLabel = sub ? str(sub.label) : null;
        if (!subLabel) return;
        const id = stageId(status, subLabel);
        // The same label in two processes is one stage: applications carry the label, not the process.
        if (seen.has(id)) return;
        seen.add(id);
        out.push({
          ...base(id, null, null, { process: { id: process.id, name: process.name }, status, subStatus: sub }, opts),
          name: `${STATUS_NAMES[status] ?? status}: ${subLabel}`,
          status,
          sub_status: subLabel,
          hiring_process_id: str(process.id),
          hiring_process_name: str(process.name),
          order: (statusOrder < 0 ? 99 : statusOrder) * 100 + i + 1,
        });
      });
    }
  }
  return out.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
