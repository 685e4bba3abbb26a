import type { Interview } from '../ats/interview.js';
import type { SrInterview } from '../../spec/index.js';
import { applicationKey, arr, base, obj, str, time, type MapOptions } from './read-wire.js';

/** A SmartRecruiters interview (Interviews API) as a unified Interview; the panel is every timeslot's interviewers. */
export function toInterview(raw: SrInterview, opts: MapOptions & { now?: number } = {}): Interview {
  const id = str(raw.id) ?? '';
  const candidateId = str(obj(raw.candidate)?.id);
  const jobId = str(raw.jobId);
  const slots = arr(raw.timeslots).map((s) => {
    const o = obj(s) ?? {};
    return {
      id: str(o.id) ?? '',
      start_at: time(o.startsOn),
      end_at: time(o.endsOn),
      location: str(o.place),
      interviewers: arr(o.interviewers).flatMap((i) => {
        const p = obj(i);
        return p && str(p.id) ? [{ user_id: str(p.id) as string, response: str(p.status) ?? str(obj(p.status)?.status) }] : [];
      }),
      title: str(o.title),
    };
  });
  const starts = slots.map((s) => s.start_at).filter((t): t is string => t !== null).sort();
  const ends = slots.map((s) => s.end_at).filter((t): t is string => t !== null).sort();
  const end = ends[ends.length - 1] ?? null;
  const cancelled = str(obj(raw.candidate)?.status) === 'declined';
  const now = opts.now ?? Date.now();
  return {
    ...base(id, raw.createdOn, raw.updatedOn ?? raw.createdOn, raw, opts),
    application_id: candidateId && jobId ? applicationKey(candidateId, jobId) : null,
    candidate_id: candidateId,
    job_id: jobId,
    title: slots.find((s) => s.title)?.title ?? null,
    location: str(raw.location) ?? slots.find((s) => s.location)?.location ?? null,
    organizer_id: str(raw.organizerId),
    interviewer_ids: [...new Set(slots.flatMap((s) => s.interviewers.map((i) => i.user_id)))],
    start_at: starts[0] ?? null,
    end_at: end,
    status: cancelled ? 'CANCELLED' : end && Date.parse(end) < now ? 'AWAITING_FEEDBACK' : 'SCHEDULED',
    timeslots: slots.map(({ title: _title, ...s }) => s),
  };
}
