import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onboardingOf } from '../../src/simulator/state/onboarding-store.js';
import { bearerToken, startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const SO = '/smartonboard-api/v202205';

describe('simulator SmartOnboard, URL shortener and app integrations', () => {
  let sim: Sim;
  let bearer = '';
  beforeAll(async () => {
    sim = await startSim({ seed: 2, candidates: 800, jobs: 15, users: 5, rateLimits: { enabled: false } });
    bearer = await bearerToken(sim);
  });
  afterAll(() => sim.close());

  it('a new hire is a HIRED application; its process lists assignments whose answers, fields and files read back', async () => {
    const store = onboardingOf(sim.state);
    expect(store.newHires.size).toBeGreaterThan(0);
    const done = store.processes.list().find((p) => p.status === 'COMPLETED')!;
    const hire = (await sim.call('GET', `${SO}/new-hires/${done.newHireId}`)).body;
    expect(hire).toMatchObject({ id: done.newHireId, onboardingProcessId: done.id, startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const app = (await sim.call('GET', `/candidates/${hire.candidateId}/jobs/${hire.jobId}`)).body;
    expect(app.status).toBe('HIRED');
    expect((await sim.call('GET', `${SO}/onboarding-processes/${done.id}`)).body).toMatchObject({ id: done.id, newHireId: hire.id, status: 'COMPLETED', assignmentsCount: 3 });
    const assignments = (await sim.call('GET', `${SO}/onboarding-processes/${done.id}/assignments`)).body;
    expect(assignments.content.map((a: { type: string }) => a.type)).toEqual(['WEB_FORM', 'FILLABLE_PDF_FORM', 'ACTIVITY']);
    const [web, pdf, activity] = assignments.content;
    expect((await sim.call('GET', `${SO}/onboarding-processes/${done.id}/assignments/${web.id}`)).body).toEqual(web);
    const fields = (await sim.call('GET', `${SO}/web-form-assignments/${web.id}/fields-metadata`)).body;
    const answers = (await sim.call('GET', `${SO}/web-form-assignments/${web.id}/form-answers`)).body;
    expect(answers.content.map((a: { fieldId: string }) => a.fieldId)).toEqual(fields.content.map((f: { fieldId: string }) => f.fieldId));
    expect(answers.content[0].value).toBe(`${hire.firstName} ${hire.lastName}`);
    expect((await sim.call('GET', `${SO}/fillable-pdf-form-assignments/${pdf.id}/form-answers`)).body.totalFound).toBe(2);
    const files = (await sim.call('GET', `${SO}/activity-assignments/${activity.id}/attachments`)).body;
    expect(files.totalFound).toBeGreaterThan(0);
    const res = await fetch(`${sim.url}${SO}/activity-assignments/${activity.id}/attachments/${files.content[0].id}`, { headers: { 'X-SmartToken': sim.apiKey } });
    expect(res.headers.get('content-type')).toBe(files.content[0].contentType);
    expect((await res.arrayBuffer()).byteLength).toBe(files.content[0].size);
  });

  it('assignments of another kind, other processes and hostile ids are 404; pending forms have no answers yet', async () => {
    const store = onboardingOf(sim.state);
    const p = store.processes.list()[0]!;
    const [web, pdf, activity] = p.assignmentIds;
    expect((await sim.call('GET', `${SO}/web-form-assignments/${pdf}/form-answers`)).status).toBe(404);
    expect((await sim.call('GET', `${SO}/fillable-pdf-form-assignments/${web}/form-answers`)).status).toBe(404);
    expect((await sim.call('GET', `${SO}/activity-assignments/${web}/attachments`)).status).toBe(404);
    const other = store.processes.list().find((x) => x.id !== p.id);
    expect(other).toBeDefined();
    expect((await sim.call('GET', `${SO}/onboarding-processes/${other!.id}/assignments/${activity}`)).status).toBe(404);
    const pending = store.assignments.list().find((a) => a.type === 'WEB_FORM' && a.status === 'PENDING');
    expect(pending).toBeDefined();
    expect((await sim.call('GET', `${SO}/web-form-assignments/${pending!.id}/form-answers`)).body).toMatchObject({ status: 'PENDING', totalFound: 0, content: [] });
    for (const bad of ['nope', '%2e%2e', 'x'.repeat(3000)]) {
      expect([400, 404, 414]).toContain((await sim.call('GET', `${SO}/new-hires/${bad}`)).status);
      expect([400, 404, 414]).toContain((await sim.call('GET', `${SO}/onboarding-processes/${bad}/assignments`)).status);
    }
    expect((await sim.call('GET', `${SO}/activity-assignments/${activity}/attachments/ghost`)).status).toBe(404);
  });

  it('shortens http(s) URLs idempotently and refuses anything else', async () => {
    const a = await sim.call('POST', '/url-shortener/shorten', { json: { url: 'https://jobs.example.com/a?x=1' } });
    expect(a.status).toBe(200);
    expect(a.body.shortUrl).toMatch(/^https:\/\/smrtr\.io\/[0-9a-zA-Z]{7}$/);
    expect((await sim.call('POST', '/url-shortener/shorten', { json: { url: 'https://jobs.example.com/a?x=1' } })).body.shortUrl).toBe(a.body.shortUrl);
    expect((await sim.call('POST', '/url-shortener/shorten', { json: { url: 'https://jobs.example.com/b' } })).body.shortUrl).not.toBe(a.body.shortUrl);
    for (const url of ['', 'not a url', 'javascript:alert(1)', 'ftp://x.example', `https://x.example/${'a'.repeat(2100)}`, 42]) {
      const r = await sim.call('POST', '/url-shortener/shorten', { json: { url } });
      expect(r.status, String(url).slice(0, 40)).toBe(400);
      expect(r.body.errors[0].message).toMatch(/^url:/);
    }
  });

  it('enables an app integration once (201), then updates it (200); wrong company is 404; bearer only', async () => {
    const first = await sim.call('POST', '/apps-integrations/partner-api/integrations', { bearer, json: { appId: 'acme', settings: { a: 1 } } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ appId: 'acme', companyId: sim.state.companyId, status: 'ENABLED', settings: { a: 1 } });
    const second = await sim.call('POST', '/apps-integrations/partner-api/integrations', { bearer, json: { appId: 'acme', settings: { b: 2 } } });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ id: first.body.id, settings: { a: 1, b: 2 } });
    expect((await sim.call('POST', '/apps-integrations/partner-api/integrations', { bearer, json: { appId: 'acme', companyId: 'SomeoneElse' } })).status).toBe(404);
    expect((await sim.call('POST', '/apps-integrations/partner-api/integrations', { bearer, json: {} })).status).toBe(400);
    expect((await sim.call('POST', '/apps-integrations/partner-api/integrations', { json: { appId: 'acme' } })).status).toBe(401);
  });
});
