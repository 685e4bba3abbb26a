import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

const position = { type: 'NEW', positionOpenDate: '2026-01-05', targetStartDate: '2026-03-01' };

describe('simulator job headcount and latest job approval', () => {
  let sim: Sim;
  let jobId: string;
  beforeAll(async () => {
    sim = await startSim({ seed: 21, jobs: 12, rateLimits: { enabled: false } });
    const created = await sim.call('POST', '/jobs', { json: { title: 'Headcount probe' } });
    jobId = created.body.id;
  });
  afterAll(() => sim.close());

  it('answers 404 for a job without approval requests and for an unknown job', async () => {
    const none = await sim.call('GET', `/jobs/${jobId}/approvals/latest`);
    expect(none.status).toBe(404);
    expect((await sim.call('GET', '/jobs/nope/approvals/latest')).status).toBe(404);
    expect((await sim.call('PATCH', '/jobs/nope/headcount', { json: { salaryRange: { min: 1, max: 2, currency: 'USD' } } })).status).toBe(404);
  });

  it('refuses hostile headcount bodies naming the field', async () => {
    const cases: [unknown, RegExp][] = [
      [{}, /salaryRange or positions/],
      [[], /body/],
      [{ salaryRange: { min: 10, max: 5, currency: 'USD' } }, /salaryRange\.min/],
      [{ salaryRange: { min: '1', max: 5, currency: 'USD' } }, /salaryRange\.min/],
      [{ salaryRange: { min: 1, max: 5, currency: 'usd' } }, /salaryRange\.currency/],
      [{ salaryRange: { min: 1, max: 5, currency: 'USD', bonus: 3 } }, /salaryRange\.bonus/],
      [{ positions: [] }, /positions/],
      [{ positions: [{ type: 'new', positionOpenDate: '2026-01-01', targetStartDate: '2026-02-01' }] }, /type/],
      [{ positions: [{ type: 'NEW', positionOpenDate: '..', targetStartDate: '2026-02-01' }] }, /positionOpenDate/],
      [{ headcount: 3 }, /headcount/],
    ];
    for (const [json, message] of cases) {
      const r = await sim.call('PATCH', `/jobs/${jobId}/headcount`, { json });
      expect(r.status, JSON.stringify(json)).toBe(400);
      expect(JSON.stringify(r.body), JSON.stringify(json)).toMatch(message);
    }
    // Nothing was requested by the refused calls.
    expect((await sim.call('GET', `/jobs/${jobId}/approvals/latest`)).status).toBe(404);
  });

  it('accepts a headcount change as PENDING, shows it as the latest approval, applies it on approval', async () => {
    const before = (await sim.call('GET', `/jobs/${jobId}/positions`)).body.totalFound as number;
    const r = await sim.call('PATCH', `/jobs/${jobId}/headcount`, { json: { positions: [position, { ...position, type: 'REPLACEMENT', incumbentName: 'Ada' }], salaryRange: { min: 50000, max: 70000, currency: 'EUR' } } });
    expect(r.status).toBe(202);
    expect(r.body).toEqual({ status: 'PENDING' });

    const latest = await sim.call('GET', `/jobs/${jobId}/approvals/latest`);
    expect(latest.status).toBe(200);
    expect(latest.body).toMatchObject({ approvalRequestId: expect.any(String), salaryRange: { min: 50000, max: 70000, currency: 'EUR' }, status: 'PENDING' });
    expect(latest.body.positions).toHaveLength(2);
    expect(latest.body.positions[1]).toMatchObject({ id: expect.any(String), type: 'REPLACEMENT', incumbentName: 'Ada', status: 'PENDING' });
    // The request is a real approval request of the Approvals API, about this job.
    const approval = await sim.call('GET', `/approvals-api/v201910/approvals/${latest.body.approvalRequestId}`);
    expect(approval.body).toMatchObject({ type: 'JOB', baseId: jobId, status: 'PENDING' });
    // Pending: the job is unchanged, and a second change while one waits is a conflict.
    expect((await sim.call('GET', `/jobs/${jobId}/positions`)).body.totalFound).toBe(before);
    expect((await sim.call('PATCH', `/jobs/${jobId}/headcount`, { json: { salaryRange: { min: 1, max: 2, currency: 'USD' } } })).status).toBe(409);

    expect((await sim.call('POST', `/approvals-api/v201910/approvals/${latest.body.approvalRequestId}/approve-decisions`, { json: {} })).status).toBe(204);
    const positions = await sim.call('GET', `/jobs/${jobId}/positions`);
    expect(positions.body.totalFound).toBe(before + 2);
    const opened = positions.body.content.find((p: { id: string }) => p.id === latest.body.positions[0].id);
    expect(opened).toMatchObject({ status: 'OPEN', type: 'NEW', positionOpenDate: '2026-01-05' });
    expect((await sim.call('GET', `/jobs/${jobId}/positions/${opened.id}`)).status).toBe(200);
    expect((await sim.call('GET', `/jobs/${jobId}`)).body.compensation).toEqual({ min: 50000, max: 70000, currency: 'EUR' });
    const after = await sim.call('GET', `/jobs/${jobId}/approvals/latest`);
    expect(after.body).toMatchObject({ approvalRequestId: latest.body.approvalRequestId, status: 'APPROVED' });
    expect(after.body.positions.every((p: { status: string }) => p.status === 'OPEN')).toBe(true);
  });

  it('leaves the job unchanged when the headcount change is rejected, and the newest request wins', async () => {
    const job = (await sim.call('GET', `/jobs/${jobId}`)).body;
    const count = (await sim.call('GET', `/jobs/${jobId}/positions`)).body.totalFound as number;
    expect((await sim.call('PATCH', `/jobs/${jobId}/headcount`, { json: { salaryRange: { min: 1, max: 2, currency: 'USD' }, positions: [position] } })).status).toBe(202);
    const latest = (await sim.call('GET', `/jobs/${jobId}/approvals/latest`)).body;
    expect(latest.salaryRange).toEqual({ min: 1, max: 2, currency: 'USD' });
    expect((await sim.call('POST', `/approvals-api/v201910/approvals/${latest.approvalRequestId}/reject-decisions`, { json: { comment: 'no budget' } })).status).toBe(204);
    expect((await sim.call('GET', `/jobs/${jobId}`)).body.compensation).toEqual(job.compensation);
    expect((await sim.call('GET', `/jobs/${jobId}/positions`)).body.totalFound).toBe(count);
    expect((await sim.call('GET', `/jobs/${jobId}/approvals/latest`)).body).toMatchObject({ approvalRequestId: latest.approvalRequestId, status: 'REJECTED' });
  });

  it('shows a plain job approval request with the job as it stands', async () => {
    const other = (await sim.call('POST', '/jobs', { json: { title: 'Plain approval', compensation: { min: 3, max: 4, currency: 'GBP' } } })).body.id as string;
    const created = await sim.call('POST', '/approvals-api/v201910/approvals', { json: { baseId: other, type: 'JOB' } });
    expect(created.status).toBe(201);
    const latest = await sim.call('GET', `/jobs/${other}/approvals/latest`);
    expect(latest.body).toMatchObject({ approvalRequestId: created.body.id, positions: [], salaryRange: { min: 3, max: 4, currency: 'GBP' } });
  });
});
