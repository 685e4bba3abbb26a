import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { Writable } from 'node:stream';
import { createAccounts, generateSecretKey, type Accounts } from '../../src/accounts/index.js';
import { createApp, createLogger, startServer, type BodyLimits } from '../../src/server/index.js';
import { createSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';
import type { StoreDialect, TestDatabase } from '../store/store-dialects.js';

export const SMALL_SIM: SimulatorOptions = { candidates: 20, jobs: 4, users: 4, rateLimits: { enabled: false } };

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads arbitrary JSON
  body: any;
}

/** A running server on a real socket over a fresh database, with every log line it wrote. */
export interface ServerTestbed {
  readonly url: string;
  readonly token: string;
  readonly secretKey: string;
  readonly database: TestDatabase;
  readonly accounts: Accounts;
  readonly logLines: string[];
  call(method: string, path: string, opts?: { json?: unknown; body?: RequestInit["body"]; headers?: Record<string, string>; token?: string | null }): Promise<Reply>;
  /** Links `sim` through `POST /accounts` and answers the new account id. */
  link(sim: Simulator, name?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestbed(dialect: StoreDialect, opts: { limits?: Partial<BodyLimits> } = {}): Promise<ServerTestbed> {
  const database = await dialect.open();
  const secretKey = generateSecretKey();
  const token = `tok_${randomBytes(24).toString('base64url')}`;
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const accounts = createAccounts({ database, secretKey });
  const app = createApp({ accounts, database, apiToken: token, logger: createLogger({ destination, level: 'debug' }), ...(opts.limits ? { limits: opts.limits } : {}) });
  const server = await startServer(app);
  const call: ServerTestbed['call'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    const t = o.token === undefined ? token : o.token;
    if (t !== null) headers.authorization = `Bearer ${t}`;
    let body = o.body;
    if (o.json !== undefined) {
      body = JSON.stringify(o.json);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(`${server.url}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, headers: res.headers, text, body: parsed };
  };
  return {
    url: server.url,
    token,
    secretKey,
    database,
    accounts,
    logLines,
    call,
    async link(sim, name = 'Acme') {
      const res = await call('POST', '/accounts', { json: { name, auth: { type: 'api_key', api_key: sim.apiKey }, base_url: sim.url } });
      if (res.status !== 201) throw new Error(`link failed: ${res.status} ${res.text}`);
      return res.body.id as string;
    },
    async close() {
      await server.close();
      await database.dispose();
    },
  };
}

export function startSim(extra: SimulatorOptions = {}): Promise<Simulator> {
  return createSimulator({ ...SMALL_SIM, ...extra });
}

/** Requests the simulator has received so far (its own count, from the control API). */
export async function simTotal(sim: Simulator): Promise<number> {
  const res = await fetch(`${sim.url}/__sim/stats`);
  return ((await res.json()) as { requests: { total: number } }).requests.total;
}

/**
 * A raw HTTP request with the target exactly as written: fetch and URL would normalise `..`,
 * `%2e` and backslashes away before they reach the server, which would test nothing.
 */
export function rawRequest(baseUrl: string, target: string, opts: { method?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method: opts.method ?? 'GET', path: target, headers: opts.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** An HTTP server standing in for an attacker's host: counts every request it receives. */
export async function startAttacker(): Promise<{ host: string; url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const srv = http.createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"stolen":true}');
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    hits: () => hits,
    close: () =>
      new Promise<void>((r) => {
        srv.close(() => r());
        srv.closeAllConnections();
      }),
  };
}

/** Answers the account check (`GET /configuration/company`) and a 500 to everything else. */
export async function startBrokenUpstream(apiKey: string): Promise<{ url: string; close: () => Promise<void> }> {
  const srv = http.createServer((req, res) => {
    if (req.headers['x-smarttoken'] !== apiKey) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"message":"bad key"}');
    } else if (req.url === '/configuration/company') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"identifier":"broken","name":"Broken Inc"}');
    } else {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"message":"Internal failure","errors":[{"code":"INTERNAL","message":"boom"}]}');
    }
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  let closed = false;
  return {
    url: `http://127.0.0.1:${(srv.address() as { port: number }).port}`,
    close: () =>
      new Promise<void>((r) => {
        if (closed) return r();
        closed = true;
        srv.close(() => r());
        srv.closeAllConnections();
      }),
  };
}
