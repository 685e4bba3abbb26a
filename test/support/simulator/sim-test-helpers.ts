import { createSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';

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
