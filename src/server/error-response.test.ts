import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AccountError } from '../accounts/index.js';
import { ActionInputError, UnknownActionError } from '../actions/index.js';
import {
  SmartRecruitersError,
  SrAuthenticationError,
  SrConnectionError,
  SrInvalidRequestError,
  SrInvalidResponseError,
  SrNotFoundError,
  SrRateLimitError,
  SrServerError,
  SrValidationError,
} from '../client/index.js';
import { ApiError } from './api-error.js';
import { errorResponse } from './error-response.js';

const sr = <T extends typeof SmartRecruitersError>(C: T, status: number, extra: Partial<ConstructorParameters<T>[0]> = {}) =>
  new C({ status, code: 'X', message: `SmartRecruiters ${status} on GET /candidates: boom`, requestId: 'sr-req-1', ...extra });

describe('errorResponse', () => {
  it('keeps the class of SmartRecruiters errors', () => {
    const cases: [SmartRecruitersError, number, string][] = [
      [sr(SrValidationError, 400), 400, 'upstream_bad_request'],
      [sr(SrAuthenticationError, 401), 401, 'upstream_unauthorized'],
      [sr(SrNotFoundError, 404), 404, 'upstream_not_found'],
      [sr(SrValidationError, 422), 422, 'upstream_unprocessable_entity'],
      [sr(SmartRecruitersError, 418), 418, 'upstream_http_418'],
      [sr(SrServerError, 500), 502, 'upstream_server_error'],
      [sr(SrServerError, 503), 502, 'upstream_server_error'],
      [new SrConnectionError({ status: 0, code: 'ECONNREFUSED', message: 'failed' }), 502, 'upstream_unreachable'],
      [new SrConnectionError({ status: 0, code: 'timeout', message: 'timed out' }), 504, 'upstream_timeout'],
      [new SrInvalidResponseError({ status: 200, code: 'invalid_json', message: 'not JSON' }), 502, 'upstream_invalid_response'],
      [new SrInvalidRequestError({ code: 'missing_path_param', message: 'missing' }), 400, 'invalid_request'],
    ];
    for (const [err, status, code] of cases) {
      const { problem, internal } = errorResponse(err);
      expect(problem, err.name).toMatchObject({ status, code, detail: err.message, type: `https://srconnect.dev/problems/${code}` });
      expect(internal).toBe(false);
    }
    expect(errorResponse(sr(SrNotFoundError, 404)).problem.upstream_request_id).toBe('sr-req-1');
  });

  it('passes Retry-After on an upstream 429', () => {
    const { problem, headers } = errorResponse(sr(SrRateLimitError, 429, { retryAfterMs: 2500 }));
    expect(problem).toMatchObject({ status: 429, code: 'upstream_rate_limited' });
    expect(headers['retry-after']).toBe('3');
  });

  it('names the field for our own errors', () => {
    const zodErr = z.object({ name: z.string(), auth: z.object({ api_key: z.string() }).strict() }).strict().safeParse({ auth: { api_key: 1, x: 1 }, y: 2 }).error!;
    const zod = errorResponse(zodErr).problem;
    expect(zod).toMatchObject({ status: 400, field: 'name' });
    expect(zod.errors?.map((e) => e.field).sort()).toEqual(['auth.api_key', 'auth.x', 'name', 'y']);
    expect(errorResponse(new AccountError({ status: 422, code: 'invalid_credentials', message: 'no', field: 'auth.api_key' })).problem).toMatchObject({ status: 422, code: 'invalid_credentials', field: 'auth.api_key' });
    expect(errorResponse(new UnknownActionError('x', [])).problem).toMatchObject({ status: 404, code: 'unknown_action', field: 'name' });
    const input = errorResponse(new ActionInputError('a', [{ path: 'body.tags.0', rule: 'expected string', received: 'number' }, { path: '(input)', rule: 'object', received: 'array' }])).problem;
    expect(input).toMatchObject({ status: 400, code: 'invalid_input', field: 'input.body.tags.0' });
    expect(input.errors?.[1]?.field).toBe('input');
    expect(errorResponse(new ApiError(413, 'body_too_large', 'big', 'body')).problem).toMatchObject({ status: 413, field: 'body' });
    expect(errorResponse(new HTTPException(400, { message: 'Malformed JSON in request body' })).problem).toMatchObject({ code: 'malformed_json', field: 'body' });
  });

  it('an unknown error is a 500 that reveals nothing', () => {
    const { problem, internal } = errorResponse(new Error('password=hunter2 at /srv/secret.ts:12'));
    expect(problem).toMatchObject({ status: 500, code: 'internal_error' });
    expect(JSON.stringify(problem)).not.toContain('hunter2');
    expect(internal).toBe(true);
  });
});
