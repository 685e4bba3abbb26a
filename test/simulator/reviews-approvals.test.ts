import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimEvent } from '../../src/simulator/index.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const REVIEWS = '/reviews-api/v201910/reviews';
const APPROVALS = '/approvals-api/v201910/approvals';

describe('simulator reviews (v201910) and approvals (v201910)', () => {
  let sim: Sim;
  const events: SimEvent[] = [];
  beforeAll(async () => {
    sim = await startSim({ seed: 11, candidates: 1200, jobs: 20, users: 10, rateLimits: { enabled: false } });
    sim.state.onEvent((e) => events.push(e));
  });
  afterAll(() => sim.close());

  /** The first candidate whose first application has `status`. */
  const applicationAt = (status: string) => {
    for (let i = 0; i < sim.state.candidates.size; i++) {
      const c = sim.state.candidates.get(i);
      if (c.applications[0]?.status === status) return { candidateId: c.id, jobId: c.applications[0].jobId };
    }
    throw new Error(`no application at ${status}`);
  };

  it('requires candidateId and jobId to list reviews, and lists seeded reviews of reviewed applications', async () => {
    const missing = await sim.call('GET', `${REVIEWS}?candidateId=x`);
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('jobId');
    let found: unknown[] = [];
    for (let i = 0; i < 60 && found.length === 0; i++) {
      const c = sim.state.candidates.get(i);
      const app = c.applications.find((a) => a.status === 'HIRED' || a.status === 'INTERVIEW');
      if (app) found = (await sim.call('GET', `${REVIEWS}?candidateId=${c.id}&jobId=${app.jobId}`)).body;
    }
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ id: expect.any(String), candidateId: expect.any(String), jobId: expect.any(String), reviewerId: expect.any(String), overallRating: expect.any(Number), createdOn: expect.any(String), updatedOn: expect.any(String) });
    const { candidateId } = applicationAt('NEW');
    expect((await sim.call('GET', `${REVIEWS}?candidateId=${candidateId}&jobId=nope`)).body).toEqual([]);
  });

  it('creates, reads, updates and deletes a review, firing review.* webhooks', async () => {
    const { candidateId, jobId } = applicationAt('NEW');
    const reviewer = sim.state.users.list[3]!.id;
    const created = await sim.call('POST', REVIEWS, { json: { candidateId, jobId, reviewerId: reviewer, overallRating: 4, comment: 'Strong' } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ candidateId, jobId, reviewerId: reviewer, overallRating: 4, comment: 'Strong' });
    const appId = sim.state.applicationId(candidateId, jobId);
    expect(events.at(-1)).toMatchObject({ name: 'review.created', body: { application_id: appId, review_id: id } });
    expect((await sim.call('GET', `${REVIEWS}/${id}`)).body).toEqual(created.body);
    expect((await sim.call('GET', `${REVIEWS}?candidateId=${candidateId}&jobId=${jobId}`)).body).toEqual([created.body]);
    const twice = await sim.call('POST', REVIEWS, { json: { candidateId, jobId, reviewerId: reviewer, overallRating: 2 } });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toContain(id);
    // Without reviewerId the review is the API user's.
    const mine = await sim.call('POST', REVIEWS, { json: { candidateId, jobId, overallRating: 3 } });
    expect(mine.body.reviewerId).toBe(sim.state.users.list[0]!.id);

    expect((await sim.call('PATCH', `${REVIEWS}/${id}`, { json: { overallRating: 5 } })).status).toBe(204);
    const after = (await sim.call('GET', `${REVIEWS}/${id}`)).body;
    expect(after).toMatchObject({ overallRating: 5, comment: 'Strong' });
    expect(events.at(-1)).toMatchObject({ name: 'review.updated', body: { review_id: id } });
    expect((await sim.call('PATCH', `${REVIEWS}/${id}`, { json: {} })).status).toBe(400);
    expect((await sim.call('DELETE', `${REVIEWS}/${id}`)).status).toBe(204);
    expect(events.at(-1)).toMatchObject({ name: 'review.deleted', body: { application_id: appId, review_id: id } });
    expect((await sim.call('GET', `${REVIEWS}/${id}`)).status).toBe(404);
    expect((await sim.call('DELETE', `${REVIEWS}/${id}`)).status).toBe(404);
  });

  it('validates reviews: rating 1–5 whole stars, required fields, real application', async () => {
    const { candidateId, jobId } = applicationAt('IN_REVIEW');
    for (const bad of [0, 6, 3.5, '4']) {
      const r = await sim.call('POST', REVIEWS, { json: { candidateId, jobId, overallRating: bad } });
      expect(r.status).toBe(400);
      expect(r.body.message).toMatch(/^overallRating: must be a whole number from 1 to 5/);
    }
    const alias = await sim.call('POST', REVIEWS, { json: { candidateId, jobId, rating: 4 } });
    expect(alias.body.message).toContain('names the rating "overallRating"');
    const empty = await sim.call('POST', REVIEWS, { json: {} });
    expect(empty.body.errors.map((e: { message: string }) => e.message)).toEqual(['candidateId: is required', 'jobId: is required', 'overallRating: is required']);
    const other = sim.state.jobs.list.find((j) => j.id !== jobId && !sim.state.candidates.get(sim.state.candidates.indexOf(candidateId)).applications.some((a) => a.jobId === j.id))!;
    const notApplied = await sim.call('POST', REVIEWS, { json: { candidateId, jobId: other.id, overallRating: 3 } });
    expect(notApplied.body.message).toBe(`jobId: candidate ${candidateId} has not applied to job ${other.id}`);
    expect((await sim.call('POST', REVIEWS, { json: { candidateId, jobId, overallRating: 3, reviewerId: 'ghost' } })).body.message).toBe('reviewerId: unknown user "ghost"');
  });

  it('answers scorecard criteria per job', async () => {
    const job = sim.state.jobs.list[0]!.id;
    const crit = await sim.call('GET', `/reviews-api/v201910/jobs/${job}/criteria`);
    expect(crit.status).toBe(200);
    expect(crit.body.content[0]).toMatchObject({ id: expect.any(String), label: expect.any(String), weight: expect.any(Number), required: expect.any(Boolean) });
    expect((await sim.call('GET', '/reviews-api/v201910/jobs/nope/criteria')).status).toBe(404);
  });

  it('lists pending approval requests with a pageId cursor', async () => {
    const ids: string[] = [];
    let url = APPROVALS;
    let pages = 0;
    for (;;) {
      const page = await sim.call('GET', url);
      expect(page.status).toBe(200);
      pages++;
      for (const a of page.body.content) expect(a.status).toBe('PENDING');
      ids.push(...page.body.content.map((a: { id: string }) => a.id));
      if (!page.body.nextPageId) {
        expect(page.headers.get('link')).toBeNull();
        break;
      }
      expect(page.headers.get('link')).toContain('rel="next"');
      url = `${APPROVALS}?pageId=${page.body.nextPageId}`;
    }
    expect(pages).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    const first = await sim.call('GET', APPROVALS);
    expect(first.body.totalFound).toBe(ids.length);
    expect((await sim.call('GET', `${APPROVALS}?pageId=garbage`)).status).toBe(400);
  });

  it('decides a request once: PENDING → APPROVED, then 409 for approve or reject', async () => {
    const job = sim.state.jobs.list.find((j) => j.status !== 'CREATED')!;
    const created = await sim.call('POST', APPROVALS, { json: { baseId: job.id } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'JOB', baseId: job.id, status: 'PENDING', steps: [{ status: 'PENDING' }] });
    expect(events.at(-1)).toMatchObject({ name: 'job.approval.created', body: { approval_id: created.body.id, job_id: job.id } });
    const again = await sim.call('POST', APPROVALS, { json: { baseId: job.id } });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain(created.body.id);
    const id = created.body.id;
    expect((await sim.call('POST', `${APPROVALS}/${id}/approve-decisions`, { json: { comment: 'Budget ok' } })).status).toBe(204);
    const got = (await sim.call('GET', `${APPROVALS}/${id}`)).body;
    expect(got).toMatchObject({ status: 'APPROVED', decision: { decision: 'APPROVED', comment: 'Budget ok' } });
    expect(events.some((e) => e.name === 'job.approval.approved' && e.body['approval_id'] === id)).toBe(true);
    const twice = await sim.call('POST', `${APPROVALS}/${id}/approve-decisions`);
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe(`approval request ${id} is already APPROVED; only a PENDING request can be approved or rejected`);
    expect((await sim.call('POST', `${APPROVALS}/${id}/reject-decisions`, { json: {} })).status).toBe(409);
    expect((await sim.call('GET', APPROVALS)).body.content.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await sim.call('POST', `${APPROVALS}/nope/approve-decisions`)).status).toBe(404);
    const unknown = await sim.call('POST', APPROVALS, { json: { baseId: 'nothing' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toBe('baseId: no job or offer with id "nothing"');
    expect((await sim.call('POST', APPROVALS, { json: { baseId: job.id, type: 'BUDGET' } })).body.message).toMatch(/^type: must be one of OFFER, JOB/);
  });

  it("drives an offer's status through its approval request and the offer approval webhooks", async () => {
    const offer = (await sim.call('GET', '/offers?status=CREATED&limit=1')).body.content[0];
    const path = new URL(offer.actions.details.url).pathname;
    const created = await sim.call('POST', APPROVALS, { json: { baseId: offer.id, approvers: [sim.state.users.list[2]!.id] } });
    expect(created.body).toMatchObject({ type: 'OFFER', status: 'PENDING', steps: [{ approvers: [{ id: sim.state.users.list[2]!.id, status: 'PENDING' }] }] });
    expect((await sim.call('GET', path)).body.status).toBe('PENDING_APPROVAL');
    expect((await sim.call('GET', `${path}/approvals/latest`)).body).toMatchObject({ approvalRequestId: created.body.id, status: 'PENDING' });
    const since = events.length;
    expect((await sim.call('POST', `${APPROVALS}/${created.body.id}/reject-decisions`, { json: { reasonId: 'salary', comment: 'Too high' } })).status).toBe(204);
    expect((await sim.call('GET', path)).body.status).toBe('NOT_APPROVED');
    expect((await sim.call('GET', `${path}/approvals/latest`)).body).toMatchObject({ status: 'REJECTED', decision: { reasonId: 'salary' } });
    const names = events.slice(since).map((e) => e.name);
    expect(names).toEqual(['offer.approval.comment.created', 'offer.approval.rejected', 'offer.updated']);
    expect(events.at(-2)!.body).toEqual({ approval_id: created.body.id, job_id: expect.any(String), candidate_id: expect.any(String), offer_id: offer.id });
    // A sent offer cannot go back to approval.
    const sent = (await sim.call('GET', '/offers?status=PENDING_ACCEPTANCE&limit=1')).body.content[0];
    const late = await sim.call('POST', APPROVALS, { json: { baseId: sent.id } });
    expect(late.status).toBe(409);
    expect(late.body.message).toContain('PENDING_ACCEPTANCE');
  });

  it('lists and adds approval comments', async () => {
    const pending = (await sim.call('GET', APPROVALS)).body.content[0];
    const before = (await sim.call('GET', `${APPROVALS}/${pending.id}/comments`)).body;
    expect(before).toEqual({ totalFound: 0, content: [] });
    const added = await sim.call('POST', `${APPROVALS}/${pending.id}/comments`, { json: { text: 'Please check the salary band' } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ id: expect.any(String), text: 'Please check the salary band', authorId: sim.state.users.list[0]!.id, date: expect.any(String) });
    expect((await sim.call('GET', `${APPROVALS}/${pending.id}/comments`)).body.content).toEqual([added.body]);
    const empty = await sim.call('POST', `${APPROVALS}/${pending.id}/comments`, { json: { text: ' ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/^text: /);
    expect((await sim.call('GET', `${APPROVALS}/nope/comments`)).status).toBe(404);
  });
});
