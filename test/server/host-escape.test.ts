import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.js';
import { STORE_DIALECTS } from '../store/store-dialects.js';
import { rawRequest, simTotal, startAttacker, startSim, startTestbed, type ServerTestbed } from './server-testbed.js';

const sqlite = STORE_DIALECTS[0]!;

describe('the proxy cannot be steered to another host or another account', () => {
  let sim: Simulator;
  let other: Simulator;
  let bed: ServerTestbed;
  let attacker: Awaited<ReturnType<typeof startAttacker>>;
  let id: string;
  let otherId: string;
  beforeAll(async () => {
    sim = await startSim();
    other = await startSim({ seed: 99 });
    attacker = await startAttacker();
    bed = await startTestbed(sqlite);
    id = await bed.link(sim, 'Home');
    otherId = await bed.link(other, 'Other');
  });
  afterAll(async () => {
    await bed?.close();
    await attacker?.close();
    await other?.close();
    await sim?.close();
  });

  it('refuses every escape spelling over a raw socket; neither the attacker nor SmartRecruiters hears of it', async () => {
    const evil = attacker.host;
    const targets = [
      `/proxy/${id}/http://${evil}/x`,
      `/proxy/${id}/https:%2F%2F${evil}/x`,
      `/proxy/${id}//${evil}/x`,
      `/proxy/${id}/%2F%2F${evil}/x`,
      `/proxy/${id}/%2f${evil}`,
      `/proxy/${id}/@${evil}/x`,
      `/proxy/${id}/x@${evil}`,
      `/proxy/${id}/%40${evil}`,
      `/proxy/${id}/\\\\${evil}/x`,
      `/proxy/${id}/%5C%5C${evil}/x`,
      `/proxy/${id}/..`,
      `/proxy/${id}/../../x`,
      `/proxy/${id}/candidates/../../../x`,
      `/proxy/${id}/./candidates`,
      `/proxy/${id}/%2e%2e/%2e%2e/x`,
      `/proxy/${id}/%2E%2E%2F%2E%2E%2Fx`,
      `/proxy/${id}/.%2e/x`,
      `/proxy/${id}/candidates%2f..%2f..%2fx`,
      `/proxy/${id}/candidates/%2e`,
      `/proxy/${id}/a%00b`,
      `/proxy/${id}/a%0d%0aHost:%20${evil}`,
      `/proxy/${id}/%zz`,
      `/proxy/${id}/`,
      `/proxy/${id}`,
      `/proxy/${id}/../${otherId}/candidates`,
      `/proxy/${id}/%2e%2e/${otherId}/candidates`,
      `/proxy/${id}%2f..%2f${otherId}/candidates`,
      `/proxy/..%2f${otherId}/candidates`,
      `http://${evil}/proxy/${id}/candidates`,
    ];
    const simBefore = await simTotal(sim);
    const otherBefore = await simTotal(other);
    for (const target of targets) {
      const res = await rawRequest(bed.url, target, { headers: { authorization: `Bearer ${bed.token}` } });
      expect(res.status, target).toBeGreaterThanOrEqual(400);
      expect(res.status, target).toBeLessThan(500);
      let body: { code?: string; request_id?: string } = {};
      try {
        body = JSON.parse(res.body) as typeof body;
      } catch {
        throw new Error(`${target}: ${res.status} not problem+json: ${JSON.stringify(res.body.slice(0, 200))}`);
      }
      expect(body.request_id, target).toEqual(expect.any(String));
      expect(['invalid_proxy_path', 'invalid_request', 'not_found', 'malformed_request'], `${target} → ${body.code}`).toContain(body.code);
    }
    expect(attacker.hits()).toBe(0);
    expect(await simTotal(sim)).toBe(simBefore);
    expect(await simTotal(other)).toBe(otherBefore);
    // The same socket path still works for a plain request, so the refusals above were about the path.
    const fine = await rawRequest(bed.url, `/proxy/${id}/candidates?limit=1`, { headers: { authorization: `Bearer ${bed.token}` } });
    expect(fine.status).toBe(200);
    expect(await simTotal(other)).toBe(otherBefore);
  });

  it("one account's id never reaches another account's data or credentials", async () => {
    const mine = sim.state.candidates.get(1).id;
    const theirs = other.state.candidates.get(1).id;
    expect(mine).not.toBe(theirs);
    const otherBefore = await simTotal(other);
    const own = await bed.call('GET', `/proxy/${id}/candidates/${mine}`);
    expect(own.status).toBe(200);
    const cross = await bed.call('GET', `/proxy/${id}/candidates/${theirs}`);
    expect(cross.status).toBe(404);
    expect(cross.body.code).toBe('upstream_not_found');
    const viaAction = await bed.call('POST', '/actions/get_candidate', { json: { account_id: id, input: { id: theirs } } });
    expect(viaAction.status).toBe(404);
    expect(await simTotal(other)).toBe(otherBefore);
    const theirsViaTheirs = await bed.call('GET', `/proxy/${otherId}/candidates/${theirs}`);
    expect(theirsViaTheirs.status).toBe(200);

    const shown = await bed.call('GET', `/accounts/${otherId}`);
    expect(shown.text).not.toContain(other.apiKey);
    expect(shown.text).not.toContain(sim.apiKey);
    // An id that is the other's with a twist never matches it.
    for (const twisted of [`${otherId.toUpperCase()}`, `${otherId} `, `${otherId}%00`, `${otherId}x`]) {
      const res = await bed.call('GET', `/accounts/${encodeURIComponent(twisted)}`);
      expect([400, 404], twisted).toContain(res.status);
    }
  });
});
