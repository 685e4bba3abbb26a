import { paginate } from '../../core/paginate.js';
import { SimError, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest } from '../../core/types.js';
import { locateApplication } from '../../state/application-locator.js';
import { EVENT_TYPES, eventsOf, type EventRecord, type SessionRecord } from '../../state/event-store.js';
import type { SimState } from '../../state/sim-state.js';
import { BodyFields } from '../shared/body-fields.js';
import { iso, nested, noContent, param } from '../shared/extra-area-kit.js';

const MAX_CAPACITY = 1000;
const MAX_IDS = 100;

const sessionView = (s: SessionRecord) => ({ id: s.id, name: s.name, startsOn: iso(s.startsOn), endsOn: iso(s.endsOn), capacity: s.capacity, interviewers: s.interviewerIds.map((id) => ({ id })), applicantsCount: s.applicantIds.length });
const eventView = (e: EventRecord) => ({
  id: e.id, name: e.name, description: e.description, type: e.type, location: e.location, startsOn: iso(e.startsOn), endsOn: iso(e.endsOn),
  jobIds: e.jobIds, sessions: e.sessions.map(sessionView), applicantsCount: e.applicants.size, createdOn: iso(e.createdOn), updatedOn: iso(e.updatedOn),
});

/** Ids of a body's `name` array: 1 to 100 non-empty strings. */
function ids(body: unknown, name: string): string[] {
  const f = new BodyFields(body);
  const list = f.stringArray(name, { required: true });
  f.done();
  if ((list as string[]).length === 0 || (list as string[]).length > MAX_IDS || (list as string[]).some((x) => x.trim() === '')) throw new SimError(400, 'INVALID_FIELD', `${name}: must name 1 to ${MAX_IDS} ids`);
  return [...new Set(list)];
}

/** Real state behaviour for the Event Management API: events, sessions, interviewers and applicants. */
export function eventManagementArea({ state }: AreaContext): Area {
  const store = () => eventsOf(state);
  const event = (req: SimRequest): EventRecord => {
    const id = param(req, 'eventId');
    const e = store().events.get(id);
    if (!e) throw notFound('Event', id);
    return e;
  };
  const session = (req: SimRequest) => {
    const e = event(req);
    const id = param(req, 'sessionId');
    const s = e.sessions.find((x) => x.id === id);
    if (!s) throw notFound('Session', id);
    return { e, s };
  };
  /** Event fields of a create or PUT body (both replace every field they name; name and times required). */
  const readEvent = (st: SimState, body: unknown) => {
    const f = new BodyFields(body);
    const name = f.string('name', { required: true, minLength: 1 });
    const description = f.string('description');
    const type = f.string('type', { enum: EVENT_TYPES });
    const location = f.string('location');
    const jobIds = f.stringArray('jobIds');
    const sessions = f.objectArray('sessions');
    f.done();
    // Dates are checked after the other fields' 400, as their own second 400.
    const startsOn = f.dateTimeAt(f.body, 'startsOn', 'startsOn', true);
    const endsOn = f.dateTimeAt(f.body, 'endsOn', 'endsOn', true);
    f.done();
    if ((endsOn as number) <= (startsOn as number)) throw new SimError(400, 'INVALID_FIELD', 'endsOn: must be after startsOn');
    const unknownJob = jobIds?.find((j) => !st.jobs.get(j));
    if (unknownJob !== undefined) throw new SimError(400, 'JOB_NOT_FOUND', `jobIds: unknown job "${unknownJob}"`);
    const readSessions = sessions?.map((raw, i) => nested(`sessions[${i}]`, () => {
      const sf = new BodyFields(raw);
      const sname = sf.string('name', { required: true, minLength: 1 });
      const cap = sf.body['capacity'] ?? 10;
      sf.done();
      const s = sf.dateTimeAt(sf.body, 'startsOn', 'startsOn', true);
      const en = sf.dateTimeAt(sf.body, 'endsOn', 'endsOn', true);
      sf.done();
      if (typeof cap !== 'number' || !Number.isInteger(cap) || cap < 1 || cap > MAX_CAPACITY) throw new SimError(400, 'INVALID_FIELD', `capacity: must be a whole number from 1 to ${MAX_CAPACITY}`);
      if ((s as number) < (startsOn as number) || (en as number) > (endsOn as number) || (en as number) <= (s as number)) throw new SimError(400, 'INVALID_FIELD', 'startsOn: a session must fall within its event and end after it starts');
      return { id: store().sessionIds.newId(), name: sname as string, startsOn: s as number, endsOn: en as number, capacity: cap, interviewerIds: [], applicantIds: [] } satisfies SessionRecord;
    }));
    return { name: name as string, description: description ?? '', type: type ?? 'HIRING_EVENT', location: location ?? '', startsOn: startsOn as number, endsOn: endsOn as number, jobIds: jobIds ?? [], sessions: readSessions };
  };
  /** Applications a body names, each real; answers application id → candidate id. */
  const applications = (body: unknown): Map<string, string> => {
    const out = new Map<string, string>();
    for (const id of ids(body, 'applicationIds')) {
      const found = locateApplication(state, id);
      if (!found) throw new SimError(400, 'INVALID_FIELD', `applicationIds: unknown application "${id}"`);
      out.set(id.toLowerCase(), found.candidate.id);
    }
    return out;
  };
  const place = (e: EventRecord, s: SessionRecord, apps: Map<string, string>, move: boolean) => {
    const incoming = [...apps.keys()].filter((a) => !s.applicantIds.includes(a));
    if (s.applicantIds.length + incoming.length > s.capacity) throw new SimError(409, 'SESSION_FULL', `Session ${s.id} has ${s.capacity - s.applicantIds.length} free place(s), ${incoming.length} asked`);
    for (const a of incoming) {
      const current = store().sessionOf(e, a);
      if (current && !move) throw new SimError(409, 'ALREADY_IN_SESSION', `Application ${a} is already in session ${current.id}; PUT moves it`);
      if (!current && move && !e.applicants.has(a)) throw new SimError(400, 'INVALID_FIELD', `applicationIds: application ${a} is not an applicant of event ${e.id}`);
    }
    for (const a of incoming) {
      const current = store().sessionOf(e, a);
      if (current) current.applicantIds = current.applicantIds.filter((x) => x !== a);
      e.applicants.set(a, apps.get(a) as string);
      s.applicantIds.push(a);
    }
    e.updatedOn = state.now();
    return { status: 200, body: { ...sessionView(s), applicationIds: s.applicantIds } };
  };
  const applicantView = (e: EventRecord, applicationId: string) => {
    const s = store().sessionOf(e, applicationId);
    return { applicationId, candidateId: e.applicants.get(applicationId), ...(s ? { sessionId: s.id } : {}) };
  };
  const list = (items: unknown[]) => ({ status: 200, body: { totalFound: items.length, content: items } });

  const handlers: Record<string, Handler> = {
    getEvents: (req) => paginate(req, store().events.list().sort((a, b) => a.startsOn - b.startsOn).map(eventView)),
    createEvent: (req) => {
      const { sessions, ...fields } = readEvent(state, req.body);
      const now = state.now();
      const e = store().events.add({ id: store().events.newId(), ...fields, sessions: sessions ?? [], applicants: new Map(), createdOn: now, updatedOn: now });
      return { status: 201, body: eventView(e) };
    },
    getEventDetails: (req) => ({ status: 200, body: eventView(event(req)) }),
    updateEvent: (req) => {
      const e = event(req);
      const { sessions, ...fields } = readEvent(state, req.body);
      // Sessions are replaced only when the body lists them; applicants of dropped sessions return to the pool.
      Object.assign(e, fields, sessions ? { sessions } : {}, { updatedOn: state.now() });
      return { status: 200, body: eventView(e) };
    },
    deleteEvent: (req) => {
      store().events.remove(event(req).id);
      return noContent;
    },
    getSessionDetails: (req) => {
      const { s } = session(req);
      return { status: 200, body: { ...sessionView(s), applicationIds: s.applicantIds } };
    },
    deleteSession: (req) => {
      const { e, s } = session(req);
      e.sessions = e.sessions.filter((x) => x.id !== s.id);
      e.updatedOn = state.now();
      return noContent;
    },
    addInterviewersToSession: (req) => {
      const { e, s } = session(req);
      const users = ids(req.body, 'interviewerIds');
      const unknown = users.find((u) => !state.users.get(u));
      if (unknown !== undefined) throw new SimError(400, 'USER_NOT_FOUND', `interviewerIds: unknown user "${unknown}"`);
      s.interviewerIds = [...new Set([...s.interviewerIds, ...users])];
      e.updatedOn = state.now();
      return { status: 200, body: sessionView(s) };
    },
    removeInterviewersFromSession: (req) => {
      // The operation takes no body: it clears the session's interviewers.
      const { e, s } = session(req);
      s.interviewerIds = [];
      e.updatedOn = state.now();
      return noContent;
    },
    addApplicantsToEvent: (req) => {
      const e = event(req);
      const apps = applications(req.body);
      for (const [a, c] of apps) e.applicants.set(a, c);
      e.updatedOn = state.now();
      return { status: 200, body: { eventId: e.id, applicantsCount: e.applicants.size } };
    },
    addApplicantsToSession: (req) => {
      const { e, s } = session(req);
      return place(e, s, applications(req.body), false);
    },
    moveApplicantsToSession: (req) => {
      const { e, s } = session(req);
      return place(e, s, applications(req.body), true);
    },
    getAllApplicants: (req) => {
      const e = event(req);
      return list([...e.applicants.keys()].map((a) => applicantView(e, a)));
    },
    getApplicantsByEventId: (req) => {
      const e = event(req);
      // The pool: invited to the event, not yet in a session.
      return list([...e.applicants.keys()].filter((a) => !store().sessionOf(e, a)).map((a) => applicantView(e, a)));
    },
    getEventsForCandidate: (req) => {
      const id = param(req, 'profileId');
      if (state.candidates.indexOf(id) < 0) throw notFound('Candidate', id);
      return list(store().events.list().filter((e) => [...e.applicants.values()].includes(id)).map(eventView));
    },
    getEventsForApplication: (req) => {
      const id = param(req, 'applicationId').toLowerCase();
      if (!locateApplication(state, id)) throw notFound('Job application', id);
      return list(store().events.list().filter((e) => e.applicants.has(id)).map(eventView));
    },
  };
  return { name: 'event-management', handlers };
}
