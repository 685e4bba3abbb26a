import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, type OperationSpec, type ParamSpec } from '../../src/spec/index.js';
import { readJson, startSim, type RequestBody } from './sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

/** JSON bodies for operations whose handlers validate fields; everything else gets `{}`. */
const BODIES: Record<string, (ctx: Ctx) => unknown> = {
  'candidates.add': () => ({ firstName: 'Every', lastName: 'Op', email: 'every.op@example.org' }),
  'candidates.addToJob': () => ({ firstName: 'Every', lastName: 'Job', email: 'every.job@example.org' }),
  'candidates.update': () => ({ phoneNumber: '+1 555 0100' }),
  'candidates.tags.add': () => ({ tags: ['x'] }),
  'candidates.tags.replace': () => ({ tags: ['y'] }),
  'candidates.status.update': () => ({ status: 'IN_REVIEW' }),
  'candidates.status.updatePrimary': () => ({ status: 'IN_REVIEW' }),
  'candidates.source.update': () => ({ sourceTypeId: 'JOB_BOARD', sourceId: 'indeed' }),
  'candidates.onboarding.update': () => ({ onboardingStatus: 'READY_TO_ONBOARD' }),
  'candidates.onboarding.updateForJob': () => ({ onboardingStatus: 'READY_TO_ONBOARD' }),
  'candidates.properties.values.update': () => ({ value: 'v' }),
  'candidates.properties.values.updateForJob': () => ({ value: 'v' }),
  'candidates.properties.values.batchUpdateForJob': () => [{ id: 'p1', value: 'v' }],
  'jobs.create': () => ({ title: 'Every operation' }),
  'jobs.update': () => ({ title: 'Every operation 2' }),
  'jobs.patch': () => [{ op: 'replace', path: '/title', value: 'Patched' }],
  'jobs.status.update': () => ({ status: 'SOURCING' }),
  'jobs.hiring-team.add': (c) => ({ id: c.userId, role: 'RECRUITER' }),
  'jobs.notes.update': () => ({ content: 'note' }),
  'jobs.positions.create': () => ({ type: 'NEW' }),
  'jobs.positions.update': () => ({ type: 'NEW' }),
  'users-api/users.create': () => ({ email: 'new.user@example.org', firstName: 'New', lastName: 'User', systemRole: { id: 'EMPLOYEE' } }),
  'users-api-deprecated/users.create': () => ({ email: 'old.user@example.org', firstName: 'Old', lastName: 'User' }),
  'users-api/users.update': () => [{ op: 'replace', path: '/firstName', value: 'Patched' }],
  'subscriptions.create': (c) => ({ callbackUrl: c.receiverUrl, events: ['candidate.created'] }),
};

interface Ctx {
  sim: Sim;
  n: number;
  userId: string;
  receiverUrl: string;
  subscriptionId: string;
}

function queryValue(p: ParamSpec): string {
  if (p.enum) return p.enum[0] as string;
  if (p.type === 'integer' || p.type === 'number') return String(p.min ?? 1);
  if (p.type === 'boolean') return 'true';
  if (p.type === 'date-time') return '2026-01-01T00:00:00Z';
  return 'x';
}

/** Path params pointing at real records where the simulator models them. */
function pathParams(op: OperationSpec, ctx: Ctx): Record<string, string> {
  const { sim } = ctx;
  const out: Record<string, string> = {};
  // A fresh candidate and job per operation, so a DELETE never removes another test's target.
  const index = 5 + ctx.n;
  const candidate = sim.state.candidates.get(index);
  const app = candidate.applications[0]!;
  const job = op.path.startsWith('/candidates/{id}') ? sim.state.jobs.get(app.jobId)! : sim.state.jobs.list[ctx.n % sim.state.jobs.list.length]!;
  for (const p of op.pathParams) {
    switch (p.name) {
      case 'id':
        out[p.name] = op.path.startsWith('/candidates/') ? candidate.id : op.path.startsWith('/webhooks-api/') ? ctx.subscriptionId : op.path.includes('/users/') ? sim.state.users.list[ctx.n % sim.state.users.list.length]!.id : `gen-${ctx.n}`;
        break;
      case 'jobId':
        out[p.name] = job.id;
        break;
      case 'positionId':
        out[p.name] = String(job.positions[0]!['id']);
        break;
      case 'userId':
        out[p.name] = op.path.startsWith('/jobs/') ? job.hiringTeam[0]!.userId : ctx.userId;
        break;
      default:
        out[p.name] = `${p.name}-${ctx.n}`;
    }
  }
  return out;
}

describe('simulator: every official operation', () => {
  let sim: Sim;
  let receiver: Server;
  let bearer = '';
  const ctx = { n: 0 } as Ctx;

  beforeAll(async () => {
    sim = await startSim({ candidates: 400, jobs: 350, users: 10, rateLimits: { enabled: false } });
    receiver = createServer((req, res) => {
      const secret = req.headers['x-hook-secret'];
      if (secret) res.setHeader('X-Hook-Secret', secret);
      res.statusCode = secret ? 200 : 202;
      req.resume();
      req.on('end', () => res.end());
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const t = await fetch(`${sim.url}/identity/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: sim.oauthClient.clientId, client_secret: sim.oauthClient.clientSecret }),
    });
    bearer = (await readJson(t)).access_token;
    Object.assign(ctx, { sim, userId: sim.state.users.list[0]!.id, receiverUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook` });
  });
  afterAll(async () => {
    await sim.close();
    await new Promise((r) => receiver.close(r));
  });

  it('answers a well-formed 2xx for each of the 305 API-host operations', async () => {
    const apiOps = operations.filter((o) => o.host === 'api');
    expect(apiOps).toHaveLength(305);
    const failures: string[] = [];
    for (const op of apiOps) {
      ctx.n++;
      if (op.path.startsWith('/webhooks-api/') && op.pathParams.length > 0) {
        const created = await sim.call('POST', '/webhooks-api/v201907/subscriptions', { bearer, json: BODIES['subscriptions.create']!(ctx) });
        ctx.subscriptionId = created.body.id;
        if (op.key === 'subscriptions.getSecretKey') await sim.call('POST', `/webhooks-api/v201907/subscriptions/${ctx.subscriptionId}/secret-key`, { bearer });
      }
      const params = pathParams(op, ctx);
      if (op.key === 'candidates.onboarding.get' || op.key === 'candidates.onboarding.getForJob') {
        await sim.call('PUT', `/candidates/${params['id']}/jobs/${sim.state.candidates.get(5 + ctx.n).applications[0]!.jobId}/onboardingStatus`, { bearer, json: { onboardingStatus: 'READY_TO_ONBOARD' } });
      }
      const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] as string));
      const q = new URLSearchParams();
      for (const p of op.queryParams) if (p.required) q.append(p.name, queryValue(p));
      const url = `${sim.url}${path}${q.size ? `?${q}` : ''}`;
      const headers: Record<string, string> = { Authorization: `Bearer ${bearer}` };
      let body: RequestBody | undefined;
      if (op.bodyMode === 'json' || op.bodyMode === 'json-patch') {
        headers['Content-Type'] = op.bodyMode === 'json-patch' ? 'application/json-patch+json' : 'application/json';
        body = JSON.stringify(BODIES[op.key]?.(ctx) ?? (op.bodyMode === 'json-patch' ? [{ op: 'add', path: '/label', value: 'x' }] : {}));
      } else if (op.bodyMode === 'multipart') {
        const form = new FormData();
        form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'hello.txt');
        form.append('attachmentType', 'GENERIC_FILE');
        body = form;
      } else if ((op.bodyMode as string) === 'form') {
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        body = 'a=b';
      }
      const res = await fetch(url, { method: op.method, headers, ...(body !== undefined ? { body } : {}) });
      const text = await res.text();
      const wellFormed = res.status === 204 ? text === '' : (() => {
        try {
          const parsed = JSON.parse(text);
          return parsed !== null && typeof parsed === 'object';
        } catch {
          return false;
        }
      })();
      if (res.status < 200 || res.status > 299 || !wellFormed) failures.push(`${op.key} ${op.method} ${path} → ${res.status} ${text.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
    const stats = await readJson(await fetch(`${sim.url}/__sim/stats`));
    for (const op of apiOps) expect(stats.requests.byOperation[op.key], op.key).toBeGreaterThanOrEqual(1);
    expect(stats.requests.errors).toBe(0);
  });
});
