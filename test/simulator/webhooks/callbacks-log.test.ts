import { describe, expect, it } from 'vitest';
import { activeSubscription, BASE_URL, request, startReceiver, testEngine, closeAfterEach } from './receiver.js';

const cleanup = closeAfterEach();
type LogEntry = {
  status: 'successful' | 'failed';
  timestamp: string;
  requestDetails: { url: string; body: string; headers: Record<string, string> };
  eventName: string;
  eventId: string;
  attempt: number;
  responseStatus: number | null;
};
const T0 = Date.parse('2024-06-01T00:00:00.000Z');
const MINUTE = 60_000;

/**
 * Five deliveries one minute apart (T0, T0+1m, … T0+4m); the receiver rejects the ones whose body
 * has `fail: true` (single attempt each).
 */
async function setup() {
  let clock = T0;
  const receiver = await startReceiver((req, res) => {
    const secret = req.headers['x-hook-secret'];
    if (typeof secret === 'string') return void res.writeHead(200, { 'X-Hook-Secret': secret }).end();
    res.writeHead(req.body.includes('"fail":true') ? 503 : 202).end();
  });
  const engine = testEngine({ now: () => clock, retry: { maxAttempts: 1 } });
  cleanup.push(() => receiver.close(), () => engine.close());
  const id = await activeSubscription(engine, receiver.url, ['job.created', 'job.updated'], 'cred-a', {
    callbackAuthentication: { type: 'basic', username: 'u', password: 'very-secret' },
  });
  await engine.handlers['subscriptions.generateSecretKey'](request('cred-a', { params: { id } }));
  for (let i = 0; i < 5; i++) {
    engine.emit(i % 2 ? 'job.updated' : 'job.created', { n: i, fail: i === 1 || i === 3 }, `http://sim.test/jobs/${i}`);
    await engine.idle();
    clock += MINUTE;
  }
  const search = async (query = '') => engine.handlers['subscriptions.searchCallbackLog'](request('cred-a', { params: { id }, query }));
  return { engine, receiver, id, search };
}
const ns = (entries: unknown) => (entries as LogEntry[]).map((e) => JSON.parse(e.requestDetails.body).n as number);

describe('GET /subscriptions/{id}/callbacks-log', () => {
  it('lists every attempt newest first, in the documented CallbackRequest shape', async () => {
    const { search, receiver } = await setup();
    const res = await search();
    expect(res.status).toBe(200);
    const entries = res.body as LogEntry[];
    expect(ns(entries)).toEqual([4, 3, 2, 1, 0]);
    const sent = receiver.events()[4];
    expect(entries[0]).toEqual({
      status: 'successful',
      timestamp: new Date(T0 + 4 * MINUTE).toISOString(),
      requestDetails: {
        url: receiver.url,
        body: '{"n":4,"fail":false}',
        headers: expect.objectContaining({
          'event-name': 'job.created',
          'event-id': sent?.headers['event-id'],
          'smartrecruiters-signature': sent?.headers['smartrecruiters-signature'],
          authorization: '[redacted]',
        }),
      },
      eventName: 'job.created',
      eventId: sent?.headers['event-id'],
      attempt: 1,
      responseStatus: 202,
    });
    expect(entries[1]).toMatchObject({ status: 'failed', responseStatus: 503, eventName: 'job.updated' });
    expect(JSON.stringify(entries)).not.toContain('very-secret');
    expect(JSON.stringify(entries)).not.toContain(Buffer.from('u:very-secret').toString('base64'));
  });

  it('filters by callbackStatus', async () => {
    const { search } = await setup();
    expect(ns((await search('callbackStatus=failed')).body)).toEqual([3, 1]);
    expect(ns((await search('callbackStatus=successful')).body)).toEqual([4, 2, 0]);
  });

  it('filters by after and before (exclusive)', async () => {
    const { search } = await setup();
    const at = (m: number) => encodeURIComponent(new Date(T0 + m * MINUTE).toISOString());
    expect(ns((await search(`after=${at(1)}`)).body)).toEqual([4, 3, 2]);
    expect(ns((await search(`before=${at(2)}`)).body)).toEqual([1, 0]);
    expect(ns((await search(`after=${at(0)}&before=${at(4)}&callbackStatus=successful`)).body)).toEqual([2]);
    // An offset written unencoded in the URL arrives with a space for "+"; it is still understood.
    expect(ns((await search('after=2024-06-01T02:01:30.000+02:00')).body)).toEqual([4, 3, 2]);
  });

  it('pages with limit and page_id through Link rel="next"', async () => {
    const { search, id } = await setup();
    const first = await search('limit=2&callbackStatus=successful');
    expect(ns(first.body)).toEqual([4, 2]);
    const link = first.headers?.link ?? '';
    const url = new URL(/^<([^>]+)>; rel="next"$/.exec(link)?.[1] ?? 'http://invalid');
    expect(`${url.origin}${url.pathname}`).toBe(`${BASE_URL}/webhooks-api/v201907/subscriptions/${id}/callbacks-log`);
    expect(url.searchParams.get('callbackStatus')).toBe('successful');
    const second = await search(url.searchParams.toString());
    expect(ns(second.body)).toEqual([0]);
    expect(second.headers?.link).toBeUndefined();
  });

  it.each([
    ['callbackStatus=SUCCESS', /callbackStatus must be one of successful, failed/],
    ['after=yesterday', /after must be an ISO 8601 date-time/],
    ['before=2024-06-01', /before must be an ISO 8601 date-time/],
    ['after=2024-04-01T00:00:00.000Z', /after must not be more than 30 days ago/],
    ['limit=500', /limit must be an integer from 1 to 100/],
    ['page_id=%%%', /page_id/],
  ])('rejects %s with 400 naming the parameter', async (query, message) => {
    const { search } = await setup();
    const res = await search(query);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(message);
  });

  it('answers 404 for an unknown subscription', async () => {
    const { engine } = await setup();
    const res = await engine.handlers['subscriptions.searchCallbackLog'](request('cred-a', { params: { id: 'missing' } }));
    expect(res.status).toBe(404);
  });
});
