import { describe, expect, it } from 'vitest';
import type { testEngine} from './receiver.js';
import { activeSubscription, request, type Behaviour, startTestbed, closeAfterEach, type TestEngineOptions } from './receiver.js';

const cleanup = closeAfterEach();
const setup = (options: TestEngineOptions = {}) => startTestbed(cleanup, options);
/** Handshakes succeed; events get `reply(n)` where n counts event requests from 1. */
function eventsAnswer(reply: (n: number, res: Parameters<Behaviour>[1], raw: Parameters<Behaviour>[2]) => void): Behaviour {
  let n = 0;
  return (req, res, raw) => {
    const secret = req.headers['x-hook-secret'];
    if (typeof secret === 'string') return void res.writeHead(200, { 'X-Hook-Secret': secret }).end();
    reply(++n, res, raw);
  };
}
type LogEntry = { status: string; attempt: number; responseStatus: number | null; eventId: string; error?: string };
const logOf = async (engine: ReturnType<typeof testEngine>, id: string) =>
  (await engine.handlers['subscriptions.searchCallbackLog'](request('cred-a', { params: { id } }))).body as LogEntry[];

describe('delivery retries', () => {
  it('retry with the same event id and body until the receiver accepts (fails twice, then 202)', async () => {
    const { receiver, engine } = await setup({ retry: { maxAttempts: 5, baseDelayMs: 5, maxDelayMs: 20 } });
    receiver.behave(eventsAnswer((n, res) => res.writeHead(n <= 2 ? 500 : 202).end()));
    const id = await activeSubscription(engine, receiver.url, ['candidate.updated']);
    engine.emit('candidate.updated', { id: 'c' }, 'http://sim.test/candidates/c');
    await engine.idle();
    const events = receiver.events();
    expect(events).toHaveLength(3);
    expect(new Set(events.map((e) => e.headers['event-id'])).size).toBe(1);
    expect(new Set(events.map((e) => e.body))).toEqual(new Set(['{"id":"c"}']));
    expect(engine.stats()).toEqual({ subscriptions: 1, delivered: 1, failed: 0, pending: 0 });
    const log = await logOf(engine, id);
    expect(log.map((e) => [e.attempt, e.status, e.responseStatus])).toEqual([
      [3, 'successful', 202],
      [2, 'failed', 500],
      [1, 'failed', 500],
    ]);
  });

  it('give up after maxAttempts and count the delivery as failed', async () => {
    const { receiver, engine } = await setup({ retry: { maxAttempts: 3, baseDelayMs: 2, maxDelayMs: 5 } });
    receiver.behave(eventsAnswer((_n, res) => res.writeHead(404).end('nope')));
    const id = await activeSubscription(engine, receiver.url, ['candidate.updated']);
    engine.emit('candidate.updated', { id: 'c' }, 'http://sim.test/candidates/c');
    await engine.idle();
    expect(receiver.events()).toHaveLength(3);
    expect(engine.stats()).toMatchObject({ delivered: 0, failed: 1, pending: 0 });
    expect((await logOf(engine, id)).every((e) => e.status === 'failed')).toBe(true);
  });

  it('count non-2xx answers such as a redirect as failures', async () => {
    const { receiver, engine } = await setup({ retry: { maxAttempts: 1 } });
    receiver.behave(eventsAnswer((_n, res) => res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end()));
    const id = await activeSubscription(engine, receiver.url, ['candidate.updated']);
    engine.emit('candidate.updated', { id: 'c' }, 'http://sim.test/candidates/c');
    await engine.idle();
    expect(receiver.events()).toHaveLength(1);
    expect((await logOf(engine, id))[0]).toMatchObject({ status: 'failed', responseStatus: 302 });
  });

  it('time out a receiver that hangs, and retry', async () => {
    const { receiver, engine } = await setup({ deliveryTimeoutMs: 100, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    receiver.behave(eventsAnswer((n, res) => (n === 1 ? undefined : res.writeHead(202).end())));
    const id = await activeSubscription(engine, receiver.url, ['candidate.updated']);
    engine.emit('candidate.updated', { id: 'c' }, 'http://sim.test/candidates/c');
    await engine.idle();
    expect(receiver.events()).toHaveLength(2);
    const log = await logOf(engine, id);
    expect(log[1]).toMatchObject({ attempt: 1, status: 'failed', responseStatus: null, error: 'no answer within 100 ms' });
    expect(log[0]).toMatchObject({ attempt: 2, status: 'successful' });
  });

  it('survive a receiver that resets the connection', async () => {
    const { receiver, engine } = await setup({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } });
    receiver.behave(eventsAnswer((n, res, raw) => (n === 1 ? raw.socket.destroy() : res.writeHead(202).end())));
    const id = await activeSubscription(engine, receiver.url, ['candidate.updated']);
    engine.emit('candidate.updated', { id: 'c' }, 'http://sim.test/candidates/c');
    await engine.idle();
    expect(engine.stats()).toMatchObject({ delivered: 1, failed: 0 });
    const log = await logOf(engine, id);
    expect(log.at(-1)).toMatchObject({ attempt: 1, status: 'failed', responseStatus: null });
    expect(log.at(-1)?.error).toBeTruthy();
  });

  it('survive a receiver that answers garbage instead of HTTP', async () => {
    const { receiver, engine } = await setup({ retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    await activeSubscription(engine, receiver.url, ['candidate.updated']);
    // Bytes that are not an HTTP response, written straight onto the socket.
    receiver.behave(eventsAnswer((_n, _res, raw) => raw.socket.end('HTTP/9.9 banana\r\n\0\0\0garbage')));
    engine.emit('candidate.updated', { id: 'c' }, 'http://sim.test/candidates/c');
    await engine.idle();
    expect(receiver.events()).toHaveLength(2);
    expect(engine.stats()).toMatchObject({ delivered: 0, failed: 1, pending: 0 });
  });

  it('close() cancels waiting retries', async () => {
    const { receiver, engine } = await setup({ retry: { maxAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    receiver.behave(eventsAnswer((_n, res) => res.writeHead(500).end()));
    await activeSubscription(engine, receiver.url, ['candidate.updated']);
    engine.emit('candidate.updated', { id: 'c' }, 'http://sim.test/candidates/c');
    // Wait until the first attempt has been answered; the retry then waits a minute.
    while (receiver.events().length < 1) await new Promise((r) => setTimeout(r, 5));
    expect(engine.stats().pending).toBe(1);
    await engine.close();
    expect(engine.stats()).toMatchObject({ pending: 0, delivered: 0 });
    expect(receiver.events()).toHaveLength(1);
    engine.emit('candidate.updated', { id: 'c2' }, 'http://sim.test/candidates/c2');
    await engine.idle();
    expect(receiver.events()).toHaveLength(1);
  });
});
