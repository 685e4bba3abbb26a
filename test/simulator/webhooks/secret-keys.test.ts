import { describe, expect, it } from 'vitest';
import { activeSubscription, expectedSignatures, request, startReceiver, testEngine, closeAfterEach } from './receiver.js';

const cleanup = closeAfterEach();
const DAY = 24 * 60 * 60 * 1000;

async function setup() {
  let clock = Date.parse('2024-06-01T00:00:00.000Z');
  const receiver = await startReceiver();
  const engine = testEngine({ now: () => clock });
  cleanup.push(() => receiver.close(), () => engine.close());
  const id = await activeSubscription(engine, receiver.url, ['job.created']);
  const generate = async () => engine.handlers['subscriptions.generateSecretKey'](request('cred-a', { params: { id } }));
  const current = async () => engine.handlers['subscriptions.getSecretKey'](request('cred-a', { params: { id } }));
  const deliverOne = async () => {
    const before = receiver.events().length;
    engine.emit('job.created', { id: 'j' }, 'http://sim.test/jobs/j');
    await engine.idle();
    const got = receiver.events().slice(before);
    expect(got).toHaveLength(1);
    return got[0] as (typeof got)[number];
  };
  return { engine, id, generate, current, deliverOne, advance: (ms: number) => (clock += ms) };
}

describe('secret keys', () => {
  it('GET answers 404 before any key exists, then the newest key', async () => {
    const { generate, current } = await setup();
    const none = await current();
    expect(none.status).toBe(404);
    expect(JSON.stringify(none.body)).toMatch(/SECRET_KEY_NOT_FOUND/);
    const first = await generate();
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ secretKey: expect.stringMatching(/^[A-Za-z0-9]{21}$/) });
    expect((await current()).body).toEqual(first.body);
    const second = await generate();
    expect((await current()).body).toEqual(second.body);
  });

  it('sign with every live key; a replaced key keeps signing for 24 h, then drops off', async () => {
    const { generate, deliverOne, advance } = await setup();
    const k1 = ((await generate()).body as { secretKey: string }).secretKey;
    advance(1_000);
    const k2 = ((await generate()).body as { secretKey: string }).secretKey;

    const both = await deliverOne();
    const values = String(both.headers['smartrecruiters-signature']).split(';');
    expect(values).toHaveLength(2);
    expect(values.sort()).toEqual(expectedSignatures(both, [k1, k2]).sort());

    advance(DAY - 1);
    expect(String((await deliverOne()).headers['smartrecruiters-signature']).split(';')).toHaveLength(2);

    advance(1);
    const onlyNew = await deliverOne();
    expect(onlyNew.headers['smartrecruiters-signature']).toBe(expectedSignatures(onlyNew, [k2])[0]);
  });

  it('allow at most 16 live keys', async () => {
    const { generate, deliverOne, advance } = await setup();
    for (let i = 0; i < 16; i++) expect((await generate()).status).toBe(201);
    const refused = await generate();
    expect(refused.status).toBe(409);
    expect(JSON.stringify(refused.body)).toMatch(/TOO_MANY_SECRET_KEYS.*16/);
    expect(String((await deliverOne()).headers['smartrecruiters-signature']).split(';')).toHaveLength(16);
    advance(DAY);
    expect(String((await deliverOne()).headers['smartrecruiters-signature']).split(';')).toHaveLength(1);
    expect((await generate()).status).toBe(201);
  });
});
