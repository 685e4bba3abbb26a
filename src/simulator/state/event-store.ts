import { SeededRandom, mix } from '../core/seeded-random.js';
import { companionOf } from './companion-of.js';
import { RecordTable } from './record-table.js';
import type { SimState } from './sim-state.js';

export const EVENT_TYPES = ['CAREER_FAIR', 'ASSESSMENT_CENTER', 'OPEN_DAY', 'HIRING_EVENT'] as const;

export interface SessionRecord {
  readonly id: string;
  name: string;
  startsOn: number;
  endsOn: number;
  capacity: number;
  interviewerIds: string[];
  /** Application ids placed in this session. */
  applicantIds: string[];
}

export interface EventRecord {
  readonly id: string;
  name: string;
  description: string;
  type: string;
  location: string;
  startsOn: number;
  endsOn: number;
  jobIds: string[];
  sessions: SessionRecord[];
  /** Application id → candidate id of everyone invited to the event (in a session or not). */
  readonly applicants: Map<string, string>;
  readonly createdOn: number;
  updatedOn: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MAX_SAMPLED_CANDIDATES = 400;

/** Hiring events of one company, their sessions and who is invited. */
export class EventStore {
  readonly events: RecordTable<EventRecord>;
  readonly sessionIds: RecordTable<{ id: string }>;

  constructor(state: SimState) {
    const seed = state.seedOptions.seed;
    this.events = new RecordTable(seed, 1201);
    this.sessionIds = new RecordTable(seed, 1202);
    const jobs = state.jobs.list;
    const r = new SeededRandom(mix(seed, 1203));
    const names = ['Spring career fair', 'Engineering assessment day', 'Open day at HQ', 'Graduate hiring event'];
    names.forEach((name, i) => {
      // Two events are past, two are coming up.
      const startsOn = Math.floor(state.anchor / DAY) * DAY + (i < 2 ? -(20 + 10 * i) : 7 + 7 * i) * DAY + 9 * HOUR;
      const endsOn = startsOn + 8 * HOUR;
      const jobIds = jobs.length > 0 ? [jobs[(i * 3) % jobs.length]!.id] : [];
      const e: EventRecord = { id: this.events.newId(), name, description: `${name} (${state.companyName})`, type: EVENT_TYPES[i % EVENT_TYPES.length]!, location: 'Head office', startsOn, endsOn, jobIds, sessions: [], applicants: new Map(), createdOn: startsOn - 30 * DAY, updatedOn: startsOn - 30 * DAY };
      const team = jobIds.flatMap((j) => state.jobs.get(j)?.hiringTeam.map((m) => m.userId) ?? []);
      for (let s = 0; s < 3; s++) e.sessions.push({ id: this.sessionIds.newId(), name: `Session ${s + 1}`, startsOn: startsOn + s * 2 * HOUR, endsOn: startsOn + (s * 2 + 2) * HOUR, capacity: 10, interviewerIds: team.slice(0, 2), applicantIds: [] });
      this.events.add(e);
    });
    // Applicants of each event's job, from a spread sample: most placed in a session, some in the pool.
    const store = state.candidates;
    const stride = Math.max(1, Math.ceil(store.size / MAX_SAMPLED_CANDIDATES));
    for (let i = 0; i < store.size; i += stride) {
      if (!store.isLive(i)) continue;
      const c = store.get(i);
      for (const e of this.events.list()) {
        for (const a of c.applications) {
          if (!e.jobIds.includes(a.jobId) || e.applicants.size >= 24) continue;
          const appId = state.applicationId(c.id, a.jobId);
          e.applicants.set(appId, c.id);
          const session = e.sessions[r.int(e.sessions.length + 1)];
          if (session && session.applicantIds.length < session.capacity) session.applicantIds.push(appId);
        }
      }
    }
  }

  sessionOf(e: EventRecord, applicationId: string): SessionRecord | undefined {
    return e.sessions.find((s) => s.applicantIds.includes(applicationId));
  }
}

/** The event store of the state's current population. */
export const eventsOf = companionOf((state) => state.candidates, (state): EventStore => new EventStore(state));
