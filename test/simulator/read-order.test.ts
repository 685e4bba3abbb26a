import { afterEach, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const open: Sim[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((x) => x.close()));
});

const options = { seed: 4242, candidates: 400, jobs: 12, users: 15, rateLimits: { enabled: false } } as const;

async function two(): Promise<[Sim, Sim]> {
  const a = await startSim(options);
  const b = await startSim(options);
  open.push(a, b);
  return [a, b];
}

/** Applications of seeded candidates that have interviews and reviews, from the state (no HTTP). */
function interviewed(sim: Sim, n: number): { candidateId: string; jobId: string; applicationId: string }[] {
  const out: { candidateId: string; jobId: string; applicationId: string }[] = [];
  for (let i = 0; i < sim.state.candidates.size && out.length < n; i++) {
    const c = sim.state.candidates.get(i);
    for (const a of c.applications) {
      if (a.status === 'INTERVIEW' || a.status === 'HIRED' || a.status === 'OFFERED') out.push({ candidateId: c.id, jobId: a.jobId, applicationId: sim.state.applicationId(c.id, a.jobId) });
    }
  }
  return out.slice(0, n);
}

describe('seeded data does not depend on the order it is read in', () => {
  it('answers interviews, timeslots, reviews and applications by id first exactly as after listing', async () => {
    const [a, b] = await two();
    const apps = interviewed(a, 8);
    expect(apps.length).toBe(8);
    // A: lists first (forward order), then reads each by id.
    const listedA: unknown[] = [];
    const byIdA: unknown[] = [];
    const ids: { interview: string; timeslot: string; reviews: string[] }[] = [];
    for (const app of apps) {
      const list = await a.call('GET', `/interviews-api/v201904/interviews?applicationId=${app.applicationId}`);
      expect(list.status).toBe(200);
      expect(list.body.content.length).toBeGreaterThan(0);
      listedA.push(list.body);
      const reviews = await a.call('GET', `/reviews-api/v201910/reviews?candidateId=${app.candidateId}&jobId=${app.jobId}`);
      listedA.push(reviews.body);
      const first = list.body.content[0];
      ids.push({ interview: first.id, timeslot: first.timeslots[0].id, reviews: reviews.body.map((r: { id: string }) => r.id) });
    }
    for (const id of ids) {
      byIdA.push((await a.call('GET', `/interviews-api/v201904/interviews/${id.interview}`)).body);
      byIdA.push((await a.call('GET', `/interviews-api/v201904/interviews/${id.interview}/timeslots/${id.timeslot}`)).body);
      for (const r of id.reviews) byIdA.push((await a.call('GET', `/reviews-api/v201910/reviews/${r}`)).body);
    }
    // B: reads by id first, in reverse order, and never listed before.
    const byIdB: unknown[] = [];
    for (const id of [...ids].reverse()) {
      const one: unknown[] = [];
      const interview = await b.call('GET', `/interviews-api/v201904/interviews/${id.interview}`);
      expect(interview.status, id.interview).toBe(200);
      one.push(interview.body);
      one.push((await b.call('GET', `/interviews-api/v201904/interviews/${id.interview}/timeslots/${id.timeslot}`)).body);
      for (const r of id.reviews) {
        const review = await b.call('GET', `/reviews-api/v201910/reviews/${r}`);
        expect(review.status).toBe(200);
        one.push(review.body);
      }
      byIdB.unshift(...one);
    }
    expect(byIdB).toEqual(byIdA);
    const listedB: unknown[] = [];
    for (const app of [...apps].reverse()) {
      const reviews = (await b.call('GET', `/reviews-api/v201910/reviews?candidateId=${app.candidateId}&jobId=${app.jobId}`)).body;
      const list = (await b.call('GET', `/interviews-api/v201904/interviews?applicationId=${app.applicationId}`)).body;
      listedB.unshift(list, reviews);
    }
    expect(listedB).toEqual(listedA);
    const application = (sim: Sim, id: string) => sim.call('GET', `/job-applications-api/v202112/job-applications/${id}`);
    for (const app of apps) {
      const fromA = await application(a, app.applicationId);
      expect(fromA.status).toBe(200);
      expect((await application(b, app.applicationId)).body).toEqual(fromA.body);
    }
  });

  it('keeps a deleted seeded interview deleted, and forged or foreign ids 404', async () => {
    const [a, b] = await two();
    const [app] = interviewed(a, 1);
    const list = (await a.call('GET', `/interviews-api/v201904/interviews?applicationId=${app!.applicationId}`)).body.content;
    const id = list[0].id as string;
    expect((await a.call('DELETE', `/interviews-api/v201904/interviews/${id}`)).status).toBe(204);
    expect((await a.call('GET', `/interviews-api/v201904/interviews/${id}`)).status).toBe(404);
    const again = (await a.call('GET', `/interviews-api/v201904/interviews?applicationId=${app!.applicationId}`)).body.content;
    expect(again.map((i: { id: string }) => i.id)).not.toContain(id);
    // B never deleted it.
    expect((await b.call('GET', `/interviews-api/v201904/interviews/${id}`)).status).toBe(200);
    // Same layout, other slot or number: no such interview.
    const forged = [id.slice(0, 24) + 'ff' + id.slice(26), id.slice(0, 20) + 'f' + id.slice(21), id.toUpperCase(), `${id}0`, '..'];
    for (const f of forged) expect((await b.call('GET', `/interviews-api/v201904/interviews/${encodeURIComponent(f)}`)).status, f).toBe(404);
    // Another seed's simulator does not know these ids.
    const other = await startSim({ ...options, seed: 4243 });
    open.push(other);
    expect((await other.call('GET', `/interviews-api/v201904/interviews/${id}`)).status).toBe(404);
  });
});
