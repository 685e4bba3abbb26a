import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simTotal } from '../server/server-testbed.js';
import { startUnifiedBed, type UnifiedBed } from './unified-testbed.js';

describe('unified lists refuse bad input with problem+json naming the field, before any upstream call', () => {
  let u: UnifiedBed;
  let other: string;
  let cursor: string;
  beforeAll(async () => {
    u = await startUnifiedBed();
    other = await u.bed.link(u.sim, 'Other');
    const first = await u.get('ats/candidates', { limit: 2 });
    cursor = first.body.next_cursor;
    expect(cursor).toEqual(expect.any(String));
  });
  afterAll(() => u?.close());

  async function refused(path: string, query: Record<string, string | number>, field: string, code?: string, status = 400) {
    const before = await simTotal(u.sim);
    const res = await u.get(path, query);
    expect(res.status, res.text).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body.field).toBe(field);
    if (code) expect(res.body.code).toBe(code);
    expect(await simTotal(u.sim)).toBe(before);
    return res.body as { detail: string };
  }

  it('an unknown filter, naming what the list takes', async () => {
    const p = await refused('ats/candidates', { stauts: 'NEW' }, 'stauts', 'unknown_filter');
    expect(p.detail).toMatch(/it takes .*status/);
    await refused('ats/jobs', { candidate_id: 'x' }, 'candidate_id', 'unknown_filter');
    await refused('user-directory/roles', { email: 'a@b.co' }, 'email', 'unknown_filter');
  });

  it('wrong types and values', async () => {
    await refused('ats/candidates', { limit: 'ten' }, 'limit');
    await refused('ats/candidates', { limit: 0 }, 'limit');
    await refused('ats/candidates', { limit: 101 }, 'limit');
    await refused('ats/candidates', { limit: -1 }, 'limit');
    await refused('ats/candidates', { updated_after: 'yesterday' }, 'updated_after');
    await refused('ats/candidates', { created_after: '2026-13-45T00:00:00Z' }, 'created_after');
    await refused('ats/candidates', { status: 'in_review' }, 'status');
    await refused('ats/jobs', { status: 'SOURCING' }, 'status');
    await refused('user-directory/users', { email: 'not-an-email' }, 'email');
    await refused('ats/candidates', { include_remote_data: 'yes' }, 'include_remote_data');
    await refused('ats/candidates', { job_id: 'a/b' }, 'job_id');
  });

  it('a filter SmartRecruiters needs, missing', async () => {
    const p = await refused('ats/attachments', {}, 'candidate_id');
    expect(p.detail).toMatch(/required/);
  });

  it('a repeated parameter', async () => {
    const before = await simTotal(u.sim);
    const res = await u.bed.call('GET', `/unified/ats/candidates?account_id=${u.account}&status=NEW&status=HIRED`);
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('status');
    expect(await simTotal(u.sim)).toBe(before);
  });

  it('bad cursors: tampered, truncated, junk, from another account, another list, other filters or limit', async () => {
    const flip = (c: string, i: number) => c.slice(0, i) + (c[i] === 'A' ? 'B' : 'A') + c.slice(i + 1);
    for (const bad of [flip(cursor, 5), flip(cursor, cursor.length - 3), cursor.slice(0, -4), 'nonsense', '../../etc/passwd', 'a'.repeat(10_000), '']) {
      await refused('ats/candidates', { limit: 2, cursor: bad }, 'cursor', 'invalid_cursor');
    }
    const q = new URLSearchParams({ account_id: other, limit: '2', cursor });
    const before = await simTotal(u.sim);
    const res = await u.bed.call('GET', `/unified/ats/candidates?${q}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ field: 'cursor', code: 'invalid_cursor' });
    expect(res.body.detail).toMatch(/another account/);
    expect(await simTotal(u.sim)).toBe(before);
    expect((await refused('ats/consents', { limit: 2, cursor }, 'cursor')).detail).toMatch(/another list/);
    expect((await refused('ats/candidates', { limit: 3, cursor }, 'cursor')).detail).toMatch(/other filters or another limit/);
    expect((await refused('ats/candidates', { limit: 2, status: 'NEW', cursor }, 'cursor')).detail).toMatch(/other filters/);
    // The good cursor still works.
    expect((await u.get('ats/candidates', { limit: 2, cursor })).status).toBe(200);
  });

  it('account: missing, unknown', async () => {
    const res = await u.bed.call('GET', '/unified/ats/candidates');
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('account_id');
    const unknown = await u.bed.call('GET', '/unified/ats/candidates?account_id=acc_nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('account_not_found');
  });

  it('get: unknown record is 404 not_found on id; an unknown parameter is named', async () => {
    for (const path of ['ats/candidates/nope', 'ats/applications/no-colon', 'ats/applications/a:b', 'ats/attachments/x:y', 'user-directory/roles/administrator', 'ats/job-stages/NOPE', 'user-directory/users/nope']) {
      const res = await u.bed.call('GET', `/unified/${path}?account_id=${u.account}`);
      expect(res.status, `${path}: ${res.text}`).toBe(404);
      expect(res.body).toMatchObject({ code: 'not_found', field: 'id' });
    }
    const res = await u.bed.call('GET', `/unified/ats/candidates/x?account_id=${u.account}&expand=all`);
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('expand');
  });

  it('remote_data only when asked for', async () => {
    const plain = await u.get('ats/jobs', { limit: 1 });
    expect(plain.body.result[0].remote_data).toBeUndefined();
    const raw = await u.get('ats/jobs', { limit: 1, include_remote_data: 'true' });
    expect(raw.body.result[0].remote_data).toMatchObject({ id: raw.body.result[0].id, title: expect.any(String) });
    const one = await u.bed.call('GET', `/unified/ats/jobs/${raw.body.result[0].id}?account_id=${u.account}&include_remote_data=true`);
    expect(one.body.remote_data.id).toBe(raw.body.result[0].id);
  });
});
