import { SeededRandom, hashString, mix, uuidFrom } from '../core/seeded-random.js';
import type { ApplicationRecord, CandidateRecord } from './candidate-record.js';
import { candidateTail, type SimState } from './sim-state.js';
import { companionOf } from './companion-of.js';
import { PerApplicationRecords } from './per-application-records.js';
import { seededChildId } from './seeded-child-id.js';

export const ATTENDEE_STATUSES = ['accepted', 'declined', 'pending', 'tentative'] as const;
export type AttendeeStatus = (typeof ATTENDEE_STATUSES)[number];

export interface Interviewer {
  readonly id: string;
  status: AttendeeStatus;
}

export interface TimeslotRecord {
  readonly id: string;
  interviewType?: string;
  title?: string;
  place?: string;
  startsOn: number;
  endsOn: number;
  interviewers: Interviewer[];
  candidateStatus?: AttendeeStatus;
  noShow?: boolean;
}

export interface InterviewRecord {
  readonly id: string;
  readonly candidateId: string;
  candidateStatus: AttendeeStatus;
  readonly jobId: string;
  readonly applicationId: string;
  location?: string;
  readonly organizerId: string;
  timezone: string;
  timeslots: TimeslotRecord[];
  readonly createdOn: number;
  refUrl?: string;
  source?: string;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const DEFAULT_TYPES = ['Phone screen', 'Video interview', 'On-site interview', 'Technical interview', 'Panel interview', 'Final interview'];
const ZONES = ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin', 'Europe/Warsaw', 'Asia/Singapore'];
// Applications that reached these steps had interviews; earlier ones have none yet.
const INTERVIEWED = new Set(['INTERVIEW', 'OFFERED', 'HIRED']);
const INTERVIEW_KIND = 0x17e;

/**
 * Interviews (Interviews API v201904) and interview types. Seeded interviews of an application
 * are made the first time that application, or one of its interviews by id, is asked for: their
 * ids are derived from the application (and name it), so what a read answers never depends on
 * what was read before, and a million candidates cost nothing until used. A deleted seeded
 * interview stays deleted.
 */
export class InterviewStore {
  readonly types: string[] = [...DEFAULT_TYPES];
  private readonly records: PerApplicationRecords<InterviewRecord>;
  private counter = 0;

  constructor(private readonly state: SimState) {
    this.records = new PerApplicationRecords(state, {
      kind: INTERVIEW_KIND,
      applicationKey: (c, app) => state.applicationId(c.id, app.jobId),
      recordKey: (i) => i.applicationId,
      seed: (c, app, applicationId) => this.seed(c, app, applicationId),
    });
  }

  get(id: string): InterviewRecord | undefined {
    return this.records.get(id);
  }

  /** The interviews of one application, oldest first; seeds them on first use. */
  forApplication(c: CandidateRecord, app: ApplicationRecord): InterviewRecord[] {
    return this.records.forApplication(c, app);
  }

  add(interview: InterviewRecord): void {
    // A created interview counts as the application's seeding done, so no seeded ones appear later.
    this.records.markSeeded(interview.applicationId);
    this.records.put(interview);
  }

  delete(id: string): boolean {
    return this.records.delete(id);
  }

  newId(): string {
    const n = ++this.counter;
    return uuidFrom(mix(this.state.seedOptions.seed, 701, n), mix(n, 702), this.state.now() >>> 0, n);
  }

  private seed(c: CandidateRecord, app: ApplicationRecord, applicationId: string): void {
    if (!INTERVIEWED.has(app.status)) return;
    const slot = c.applications.findIndex((a) => a.jobId === app.jobId);
    const seedNo = this.state.seedOptions.seed;
    const childId = (n: number) => seededChildId(seedNo, INTERVIEW_KIND, hashString(applicationId), candidateTail(c.id), slot, n);
    const r = new SeededRandom(mix(this.state.seedOptions.seed, hashString(applicationId), 703));
    const job = this.state.jobs.get(app.jobId);
    const users = this.state.users.list.map((u) => u.id);
    if (users.length === 0) return;
    const team = job?.hiringTeam.map((m) => m.userId) ?? [];
    const pool = team.length > 0 ? team : users;
    const count = 1 + r.int(2);
    for (let k = 0; k < count; k++) {
      // An application still at INTERVIEW may have its last interview ahead; later steps' are past.
      const future = app.status === 'INTERVIEW' && k === count - 1 && r.next() < 0.6;
      const day = future ? this.state.anchor + (1 + r.int(14)) * DAY : Math.max(app.createdOn + DAY, this.state.anchor - (2 + r.int(40)) * DAY);
      const startsOn = day - (day % DAY) + (9 + r.int(7)) * HOUR;
      const slots = 1 + r.int(2);
      const timeslots: TimeslotRecord[] = [];
      for (let s = 0; s < slots; s++) {
        const begin = startsOn + s * HOUR;
        const done = !future;
        timeslots.push({
          id: childId(16 + k * 8 + s), interviewType: DEFAULT_TYPES[r.int(DEFAULT_TYPES.length)]!, title: `${job?.title ?? 'Interview'} - round ${k + 1}`,
          place: r.next() < 0.5 ? 'Video call' : 'Meeting room 2', startsOn: begin, endsOn: begin + (r.next() < 0.5 ? HOUR / 2 : HOUR),
          interviewers: [...new Set([pool[r.int(pool.length)]!, pool[r.int(pool.length)]!])].map((id) => ({ id, status: done || r.next() < 0.7 ? 'accepted' : 'pending' })),
          ...(done ? { candidateStatus: 'accepted' as const } : {}),
        });
      }
      const id = childId(k);
      this.records.put({
        id, candidateId: c.id, candidateStatus: future && r.next() < 0.5 ? 'pending' : 'accepted', jobId: app.jobId, applicationId,
        organizerId: pool[r.int(pool.length)]!, timezone: ZONES[r.int(ZONES.length)]!, timeslots, createdOn: Math.min(startsOn - 3 * DAY, this.state.anchor - DAY),
        location: job?.location['city'] !== undefined ? String(job.location['city']) : 'Remote',
      });
    }
  }
}

// Keyed on the CandidateStore that SimState.reseed replaces, so a reset or re-seed starts afresh.
/** The interview store of the state's current seed. */
export const interviewsOf = companionOf((state) => state.candidates, (state): InterviewStore => new InterviewStore(state));
