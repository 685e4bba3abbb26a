import { describe, expect, it } from 'vitest';
import { buildUrl } from './build-url.js';
import { SrInvalidRequestError } from './errors/sr-errors.js';

const BASE = 'https://api.example.test';
const TEMPLATE = '/candidates/{id}/jobs/{jobId}';
const url = (jobId: unknown) => buildUrl(BASE, 'DELETE', TEMPLATE, { pathParams: { id: 'c1', jobId: jobId as string } });

describe('buildUrl: an id can never change the path', () => {
  it.each(['', ' ', '\t\n', '.', '..', ' .. ', '. '])('refuses path parameter %j before any I/O, naming it', (value) => {
    let err: unknown;
    try {
      url(value);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SrInvalidRequestError);
    expect((err as SrInvalidRequestError).code).toBe('invalid_path_param');
    expect((err as Error).message).toMatch(/"jobId"/);
  });

  it('refuses non-scalar values', () => {
    expect(() => url({ toString: () => 'x' })).toThrow(SrInvalidRequestError);
    expect(() => url(undefined)).toThrow(/missing path parameter "jobId"/);
  });

  it.each([
    ['a/b', 'a%2Fb'],
    ['../x', '..%2Fx'],
    ['%2e%2e', '%252e%252e'],
    ['.%2e', '.%252e'],
    ['%2E.', '%252E.'],
    ['..\\', '..%5C'],
    ['\\..', '%5C..'],
    ['?x=1', '%3Fx%3D1'],
    ['#top', '%23top'],
    ['%', '%25'],
    ['a b', 'a%20b'],
    ['é/ü', '%C3%A9%2F%C3%BC'],
    ['...', '...'],
    ['.a', '.a'],
    [42, '42'],
  ])('sends %j as exactly one segment %s', (value, segment) => {
    const u = url(value);
    expect(u.pathname).toBe(`/candidates/c1/jobs/${segment}`);
    expect(u.search).toBe('');
    expect(u.hash).toBe('');
    expect(u.pathname.split('/')).toHaveLength(5);
    expect(decodeURIComponent(u.pathname.split('/')[4] as string)).toBe(String(value));
  });

  it('keeps a base URL path prefix and the query', () => {
    const u = buildUrl(`${BASE}/prefix/`, 'GET', '/jobs/{jobId}', { pathParams: { jobId: 'j 1' }, query: { sort: 'job_id', tag: ['a', 'b'] } });
    expect(u.toString()).toBe(`${BASE}/prefix/jobs/j%201?sort=job_id&tag=a&tag=b`);
  });

  it('keeps a raw path that carries its own query (the proxy), and still refuses one the parser would normalise', () => {
    const u = buildUrl(BASE, 'GET', '/candidates?limit=2&q=Mart%C3%ADnez', {});
    expect(u.pathname).toBe('/candidates');
    expect(u.searchParams.get('q')).toBe('Martínez');
    expect(() => buildUrl(BASE, 'GET', '/candidates/x/../../users?limit=1', {})).toThrow(SrInvalidRequestError);
  });
});
