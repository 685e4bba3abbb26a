import { byParam } from '../shared/extra-area-kit.js';
import { SimError, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest } from '../../core/types.js';
import { locateApplication } from '../../state/application-locator.js';
import { ATTENDEE_STATUSES, interviewsOf, type InterviewRecord, type TimeslotRecord } from '../../state/interview-store.js';
import type { SimState } from '../../state/sim-state.js';
import { BodyFields } from '../shared/body-fields.js';
import { isTimeZone, readTimeslot } from './read-timeslot.js';
import { interviewView, timeslotView } from './interview-views.js';

const noContent = { status: 204 } as const;


/** Reads `POST /interviews` (SDK `Interview`): candidate, jobId, organizerId, timezone, timeslots required. */
function readNewInterview(state: SimState, types: readonly string[], body: unknown, id: () => string): InterviewRecord {
  const p = new BodyFields(body);
  const o = p.body;
  const candidate = p.objectAt(o['candidate'], 'candidate', true);
  const candidateId = candidate ? p.stringAt(candidate, 'id', 'candidate.id', true) : undefined;
  const candidateStatus = candidate ? p.oneOfAt(candidate, 'status', 'candidate.status', ATTENDEE_STATUSES) : undefined;
  const jobId = p.stringAt(o, 'jobId', 'jobId', true);
  const organizerId = p.stringAt(o, 'organizerId', 'organizerId', true);
  const timezone = p.stringAt(o, 'timezone', 'timezone', true);
  const location = p.stringAt(o, 'location', 'location');
  const refUrl = p.stringAt(o, 'refUrl', 'refUrl');
  const source = p.stringAt(o, 'source', 'source');
  const createdOn = p.dateTimeAt(o, 'createdOn', 'createdOn');
  // References must name real records: a careful server rejects the body (400 naming the field).
  const c = candidateId !== undefined ? state.candidates.indexOf(candidateId) : -1;
  if (candidateId !== undefined && c < 0) p.invalid('candidate.id', `unknown candidate "${candidateId}"`);
  if (jobId !== undefined && !state.jobs.get(jobId)) p.invalid('jobId', `unknown job "${jobId}"`);
  else if (jobId !== undefined && c >= 0 && !state.candidates.get(c).applications.some((a) => a.jobId === jobId)) {
    p.invalid('jobId', `candidate ${candidateId} has not applied to job ${jobId}`);
  }
  if (organizerId !== undefined && !state.users.get(organizerId)) p.invalid('organizerId', `unknown user "${organizerId}"`);
  if (timezone !== undefined && !isTimeZone(timezone)) p.invalid('timezone', `must be a TZ database name such as Europe/Berlin, got "${timezone}"`);
  const raw = o['timeslots'];
  const timeslots: TimeslotRecord[] = [];
  if (raw === undefined || raw === null) p.missing('timeslots');
  else if (!Array.isArray(raw) || raw.length === 0) p.invalid('timeslots', 'must be a non-empty array of timeslots');
  else raw.forEach((t, i) => {
    const slot = readTimeslot(state, types, t, `timeslots[${i}]`, p);
    if (slot) timeslots.push({ id: id(), ...slot });
  });
  p.done();
  return {
    id: id(), candidateId: candidateId as string, candidateStatus: candidateStatus ?? 'pending', jobId: jobId as string,
    applicationId: state.applicationId(candidateId as string, jobId as string), organizerId: organizerId as string, timezone: timezone as string, timeslots,
    createdOn: createdOn ?? state.now(), ...(location !== undefined ? { location } : {}), ...(refUrl !== undefined ? { refUrl } : {}), ...(source !== undefined ? { source } : {}),
  };
}

/** Real state behaviour for the Interviews API v201904: interviews, timeslots, attendee statuses, types. */
export function interviewsArea({ state }: AreaContext): Area {
  const store = () => interviewsOf(state);
  const interview = (req: SimRequest): InterviewRecord => byParam(req, 'interviewId', 'Interview', (id) => store().get(id));
  const timeslot = (req: SimRequest, i: InterviewRecord): TimeslotRecord => {
    const id = req.params['timeslotId'] ?? '';
    const t = i.timeslots.find((s) => s.id === id);
    if (!t) throw notFound('Timeslot', id);
    return t;
  };
  const statusBody = (req: SimRequest): TimeslotRecord['interviewers'][number]['status'] => {
    const p = new BodyFields(req.body);
    const status = p.oneOfAt(p.body, 'status', 'status', ATTENDEE_STATUSES, true);
    p.done();
    return status!;
  };

  const handlers: Record<string, Handler> = {
    'interviews.get-list': (req) => {
      // applicationId is required (table-level validation answers 400 naming it). An id that
      // names no application matches nothing: a filter, so an empty list rather than a 404.
      const found = locateApplication(state, String(req.query['applicationId'] ?? ''));
      const content = found ? store().forApplication(found.candidate, found.application).map(interviewView) : [];
      return { status: 200, body: { content } };
    },
    'interviews.create': (req) => {
      const i = readNewInterview(state, store().types, req.body, () => store().newId());
      store().add(i);
      return { status: 201, body: interviewView(i) };
    },
    'interviews.get': (req) => ({ status: 200, body: interviewView(interview(req)) }),
    'interviews.update': (req) => {
      const i = interview(req);
      const p = new BodyFields(req.body);
      const o = p.body;
      const location = p.stringAt(o, 'location', 'location');
      const timezone = p.stringAt(o, 'timezone', 'timezone');
      if (timezone !== undefined && !isTimeZone(timezone)) p.invalid('timezone', `must be a TZ database name such as Europe/Berlin, got "${timezone}"`);
      const candidate = p.objectAt(o['candidate'], 'candidate');
      const candidateId = candidate ? p.stringAt(candidate, 'id', 'candidate.id') : undefined;
      if (candidateId !== undefined && candidateId !== i.candidateId) p.invalid('candidate.id', 'an interview cannot move to another candidate; create a new interview');
      const status = candidate ? p.oneOfAt(candidate, 'status', 'candidate.status', ATTENDEE_STATUSES) : undefined;
      p.done();
      if (location !== undefined) i.location = location;
      if (timezone !== undefined) i.timezone = timezone;
      if (status !== undefined) i.candidateStatus = status;
      return noContent;
    },
    'interviews.delete': (req) => {
      store().delete(interview(req).id);
      return noContent;
    },
    'timeslots.create': (req) => {
      const i = interview(req);
      const p = BodyFields.problems();
      const slot = readTimeslot(state, store().types, req.body, '', p);
      p.done();
      const t: TimeslotRecord = { id: store().newId(), ...slot! };
      i.timeslots.push(t);
      return { status: 201, body: timeslotView(t) };
    },
    'timeslots.get': (req) => ({ status: 200, body: timeslotView(timeslot(req, interview(req))) }),
    'timeslots.update': (req) => {
      const i = interview(req);
      const t = timeslot(req, i);
      const p = new BodyFields(req.body);
      // PATCH: absent fields keep their values; the merged start/end range must still be valid.
      const merged = readTimeslot(state, store().types, p.body, '', p, t);
      p.done();
      i.timeslots[i.timeslots.indexOf(t)] = { id: t.id, ...merged! };
      return noContent;
    },
    'timeslots.delete': (req) => {
      const i = interview(req);
      const t = timeslot(req, i);
      // An interview needs at least one timeslot (required, non-empty on create).
      if (i.timeslots.length === 1) throw new SimError(409, 'LAST_TIMESLOT', `timeslot ${t.id} is the only timeslot of interview ${i.id}; delete the interview instead`);
      i.timeslots = i.timeslots.filter((s) => s !== t);
      return noContent;
    },
    'statuses.candidate.put': (req) => {
      const i = interview(req);
      i.candidateStatus = statusBody(req);
      return noContent;
    },
    'statuses.timeslot-candidate.put': (req) => {
      const t = timeslot(req, interview(req));
      t.candidateStatus = statusBody(req);
      return noContent;
    },
    'statuses.interviewer.put': (req) => {
      const t = timeslot(req, interview(req));
      const userId = req.params['userId'] ?? '';
      const who = t.interviewers.find((x) => x.id === userId);
      if (!who) throw notFound('Interviewer', `${userId} in timeslot ${t.id}`);
      who.status = statusBody(req);
      return noContent;
    },
    'timeslots.patch-noshow': (req) => {
      const t = timeslot(req, interview(req));
      // Body undocumented: `{noShow: boolean}` (default true), so the call can also undo a no-show.
      const o = new BodyFields(req.body, false).body;
      const v = o['noShow'];
      if (v !== undefined && typeof v !== 'boolean') throw new SimError(400, 'INVALID_FIELD', 'noShow: must be true or false');
      if (t.startsOn > state.now()) throw new SimError(409, 'TIMESLOT_NOT_STARTED', `timeslot ${t.id} starts at ${new Date(t.startsOn).toISOString()}; a no-show can be recorded only once it has started`);
      t.noShow = v ?? true;
      return noContent;
    },
    'types.get': () => ({ status: 200, body: [...store().types] }),
    'types.update': (req) => {
      // "Adds interview types to already existing ones": a bare array of names, as GET answers.
      if (!Array.isArray(req.body)) throw new SimError(400, 'INVALID_FIELD', 'body: must be an array of interview type names');
      const p = BodyFields.problems();
      const names: string[] = [];
      req.body.forEach((v, k) => {
        if (typeof v !== 'string' || v.trim() === '') p.invalid(`[${k}]`, 'must be a non-empty string');
        else if (v.trim().length > 100) p.invalid(`[${k}]`, 'must have at most 100 characters');
        else names.push(v.trim());
      });
      p.done();
      const types = store().types;
      // Adding a name that exists (in any letter case) changes nothing, so the call is idempotent.
      for (const n of names) if (!types.some((t) => t.toLowerCase() === n.toLowerCase())) types.push(n);
      return noContent;
    },
    'types.delete': (req) => {
      const name = req.params['interviewType'] ?? '';
      const types = store().types;
      const at = types.findIndex((t) => t.toLowerCase() === name.toLowerCase());
      if (at < 0) throw notFound('Interview type', name);
      types.splice(at, 1);
      return noContent;
    },
  };
  return { name: 'interviews', handlers };
}
