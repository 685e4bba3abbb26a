import { mix, uuidFrom } from '../core/seeded-random.js';
import type { JobRecord } from './job-record.js';
import type { SimState } from './sim-state.js';

function jobPath(job: JobRecord): string {
  return `/jobs/${job.id}`;
}

function touch(state: SimState, job: JobRecord): void {
  const now = Math.max(state.now(), job.updatedOn + 1);
  job.updatedOn = now;
  job.lastActivityOn = now;
}

export function createJob(state: SimState, fields: Partial<JobRecord> & { title: string }): JobRecord {
  const now = state.now();
  const n = state.jobs.list.length;
  const base = state.jobs.list[0];
  const job: JobRecord = {
    id: uuidFrom(mix(state.seedOptions.seed, n, 302), now >>> 0, Math.floor(now / 2 ** 32), n),
    refNumber: `REF${1000 + n}`,
    createdOn: now,
    updatedOn: now,
    lastActivityOn: now,
    department: null,
    location: {},
    status: 'CREATED',
    postingStatus: 'NOT_PUBLISHED',
    template: false,
    creator: base?.creator ?? { id: 'api', firstName: 'API', lastName: 'User' },
    jobAd: { sections: {}, language: { code: 'en', label: 'English', labelNative: 'English (US)' } },
    properties: [],
    language: { code: 'en', label: 'English', labelNative: 'English (US)' },
    statusHistory: [{ status: 'CREATED', changedOn: now }],
    hiringTeam: [],
    positions: [],
    note: '',
    ...fields,
  };
  state.jobs.add(job);
  state.emit('job.created', { id: job.id }, jobPath(job));
  return job;
}

export function updateJob(state: SimState, job: JobRecord, fields: Partial<JobRecord>): JobRecord {
  Object.assign(job, fields);
  touch(state, job);
  state.emit('job.updated', { id: job.id }, jobPath(job));
  return job;
}

export function setJobStatus(state: SimState, job: JobRecord, status: string): JobRecord {
  job.status = status;
  touch(state, job);
  job.statusHistory.push({ status, changedOn: job.updatedOn });
  state.emit('job.status.updated', { id: job.id }, jobPath(job));
  return job;
}

export function setHiringTeam(state: SimState, job: JobRecord, team: JobRecord['hiringTeam']): JobRecord {
  job.hiringTeam = team;
  touch(state, job);
  state.emit('job.hiring-team.updated', { id: job.id }, jobPath(job));
  return job;
}
