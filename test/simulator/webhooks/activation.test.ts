import type { ServerResponse } from 'node:http';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { testEngine} from './receiver.js';
import { request, type Receiver, startTestbed, closeAfterEach, type TestEngineOptions } from './receiver.js';

const cleanup = closeAfterEach();
const setup = (options: TestEngineOptions = {}) => startTestbed(cleanup, options);
async function createSub(engine: ReturnType<typeof testEngine>, receiver: Pick<Receiver, 'url'>, extra: Record<string, unknown> = {}) {
  const res = await engine.handlers['subscriptions.create'](request('cred-a', { body: { callbackUrl: receiver.url, events: ['candidate.created'], ...extra } }));
  return (res.body as { id: string }).id;
}
const activate = (engine: ReturnType<typeof testEngine>, id: string) => engine.handlers['subscriptions.activate'](request('cred-a', { params: { id } }));
const statusOf = async (engine: ReturnType<typeof testEngine>, id: string) =>
  ((await engine.handlers['subscriptions.get'](request('cred-a', { params: { id } }))).body as { status: string }).status;
type ErrorBody = { message: string; errors: { code: string; message: string }[] };

describe('PUT /subscriptions/{id}/activation', () => {
  it('POSTs X-Hook-Secret to the callback, accepts the echo, answers 204 and activates', async () => {
    const { receiver, engine } = await setup();
    const id = await createSub(engine, receiver);
    const res = await activate(engine, id);
    expect(res).toEqual({ status: 204 });
    expect(receiver.requests).toHaveLength(1);
    const hs = receiver.requests[0];
    expect(hs?.method).toBe('POST');
    expect(hs?.url).toBe('/hook');
    expect(hs?.headers['x-hook-secret']).toMatch(/^[0-9a-f]{24}$/);
    expect(await statusOf(engine, id)).toBe('active');
  });

  it('sends a fresh secret on each activation', async () => {
    const { receiver, engine } = await setup();
    const id = await createSub(engine, receiver);
    await activate(engine, id);
    await activate(engine, id);
    const secrets = receiver.requests.map((r) => r.headers['x-hook-secret']);
    expect(secrets).toHaveLength(2);
    expect(secrets[0]).not.toBe(secrets[1]);
  });

  it('treats the echoed header name case-insensitively', async () => {
    const { receiver, engine } = await setup();
    receiver.behave((req, res) => {
      res.setHeader('X-HOOK-SECRET', String(req.headers['x-hook-secret']));
      res.writeHead(200).end('ok');
    });
    const id = await createSub(engine, receiver);
    expect((await activate(engine, id)).status).toBe(204);
  });

  it.each([
    ['a wrong echo', 'HANDSHAKE_WRONG_SECRET', (res: ServerResponse) => res.writeHead(200, { 'X-Hook-Secret': 'not-it' }).end()],
    ['no echo', 'HANDSHAKE_MISSING_SECRET', (res: ServerResponse) => res.writeHead(200).end()],
  ])('fails with 400 on %s and stays inactive', async (_label, code, reply) => {
    const { receiver, engine } = await setup();
    receiver.behave((_req, res) => reply(res));
    const id = await createSub(engine, receiver);
    const res = await activate(engine, id);
    expect(res.status).toBe(400);
    const body = res.body as ErrorBody;
    expect(body.message).toMatch(/^Subscription activation failed: .*X-Hook-Secret/);
    expect(body.errors[0]?.code).toBe(code);
    expect(await statusOf(engine, id)).toBe('inactive');
  });

  it('fails when the echo comes with a status other than 200', async () => {
    const { receiver, engine } = await setup();
    receiver.behave((req, res) => res.writeHead(202, { 'X-Hook-Secret': String(req.headers['x-hook-secret']) }).end());
    const id = await createSub(engine, receiver);
    const res = await activate(engine, id);
    expect(res.status).toBe(400);
    expect((res.body as ErrorBody).errors[0]).toEqual({ code: 'HANDSHAKE_BAD_STATUS', message: expect.stringMatching(/HTTP 202/) });
    expect(await statusOf(engine, id)).toBe('inactive');
  });

  it('fails after the handshake deadline when the callback hangs', async () => {
    const { receiver, engine } = await setup({ handshakeTimeoutMs: 150 });
    receiver.behave(() => undefined); // never answers
    const id = await createSub(engine, receiver);
    const res = await activate(engine, id);
    expect(res.status).toBe(400);
    expect((res.body as ErrorBody).errors[0]).toEqual({ code: 'HANDSHAKE_TIMEOUT', message: expect.stringMatching(/within 150 ms/) });
    expect(receiver.requests).toHaveLength(1);
    expect(await statusOf(engine, id)).toBe('inactive');
  });

  it('fails clearly when nothing listens at the callback', async () => {
    const { receiver, engine } = await setup();
    const closedUrl = receiver.url;
    await receiver.close();
    const id = await createSub(engine, { url: closedUrl });
    const res = await activate(engine, id);
    expect(res.status).toBe(400);
    expect((res.body as ErrorBody).errors[0]?.code).toBe('HANDSHAKE_NETWORK_ERROR');
  });

  it('survives a callback that answers garbage instead of HTTP', async () => {
    const sockets = new Set<Socket>();
    const garbage = createServer((socket) => {
      sockets.add(socket);
      socket.end('this is not HTTP at all\r\n\r\n');
    });
    await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => garbage.close(() => resolve()));
    });
    const { engine } = await setup();
    const port = (garbage.address() as AddressInfo).port;
    const id = await createSub(engine, { url: `http://127.0.0.1:${port}/hook` });
    const res = await activate(engine, id);
    expect(res.status).toBe(400);
    expect((res.body as ErrorBody).errors[0]?.code).toBe('HANDSHAKE_NETWORK_ERROR');
  });

  it('applies callbackAuthentication to the handshake', async () => {
    const { receiver, engine } = await setup();
    const id = await createSub(engine, receiver, { callbackAuthentication: { type: 'header', headerName: 'X-Api-Key', headerValue: 'k-123' } });
    expect((await activate(engine, id)).status).toBe(204);
    expect(receiver.requests[0]?.headers['x-api-key']).toBe('k-123');
  });

  it('answers 404 for an unknown id without calling anything', async () => {
    const { receiver, engine } = await setup();
    const res = await activate(engine, 'nope');
    expect(res.status).toBe(404);
    expect((res.body as ErrorBody).errors[0]?.code).toBe('NOT_FOUND');
    expect(receiver.requests).toHaveLength(0);
  });

  it('delivers nothing to a subscription that is not active', async () => {
    const { receiver, engine } = await setup();
    receiver.behave((_req, res) => res.writeHead(500).end());
    const id = await createSub(engine, receiver);
    expect((await activate(engine, id)).status).toBe(400);
    receiver.behave((_req, res) => res.writeHead(202).end());
    engine.emit('candidate.created', { id: 'c1' }, 'http://sim.test/candidates/c1');
    await engine.idle();
    expect(receiver.events()).toHaveLength(0);
    expect(engine.stats()).toMatchObject({ delivered: 0, failed: 0, pending: 0 });
  });
});
