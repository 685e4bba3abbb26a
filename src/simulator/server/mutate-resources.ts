import { SeededRandom, mix } from '../core/seeded-random.js';
import { deleteCandidate, setApplicationStatus, updateCandidate } from '../state/candidate-mutations.js';
import { setJobStatus, updateJob } from '../state/job-mutations.js';
import { PIPELINE, type CandidateStatus } from '../state/name-tables.js';
import type { SimState } from '../state/sim-state.js';

export interface MutationReport {
  readonly resource: string;
  readonly updated: string[];
  readonly deleted: string[];
}

function pickIndexes(r: SeededRandom, size: number, n: number, alive: (i: number) => boolean): number[] {
  const chosen = new Set<number>();
  let guard = n * 20 + 100;
  while (chosen.size < n && guard-- > 0) {
    const i = r.int(size);
    if (alive(i)) chosen.add(i);
  }
  return [...chosen];
}

/**
 * Changes or deletes a share of records the way recruiters would (status moves, edited contact
 * details, retitled jobs), through the same state functions the API uses, so the same webhooks fire.
 */
export function mutateResources(state: SimState, resource: 'candidates' | 'jobs' | 'users', update: number, del: number): MutationReport {
  const r = new SeededRandom(mix(state.seedOptions.seed, state.nextMutationRound(), 0xab));
  const report: MutationReport = { resource, updated: [], deleted: [] };
  if (resource === 'candidates') {
    const c = state.candidates;
    const total = c.live;
    const toUpdate = pickIndexes(r, c.size, Math.round(total * update), (i) => c.isLive(i));
    for (const i of toUpdate) {
      const rec = c.get(i);
      const open = rec.applications.find((a) => (PIPELINE as readonly string[]).includes(a.status) && a.status !== 'HIRED');
      if (open && r.next() < 0.6) {
        const next = r.next() < 0.3 ? 'REJECTED' : (PIPELINE[PIPELINE.indexOf(open.status as (typeof PIPELINE)[number]) + 1] as CandidateStatus);
        setApplicationStatus(state, rec, open, { status: next });
      } else {
        updateCandidate(state, rec, { phoneNumber: `+1 555 ${String(100 + r.int(900))} ${String(1000 + r.int(9000))}` });
      }
      report.updated.push(rec.id);
    }
    const toDelete = pickIndexes(r, c.size, Math.round(total * del), (i) => c.isLive(i) && !toUpdate.includes(i));
    for (const i of toDelete) {
      const rec = c.get(i);
      deleteCandidate(state, rec);
      report.deleted.push(rec.id);
    }
    return report;
  }
  if (resource === 'jobs') {
    const jobs = state.jobs.list;
    for (const i of pickIndexes(r, jobs.length, Math.round(jobs.length * update), () => true)) {
      const job = jobs[i];
      if (!job) continue;
      if (r.next() < 0.5) setJobStatus(state, job, r.pick(['SOURCING', 'INTERVIEW', 'OFFER', 'FILLED', 'ON_HOLD']));
      else updateJob(state, job, { title: job.title.includes('(') ? job.title : `${job.title} (${r.pick(['Remote', 'Hybrid', 'EMEA', 'US'])})` });
      report.updated.push(job.id);
    }
    // Jobs cannot be deleted through the API; "deleting" one cancels it, as recruiters do.
    for (const i of pickIndexes(r, jobs.length, Math.round(jobs.length * del), (k) => jobs[k]?.status !== 'CANCELLED')) {
      const job = jobs[i];
      if (!job) continue;
      setJobStatus(state, job, 'CANCELLED');
      report.deleted.push(job.id);
    }
    return report;
  }
  const users = state.users.list;
  for (const i of pickIndexes(r, users.length, Math.round(users.length * update), () => true)) {
    const u = users[i];
    if (!u) continue;
    u.updatedOn = Math.max(state.now(), u.updatedOn + 1);
    u.active = r.next() < 0.9;
    report.updated.push(u.id);
  }
  for (const i of pickIndexes(r, users.length, Math.round(users.length * del), (k) => users[k]?.active === true)) {
    const u = users[i];
    if (!u) continue;
    u.active = false;
    u.updatedOn = Math.max(state.now(), u.updatedOn + 1);
    report.deleted.push(u.id);
  }
  return report;
}
