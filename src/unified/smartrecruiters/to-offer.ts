import type { Offer } from '../ats/offer.js';
import type { SrOffer } from '../../spec/index.js';
import { applicationKey, base, obj, str, time, type MapOptions } from './read-wire.js';

const CLOSED = new Set(['ACCEPTED', 'NOT_ACCEPTED', 'NOT_APPROVED', 'ABANDONED']);

/** The last path segment of `actions.<name>.url`: offers name their candidate and job only by link. */
function idFromAction(raw: SrOffer, name: string, segment: string): string | null {
  const url = str(obj(obj(raw.actions)?.[name])?.url);
  if (!url) return null;
  const parts = url.split('?')[0]!.split('/');
  const i = parts.lastIndexOf(segment);
  return i >= 0 && parts[i + 1] ? decodeURIComponent(parts[i + 1] as string) : null;
}

/** A SmartRecruiters offer as a unified Offer; its properties (salary, start date, …) become custom_fields. */
export function toOffer(raw: SrOffer, opts: MapOptions & { candidateId?: string; jobId?: string } = {}): Offer {
  const id = str(raw.id) ?? '';
  const candidateId = opts.candidateId ?? idFromAction(raw, 'candidate', 'candidates') ?? idFromAction(raw, 'details', 'candidates');
  const jobId = opts.jobId ?? idFromAction(raw, 'job', 'jobs') ?? idFromAction(raw, 'details', 'jobs');
  const status = str(raw.status) ?? 'CREATED';
  const props = obj(raw.properties) ?? {};
  return {
    ...base(id, raw.createdOn, raw.updatedOn, raw, opts, { ...props }),
    application_id: candidateId && jobId ? applicationKey(candidateId, jobId) : null,
    candidate_id: candidateId,
    job_id: jobId,
    status,
    sent_at: status === 'PENDING_ACCEPTANCE' || status === 'ACCEPTED' || status === 'NOT_ACCEPTED' ? time(raw.updatedOn) : null,
    closed_at: CLOSED.has(status) ? time(raw.updatedOn) : null,
    start_date: str(props.start_date) ?? str(props.startDate),
  };
}
