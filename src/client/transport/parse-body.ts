import { SrInvalidResponseError } from '../errors/sr-errors.js';
import type { Redactor } from '../redactor.js';
import { requestIdFrom } from '../request-id.js';

/** Turns a 2xx body into the requested type; unparseable JSON is an SrInvalidResponseError with the status. */
export function parseBody(
  bytes: Uint8Array,
  responseType: 'json' | 'text' | 'bytes',
  ctx: { status: number; headers: Headers; method: string; path: string; redactor: Redactor },
): unknown {
  if (responseType === 'bytes') return bytes;
  const text = new TextDecoder().decode(bytes);
  if (responseType === 'text') return text;
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const preview = text.trim().slice(0, 80).replace(/\s+/g, ' ');
    throw new SrInvalidResponseError({
      status: ctx.status,
      code: 'invalid_json',
      message: ctx.redactor.redact(
        `SmartRecruiters ${ctx.status} on ${ctx.method} ${ctx.path}: body is not valid JSON (${ctx.headers.get('content-type') ?? 'no content-type'}; starts "${preview}")`,
      ),
      requestId: requestIdFrom(ctx.headers),
      method: ctx.method,
      path: ctx.path,
      cause: ctx.redactor.redactError(err),
    });
  }
}
