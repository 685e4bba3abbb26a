import { mix } from '../core/seeded-random.js';
import { companionOf } from './companion-of.js';
import { RecordTable } from './record-table.js';
import type { SimState } from './sim-state.js';

export type InviteStatus = 'INVITED' | 'SCHEDULED' | 'RESCHEDULE_REQUESTED' | 'CANCELLED';

export interface Slot {
  readonly startsOn: number;
  readonly endsOn: number;
}

export interface SelfScheduledInterview extends Slot {
  readonly id: string;
  location: string;
  readonly createdOn: number;
  updatedOn: number;
}

export interface Invite {
  readonly applicationId: string;
  readonly candidateId: string;
  status: InviteStatus;
  invitedOn: number;
  expiresOn: number;
  message?: string;
  rescheduleReason?: string;
  interview?: SelfScheduledInterview;
}

export interface SelfScheduleRecord {
  readonly id: string;
  readonly jobId: string;
  readonly scheduleType: string;
  readonly durationMinutes: number;
  readonly interviewerIds: readonly string[];
  readonly slots: readonly Slot[];
  status: 'ACTIVE' | 'CANCELLED';
  readonly invites: Map<string, Invite>;
  readonly createdOn: number;
  updatedOn: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MAX_SAMPLED_CANDIDATES = 500;

/** Office-hour slots (10:00–16:00 UTC, on the hour) on the `days` working days after `from`. */
export function officeSlots(from: number, days: number, durationMinutes: number): Slot[] {
  const out: Slot[] = [];
  const start = Math.floor(from / DAY) * DAY + DAY;
  for (let d = 0, made = 0; made < days; d++) {
    const day = start + d * DAY;
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    made++;
    for (let h = 10; h < 16; h++) out.push({ startsOn: day + h * HOUR, endsOn: day + h * HOUR + durationMinutes * 60_000 });
  }
  return out;
}

/** Self-scheduling invitations of one company: the slots offered and what each invited candidate booked. */
export class SelfScheduleStore {
  readonly schedules: RecordTable<SelfScheduleRecord>;
  readonly interviewIds: RecordTable<{ id: string }>;

  constructor(private readonly state: SimState) {
    const seed = state.seedOptions.seed;
    this.schedules = new RecordTable(seed, 1101);
    this.interviewIds = new RecordTable(seed, 1102);
    // INTERVIEW-stage applications of a spread sample, grouped by job: each of the first jobs gets one schedule.
    const byJob = new Map<string, { candidateId: string; applicationId: string }[]>();
    const store = state.candidates;
    const stride = Math.max(1, Math.ceil(store.size / MAX_SAMPLED_CANDIDATES));
    for (let i = 0; i < store.size && byJob.size < 6; i += stride) {
      if (!store.isLive(i)) continue;
      const c = store.get(i);
      for (const a of c.applications) {
        if (a.status !== 'INTERVIEW') continue;
        const list = byJob.get(a.jobId) ?? [];
        if (list.length < 3) list.push({ candidateId: c.id, applicationId: state.applicationId(c.id, a.jobId) });
        byJob.set(a.jobId, list);
      }
    }
    let k = 0;
    for (const [jobId, apps] of byJob) {
      const job = state.jobs.get(jobId);
      const interviewers = job ? job.hiringTeam.slice(0, 2).map((m) => m.userId) : [];
      const createdOn = state.anchor - (2 + (mix(seed, k++, 1103) % 5)) * DAY;
      const s = this.create(jobId, 'INDIVIDUAL', 60, interviewers, officeSlots(state.anchor, 5, 60), createdOn);
      apps.forEach((a, j) => {
        const invite = this.invite(s, a.applicationId, a.candidateId, createdOn);
        // The first invited candidate has already booked the first slot.
        if (j === 0) this.book(s, invite, s.slots[0]!, createdOn + HOUR);
      });
    }
  }

  create(jobId: string, scheduleType: string, durationMinutes: number, interviewerIds: string[], slots: Slot[], at = this.state.now()): SelfScheduleRecord {
    return this.schedules.add({ id: this.schedules.newId(), jobId, scheduleType, durationMinutes, interviewerIds, slots, status: 'ACTIVE', invites: new Map(), createdOn: at, updatedOn: at });
  }

  invite(s: SelfScheduleRecord, applicationId: string, candidateId: string, at = this.state.now()): Invite {
    const invite: Invite = { applicationId, candidateId, status: 'INVITED', invitedOn: at, expiresOn: at + 7 * DAY };
    s.invites.set(applicationId, invite);
    return invite;
  }

  /** Slots nobody else has booked (an invitee's own booking stays offered to them). */
  freeSlots(s: SelfScheduleRecord, forApplication: string): Slot[] {
    const taken = new Set<number>();
    for (const [id, inv] of s.invites) if (id !== forApplication && inv.interview) taken.add(inv.interview.startsOn);
    return s.slots.filter((x) => !taken.has(x.startsOn) && x.startsOn > this.state.now());
  }

  book(s: SelfScheduleRecord, invite: Invite, slot: Slot, at = this.state.now()): SelfScheduledInterview {
    const prev = invite.interview;
    invite.interview = { id: prev?.id ?? this.interviewIds.newId(), startsOn: slot.startsOn, endsOn: slot.endsOn, location: prev?.location ?? 'Video call', createdOn: prev?.createdOn ?? at, updatedOn: at };
    invite.status = 'SCHEDULED';
    s.updatedOn = at;
    return invite.interview;
  }
}

/** The self-scheduling store of the state's current population. */
export const selfSchedulesOf = companionOf((state) => state.candidates, (state): SelfScheduleStore => new SelfScheduleStore(state));
