import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/**
 * A small, configurable stand-in for the SmartRecruiters API for client tests and benchmarks.
 * It deliberately shares no code with src/client: it enforces limits its own way (strict
 * sliding 1 s window per endpoint + concurrency caps, answering 429) and counts everything.
 */

export interface TestRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  readonly params: Record<string, string>;
  /** `METHOD /pattern` of the matched route. */
  readonly endpoint: string;
  readonly arrivedAt: number;
}

export interface TestReply {
  status?: number;
  /** Serialised as JSON unless `raw` is given. */
  body?: unknown;
  raw?: string | Uint8Array;
  headers?: Record<string, string>;
}

/** A fault to inject instead of the route's reply. */
export type Fault = TestReply | { drop: true } | { hang: true };

export type Handler = (req: TestRequest) => TestReply | Promise<TestReply>;

export interface TestServerOptions {
  /** Fixed port (e.g. one that refused connections a moment ago); default 0. */
  port?: number;
  auth?: { apiKey?: string; oauth?: { clientId: string; clientSecret: string; expiresIn?: number } };
  limits?: {
    enforce?: boolean;
    perSecond?: number;
    /** Per-endpoint rate overrides, keyed `METHOD /pattern`. */
    perEndpoint?: Record<string, number>;
    concurrency?: number;
    endpointConcurrency?: Record<string, number>;
    windowMs?: number;
  };
  /** Delay before answering each request (ms), or per endpoint. */
  latencyMs?: number | Record<string, number>;
}

export interface TestServerStats {
  total: number;
  rateLimited: number;
  tokenRequests: number;
  peakConcurrency: number;
  peakByEndpoint: Record<string, number>;
  /** Most admitted requests seen in any window, per endpoint (the sliding-window peak). */
  maxInWindow: Record<string, number>;
  byEndpoint: Record<string, number>;
  /** Arrival times (performance.now) of admitted requests, per endpoint. */
  arrivals: Record<string, number[]>;
}

interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly regex: RegExp;
  readonly names: string[];
  readonly handler: Handler;
  readonly public: boolean;
}

export interface TestServer {
  readonly baseUrl: string;
  readonly port: number;
  readonly requests: TestRequest[];
  readonly stats: TestServerStats;
  /** `public` routes skip the credential check (e.g. a custom token endpoint). */
  route(method: string, pattern: string, handler: Handler, opts?: { public?: boolean }): void;
  /** The next requests to this endpoint get these faults, in order. */
  failNext(endpoint: string, ...faults: Fault[]): void;
  /** Counts `n` starts on an endpoint as if another process used the same credential just now. */
  consume(endpoint: string, n: number): void;
  /** Invalidates every issued access token (the next bearer request gets 401). */
  revokeTokens(): void;
  close(): Promise<void>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const limits = {
    enforce: options.limits?.enforce ?? true,
    perSecond: options.limits?.perSecond ?? 10,
    perEndpoint: options.limits?.perEndpoint ?? {},
    concurrency: options.limits?.concurrency ?? 8,
    endpointConcurrency: options.limits?.endpointConcurrency ?? {},
    windowMs: options.limits?.windowMs ?? 1000,
  };
  const routes: Route[] = [];
  const faults = new Map<string, Fault[]>();
  const windows = new Map<string, number[]>();
  const inFlightByEndpoint = new Map<string, number>();
  const tokens = new Set<string>();
  const hanging = new Set<http.ServerResponse>();
  let inFlight = 0;
  const requests: TestRequest[] = [];
  const stats: TestServerStats = {
    total: 0,
    rateLimited: 0,
    tokenRequests: 0,
    peakConcurrency: 0,
    peakByEndpoint: {},
    maxInWindow: {},
    byEndpoint: {},
    arrivals: {},
  };

  const rateFor = (endpoint: string): number => limits.perEndpoint[endpoint] ?? limits.perSecond;
  const concurrencyFor = (endpoint: string): number => limits.endpointConcurrency[endpoint] ?? limits.concurrency;
  const windowOf = (endpoint: string, now: number): number[] => {
    const w = (windows.get(endpoint) ?? []).filter((t) => t > now - limits.windowMs);
    windows.set(endpoint, w);
    return w;
  };

  const match = (method: string, path: string): { route: Route | undefined; params: Record<string, string>; endpoint: string } => {
    for (const route of routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1] as string)));
      return { route, params, endpoint: `${method} ${route.pattern}` };
    }
    return { route: undefined, params: {}, endpoint: `${method} ${path}` };
  };

  const server = http.createServer((req, res) => {
    const arrivedAt = performance.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const isToken = method === 'POST' && url.pathname === '/identity/oauth/token';
    const { route, params, endpoint } = match(method, url.pathname);
    stats.total++;
    stats.byEndpoint[endpoint] = (stats.byEndpoint[endpoint] ?? 0) + 1;

    const rate = rateFor(endpoint);
    const window = windowOf(endpoint, arrivedAt);
    const epInFlight = inFlightByEndpoint.get(endpoint) ?? 0;
    const rateHeaders = (): Record<string, string> => ({
      'x-ratelimit-limit': String(rate),
      'x-ratelimit-remaining': String(Math.max(0, rate - windowOf(endpoint, performance.now()).length)),
      'x-ratelimit-concurrent-limit': String(limits.concurrency),
      'x-ratelimit-concurrent-remaining': String(Math.max(0, limits.concurrency - inFlight)),
    });

    const exceeded =
      inFlight >= limits.concurrency
        ? 'concurrency'
        : epInFlight >= concurrencyFor(endpoint)
          ? 'endpoint concurrency'
          : window.length >= rate
            ? `rate (${window.length} in the last ${limits.windowMs} ms)`
            : undefined;
    if (limits.enforce && exceeded) {
      stats.rateLimited++;
      res.writeHead(429, { 'content-type': 'application/json', ...rateHeaders() });
      res.end(JSON.stringify({ message: `Too many requests: ${exceeded}`, errors: [{ code: 'RATE_LIMIT', message: exceeded }] }));
      req.resume();
      return;
    }
    window.push(arrivedAt);
    (stats.arrivals[endpoint] ??= []).push(arrivedAt);
    stats.maxInWindow[endpoint] = Math.max(stats.maxInWindow[endpoint] ?? 0, window.length);
    inFlight++;
    inFlightByEndpoint.set(endpoint, epInFlight + 1);
    stats.peakConcurrency = Math.max(stats.peakConcurrency, inFlight);
    stats.peakByEndpoint[endpoint] = Math.max(stats.peakByEndpoint[endpoint] ?? 0, epInFlight + 1);
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      inFlight--;
      inFlightByEndpoint.set(endpoint, (inFlightByEndpoint.get(endpoint) ?? 1) - 1);
    };
    res.on('close', finish);

    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const record: TestRequest = {
        method,
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        params,
        endpoint,
        arrivedAt,
      };
      requests.push(record);
      void respond(record).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `test server handler failed: ${String(err)}` }));
      });
    });

    const send = (reply: TestReply): void => {
      // Rate headers are computed before `finish`, as a real server would while the request counts.
      const headers: Record<string, string> = { ...rateHeaders(), ...reply.headers };
      let payload: string | Uint8Array = '';
      if (reply.raw !== undefined) payload = reply.raw;
      else if (reply.body !== undefined) {
        payload = JSON.stringify(reply.body);
        headers['content-type'] ??= 'application/json';
      }
      res.writeHead(reply.status ?? 200, headers);
      res.end(payload);
    };

    const respond = async (record: TestRequest): Promise<void> => {
      const latency = typeof options.latencyMs === 'number' ? options.latencyMs : (options.latencyMs?.[endpoint] ?? 0);
      if (latency > 0) await new Promise((r) => setTimeout(r, latency));
      const fault = faults.get(endpoint)?.shift();
      if (fault && 'drop' in fault) {
        req.socket.destroy();
        return;
      }
      if (fault && 'hang' in fault) {
        hanging.add(res);
        return;
      }
      if (fault) return send(fault);
      if (isToken) return send(issueToken(record));
      const denied = route?.public ? undefined : checkAuth(record);
      if (denied) return send(denied);
      if (!route) return send({ status: 404, body: { message: `No route ${method} ${url.pathname}` } });
      send(await route.handler(record));
    };
  });

  const issueToken = (req: TestRequest): TestReply => {
    stats.tokenRequests++;
    const oauth = options.auth?.oauth;
    const form = new URLSearchParams(req.body);
    if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') {
      return { status: 400, body: { error: 'invalid_request', error_description: 'form body expected' } };
    }
    if (
      !oauth ||
      form.get('grant_type') !== 'client_credentials' ||
      form.get('client_id') !== oauth.clientId ||
      form.get('client_secret') !== oauth.clientSecret
    ) {
      return { status: 401, body: { error: 'invalid_client', error_description: `bad client credentials: ${req.body}` } };
    }
    const token = `tok_${randomUUID()}`;
    tokens.add(token);
    return { body: { access_token: token, token_type: 'bearer', expires_in: oauth.expiresIn ?? 3600 } };
  };

  const checkAuth = (req: TestRequest): TestReply | undefined => {
    const auth = options.auth;
    if (!auth) return undefined;
    const key = req.headers['x-smarttoken'];
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    if (key !== undefined && bearer !== undefined) return { status: 400, body: { message: 'both X-SmartToken and Authorization sent' } };
    if (auth.apiKey !== undefined && key === auth.apiKey) return undefined;
    if (bearer !== undefined && tokens.has(bearer)) return undefined;
    // Echo the credential back, as careless servers do, so redaction is tested against it.
    return { status: 401, body: { message: `Invalid credentials ${String(key ?? req.headers.authorization ?? '')}` } };
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    requests,
    stats,
    route(method, pattern, handler, opts) {
      const names: string[] = [];
      const source = pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, n: string) => {
        names.push(n);
        return '([^/]+)';
      });
      routes.push({ method: method.toUpperCase(), pattern, regex: new RegExp(`^${source}$`), names, handler, public: opts?.public ?? false });
    },
    failNext(endpoint, ...list) {
      faults.set(endpoint, [...(faults.get(endpoint) ?? []), ...list]);
    },
    consume(endpoint, n) {
      const now = performance.now();
      const w = windowOf(endpoint, now);
      for (let i = 0; i < n; i++) w.push(now);
    },
    revokeTokens() {
      tokens.clear();
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port that refuses connections right now (bound, then released). */
export async function refusedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
