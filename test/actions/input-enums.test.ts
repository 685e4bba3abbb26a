import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionInputError, actions, executeAction, getAction, type ActionDefinition } from '../../src/actions/index.js';
import { sampleInput } from '../support/actions/sample-input.js';
import { createClient, type SmartRecruitersClient } from '../../src/client/index.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';

let sim: Simulator;
let client: SmartRecruitersClient;

beforeAll(async () => {
  sim = await createSimulator({ seed: 3, candidates: 4, jobs: 2, users: 2, rateLimits: { enabled: false } });
  client = createClient({ baseUrl: sim.url, auth: { type: 'api_key', apiKey: sim.apiKey }, limits: { enabled: false }, retry: { enabled: false } });
});

afterAll(async () => {
  await sim?.close();
});

const apiRequests = async () => ((await (await fetch(`${sim.url}/__sim/stats`)).json()) as { requests: { total: number } }).requests.total;

/** A value of the right type and the wrong case, so only the enum can refuse it. */
const wrongCase = (v: string) => (v.toLowerCase() !== v ? v.toLowerCase() : v.toUpperCase());

interface EnumField {
  action: ActionDefinition;
  /** Where it sits in the input: `status` (query) or `body.status`. */
  path: string;
  values: readonly string[];
}

function enumFields(): EnumField[] {
  const out: EnumField[] = [];
  for (const action of actions) {
    for (const p of [...action.operation.pathParams, ...action.operation.queryParams]) if (p.enum?.length) out.push({ action, path: p.name, values: p.enum });
    for (const f of action.body?.fields ?? []) if (f.enum?.length) out.push({ action, path: `body.${f.name}`, values: f.enum });
  }
  return out;
}

function withValue(input: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  if (!path.startsWith('body.')) return { ...input, [path]: value };
  return { ...input, body: { ...(input.body as Record<string, unknown> | undefined), [path.slice(5)]: value } };
}

describe('documented enums in inputs', () => {
  it('the documented status, role and visibility fields carry their values', () => {
    const values = (name: string, path: string) => enumFields().find((e) => e.action.name === name && e.path === path)?.values;
    expect(values('update_candidate_status', 'body.status')).toEqual(['LEAD', 'NEW', 'IN_REVIEW', 'INTERVIEW', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN', 'TRANSFERRED']);
    expect(values('update_job_status', 'body.status')).toEqual(['CREATED', 'SOURCING', 'FILLED', 'INTERVIEW', 'OFFER', 'CANCELLED', 'ON_HOLD']);
    expect(values('add_hiring_team_member', 'body.role')).toEqual(['HIRING_MANAGER', 'INTERVIEW_TEAM', 'RECRUITER', 'EXECUTIVE', 'COORDINATOR']);
    expect(values('update_interviewer_status', 'body.status')).toEqual(['accepted', 'declined', 'pending', 'tentative']);
    expect(values('publish_job', 'body.visibility')).toEqual(['PUBLIC', 'INTERNAL']);
  });

  it('update_candidate_status: a wrong value and a wrong-case value are refused before any call', async () => {
    const action = getAction('update_candidate_status');
    const before = await apiRequests();
    for (const status of ['DELETED', 'in_review', 'In_Review', '']) {
      const err = await executeAction(client, action, { id: 'c1', jobId: 'j1', body: { status } }).catch((e: unknown) => e);
      expect(err, status).toBeInstanceOf(ActionInputError);
      expect((err as ActionInputError).issues, status).toEqual([{ path: 'body.status', rule: expect.stringMatching(/^one of: LEAD \| NEW \| IN_REVIEW/), received: 'string' }]);
    }
    expect(await apiRequests()).toBe(before);
  });

  it('every enum field of every action refuses an unknown and a wrong-case value, and no request reaches the simulator', async () => {
    const fields = enumFields();
    expect(fields.length).toBeGreaterThan(20);
    const before = await apiRequests();
    const failures: string[] = [];
    for (const { action, path, values } of fields) {
      const valid = sampleInput(action, { full: true, params: {} });
      for (const bad of ['NOT_A_DOCUMENTED_VALUE', wrongCase(values[0] as string)]) {
        if (values.includes(bad)) continue;
        const err = await executeAction(client, action, withValue(valid, path, bad)).catch((e: unknown) => e);
        const named = err instanceof ActionInputError && err.issues.some((i) => i.path === path && i.rule.startsWith('one of: '));
        if (!named) failures.push(`${action.name} ${path}=${JSON.stringify(bad)}: ${err instanceof Error ? err.message : 'accepted'}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
    expect(await apiRequests()).toBe(before);
  });
});
