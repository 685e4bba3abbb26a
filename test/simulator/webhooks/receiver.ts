// A real HTTP receiver on 127.0.0.1:0 that records every request, for the webhook engine tests.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { createWebhookEngine, type WebhookEngineOptions, type WebhookHttpRequest } from '../../../src/simulator/webhooks/index.js';

export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export type Behaviour = (req: ReceivedRequest, res: ServerResponse, raw: IncomingMessage) => void;

/** Echoes the handshake secret; answers events 202, as a well-behaved receiver does. */
export const wellBehaved: Behaviour = (req, res) => {
  const secret = req.headers['x-hook-secret'];
  if (typeof secret === 'string') {
    res.writeHead(200, { 'X-Hook-Secret': secret }).end();
  } else {
    res.writeHead(202).end();
  }
};

export interface Receiver {
  readonly url: string;
  readonly requests: ReceivedRequest[];
  /** Requests other than handshakes. */
  events(): ReceivedRequest[];
  behave(b: Behaviour): void;
  close(): Promise<void>;
}

export async function startReceiver(behaviour: Behaviour = wellBehaved): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  let current = behaviour;
  const server = createServer((raw, res) => {
    const chunks: Buffer[] = [];
    raw.on('data', (c: Buffer) => chunks.push(c));
    raw.on('end', () => {
      const req = { method: raw.method ?? '', url: raw.url ?? '', headers: raw.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(req);
      current(req, res, raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    requests,
    events: () => requests.filter((r) => r.headers['x-hook-secret'] === undefined),
    behave: (b) => {
      current = b;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A request for a handler, as the core would adapt it. */
export function request(credential: string, fields: { params?: Record<string, string>; query?: string; body?: unknown } = {}): WebhookHttpRequest {
  return { credential, params: fields.params ?? {}, query: new URLSearchParams(fields.query ?? ''), body: fields.body };
}

export const BASE_URL = 'http://sim.test';

/** An engine with small test delays; callers close it. */
export function testEngine(options: Partial<WebhookEngineOptions> = {}) {
  return createWebhookEngine({
    publicBaseUrl: () => BASE_URL,
    retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    handshakeTimeoutMs: 2_000,
    deliveryTimeoutMs: 2_000,
    ...options,
  });
}

/** Creates and activates a subscription for `credential`; returns its id. */
export async function activeSubscription(
  engine: ReturnType<typeof testEngine>,
  callbackUrl: string,
  events: string[],
  credential = 'cred-a',
  extra: Record<string, unknown> = {},
): Promise<string> {
  const created = await engine.handlers['subscriptions.create'](request(credential, { body: { callbackUrl, events, ...extra } }));
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  const id = (created.body as { id: string }).id;
  const activated = await engine.handlers['subscriptions.activate'](request(credential, { params: { id } }));
  if (activated.status !== 204) throw new Error(`activate failed: ${JSON.stringify(activated.body)}`);
  return id;
}

/** Independent check of the documented v1 formula against what the receiver got. */
export function expectedSignatures(req: ReceivedRequest, keys: readonly string[]): string[] {
  const h = (name: string): string => {
    const v = req.headers[name];
    return typeof v === 'string' ? v : '';
  };
  const payload = `${h('smartrecruiters-timestamp')}.${req.body}.${h('event-id')}.${h('event-name')}.${h('event-version')}.${h('link')}`;
  return keys.map((key) => `v1=${createHmac('sha256', key).update(payload).digest('hex')}`);
}

/** Closers run after each test, newest first; registers the `afterEach` that runs them. */
export function closeAfterEach(): (() => Promise<void>)[] {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const fn of closers.splice(0).reverse()) await fn();
  });
  return closers;
}

export type TestEngineOptions = Parameters<typeof testEngine>[0];

/** A well-behaved receiver and an engine for one test, both closed after it. */
export async function startTestbed(closers: (() => Promise<void>)[], options: TestEngineOptions = {}) {
  const receiver = await startReceiver();
  const engine = testEngine(options);
  closers.push(() => receiver.close(), () => engine.close());
  return { receiver, engine };
}
