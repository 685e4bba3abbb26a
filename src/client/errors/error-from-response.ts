import type { Redactor } from '../redactor.js';
import { requestIdFrom } from '../request-id.js';
import { parseRetryAfter } from '../retry/parse-retry-after.js';
import {
  SmartRecruitersError,
  SrAuthenticationError,
  SrConflictError,
  SrNotFoundError,
  SrPermissionError,
  SrRateLimitError,
  SrServerError,
  SrValidationError,
  type SmartRecruitersErrorInit,
  type SrErrorDetail,
} from './sr-errors.js';

export interface ErrorResponseInput {
  readonly status: number;
  readonly statusText?: string;
  readonly headers: Headers;
  /** The raw body text; parsed here as `{message, errors}`, OAuth `{error, error_description}`, or shown as text. */
  readonly bodyText: string;
  readonly method: string;
  /** Already-redacted path + query. */
  readonly path: string;
  readonly redactor: Redactor;
}

const CLASS_BY_STATUS: Record<number, readonly [typeof SmartRecruitersError, string]> = {
  400: [SrValidationError, 'bad_request'],
  401: [SrAuthenticationError, 'unauthorized'],
  403: [SrPermissionError, 'forbidden'],
  404: [SrNotFoundError, 'not_found'],
  409: [SrConflictError, 'conflict'],
  422: [SrValidationError, 'unprocessable_entity'],
  429: [SrRateLimitError, 'rate_limited'],
};

/** The one place that turns a non-2xx response into the matching typed error. */
export function errorFromResponse(input: ErrorResponseInput): SmartRecruitersError {
  const { status, redactor } = input;
  const [ErrorClass, defaultCode] =
    CLASS_BY_STATUS[status] ?? (status >= 500 ? [SrServerError, 'server_error'] : [SmartRecruitersError, `http_${status}`]);
  const parsed = parseErrorBody(input.bodyText);
  const errors = parsed.errors.map((e) => ({ code: redactor.redact(e.code), message: redactor.redact(e.message) }));
  const detail = parsed.message ?? errors[0]?.message ?? snippet(input.bodyText) ?? input.statusText ?? '';
  const init: SmartRecruitersErrorInit = {
    status,
    code: parsed.code ?? errors[0]?.code ?? defaultCode,
    message: redactor.redact(`SmartRecruiters ${status} on ${input.method} ${input.path}${detail ? `: ${detail}` : ''}`),
    errors,
    requestId: requestIdFrom(input.headers),
    method: input.method,
    path: input.path,
    retryAfterMs: parseRetryAfter(input.headers.get('retry-after')),
  };
  return new ErrorClass(init);
}

interface ParsedErrorBody {
  message: string | undefined;
  code: string | undefined;
  errors: SrErrorDetail[];
}

function parseErrorBody(text: string): ParsedErrorBody {
  const out: ParsedErrorBody = { message: undefined, code: undefined, errors: [] };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return out;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return out;
  const b = body as Record<string, unknown>;
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  out.message = str(b.message) ?? str(b.error_description) ?? str(b.error);
  out.code = str(b.code) ?? (str(b.error_description) ? str(b.error) : undefined);
  if (Array.isArray(b.errors)) {
    for (const e of b.errors) {
      if (e && typeof e === 'object') {
        const r = e as Record<string, unknown>;
        out.errors.push({ code: String(r.code ?? ''), message: String(r.message ?? '') });
      } else if (typeof e === 'string') {
        out.errors.push({ code: '', message: e });
      }
    }
  }
  return out;
}

function snippet(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return undefined;
  return t.length > 200 ? `${t.slice(0, 200)}…` : t;
}
