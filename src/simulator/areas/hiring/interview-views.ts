import type { InterviewRecord, TimeslotRecord } from '../../state/interview-store.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** Timeslot as documented (SDK+SWX `Timeslot`); `noShow` appears once a no-show was recorded. */
export function timeslotView(t: TimeslotRecord): Record<string, unknown> {
  return {
    id: t.id,
    ...(t.interviewType !== undefined ? { interviewType: t.interviewType } : {}),
    ...(t.title !== undefined ? { title: t.title } : {}),
    ...(t.place !== undefined ? { place: t.place } : {}),
    startsOn: iso(t.startsOn),
    endsOn: iso(t.endsOn),
    interviewers: t.interviewers.map((i) => ({ id: i.id, status: i.status })),
    ...(t.candidateStatus !== undefined ? { candidateStatus: t.candidateStatus } : {}),
    ...(t.noShow !== undefined ? { noShow: t.noShow } : {}),
  };
}

/** Interview as documented (SDK+SWX `Interview`), timeslots in start order. */
export function interviewView(i: InterviewRecord): Record<string, unknown> {
  return {
    id: i.id,
    candidate: { id: i.candidateId, status: i.candidateStatus },
    jobId: i.jobId,
    ...(i.location !== undefined ? { location: i.location } : {}),
    organizerId: i.organizerId,
    timezone: i.timezone,
    timeslots: [...i.timeslots].sort((a, b) => a.startsOn - b.startsOn).map(timeslotView),
    createdOn: iso(i.createdOn),
    ...(i.refUrl !== undefined ? { refUrl: i.refUrl } : {}),
    ...(i.source !== undefined ? { source: i.source } : {}),
  };
}
