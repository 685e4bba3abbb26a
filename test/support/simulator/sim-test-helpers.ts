import { createSimulator, type Simulator, type SimulatorOptions } from '../../../src/simulator/index.js';

export interface Reply {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A simulator on port 0 plus a tiny fetch wrapper that sends the API key unless told otherwise. */
export async function startSim(options: SimulatorOptions = {}): Promise<Simulator & { call: (method: string, path: string, init?: CallInit) => Promise<Reply> }> {
  const sim = await createSimulator({ port: 0, candidates: 200, jobs: 20, users: 10, ...options });
  const call = async (method: string, path: string, init: CallInit = {}): Promise<Reply> => {
    const headers: Record<string, string> = init.auth === false ? {} : init.bearer ? { Authorization: `Bearer ${init.bearer}` } : { 'X-SmartToken': sim.apiKey };
    let body: RequestBody | undefined;
    if (init.json !== undefined) {
      headers['Content-Type'] = init.contentType ?? 'application/json';
      body = JSON.stringify(init.json);
    } else if (init.raw !== undefined) {
      if (init.contentType) headers['Content-Type'] = init.contentType;
      body = init.raw;
    }
    const res = await fetch(`${sim.url}${path}`, { method, headers: { ...headers, ...(init.headers ?? {}) }, ...(body !== undefined ? { body } : {}) });
    const text = await res.text();
    let parsed: unknown = undefined;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: res.status, headers: res.headers, body: parsed };
  };
  return Object.assign(sim, { call });
}

/** A bearer token for the simulator's OAuth client (some operations accept only OAuth). */
export async function bearerToken(sim: Pick<Simulator, 'url' | 'oauthClient'>): Promise<string> {
  const res = await fetch(`${sim.url}/identity/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: sim.oauthClient.clientId, client_secret: sim.oauthClient.clientSecret }),
  });
  const token = ((await res.json()) as { access_token?: string }).access_token;
  if (!token) throw new Error(`no bearer token from the simulator (HTTP ${res.status})`);
  return token;
}

export interface CallInit {
  auth?: false;
  bearer?: string;
  json?: unknown;
  raw?: RequestBody;
  contentType?: string;
  headers?: Record<string, string>;
}

export type RequestBody = string | FormData | Blob | URLSearchParams;

/** Reads a JSON response body for assertions. */
export async function readJson(res: Response): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return res.json();
}

export const RATE_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-concurrent-limit', 'x-ratelimit-concurrent-remaining'];

export function hasRateHeaders(h: Headers): boolean {
  return RATE_HEADERS.every((n) => h.get(n) !== null && /^\d+$/.test(h.get(n) as string));
}
