import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionInputError, actions, executeAction, type ActionDefinition } from '../../src/actions/index.js';
import { sampleInput } from '../support/actions/sample-input.js';
import { createClient, type SmartRecruitersClient } from '../../src/client/index.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { ActionFixtures } from './action-fixtures.js';

/** Values that would drop or climb a segment (also padded, since some servers trim). */
const REFUSED = ['', ' ', '\t', '.', '..', ' .. ', '. '];
/** Values that must arrive as exactly one segment carrying the value, whatever they contain. */
const ONE_SEGMENT = ['a/b', '../x', '..%2f', '%2e%2e', '.%2e', '%2E.', '..\\', '\\..', '?x=1', '#f', '%', 'é/ü', '..;'];

interface Logged {
  seq: number;
  method: string;
  path: string;
}

let sim: Simulator;
let client: SmartRecruitersClient;
let fixtures: ActionFixtures;
const withPathParams = actions.filter((a) => a.operation.pathParams.length > 0);

async function simJson<T>(path: string): Promise<T> {
  const res = await fetch(`${sim.url}${path}`);
  return (await res.json()) as T;
}
const stats = () => simJson<{ resources: Record<string, number>; requests: { total: number } }>('/__sim/stats');
const received = async (afterSeq: number) => (await simJson<Logged[]>('/__sim/requests?limit=50')).filter((e) => e.seq > afterSeq);
const lastSeq = async () => (await simJson<Logged[]>('/__sim/requests?limit=1'))[0]?.seq ?? 0;

beforeAll(async () => {
  // No limits on either side: this test counts requests, it does not measure pacing.
  sim = await createSimulator({ seed: 7, candidates: 30, jobs: 6, users: 6, rateLimits: { enabled: false } });
  client = createClient({ baseUrl: sim.url, auth: { type: 'api_key', apiKey: sim.apiKey }, limits: { enabled: false }, retry: { enabled: false } });
  fixtures = new ActionFixtures(client);
});

afterAll(async () => {
  await sim?.close();
});

describe('an id can never change the request path', () => {
  it('the reported attack: delete_candidate_application with jobId ".." is refused and the candidate survives', async () => {
    const candidateId = await fixtures.id('candidateId');
    const before = await lastSeq();
    const err = await executeAction(client, 'delete_candidate_application', { id: candidateId, jobId: '..' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionInputError);
    expect((err as ActionInputError).issues).toEqual([{ path: 'jobId', rule: expect.stringMatching(/dot segment/), received: 'string' }]);
    expect(await received(before)).toEqual([]);
    const still = await executeAction(client, 'get_candidate', { id: candidateId });
    expect(still.status).toBe(200);
  });

  it(`every action with a path parameter (${withPathParams.length}) refuses blank and dot values and sends every other value as one segment`, async () => {
    // Real ids for the other parameters, so an escaped segment would reach a real record.
    const realParams = new Map<string, Record<string, string>>();
    // Where the seeded data has no such record, a made-up id still tests the path.
    for (const action of withPathParams) {
      const fallback = Object.fromEntries(action.operation.pathParams.map((p) => [p.name, `no-such-${p.name}`]));
      realParams.set(action.name, await fixtures.paramsFor(action).catch(() => fallback));
    }
    const start = await stats();
    const failures: string[] = [];
    let refused = 0;
    let sent = 0;
    for (const action of withPathParams) {
      const params = realParams.get(action.name) as Record<string, string>;
      for (const p of action.operation.pathParams) {
        for (const value of [...REFUSED, ...ONE_SEGMENT]) {
          const input = sampleInput(action, { params: { ...params, [p.name]: value } });
          const before = await lastSeq();
          const outcome = await executeAction(client, action, input).catch((e: unknown) => e);
          const got = await received(before);
          const label = `${action.name} ${p.name}=${JSON.stringify(value)}`;
          if (REFUSED.includes(value)) {
            refused++;
            const named = outcome instanceof ActionInputError && outcome.issues.some((i) => i.path === p.name);
            if (!named) failures.push(`${label}: expected a validation error naming ${p.name}, got ${String(outcome)}`);
            if (got.length) failures.push(`${label}: refused value still reached the simulator: ${got.map((g) => `${g.method} ${g.path}`).join(', ')}`);
            continue;
          }
          sent++;
          if (got.length !== 1) {
            failures.push(`${label}: expected exactly one request, simulator received ${got.length}`);
            continue;
          }
          const problem = segmentProblem(action, got[0] as Logged, p.name, { ...params, [p.name]: value });
          if (problem) failures.push(`${label}: ${problem}`);
        }
      }
    }
    expect(failures, failures.slice(0, 40).join('\n')).toEqual([]);
    expect(refused).toBe(withPathParams.reduce((n, a) => n + a.operation.pathParams.length, 0) * REFUSED.length);
    expect(sent).toBeGreaterThan(1000);
    // Nothing was deleted or created by any of it: every collection has the size it had.
    const end = await stats();
    const changed = Object.entries({ ...start.resources, ...end.resources })
      .filter(([k]) => (end.resources[k] ?? 0) !== (start.resources[k] ?? 0))
      .map(([k]) => `${k}: ${start.resources[k] ?? 0} → ${end.resources[k] ?? 0}`);
    expect(changed).toEqual([]);
    // One API request per value sent, none for refused values.
    expect(end.requests.total - start.requests.total).toBe(sent);
  }, 240_000);
});

/** Why the logged request is not the template with each value as exactly one segment. */
function segmentProblem(action: ActionDefinition, seen: Logged, param: string, values: Record<string, string>): string | undefined {
  if (seen.method !== action.operation.method) return `method ${seen.method}`;
  const template = action.operation.path.split('/');
  const got = seen.path.split('/');
  if (got.length !== template.length) return `path ${seen.path} has ${got.length - 1} segments, template ${action.operation.path} has ${template.length - 1}`;
  for (const [i, t] of template.entries()) {
    const name = /^\{(.+)\}$/.exec(t)?.[1];
    const want = name ? (values[name] ?? '') : t;
    let decoded: string;
    try {
      decoded = decodeURIComponent(got[i] as string);
    } catch {
      return `segment ${i} ${got[i]} is not valid percent-encoding`;
    }
    if (decoded !== want) return `segment ${i} carries ${JSON.stringify(decoded)}, expected ${JSON.stringify(want)}${name === param ? '' : ` (${name ?? 'literal'})`}`;
  }
  return undefined;
}
