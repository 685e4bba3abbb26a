import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PENDING_MS, RUNNING_MS } from '../../src/simulator/state/report-store.js';
import { startSim } from '../support/simulator/sim-test-helpers.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
const BASE = '/reporting-api/v201804';
const FILE_STATUSES = ['PENDING', 'RUNNING', 'COMPLETED', 'FAILED'];

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) so the test reads what a client would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) field += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('simulator Reporting API', () => {
  let sim: Sim;
  let t = Date.parse('2026-11-30T12:00:00Z');
  beforeAll(async () => {
    sim = await startSim({ seed: 11, candidates: 300, jobs: 15, users: 6, rateLimits: { enabled: false }, now: () => t });
  });
  afterAll(() => sim.close());

  it('lists Report Builder reports with cursor paging (page/limit, nextPageId and Link) and the documented report fields', async () => {
    const first = await sim.call('GET', `${BASE}/reports?limit=2`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ limit: 2, totalFound: 4, nextPageId: expect.any(String) });
    expect(first.body.content).toHaveLength(2);
    expect(first.headers.get('link')).toContain('rel="next"');
    const second = await sim.call('GET', `${BASE}/reports?limit=2&page=${first.body.nextPageId}`);
    expect(second.body.content).toHaveLength(2);
    expect(second.body.nextPageId).toBeUndefined();
    const all = [...first.body.content, ...second.body.content];
    expect(new Set(all.map((r) => r.reportId)).size).toBe(4);
    for (const r of all) {
      expect(r).toMatchObject({ reportId: expect.any(String), reportName: expect.any(String), rowEntityTypeId: expect.stringMatching(/^(JOB|APPLICATION|CANDIDATE)$/), columns: expect.any(Array), filters: expect.any(Array) });
      expect(r.columns[0]).toMatchObject({ entityTypeId: expect.any(String), dataPointId: expect.any(String), dataPointName: expect.any(String), dataPointType: expect.stringMatching(/^(ID|TEXT|NUMBER|BOOLEAN|ENUM|DATE)$/) });
    }
    const one = await sim.call('GET', `${BASE}/reports/${all[1].reportId}`);
    expect(one.body).toEqual(all[1]);
    // A bad cursor and an out-of-range limit are refused with SmartRecruiters' error body.
    const badCursor = await sim.call('GET', `${BASE}/reports?page=not-ours`);
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors[0].message).toContain('page');
    expect((await sim.call('GET', `${BASE}/reports?limit=101`)).status).toBe(400);
    expect((await sim.call('GET', `${BASE}/reports?limit=0`)).status).toBe(400);
  });

  it('answers 404 in the error shape for unknown, hostile and huge report and file ids', async () => {
    for (const id of ['nope', '..', '%2e%2e', 'x'.repeat(5000), encodeURIComponent('a/../b')]) {
      for (const path of [`/reports/${id}`, `/reports/${id}/files`, `/reports/${id}/files/recent`, `/reports/${id}/files/recent/data`, `/files/${id}`, `/files/${id}/data`]) {
        const res = await sim.call('GET', `${BASE}${path}`);
        expect([404, 400, 414], `${path.slice(0, 60)} → ${res.status}`).toContain(res.status);
        if (res.status === 404) expect(res.body).toMatchObject({ message: expect.any(String), errors: [{ code: 'NOT_FOUND', message: expect.any(String) }] });
      }
    }
    const empty = await sim.call('GET', `${BASE}/files//data`);
    expect(empty.status).toBeGreaterThanOrEqual(400);
    expect(empty.status).toBeLessThan(500);
  });

  it('seeds scheduled files (one FAILED) newest first; a completed file downloads as CSV bytes with its columns', async () => {
    const reports = (await sim.call('GET', `${BASE}/reports?limit=100`)).body.content;
    const applications = reports.find((r: { reportName: string }) => r.reportName.startsWith('Applications'));
    const files = (await sim.call('GET', `${BASE}/reports/${applications.reportId}/files?limit=100`)).body;
    expect(files.totalFound).toBe(4);
    for (const f of files.content) {
      expect(f).toMatchObject({ reportFileId: expect.any(String), reportId: applications.reportId, scheduleType: 'SCHEDULED', schedulingDate: expect.any(String), requestorId: expect.any(String) });
      expect(FILE_STATUSES).toContain(f.reportFileStatus);
    }
    const dates = files.content.map((f: { schedulingDate: string }) => Date.parse(f.schedulingDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const failed = files.content.filter((f: { reportFileStatus: string }) => f.reportFileStatus === 'FAILED');
    expect(failed).toHaveLength(1);
    expect(failed[0].generationDate).toBeUndefined();
    expect((await sim.call('GET', `${BASE}/files/${failed[0].reportFileId}/data`)).status).toBe(404);

    const done = files.content.find((f: { reportFileStatus: string }) => f.reportFileStatus === 'COMPLETED');
    expect(Date.parse(done.generationDate)).toBeGreaterThan(Date.parse(done.schedulingDate));
    const res = await fetch(`${sim.url}${BASE}/files/${done.reportFileId}/data`, { headers: { 'X-SmartToken': sim.apiKey } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".*\.csv"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows[0]).toEqual(applications.columns.map((c: { dataPointName: string }) => c.dataPointName));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    // Rows are real simulator records: the candidate of a row is readable through the Candidates API.
    const candidate = await sim.call('GET', `/candidates/${rows[1]![0]}`);
    expect(candidate.status).toBe(200);
    expect(candidate.body.firstName).toBe(rows[1]![1]);
    // The 30-day filter holds: no application older than 30 days before the file's generation.
    const dateCol = rows[0]!.indexOf('Application date');
    const oldest = Math.min(...rows.slice(1).map((r) => Date.parse(r[dateCol]!)));
    expect(oldest).toBeGreaterThanOrEqual(Date.parse(done.generationDate) - 30 * 86_400_000);
    // The same file downloads byte-identical twice (a file, not a fresh query).
    const again = Buffer.from(await (await fetch(`${sim.url}${BASE}/files/${done.reportFileId}/data`, { headers: { 'X-SmartToken': sim.apiKey } })).arrayBuffer());
    expect(again.equals(bytes)).toBe(true);
  });

  it('an ad-hoc run goes PENDING → RUNNING → COMPLETED on the clock; data is refused until then, then recent/data serves it', async () => {
    const reports = (await sim.call('GET', `${BASE}/reports?limit=100`)).body.content;
    const jobs = reports.find((r: { rowEntityTypeId: string }) => r.rowEntityTypeId === 'JOB');
    const beforeRecent = (await sim.call('GET', `${BASE}/reports/${jobs.reportId}/files/recent`)).body;
    const created = await sim.call('POST', `${BASE}/reports/${jobs.reportId}/files`, { json: {} });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ reportId: jobs.reportId, reportFileStatus: 'PENDING', scheduleType: 'AD_HOC', requestorId: sim.state.users.list[0]!.id });
    expect(created.body.generationDate).toBeUndefined();
    expect(created.headers.get('location')).toBe(`${sim.url}${BASE}/files/${created.body.reportFileId}`);
    const id = created.body.reportFileId;

    const recent = await sim.call('GET', `${BASE}/reports/${jobs.reportId}/files/recent`);
    expect(recent.body.reportFileId).toBe(id);
    const notReady = await sim.call('GET', `${BASE}/files/${id}/data`);
    expect(notReady.status).toBe(409);
    expect(notReady.body.errors[0].code).toBe('REPORT_FILE_NOT_READY');
    // While the new file runs, recent/data still serves the last completed file.
    const stillOld = await fetch(`${sim.url}${BASE}/reports/${jobs.reportId}/files/recent/data`, { headers: { 'X-SmartToken': sim.apiKey } });
    expect(stillOld.status).toBe(200);
    expect(stillOld.headers.get('content-disposition')).toContain(beforeRecent.generationDate.slice(0, 10));

    t += PENDING_MS;
    expect((await sim.call('GET', `${BASE}/files/${id}`)).body.reportFileStatus).toBe('RUNNING');
    expect((await sim.call('GET', `${BASE}/files/${id}/data`)).status).toBe(409);
    t += RUNNING_MS;
    const finished = (await sim.call('GET', `${BASE}/files/${id}`)).body;
    expect(finished.reportFileStatus).toBe('COMPLETED');
    expect(Date.parse(finished.generationDate)).toBe(Date.parse(created.body.schedulingDate) + PENDING_MS + RUNNING_MS);

    // Make a job so the new file (but no earlier one) holds it: its data reflects the company now.
    t += 1;
    const job = await sim.call('POST', '/jobs', { json: { title: 'Report, "quoted" title' } });
    expect(job.status).toBe(201);
    await sim.call('PUT', `/jobs/${job.body.id}/status`, { json: { status: 'SOURCING' } });
    const second = (await sim.call('POST', `${BASE}/reports/${jobs.reportId}/files`)).body;
    t += PENDING_MS + RUNNING_MS;
    const listed = (await sim.call('GET', `${BASE}/reports/${jobs.reportId}/files?limit=1`)).body;
    expect(listed.content[0].reportFileId).toBe(second.reportFileId);
    const csv = await (await fetch(`${sim.url}${BASE}/reports/${jobs.reportId}/files/recent/data`, { headers: { 'X-SmartToken': sim.apiKey } })).text();
    const rows = parseCsv(csv);
    const row = rows.find((r) => r[0] === job.body.id);
    expect(row?.[1]).toBe('Report, "quoted" title');
    const oldCsv = await (await fetch(`${sim.url}${BASE}/files/${id}/data`, { headers: { 'X-SmartToken': sim.apiKey } })).text();
    expect(parseCsv(oldCsv).some((r) => r[0] === job.body.id)).toBe(false);
  });

  it('refuses a body that is not a JSON object and needs credentials', async () => {
    const reports = (await sim.call('GET', `${BASE}/reports`)).body.content;
    const bad = await sim.call('POST', `${BASE}/reports/${reports[0].reportId}/files`, { json: [1, 2] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].message).toContain('body');
    expect((await sim.call('GET', `${BASE}/reports`, { auth: false })).status).toBe(401);
  });
});
