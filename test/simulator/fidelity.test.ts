import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../src/spec/index.js';
import { listHandledOperations } from '../../src/simulator/areas/list-handled-operations.js';
import type { AreaFactory } from '../../src/simulator/index.js';
import { SAMPLE_SIM_OPTIONS } from '../support/simulator/sample-request.js';
import { computeFidelity, type FidelityReport } from '../../scripts/fidelity/compute-fidelity.js';
import { formatFidelity } from '../../scripts/fidelity/format-fidelity.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;

const apiOps = operations.filter((o) => o.host === 'api');

describe('fidelity report', () => {
  let sim: Sim;
  let report: FidelityReport;

  beforeAll(async () => {
    sim = await startSim({ ...SAMPLE_SIM_OPTIONS, seed: 7 });
    report = await computeFidelity(sim);
  });
  afterAll(() => sim.close());

  it('calls all 305 API-host operations and every one answers 2xx', () => {
    expect(report.operations).toHaveLength(305);
    expect(new Set(report.operations.map((o) => o.key))).toEqual(new Set(apiOps.map((o) => o.key)));
    expect(report.operations.filter((o) => !o.ok).map((o) => `${o.key} ${o.status}`)).toEqual([]);
    expect(report.totals).toMatchObject({ operations: 305, answered2xx: 305 });
  });

  it('splits real and generic exactly as the area registry does', () => {
    const registry = new Map(listHandledOperations().map((h) => [h.key, h.area]));
    const real = report.operations.filter((o) => o.behaviour === 'real');
    expect(new Set(real.map((o) => o.key))).toEqual(new Set(apiOps.filter((o) => registry.has(o.key)).map((o) => o.key)));
    for (const o of real) expect(o.area, o.key).toBe(registry.get(o.key));
    expect(report.totals.real + report.totals.generic).toBe(305);
    // Every key an area registers is an official operation (a typo would silently never answer).
    for (const key of registry.keys()) expect(apiOps.some((o) => o.key === key), key).toBe(true);
    // The three original areas and the webhook engine are real.
    expect(registry.get('candidates.get')).toBe('candidates');
    expect(registry.get('jobs.get')).toBe('jobs');
    expect(registry.get('subscriptions.create')).toBe('webhooks');
  });

  it('adds up per area and reports documented-field coverage of real answers', () => {
    expect(report.areas.reduce((n, a) => n + a.operations, 0)).toBe(305);
    for (const a of report.areas) expect(a.real + a.generic, a.registry).toBe(a.operations);
    const sum = (f: (a: (typeof report.areas)[number]) => number) => report.areas.reduce((n, a) => n + f(a), 0);
    expect(sum((a) => a.realFields.documented)).toBe(report.totals.realFields.documented);
    expect(sum((a) => a.realFields.present)).toBe(report.totals.realFields.present);
    for (const o of report.operations) {
      expect(o.present.length + o.missing.length + o.notApplicable.length, o.key).toBe(o.documented.length);
      expect([...o.present, ...o.missing, ...o.notApplicable].sort(), o.key).toEqual([...o.documented].sort());
      // Every missing path sits under one of the operation's absent rows, each with a reason.
      for (const m of o.missing) expect(o.absent.some((a) => m === a.field || m.startsWith(`${a.field}.`) || m.startsWith(`${a.field}[]`)), `${o.key} ${m}`).toBe(true);
    }
    const get = report.operations.find((o) => o.key === 'candidates.get')!;
    expect(get).toMatchObject({ behaviour: 'real', area: 'candidates', kind: 'object', status: 200 });
    expect(get.present).toEqual(expect.arrayContaining(['id', 'firstName', 'lastName', 'email']));
    const list = report.operations.find((o) => o.key === 'candidates.all')!;
    expect(list.kind).toBe('list');
    expect(list.present).toEqual(expect.arrayContaining(['totalFound', 'content', 'content[].id', 'content[].firstName']));
    // 204 answers document no body, so nothing is counted against them.
    expect(report.operations.find((o) => o.key === 'candidates.status.update')).toMatchObject({ status: 204, kind: 'none', documented: [] });
    expect(report.totals.realFields.documented).toBeGreaterThan(100);
  });

  it('answers every API-host operation with real state behaviour (no generic answers left)', () => {
    expect(report.operations.filter((o) => o.behaviour === 'generic').map((o) => o.key)).toEqual([]);
    expect(report.totals).toMatchObject({ real: 305, generic: 0 });
    expect(report.operations.find((o) => o.key === 'jobs.headcount.update')).toMatchObject({ behaviour: 'real', missing: [] });
    expect(report.operations.find((o) => o.key === 'jobs.approvals.latest')).toMatchObject({ behaviour: 'real', missing: [] });
  });

  it('prints one line per real operation and a summary per area and in total', () => {
    const text = formatFidelity(report);
    expect(text).toMatch(/^ {4}candidates\.get +200 +\d+\/\d+ documented fields/m);
    for (const a of report.areas) expect(text).toContain(`\n${a.registry}\n`.trimStart());
    expect(text.match(/^ {2}summary: /gm)).toHaveLength(report.areas.length);
    expect(text).toMatch(/^TOTAL: 305 operations, 305 answered 2xx, \d+ real \/ \d+ generic/m);
    expect(JSON.parse(JSON.stringify(report)).operations).toHaveLength(305);
  });
});

describe('fidelity picks up new areas without being told their operations', () => {
  it('counts an operation as real once an area registers it', async () => {
    const approvals: AreaFactory = () => ({ name: 'test-approvals', handlers: { 'approvals.get': () => ({ status: 200, body: { content: [], totalFound: 0 } }) } });
    expect(listHandledOperations().some((h) => h.key === 'approvals.get' && h.area === 'test-approvals')).toBe(false);
    const sim = await startSim({ ...SAMPLE_SIM_OPTIONS, areas: [approvals] });
    try {
      const r = await computeFidelity(sim, { extraAreas: [approvals], only: ['approvals.get', 'audit.get'] });
      expect(r.operations.map((o) => [o.key, o.behaviour, o.area ?? null])).toEqual([
        ['approvals.get', 'real', 'test-approvals'],
        ['audit.get', listHandledOperations().some((h) => h.key === 'audit.get') ? 'real' : 'generic', listHandledOperations().find((h) => h.key === 'audit.get')?.area ?? null],
      ]);
      expect(r.totals).toMatchObject({ operations: 2, answered2xx: 2 });
    } finally {
      await sim.close();
    }
  });
});

describe('fidelity: nested documented fields and the reason table', () => {
  let sim: Sim;
  let report: FidelityReport;
  beforeAll(async () => {
    sim = await startSim({ ...SAMPLE_SIM_OPTIONS, seed: 7 });
    report = await computeFidelity(sim);
  });
  afterAll(() => sim.close());

  it('checks fields inside documented objects and arrays, not just the top level', () => {
    const get = report.operations.find((o) => o.key === 'users-api/users.get')!;
    expect(get.present).toEqual(expect.arrayContaining(['systemRole.id', 'systemRole.name', 'language.code', 'location.address', 'location.postalCode', 'ssoLoginMode', 'accessGroups']));
    const job = report.operations.find((o) => o.key === 'jobs.get')!;
    expect(job.present).toEqual(expect.arrayContaining(['eeoCategory.id', 'eeoCategory.label', 'location.address', 'location.postalCode', 'department.description', 'jobAd.sections.videos', 'jobAd.sections.videos.urls']));
    const posting = report.operations.find((o) => o.key === 'v1.getPosting')!;
    expect(posting.present).toEqual(expect.arrayContaining(['experienceLevel.id', 'experienceLevel.name', 'jobAd.sections.videos.title']));
    const candidate = report.operations.find((o) => o.key === 'candidates.get')!;
    expect(candidate.present).toEqual(expect.arrayContaining(['primaryAssignment.job.actions.positionDetails.url', 'primaryAssignment.actions.sourceDetails.url']));
  });

  it('leaves a conditional field out of the count only where its condition does not hold', () => {
    const add = report.operations.find((o) => o.key === 'candidates.add')!;
    // A talent-pool candidate has no assignment: the whole subtree is not applicable, not missing.
    expect(add.notApplicable).toEqual(expect.arrayContaining(['primaryAssignment', 'primaryAssignment.reasonOfRejection.label']));
    expect(add.missing.filter((m) => m.startsWith('primaryAssignment'))).toEqual([]);
    const create = report.operations.find((o) => o.key === 'users-api/users.create')!;
    // Every input field of POST /users comes back (the docs' 8), none silently dropped.
    expect(create.present).toEqual(expect.arrayContaining(['externalData', 'ssoIdentifier', 'ssoLoginMode', 'language.code', 'systemRole.name']));
  });

  it('a rejection reason missing on a REJECTED assignment counts as missing', async () => {
    const { checkDocumentedFields } = await import('../../scripts/fidelity/compute-fidelity.js');
    const { operationAnswer } = await import('../../src/spec/index.js');
    const shape = operationAnswer('candidates.getApplication');
    const rejected = checkDocumentedFields(shape, { id: 'a', status: 'REJECTED' }, 'candidates.getApplication');
    expect(rejected.missing).toEqual(expect.arrayContaining(['reasonOfRejection', 'reasonOfRejection.label']));
    expect(rejected.notApplicable).toEqual(expect.arrayContaining(['reasonOfWithdrawal', 'startsOn', 'subStatus']));
    const hired = checkDocumentedFields(shape, { id: 'a', status: 'HIRED' }, 'candidates.getApplication');
    expect(hired.missing).toContain('startsOn');
    expect(hired.notApplicable).toEqual(expect.arrayContaining(['reasonOfRejection', 'reasonOfWithdrawal']));
  });

  it('reaches at least 98 % of the applicable documented fields and prints every absent one with its reason', () => {
    const { realFields } = report.totals;
    const percent = (100 * realFields.present) / (realFields.documented - realFields.notApplicable);
    expect(percent).toBeGreaterThanOrEqual(98);
    const text = formatFidelity(report);
    const rows = report.operations.filter((o) => o.behaviour === 'real').flatMap((o) => o.absent.map((a) => `${o.key} ${a.field}`));
    expect(text).toContain(`Absent documented fields of real answers (${rows.length}):`);
    // Every absent field has a declared reason (scripts/fidelity/absent-reasons.ts), none left unexplained.
    const unexplained = report.operations.flatMap((o) => o.absent.filter((a) => a.kind === 'no reason recorded').map((a) => `${o.key} ${a.field}`));
    expect(unexplained).toEqual([]);
    for (const o of report.operations.filter((x) => x.behaviour === 'real')) {
      for (const a of o.absent) expect(text).toMatch(new RegExp(`^ {2}${o.key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} +${a.field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +\\S`, 'm'));
    }
  });
});
