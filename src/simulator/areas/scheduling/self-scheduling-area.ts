import { paginate } from '../../core/paginate.js';
import { SimError, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest } from '../../core/types.js';
import { locateApplication } from '../../state/application-locator.js';
import { officeSlots, selfSchedulesOf, type Invite, type SelfScheduleRecord, type SelfScheduledInterview, type Slot } from '../../state/self-schedule-store.js';
import { BodyFields } from '../shared/body-fields.js';
import { iso, noContent, param } from '../shared/extra-area-kit.js';

/** Schedule types are not documented; an upper-case word (INDIVIDUAL, PANEL, …) is accepted. */
const SCHEDULE_TYPE = /^[A-Z][A-Z_]{0,49}$/;

const slotView = (s: Slot) => ({ startsOn: iso(s.startsOn), endsOn: iso(s.endsOn) });
const interviewView = (i: SelfScheduledInterview) => ({ id: i.id, ...slotView(i), location: i.location, createdOn: iso(i.createdOn), updatedOn: iso(i.updatedOn) });
const inviteView = (scheduleId: string, v: Invite) => ({
  selfScheduleId: scheduleId, applicationUuid: v.applicationId, candidateId: v.candidateId, status: v.status, invitedOn: iso(v.invitedOn), expiresOn: iso(v.expiresOn),
  ...(v.message !== undefined ? { message: v.message } : {}), ...(v.rescheduleReason !== undefined ? { rescheduleReason: v.rescheduleReason } : {}), ...(v.interview ? { interview: interviewView(v.interview) } : {}),
});
const scheduleView = (s: SelfScheduleRecord) => ({
  id: s.id, jobId: s.jobId, scheduleType: s.scheduleType, status: s.status, durationMinutes: s.durationMinutes, interviewers: s.interviewerIds.map((id) => ({ id })),
  slots: s.slots.map(slotView), invitations: [...s.invites.values()].map((v) => inviteView(s.id, v)), createdOn: iso(s.createdOn), updatedOn: iso(s.updatedOn),
});

/** Real state behaviour for the Self-Scheduling API: offered slots, invitations, bookings and reschedules. */
export function selfSchedulingArea({ state }: AreaContext): Area {
  const store = () => selfSchedulesOf(state);
  const schedule = (id: string): SelfScheduleRecord => {
    const s = store().schedules.get(id);
    if (!s) throw notFound('Self-schedule', id);
    return s;
  };
  const invite = (s: SelfScheduleRecord, applicationId: string): Invite => {
    const v = s.invites.get(applicationId.toLowerCase());
    if (!v) throw new SimError(404, 'NOT_FOUND', `Application ${applicationId} is not invited to self-schedule ${s.id}`);
    return v;
  };
  const fromPath = (req: SimRequest) => {
    const s = schedule(param(req, 'id'));
    return { s, v: invite(s, param(req, 'applicationUuid')) };
  };
  const open = (s: SelfScheduleRecord, v: Invite) => {
    if (s.status === 'CANCELLED') throw new SimError(409, 'SELF_SCHEDULE_CANCELLED', `Self-schedule ${s.id} was cancelled`);
    if (v.status === 'CANCELLED') throw new SimError(409, 'INVITATION_CANCELLED', `The invitation of application ${v.applicationId} was cancelled`);
    if (v.expiresOn <= state.now() && !v.interview) throw new SimError(409, 'INVITATION_EXPIRED', `The invitation of application ${v.applicationId} expired on ${iso(v.expiresOn)}`);
  };
  /** `startsOn` of a body, which must be one of the slots still free for this application. */
  const chosenSlot = (s: SelfScheduleRecord, v: Invite, body: unknown): { slot: Slot; location?: string } => {
    const f = new BodyFields(body);
    const startsOn = f.dateTimeAt(f.body, 'startsOn', 'startsOn', true);
    const location = f.stringAt(f.body, 'location', 'location');
    f.done();
    const slot = store().freeSlots(s, v.applicationId).find((x) => x.startsOn === startsOn);
    if (!slot) throw new SimError(409, 'SLOT_NOT_AVAILABLE', `startsOn: ${iso(startsOn as number)} is not a free slot of self-schedule ${s.id}`);
    return { slot, ...(location !== undefined ? { location } : {}) };
  };
  /** The invitation a body names by `selfScheduleId` and `applicationUuid`. */
  const bodyInvite = (f: BodyFields) => {
    const sid = f.string('selfScheduleId', { required: true, minLength: 1 });
    const aid = f.string('applicationUuid', { required: true, minLength: 1 });
    return { sid, aid };
  };

  const handlers: Record<string, Handler> = {
    searchSelfSchedules: (req) => paginate(req, store().schedules.list().sort((a, b) => b.createdOn - a.createdOn).map(scheduleView)),
    getSelfSchedule: (req) => ({ status: 200, body: scheduleView(schedule(param(req, 'id'))) }),
    cancelSelfSchedule: (req) => {
      const s = schedule(param(req, 'id'));
      // Cancelling keeps the record (readable, CANCELLED) so candidates' links explain themselves.
      if (s.status === 'CANCELLED') throw new SimError(409, 'SELF_SCHEDULE_CANCELLED', `Self-schedule ${s.id} is already cancelled`);
      s.status = 'CANCELLED';
      for (const v of s.invites.values()) {
        v.status = 'CANCELLED';
        delete v.interview;
      }
      s.updatedOn = state.now();
      return noContent;
    },
    getApplicationSelfSchedule: (req) => {
      const { s, v } = fromPath(req);
      return { status: 200, body: inviteView(s.id, v) };
    },
    availableSlotsForApplication: (req) => {
      const { s, v } = fromPath(req);
      const content = s.status === 'ACTIVE' && v.status !== 'CANCELLED' ? store().freeSlots(s, v.applicationId).map(slotView) : [];
      return { status: 200, body: { totalFound: content.length, content } };
    },
    getSelfScheduledInterview: (req) => {
      const { s, v } = fromPath(req);
      if (!v.interview) throw new SimError(404, 'NOT_FOUND', `Application ${v.applicationId} has not booked an interview in self-schedule ${s.id}`);
      return { status: 200, body: interviewView(v.interview) };
    },
    createSelfScheduleInterview: (req) => {
      const { s, v } = fromPath(req);
      open(s, v);
      if (v.interview) throw new SimError(409, 'ALREADY_SCHEDULED', `Application ${v.applicationId} already booked ${iso(v.interview.startsOn)}; PUT moves it`);
      const { slot, location } = chosenSlot(s, v, req.body);
      const i = store().book(s, v, slot);
      if (location !== undefined) i.location = location;
      return { status: 201, body: interviewView(i) };
    },
    updateSelfScheduleInterview: (req) => {
      const { s, v } = fromPath(req);
      open(s, v);
      if (!v.interview) throw new SimError(404, 'NOT_FOUND', `Application ${v.applicationId} has not booked an interview yet; POST books one`);
      const { slot, location } = chosenSlot(s, v, req.body);
      const i = store().book(s, v, slot);
      if (location !== undefined) i.location = location;
      return { status: 200, body: interviewView(i) };
    },
    automatedSelfScheduling: (req) => {
      const f = new BodyFields(req.body);
      const ids = f.stringArray('applicationUuids', { required: true });
      const scheduleType = f.string('scheduleType') ?? 'INDIVIDUAL';
      const interviewers = f.stringArray('interviewerIds') ?? [];
      const duration = f.body['durationMinutes'] ?? 60;
      f.done();
      if (!SCHEDULE_TYPE.test(scheduleType)) throw new SimError(400, 'INVALID_FIELD', `scheduleType: must be an upper-case type such as INDIVIDUAL, got "${scheduleType}"`);
      if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 15 || duration > 240) throw new SimError(400, 'INVALID_FIELD', 'durationMinutes: must be a whole number from 15 to 240');
      if ((ids as string[]).length === 0 || (ids as string[]).length > 100) throw new SimError(400, 'INVALID_FIELD', 'applicationUuids: must name 1 to 100 applications');
      const unknownUser = interviewers.find((u) => !state.users.get(u));
      if (unknownUser !== undefined) throw new SimError(400, 'USER_NOT_FOUND', `interviewerIds: unknown user "${unknownUser}"`);
      const found = (ids as string[]).map((id) => ({ id, at: locateApplication(state, id) }));
      const missing = found.find((x) => !x.at);
      if (missing) throw new SimError(400, 'INVALID_FIELD', `applicationUuids: unknown application "${missing.id}"`);
      const jobs = new Set(found.map((x) => x.at!.application.jobId));
      if (jobs.size > 1) throw new SimError(400, 'INVALID_FIELD', 'applicationUuids: all applications must be to the same job');
      const jobId = [...jobs][0] as string;
      const team = interviewers.length > 0 ? interviewers : (state.jobs.get(jobId)?.hiringTeam.slice(0, 2).map((m) => m.userId) ?? []);
      const s = store().create(jobId, scheduleType, duration, team, officeSlots(state.now(), 5, duration));
      for (const x of found) store().invite(s, x.id.toLowerCase(), x.at!.candidate.id);
      return { status: 201, body: scheduleView(s) };
    },
    getAutomatedSchedulesAvailableSlotsCountByInterviewerWithRoles: (req) => {
      const type = param(req, 'scheduleType');
      if (!SCHEDULE_TYPE.test(type)) throw new SimError(400, 'INVALID_FIELD', `scheduleType: must be an upper-case type such as INDIVIDUAL, got "${type}"`);
      const appId = param(req, 'applicationUuid');
      const found = locateApplication(state, appId);
      if (!found) throw notFound('Job application', appId);
      const f = new BodyFields(req.body, false);
      const roles = f.stringArray('roles');
      f.done();
      const job = state.jobs.get(found.application.jobId);
      const members = (job?.hiringTeam ?? []).filter((m) => !roles || roles.includes(m.role));
      const s = store().schedules.list().find((x) => x.status === 'ACTIVE' && x.invites.has(appId.toLowerCase()) && x.scheduleType === type);
      const free = s ? store().freeSlots(s, appId.toLowerCase()).length : officeSlots(state.now(), 5, 60).length;
      const content = members.map((m) => ({ interviewerId: m.userId, role: m.role, availableSlots: s && !s.interviewerIds.includes(m.userId) ? 0 : free }));
      return { status: 200, body: { totalFound: content.length, content } };
    },
    updateSelfScheduleInvite: (req) => {
      const f = new BodyFields(req.body);
      const { sid, aid } = bodyInvite(f);
      const message = f.string('message');
      f.done();
      const expiresOn = f.dateTimeAt(f.body, 'expiresOn', 'expiresOn');
      f.done();
      const s = schedule(sid as string);
      const v = invite(s, aid as string);
      if (s.status === 'CANCELLED') throw new SimError(409, 'SELF_SCHEDULE_CANCELLED', `Self-schedule ${s.id} was cancelled`);
      if (expiresOn !== undefined && expiresOn <= state.now()) throw new SimError(400, 'INVALID_FIELD', 'expiresOn: must be in the future');
      if (message !== undefined) v.message = message;
      if (expiresOn !== undefined) v.expiresOn = expiresOn;
      v.invitedOn = state.now();
      return { status: 200, body: inviteView(s.id, v) };
    },
    requestSelfReschedule: (req) => {
      const f = new BodyFields(req.body);
      const { sid, aid } = bodyInvite(f);
      const reason = f.string('reason');
      f.done();
      const s = schedule(sid as string);
      const v = invite(s, aid as string);
      open(s, v);
      if (!v.interview) throw new SimError(409, 'NOT_SCHEDULED', `Application ${v.applicationId} has no booked interview to reschedule`);
      // The booked slot is released; the candidate picks a new one from the free slots.
      delete v.interview;
      v.status = 'RESCHEDULE_REQUESTED';
      if (reason !== undefined) v.rescheduleReason = reason;
      s.updatedOn = state.now();
      return { status: 200, body: inviteView(s.id, v) };
    },
  };
  return { name: 'self-scheduling', handlers };
}
