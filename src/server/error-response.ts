import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { AccountError } from '../accounts/index.js';
import { ActionError, ActionInputError, UnknownActionError } from '../actions/index.js';
import {
  SmartRecruitersError,
  SrAbortedError,
  SrConfigurationError,
  SrConnectionError,
  SrInvalidRequestError,
  SrInvalidResponseError,
} from '../client/index.js';
import { StoreError } from '../store/index.js';
import { UnifiedError } from '../unified/index.js';
import { ApiError } from './api-error.js';
import type { Problem } from './problem.js';

/** A problem without its request id, plus headers to send with it. */
export interface ProblemAnswer {
  readonly problem: Omit<Problem, 'request_id'>;
  readonly headers: Record<string, string>;
  /** True when the failure is ours (a bug or an outage), so it is logged as an error. */
  readonly internal: boolean;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const UPSTREAM_CODES: Record<number, string> = {
  400: 'upstream_bad_request',
  401: 'upstream_unauthorized',
  403: 'upstream_forbidden',
  404: 'upstream_not_found',
  409: 'upstream_conflict',
  422: 'upstream_unprocessable_entity',
  429: 'upstream_rate_limited',
};

function answer(status: number, code: string, detail: string, extra: Partial<Problem> = {}, headers: Record<string, string> = {}): ProblemAnswer {
  return {
    problem: { type: `https://srconnect.dev/problems/${code}`, title: TITLES[status] ?? 'Error', status, code, detail, ...extra },
    headers,
    internal: status >= 500 && code === 'internal_error',
  };
}

/** `auth.api_key` style path of a field, under `prefix` when given. */
function issuePath(prefix: string, path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  return [prefix, ...parts].filter((p) => p !== '').join('.');
}

/** Zod's own messages can quote the value received; ours never do (it may be a secret). */
function zodAnswer(err: ZodError): ProblemAnswer {
  const errors = err.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ field: issuePath('', [...issue.path, k]), code: 'unknown_field', message: 'unknown field' }));
    }
    return [{ field: issuePath('', issue.path), code: issue.code, message: issue.message }];
  });
  const first = errors[0];
  const detail = errors.map((e) => `${e.field || '(body)'}: ${e.message}`).join('; ');
  return answer(400, first?.code === 'unknown_field' ? 'unknown_field' : 'invalid_request', detail || 'invalid request', {
    ...(first?.field ? { field: first.field } : {}),
    errors,
  });
}

/**
 * The one place that turns any error into problem+json. SmartRecruiters errors keep their status
 * class: a 4xx upstream stays that 4xx (code `upstream_*`), a 5xx upstream is 502, no answer is 502
 * (504 on timeout). Anything unknown is a 500 whose detail says nothing about internals.
 */
export function errorResponse(err: unknown): ProblemAnswer {
  if (err instanceof ApiError) {
    return answer(err.status, err.code, err.message, err.field ? { field: err.field } : {}, err.headers ?? {});
  }
  if (err instanceof ZodError) return zodAnswer(err);
  if (err instanceof UnifiedError) return answer(err.status, err.code, err.message, err.field ? { field: err.field } : {});
  if (err instanceof AccountError) {
    return answer(err.status, err.code, err.message, err.field ? { field: err.field } : {});
  }
  if (err instanceof UnknownActionError) return answer(404, 'unknown_action', err.message, { field: 'name' });
  if (err instanceof ActionInputError) {
    const errors = err.issues.map((i) => ({ field: issuePath('input', i.path === '(input)' ? [] : i.path.split('.')), code: 'invalid_input', message: `${i.rule} (got ${i.received})` }));
    return answer(400, 'invalid_input', err.message, { field: errors[0]?.field ?? 'input', errors });
  }
  if (err instanceof ActionError) return answer(400, err.code, err.message);
  if (err instanceof SmartRecruitersError) return upstreamAnswer(err);
  if (err instanceof StoreError) return answer(503, 'database_unavailable', 'the database is not available');
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 400 && /json/i.test(err.message)) return answer(400, 'malformed_json', 'the request body is not valid JSON', { field: 'body' });
    if (status === 415) return answer(415, 'unsupported_media_type', 'send the body as application/json', { field: 'content-type' });
    const code = status === 400 ? 'malformed_request' : status === 413 ? 'body_too_large' : `http_${status}`;
    return answer(status, code, err.message || TITLES[status] || 'error');
  }
  return answer(500, 'internal_error', 'an unexpected error occurred; the request id identifies it in the server log');
}

function upstreamAnswer(err: SmartRecruitersError): ProblemAnswer {
  const extra: Partial<Problem> = err.requestId ? { upstream_request_id: err.requestId } : {};
  if (err.errors.length > 0) extra.errors = err.errors.map((e) => ({ code: e.code, message: e.message }));
  if (err instanceof SrInvalidRequestError) return answer(400, 'invalid_request', err.message, extra);
  if (err instanceof SrConfigurationError) return answer(502, 'account_misconfigured', err.message, extra);
  if (err instanceof SrAbortedError) return answer(502, 'upstream_aborted', err.message, extra);
  if (err instanceof SrInvalidResponseError) return answer(502, 'upstream_invalid_response', err.message, extra);
  if (err instanceof SrConnectionError || err.status === 0) {
    return err.code === 'timeout' ? answer(504, 'upstream_timeout', err.message, extra) : answer(502, 'upstream_unreachable', err.message, extra);
  }
  if (err.status >= 500) return answer(502, 'upstream_server_error', err.message, extra);
  const headers: Record<string, string> = {};
  if (err.retryAfterMs !== undefined) headers['retry-after'] = String(Math.ceil(err.retryAfterMs / 1000));
  const status = err.status >= 400 && err.status < 500 ? err.status : 502;
  return answer(status, UPSTREAM_CODES[status] ?? `upstream_http_${err.status}`, err.message, extra, headers);
}
