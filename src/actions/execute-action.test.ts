import { describe, expect, it } from 'vitest';
import type { SrPage, SrRequest, SrResponse } from '../client/index.js';
import type { ActionClient } from './action-client.js';
import { ActionInputError, UnknownActionError } from './action-errors.js';
import { createActionMethods } from './create-action-methods.js';
import { executeAction, iterateAction } from './execute-action.js';
import { getAction } from './get-action.js';

/** A test double of the client: records each request and answers from a queue of pages. */
function recordingClient(pages: unknown[][] = [[]], data: unknown = { ok: true }) {
  const calls: { kind: 'request' | 'paginate' | 'paginateItems'; req: SrRequest; pageSize?: number }[] = [];
  const response = (body: unknown): SrResponse<never> => ({ status: 200, headers: new Headers(), data: body as never, requestId: 'req-1' });
  const client: ActionClient = {
    async request<T>(req: SrRequest) {
      calls.push({ kind: 'request', req });
      return response(data) as SrResponse<T>;
    },
    async *paginate<T>(req: SrRequest, opts?: { pageSize?: number }): AsyncIterable<SrPage<T>> {
      calls.push({ kind: 'paginate', req, ...(opts?.pageSize ? { pageSize: opts.pageSize } : {}) });
      for (const items of pages) yield { items: items as T[], response: response({ content: items }) };
    },
    async *paginateItems<T>(req: SrRequest): AsyncIterable<T> {
      calls.push({ kind: 'paginateItems', req });
      for (const items of pages) yield* items as T[];
    },
  };
  return { client, calls };
}

async function inputError(p: Promise<unknown>): Promise<ActionInputError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ActionInputError);
  return err as ActionInputError;
}

describe('executeAction input validation', () => {
  it('refuses bad input before any call, listing path, rule and type, never the value', async () => {
    const { client, calls } = recordingClient();
    const err = await inputError(
      executeAction(client, 'search_candidates', { limit: 500, status: 'SECRET_STATUS_X', q: 12345, bogus: 'p4ssw0rd' }),
    );
    expect(calls).toHaveLength(0);
    expect(err.code).toBe('invalid_input');
    expect(err.issues).toEqual(
      expect.arrayContaining([
        { path: 'limit', rule: '<= 100', received: 'number' },
        { path: 'q', rule: 'expected string', received: 'number' },
        { path: 'bogus', rule: 'unknown field', received: 'string' },
      ]),
    );
    const status = err.issues.find((i) => i.path === 'status');
    expect(status?.received).toBe('string');
    expect(status?.rule).toContain('NEW');
    for (const secret of ['500', 'SECRET_STATUS_X', '12345', 'p4ssw0rd']) expect(err.message).not.toContain(secret);
  });

  it('reports missing path params and required body fields as `required`', async () => {
    const { client, calls } = recordingClient();
    const err = await inputError(executeAction(client, 'add_candidate_tags', { body: {} }));
    expect(err.issues).toEqual(
      expect.arrayContaining([
        { path: 'id', rule: 'required', received: 'undefined' },
        { path: 'body.tags', rule: 'required', received: 'undefined' },
      ]),
    );
    const typed = await inputError(executeAction(client, 'create_job', { body: { title: ['x'], location: 'nowhere' } }));
    expect(typed.issues).toEqual(
      expect.arrayContaining([
        { path: 'body.title', rule: 'expected string', received: 'array' },
        { path: 'body.location', rule: 'expected record', received: 'string' },
      ]),
    );
    expect(calls).toHaveLength(0);
  });

  it('refuses a file that is not base64, without echoing it', async () => {
    const { client, calls } = recordingClient();
    const err = await inputError(
      executeAction(client, 'parse_resume', { file: { filename: 'cv.pdf', content_base64: 'not base64 at all!' } }),
    );
    expect(err.issues[0]).toMatchObject({ path: 'file.content_base64', received: 'string' });
    expect(err.message).not.toContain('not base64 at all');
    expect(calls).toHaveLength(0);
  });

  it('answers an unknown action name with close matches', async () => {
    const { client } = recordingClient();
    await expect(executeAction(client, 'get_candiate', {})).rejects.toBeInstanceOf(UnknownActionError);
    try {
      getAction('list_job');
    } catch (e) {
      expect((e as UnknownActionError).suggestions).toContain('list_job_ads');
      expect((e as Error).message).toMatch(/did you mean/);
    }
  });
});

describe('executeAction request building', () => {
  it('puts path params in the path, query params in the query, the body under body', async () => {
    const { client, calls } = recordingClient();
    const res = await executeAction(client, 'add_candidate_tags', { id: 'c-1', body: { tags: ['a', 'b'] } });
    expect(res).toMatchObject({ action: 'add_candidate_tags', status: 200, requestId: 'req-1' });
    const req = calls[0]!.req;
    expect(req.operation).toBe(getAction('add_candidate_tags').operation);
    expect(req.pathParams).toEqual({ id: 'c-1' });
    expect(req.body).toEqual({ tags: ['a', 'b'] });
  });

  it('repeats array query params and expands the legacy custom_field object', async () => {
    const { client, calls } = recordingClient();
    await executeAction(client, 'search_candidates', { q: 'ada', status: ['NEW', 'HIRED'], limit: 5 });
    expect(calls[0]!.req.query).toEqual({ q: 'ada', status: ['NEW', 'HIRED'], limit: 5 });
    await executeAction(client, 'list_postings', { companyIdentifier: 'acme', customField: { f1: ['v1', 'v2'] } });
    expect(calls[1]!.req.query).toEqual({ 'custom_field.f1': 'v1,v2' });
    expect(calls[1]!.req.pathParams).toEqual({ companyIdentifier: 'acme' });
  });

  it('sends a base64 file as multipart with the documented part names', async () => {
    const { client, calls } = recordingClient();
    const content = Buffer.from('%PDF-1.4 résumé');
    await executeAction(client, 'upload_candidate_attachment_for_job', {
      id: 'c-1',
      jobId: 'j-1',
      body: { attachmentType: 'RESUME' },
      file: { filename: 'cv.pdf', content_base64: content.toString('base64') },
    });
    const req = calls[0]!.req;
    expect(req.body).toBeUndefined();
    expect(req.multipart).toHaveLength(2);
    expect(req.multipart![0]).toEqual({ name: 'attachmentType', value: 'RESUME' });
    const file = req.multipart![1] as { name: string; filename: string; contentType: string; data: Uint8Array };
    expect(file).toMatchObject({ name: 'file', filename: 'cv.pdf', contentType: 'application/pdf' });
    expect(Buffer.from(file.data).equals(content)).toBe(true);
  });

  it('reports a response that does not match the documented schema, without failing', async () => {
    const { client } = recordingClient([[]], { id: 'c-1', firstName: 42 });
    const res = await executeAction(client, 'get_candidate', { id: 'c-1' });
    expect(res.output).toMatchObject({ ok: false, reason: 'schema_mismatch', issues: [{ path: 'firstName' }] });
    const good = await executeAction(recordingClient([[]], { id: 'c-1', firstName: 'Ada', extra: 1 }).client, 'get_candidate', { id: 'c-1' });
    expect(good.output).toEqual({ ok: true, reason: 'matched' });
  });
});

describe('pagination', () => {
  it('follows every page with `all` and stops at maxItems', async () => {
    const { client, calls } = recordingClient([[1, 2], [3, 4], [5]]);
    const all = await executeAction<number[]>(client, 'search_candidates', { q: 'x' }, { all: true, pageSize: 2 });
    expect(all.data).toEqual([1, 2, 3, 4, 5]);
    expect(all.pages).toBe(3);
    expect(calls[0]).toMatchObject({ kind: 'paginate', pageSize: 2 });
    const some = await executeAction<number[]>(recordingClient([[1, 2], [3, 4], [5]]).client, 'search_candidates', {}, { all: true, maxItems: 3 });
    expect(some.data).toEqual([1, 2, 3]);
    expect(some.pages).toBe(2);
  });

  it('iterates items lazily, and refuses to iterate an action that does not page', async () => {
    const { client } = recordingClient([['a'], ['b']]);
    const seen: string[] = [];
    for await (const item of iterateAction<string>(client, 'list_users', {})) seen.push(item);
    expect(seen).toEqual(['a', 'b']);
    expect(() => iterateAction(client, 'get_candidate', { id: 'x' })).toThrow(/not paginated/);
  });
});

describe('createActionMethods', () => {
  it('groups methods by resource, named from the action', async () => {
    const { client, calls } = recordingClient();
    const sr = createActionMethods(client);
    expect(Object.keys(sr).sort()).toEqual(
      ['applications', 'approvals', 'candidates', 'configuration', 'interviewTemplates', 'interviews', 'jobApplications', 'jobs', 'offers', 'postings', 'reviews', 'users'],
    );
    const total = Object.values(sr).reduce((n, g) => n + Object.keys(g).length, 0);
    expect(total).toBe(164);
    await sr.candidates.search({ q: 'ada' });
    await sr.jobs.get({ jobId: 'j-9' });
    await sr.jobs.listPositions({ jobId: 'j-9' });
    expect(calls.map((c) => `${c.req.operation.method} ${c.req.operation.path}`)).toEqual([
      'GET /candidates',
      'GET /jobs/{jobId}',
      'GET /jobs/{jobId}/positions',
    ]);
  });
});
