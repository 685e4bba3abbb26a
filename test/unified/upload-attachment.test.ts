import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simTotal } from '../server/server-testbed.js';
import { startUnifiedBed, type UnifiedBed } from './unified-testbed.js';

describe('uploading an attachment through the unified API (streamed multipart upstream)', () => {
  let u: UnifiedBed;
  let candidateId: string;
  let jobId: string;
  const files = (id: string) => u.sim.state.candidates.get(u.sim.state.candidates.indexOf(id)).attachments;
  beforeAll(async () => {
    u = await startUnifiedBed({}, { limits: { proxyBytes: 64 * 1024 } });
    const c = (await u.get('ats/applications', { limit: 1 })).body.result[0];
    candidateId = c.candidate_id;
    jobId = c.job_id;
  });
  afterAll(() => u?.close());

  /** The bytes SmartRecruiters (the simulator) serves for a file. */
  const download = async (cid: string, id: string) => Buffer.from(await (await fetch(`${u.sim.url}/candidates/${cid}/attachments/${id}`, { headers: { 'x-smarttoken': u.sim.apiKey } })).arrayBuffer());
  const post = (query: Record<string, string>, body: RequestInit['body'], headers: Record<string, string> = {}) =>
    u.bed.call('POST', `/unified/ats/attachments?${new URLSearchParams({ account_id: u.account, ...query })}`, { body, headers });

  it('the file itself as the body, with file_name: stored byte for byte, read back through the unified list', async () => {
    const bytes = new Uint8Array(40_000).map((_, i) => (i * 31) % 256);
    const before = files(candidateId).length;
    const res = await post({ candidate_id: candidateId, attachment_type: 'RESUME', file_name: 'cv.pdf' }, bytes, { 'content-type': 'application/pdf' });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ candidate_id: candidateId, file_name: 'cv.pdf', attachment_type: 'RESUME', content_type: 'application/pdf', size_bytes: bytes.length });
    const stored = files(candidateId);
    expect(stored).toHaveLength(before + 1);
    const last = stored[stored.length - 1]!;
    expect((await download(candidateId, last.id)).equals(Buffer.from(bytes))).toBe(true);
    const listed = await u.get('ats/attachments', { candidate_id: candidateId, limit: 100 });
    expect(listed.body.result.find((a: { id: string }) => a.id === res.body.id)).toMatchObject({ file_name: 'cv.pdf', size_bytes: bytes.length });
    expect((await u.bed.call('GET', `/unified/ats/attachments/${res.body.id}?account_id=${u.account}`)).body.id).toBe(res.body.id);
  });

  it('multipart/form-data with a file part, to an application', async () => {
    const form = new FormData();
    form.append('file', new Blob(['assessment results'], { type: 'text/plain' }), 'assessment.txt');
    const res = await u.bed.call('POST', `/unified/ats/attachments?${new URLSearchParams({ account_id: u.account, candidate_id: candidateId, job_id: jobId })}`, { body: form });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ application_id: `${candidateId}:${jobId}`, file_name: 'assessment.txt', attachment_type: 'OTHER', size_bytes: 18 });
    const stored = files(candidateId).find((a) => a.name === 'assessment.txt')!;
    expect(stored.jobId).toBe(jobId);
    expect((await download(candidateId, stored.id)).toString()).toBe('assessment results');
  });

  it('refuses before sending a byte: unknown candidate or application, missing file_name, unknown parameter, bad type', async () => {
    for (const [query, status, field] of [
      [{ candidate_id: 'nope', file_name: 'x.txt' }, 404, 'id'],
      [{ candidate_id: candidateId, job_id: 'nope', file_name: 'x.txt' }, 404, 'id'],
      [{ candidate_id: candidateId }, 400, 'file_name'],
      [{ candidate_id: candidateId, file_name: 'x', colour: 'red' }, 400, 'colour'],
      [{ candidate_id: candidateId, file_name: 'x', attachment_type: 'resume' }, 400, 'attachment_type'],
      [{ file_name: 'x' }, 400, 'candidate_id'],
    ] as const) {
      const before = files(candidateId).length;
      const res = await post(query as Record<string, string>, 'hello', { 'content-type': 'text/plain' });
      expect(res.status, `${JSON.stringify(query)} ${res.text}`).toBe(status);
      expect(res.body.field).toBe(field);
      expect(files(candidateId)).toHaveLength(before);
    }
  });

  it('an upload over the limit is a 413 and stores nothing', async () => {
    const before = files(candidateId).length;
    const total = await simTotal(u.sim);
    const res = await post({ candidate_id: candidateId, file_name: 'big.bin' }, new Uint8Array(100 * 1024), { 'content-type': 'application/octet-stream' });
    expect(res.status).toBe(413);
    expect(files(candidateId)).toHaveLength(before);
    expect(await simTotal(u.sim)).toBe(total);
  });
});
