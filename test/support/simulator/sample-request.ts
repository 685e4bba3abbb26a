import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OperationSpec, ParamSpec } from '../../../src/spec/index.js';
import type { Simulator, SimulatorOptions } from '../../../src/simulator/server/create-simulator.js';
import { operationByKey } from '../../../src/spec/index.js';
import { requestExample, type ExampleIdLookup, type RequestExample } from '../../../src/spec/examples/request-examples.js';
import { RESUME_FILE } from '../../../src/spec/examples/resume-file.js';
import { configurationSampleParams } from './configuration-samples.js';
import { extraAreaSampleParams } from './extra-area-samples.js';
import { fullInputSampleParams } from './full-input-samples.js';
import { DOCUMENTS_SAMPLE_ADDITIONS, documentsSampleParams } from './documents-samples.js';
import { hiringSampleParams } from './hiring-samples.js';

const SUBSCRIPTIONS_CREATE = operationByKey('subscriptions.create')!;
import type { SampleContext } from './sample-context.js';

/**
 * Simulator sizes that give every operation its own fresh candidate and job (an operation that
 * deletes one never removes another's target), with limits off so 305 calls go straight through.
 */
export const SAMPLE_SIM_OPTIONS: SimulatorOptions = { candidates: 400, jobs: 350, users: 10, rateLimits: { enabled: false } };

/**
 * The ids an operation's request example (src/spec/examples) refers to, for one call: this call's
 * candidate, its first job and application, the session's user and webhook receiver, then the
 * operation's own ids (path params and the areas' lookups, which win). A name nobody provides is
 * a sample-data bug, said plainly.
 */
export function sampleIds(op: OperationSpec, ctx: SampleContext, params: Readonly<Record<string, string>>): ExampleIdLookup {
  const { state } = ctx.sim;
  const candidate = state.candidates.get(5 + ctx.n);
  const jobId = candidate.applications[0]!.jobId;
  const known: Record<string, string> = { userId: ctx.userId, candidateId: candidate.id, jobId, applicationId: state.applicationId(candidate.id, jobId), callbackUrl: ctx.receiverUrl, ...params };
  return (name) => {
    const value = known[name];
    if (value === undefined) throw new Error(`sample data: the example of ${op.key} refers to "${name}", which no sample lookup provides`);
    return value;
  };
}

/**
 * The request of one call: the operation's example with real ids, plus what only the simulator's
 * state can say (the answers a posting's form requires). Undefined where the operation has no example.
 */
export function sampleExample(op: OperationSpec, ctx: SampleContext, params: Readonly<Record<string, string>>): RequestExample | undefined {
  const example = requestExample(op.key, sampleIds(op, ctx, params));
  const additions = DOCUMENTS_SAMPLE_ADDITIONS[op.key]?.(ctx);
  return example && additions ? { ...example, body: { ...(example.body as Record<string, unknown>), ...additions } } : example;
}

/** A valid value for a required query parameter. */
export function sampleQueryValue(p: ParamSpec): string {
  if (p.enum) return p.enum[0] as string;
  if (p.type === 'integer' || p.type === 'number') return String(p.min ?? 1);
  if (p.type === 'boolean') return 'true';
  if (p.type === 'date-time') return '2026-01-01T00:00:00Z';
  return 'x';
}

/**
 * Path params pointing at real records where the simulator models them, plus the ids the
 * operation's example body names (they share one namespace, as in an action's input).
 */
export function samplePathParams(op: OperationSpec, ctx: SampleContext): Record<string, string> {
  const { sim } = ctx;
  const out: Record<string, string> = {};
  // A fresh candidate and job per operation, so a DELETE never removes another call's target.
  const candidate = sim.state.candidates.get(5 + ctx.n);
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
  return Object.assign(out, configurationSampleParams(op, ctx), documentsSampleParams(op, ctx), hiringSampleParams(op, ctx), extraAreaSampleParams(op, ctx), fullInputSampleParams(op, ctx));
}

/** One answered sample call. */
export interface SampleResult {
  readonly op: OperationSpec;
  /** Concrete path that was called. */
  readonly path: string;
  readonly status: number;
  readonly text: string;
  /** The answer's Content-Type (downloads answer bytes, not JSON). */
  readonly contentType: string;
}

/**
 * Calls every operation of a simulator with valid input: a bearer token (some operations accept
 * only OAuth), a local webhook receiver that answers the activation handshake, and the few
 * set-up calls some operations need first (a subscription, an onboarding status).
 */
export class SampleSession {
  private n = 0;
  private subscriptionId = '';

  private constructor(
    readonly sim: Simulator,
    private readonly bearer: string,
    private readonly receiver: Server,
    private readonly receiverUrl: string,
  ) {}

  static async open(sim: Simulator): Promise<SampleSession> {
    const receiver = createServer((req, res) => {
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
    const token = ((await t.json()) as { access_token?: string }).access_token;
    if (!token) {
      await new Promise((r) => receiver.close(r));
      throw new Error(`could not get a bearer token from the simulator (HTTP ${t.status})`);
    }
    return new SampleSession(sim, token, receiver, `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`);
  }

  private context(): SampleContext {
    return { sim: this.sim, n: this.n, userId: this.sim.state.users.list[0]!.id, receiverUrl: this.receiverUrl, subscriptionId: this.subscriptionId };
  }

  private async send(method: string, path: string, json?: unknown): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.bearer}` };
    if (json !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(`${this.sim.url}${path}`, { method, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
  }

  /** Calls one operation with valid input (plus `query`, which may be hostile) and returns the raw answer. */
  async call(op: OperationSpec, query: Readonly<Record<string, string>> = {}): Promise<SampleResult> {
    this.n++;
    if (op.path.startsWith('/webhooks-api/') && op.pathParams.length > 0) {
      const created = await this.send('POST', '/webhooks-api/v201907/subscriptions', sampleExample(SUBSCRIPTIONS_CREATE, this.context(), {})?.body);
      this.subscriptionId = ((await created.json()) as { id: string }).id;
      if (op.key === 'subscriptions.getSecretKey') await (await this.send('POST', `/webhooks-api/v201907/subscriptions/${this.subscriptionId}/secret-key`)).arrayBuffer();
    }
    const ctx = this.context();
    const params = samplePathParams(op, ctx);
    await this.pointAtListedRecords(op, params);
    if (op.key === 'candidates.onboarding.get' || op.key === 'candidates.onboarding.getForJob') {
      const jobId = this.sim.state.candidates.get(5 + this.n).applications[0]!.jobId;
      await (await this.send('PUT', `/candidates/${params['id']}/jobs/${jobId}/onboardingStatus`, { onboardingStatus: 'READY_TO_ONBOARD' })).arrayBuffer();
    }
    const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] as string));
    const q = new URLSearchParams();
    for (const p of op.queryParams) if (p.required && query[p.name] === undefined) q.append(p.name, sampleQueryValue(p));
    for (const [name, value] of Object.entries(query)) q.append(name, value);
    const headers: Record<string, string> = { Authorization: `Bearer ${this.bearer}` };
    const example = op.bodyMode === 'none' ? undefined : sampleExample(op, ctx, params);
    let body: string | FormData | undefined;
    if (op.bodyMode === 'json' || op.bodyMode === 'json-patch') {
      headers['Content-Type'] = op.bodyMode === 'json-patch' ? 'application/json-patch+json' : 'application/json';
      // Without an example: the emptiest body a handler that validates nothing accepts.
      body = JSON.stringify(example?.body ?? (op.bodyMode === 'json-patch' ? [{ op: 'add', path: '/label', value: 'x' }] : {}));
    } else if (op.bodyMode === 'multipart') {
      // Every upload gets a file a resume parser can read; the example gives the form parts.
      const form = new FormData();
      const file = example?.file ?? RESUME_FILE;
      form.append('file', new Blob([file.text], { type: file.contentType }), file.filename);
      for (const [name, value] of Object.entries((example?.body ?? {}) as Record<string, string>)) form.append(name, value);
      body = form;
    } else if (op.bodyMode === 'form') {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = 'a=b';
    }
    const res = await fetch(`${this.sim.url}${path}${q.size ? `?${q}` : ''}`, { method: op.method, headers, ...(body !== undefined ? { body } : {}) });
    return { op, path, status: res.status, text: await res.text(), contentType: res.headers.get('content-type') ?? '' };
  }

  /**
   * Placeholder ids (`gen-3`, `valueId-3`) are swapped for a record the simulator lists at the
   * parent path (`GET /configuration/job-properties` for `{id}` of `/configuration/job-properties/{id}`),
   * so areas with real state and seeded data get ids that exist without this file naming them.
   */
  private async pointAtListedRecords(op: OperationSpec, params: Record<string, string>): Promise<void> {
    for (const p of op.pathParams) {
      const value = params[p.name] ?? '';
      if (value !== `${p.name}-${this.n}` && value !== `gen-${this.n}`) continue;
      const at = op.path.indexOf(`/{${p.name}}`);
      const parent = op.path.slice(0, at).replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
      if (!parent || /\{/.test(parent)) continue;
      const res = await this.send('GET', parent);
      if (res.status !== 200) {
        await res.arrayBuffer();
        continue;
      }
      const body = (await res.json()) as unknown;
      const items = Array.isArray(body) ? body : body && typeof body === 'object' && Array.isArray((body as { content?: unknown }).content) ? (body as { content: unknown[] }).content : [];
      const ids = items.map((it) => (it && typeof it === 'object' ? (it as Record<string, unknown>)['id'] : it)).filter((id): id is string | number => typeof id === 'string' || typeof id === 'number');
      if (ids.length) params[p.name] = String(ids[this.n % ids.length]);
    }
  }

  async close(): Promise<void> {
    this.receiver.closeAllConnections();
    await new Promise((r) => this.receiver.close(r));
  }
}
