import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configurationOf } from '../../src/simulator/state/configuration-store.js';
import { SYSTEM_ROLES } from '../../src/simulator/areas/users/system-roles.js';
import type { SimState } from '../../src/simulator/state/sim-state.js';
import { offersOf } from '../../src/simulator/state/offer-store.js';
import { toJobStages } from '../../src/unified/index.js';
import { startUnifiedBed, walk, type UnifiedBed } from './unified-testbed.js';

/** Live candidates SmartRecruiters lists (those with an application), by the simulator's own state. */
function listedCandidates(state: SimState): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const c = state.candidates;
  for (let i = 0; i < c.size; i++) {
    if (!c.isLive(i)) continue;
    const rec = c.get(i);
    if (rec.applications.length > 0) out.set(rec.id, rec.applications.map((a) => a.jobId));
  }
  return out;
}

const applicationIds = (state: SimState) => [...listedCandidates(state)].flatMap(([id, jobs]) => jobs.map((j) => `${id}:${j}`));
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('unified lists walked by cursor yield exactly what the simulator holds', () => {
  let u: UnifiedBed;
  beforeAll(async () => {
    u = await startUnifiedBed({ seed: 7, candidates: 45, jobs: 6, users: 9 });
  });
  afterAll(() => u?.close());

  it.each([4, 100])('candidates, applications, consents, jobs, users at limit %i', async (limit) => {
    const s = u.sim.state;
    expect(sorted((await walk(u, 'ats/candidates', { limit })).ids)).toEqual(sorted(listedCandidates(s).keys()));
    expect(sorted((await walk(u, 'ats/consents', { limit })).ids)).toEqual(sorted(listedCandidates(s).keys()));
    expect(sorted((await walk(u, 'ats/applications', { limit })).ids)).toEqual(sorted(applicationIds(s)));
    expect(sorted((await walk(u, 'ats/jobs', { limit })).ids)).toEqual(sorted(s.jobs.list.map((j) => j.id)));
    expect(sorted((await walk(u, 'user-directory/users', { limit })).ids)).toEqual(sorted(s.users.list.map((x) => x.id)));
  });

  it('configuration lists, offers, roles and groups', async () => {
    const s = u.sim.state;
    const config = configurationOf(s);
    const limit = 4;
    expect(sorted((await walk(u, 'ats/departments', { limit })).ids)).toEqual(sorted(s.departments.map((d) => d.id)));
    expect(sorted((await walk(u, 'ats/locations', { limit })).ids)).toEqual(sorted(config.locations.map((l) => l.id)));
    expect(sorted((await walk(u, 'ats/reject-reasons', { limit })).ids)).toEqual(sorted([...config.rejectionReasons, ...config.withdrawalReasons].map((r) => r.id)));
    expect(sorted((await walk(u, 'ats/job-stages', { limit })).ids)).toEqual(sorted(toJobStages(config.hiringProcesses as never).map((st) => st.id)));
    expect(sorted((await walk(u, 'ats/offers', { limit })).ids)).toEqual(sorted(offersOf(s).list.map((o) => o.id)));
    expect(sorted((await walk(u, 'user-directory/roles', { limit: 2 })).ids)).toEqual(sorted(SYSTEM_ROLES.map((r) => r.id)));
    expect(sorted((await walk(u, 'user-directory/groups', { limit: 2 })).ids)).toEqual(sorted(config.accessGroups.map((g) => g.id)));
  });

  it('the lists that need a candidate: attachments, interviews, scorecards', async () => {
    const [candidateId] = [...listedCandidates(u.sim.state).keys()];
    for (const path of ['ats/attachments', 'ats/interviews', 'ats/scorecards']) {
      const all = await u.get(path, { candidate_id: candidateId!, limit: 100 });
      expect(all.status).toBe(200);
      const walked = await walk(u, path, { candidate_id: candidateId!, limit: 1 });
      expect(walked.ids).toEqual(sorted((all.body.result as { id: string }[]).map((r) => r.id)));
    }
  });
});

describe('walks while the simulator inserts and deletes', () => {
  let u: UnifiedBed;
  beforeAll(async () => {
    u = await startUnifiedBed({ seed: 11, candidates: 60, jobs: 6, users: 10 });
  });
  afterAll(() => u?.close());

  /** Survivors (there before the walk, never deleted) each appear exactly once; nothing appears twice; nothing that never existed appears. */
  function expectExactlyOnce(walked: string[], before: Set<string>, deleted: Set<string>, created: Set<string>) {
    expect(new Set(walked).size).toBe(walked.length);
    const survivors = [...before].filter((id) => !deleted.has(id));
    expect(survivors.filter((id) => !walked.includes(id))).toEqual([]);
    expect(walked.filter((id) => !before.has(id) && !created.has(id))).toEqual([]);
  }

  async function newCandidate(n: number): Promise<{ id: string; jobId: string }> {
    const jobId = u.sim.state.jobs.list[n % u.sim.state.jobs.list.length]!.id;
    const res = await u.upstream('POST', `/jobs/${jobId}/candidates`, { firstName: 'Walk', lastName: `Insert${n}`, email: `walk${n}-${Date.now()}@example.com` });
    expect(res.status).toBe(201);
    return { id: (res.body as { id: string }).id, jobId };
  }

  it('candidates and applications: a delete ahead of the walk and an insert on every page', async () => {
    for (const path of ['ats/candidates', 'ats/applications'] as const) {
      const isApps = path === 'ats/applications';
      const before = new Set(isApps ? applicationIds(u.sim.state) : listedCandidates(u.sim.state).keys());
      const deleted = new Set<string>();
      const created = new Set<string>();
      const seen: string[] = [];
      let n = 0;
      const { ids, pages } = await walk(u, path, { limit: 4 }, async () => {
        const live = listedCandidates(u.sim.state);
        // Delete a candidate the walk has not reached yet: its records must just be absent.
        const victim = [...live.keys()].reverse().find((id) => !seen.some((s) => s.startsWith(id)));
        if (victim) {
          expect((await u.upstream('DELETE', `/candidates/${victim}`)).status).toBe(204);
          for (const j of live.get(victim)!) deleted.add(isApps ? `${victim}:${j}` : victim);
        }
        const c = await newCandidate(n++);
        created.add(isApps ? `${c.id}:${c.jobId}` : c.id);
      });
      seen.push(...ids);
      expect(pages).toBeGreaterThan(5);
      expect(deleted.size).toBeGreaterThan(0);
      expectExactlyOnce(ids, before, deleted, created);
      // Deleted records never show up once gone.
      expect(ids.filter((id) => deleted.has(id))).toEqual([]);
    }
  });

  it('offers (offset-paged upstream): deleting candidates with offers mid-walk neither skips nor repeats an offer', async () => {
    // Offers of candidates deleted by the test before are gone from the list, not from the offer store.
    const offers = () => offersOf(u.sim.state).list.filter((o) => u.sim.state.candidates.indexOf(o.candidateId) >= 0);
    const before = new Set(offers().map((o) => o.id));
    expect(sorted((await walk(u, 'ats/offers', { limit: 100 })).ids)).toEqual(sorted(before));
    expect(before.size).toBeGreaterThan(3);
    const deleted = new Set<string>();
    const { ids } = await walk(u, 'ats/offers', { limit: 2 }, async () => {
      // Remove the candidate of the first offer in the simulator's own order: every later offer shifts left.
      const first = offers()[0];
      if (!first || deleted.size >= 3) return;
      const gone = offers().filter((o) => o.candidateId === first.candidateId).map((o) => o.id);
      expect((await u.upstream('DELETE', `/candidates/${first.candidateId}`)).status).toBe(204);
      for (const id of gone) deleted.add(id);
    });
    expect(deleted.size).toBeGreaterThan(0);
    expectExactlyOnce(ids, before, deleted, new Set());
  });

  it('jobs, users and locations with inserts (and mutations) between pages', async () => {
    const s = u.sim.state;
    const jobsBefore = new Set(s.jobs.list.map((j) => j.id));
    const createdJobs = new Set<string>();
    const jobs = await walk(u, 'ats/jobs', { limit: 2 }, async (p) => {
      const res = await u.upstream('POST', '/jobs', { title: `Walk job ${p}`, function: { id: 'engineering' }, industry: { id: 'computer_software' }, typeOfEmployment: { id: 'permanent' }, experienceLevel: { id: 'entry_level' }, jobAd: { sections: { companyDescription: { text: 'x' }, jobDescription: { text: 'x' }, qualifications: { text: 'x' } } }, location: { country: 'Ireland', countryCode: 'ie', city: 'Dublin' } });
      if (res.status === 201) createdJobs.add((res.body as { id: string }).id);
      await u.bed.call('GET', '/health');
      await fetch(`${u.sim.url}/__sim/mutate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ resource: 'jobs', update: 0.2, delete: 0.1 }) });
    });
    expectExactlyOnce(jobs.ids, jobsBefore, new Set(), createdJobs);

    const usersBefore = new Set(s.users.list.map((x) => x.id));
    const createdUsers = new Set<string>();
    const users = await walk(u, 'user-directory/users', { limit: 3 }, async (p) => {
      const res = await u.upstream('POST', '/user-api/v201804/users', { email: `walker${p}-${Date.now()}@example.com`, firstName: 'W', lastName: `U${p}`, systemRole: { id: 'EMPLOYEE' } });
      expect(res.status).toBe(201);
      createdUsers.add((res.body as { id: string }).id);
      await fetch(`${u.sim.url}/__sim/mutate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ resource: 'users', update: 0.3, delete: 0.1 }) });
    });
    expectExactlyOnce(users.ids, usersBefore, new Set(), createdUsers);

    const config = configurationOf(s);
    const locBefore = new Set(config.locations.map((l) => l.id));
    const locDeleted = new Set<string>();
    const locCreated = new Set<string>();
    const locations = await walk(u, 'ats/locations', { limit: 3 }, async (p) => {
      const victim = [...config.locations].reverse()[0];
      if (victim && locDeleted.size < 3) {
        expect((await u.upstream('DELETE', `/configuration/predefined-locations/${victim.id}`)).status).toBeLessThan(300);
        locDeleted.add(victim.id);
      }
      const res = await u.upstream('POST', '/configuration/predefined-locations', { city: `Town ${p}`, country: 'Ireland', countryCode: 'ie' });
      if (res.status < 300) locCreated.add((res.body as { id: string }).id);
    });
    expectExactlyOnce(locations.ids, locBefore, locDeleted, locCreated);
  });
});
