import { describe, expect, it } from 'vitest';
import { findOperation, matchOperation, operations } from './index.js';

describe('the generated operation table', () => {
  it('holds all 312 official operations, 305 of them on the API host', () => {
    expect(operations).toHaveLength(312);
    expect(operations.filter((op) => op.host === 'api')).toHaveLength(305);
  });

  it('gives every operation a unique key and signature', () => {
    expect(new Set(operations.map((op) => op.key)).size).toBe(312);
    expect(new Set(operations.map((op) => `${op.method} ${op.path}`)).size).toBe(312);
  });

  it('carries the versioned path, pagination and limit class', () => {
    const users = findOperation('GET', '/user-api/v201804/users');
    expect(users?.pagination).toEqual({ style: 'cursor', cursorParam: 'pageId', limitParam: 'limit', maxLimit: 100 });
    expect(findOperation('GET', '/candidates')?.rateLimit).toBe('serial');
    expect(findOperation('POST', '/jobs/{jobId}/publication')?.rateLimit).toBe('slow');
    expect(findOperation('GET', '/offers')?.pagination?.style).toBe('offset');
    expect(findOperation('GET', '/event-management-api/events')?.pagination?.style).toBe('page');
    expect(findOperation('GET', '/users')?.deprecated).toBe(true);
  });

  it('types query parameters and enums from the official docs', () => {
    const search = findOperation('GET', '/candidates');
    const status = search?.queryParams.find((p) => p.name === 'status');
    expect(status).toMatchObject({ type: 'string', array: true });
    expect(status?.enum).toContain('IN_REVIEW');
  });

  it('matches concrete paths with literal segments first', () => {
    expect(matchOperation('POST', '/candidates/cv')?.op.operationId).toBe('candidates.resume.add');
    const m = matchOperation('GET', '/candidates/abc%20d/tags');
    expect(m?.op.operationId).toBe('candidates.tags.get');
    expect(m?.params).toEqual({ id: 'abc d' });
  });
});
