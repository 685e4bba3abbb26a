import type { BodyMode } from '../spec/index.js';
import { SrInvalidRequestError } from './errors/sr-errors.js';
import type { SrRequest } from './sr-request.js';

/** A body that can be sent again on retry, and the content type to send with it. */
export interface EncodedBody {
  readonly body: string | FormData | Uint8Array | undefined;
  /** Undefined for multipart: fetch writes the boundary itself. */
  readonly contentType: string | undefined;
}

/** Encodes `req.body`/`req.multipart` per the operation's body mode (inferred when the spec has none). */
export function encodeBody(method: string, path: string, mode: BodyMode | undefined, req: Pick<SrRequest, 'body' | 'multipart'>): EncodedBody {
  const fail = (message: string): never => {
    throw new SrInvalidRequestError({ code: 'invalid_body', message: `${method} ${path}: ${message}`, method, path });
  };
  const effective: BodyMode =
    req.multipart !== undefined ? 'multipart' : mode && mode !== 'none' ? mode : req.body !== undefined ? 'json' : 'none';
  if ((method === 'GET' || method === 'HEAD') && (req.body !== undefined || req.multipart !== undefined)) {
    fail('a GET/HEAD request cannot carry a body');
  }
  // Raw bytes go out exactly as given (the server's proxy relays bodies 1:1); the caller sets content-type.
  if (req.body instanceof Uint8Array && req.multipart === undefined) return { body: req.body, contentType: undefined };
  switch (effective) {
    case 'none':
      return { body: undefined, contentType: undefined };
    case 'json':
    case 'json-patch': {
      if (req.body === undefined) return { body: undefined, contentType: undefined };
      let text: string | undefined;
      try {
        text = JSON.stringify(req.body);
      } catch (err) {
        fail(`body is not JSON-serialisable (${err instanceof Error ? err.message : String(err)})`);
      }
      if (text === undefined) fail('body is not JSON-serialisable');
      return { body: text, contentType: effective === 'json-patch' ? 'application/json-patch+json' : 'application/json' };
    }
    case 'form': {
      const body = req.body;
      if (!body || typeof body !== 'object' || Array.isArray(body)) return fail('a form body must be a Record<string, string>');
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
        if (typeof v !== 'string') fail(`form field "${k}" must be a string`);
        params.append(k, v as string);
      }
      return { body: params.toString(), contentType: 'application/x-www-form-urlencoded' };
    }
    case 'multipart': {
      const parts = req.multipart;
      if (!Array.isArray(parts) || parts.length === 0) return fail('a multipart operation needs `multipart` parts');
      const form = new FormData();
      parts.forEach((part, i) => {
        if (!part || typeof part.name !== 'string' || part.name === '') fail(`multipart part ${i} needs a name`);
        if ('data' in part) {
          if (!(part.data instanceof Uint8Array)) fail(`multipart part "${part.name}": data must be a Uint8Array`);
          const blob = new Blob([part.data], { type: part.contentType ?? 'application/octet-stream' });
          form.append(part.name, blob, part.filename);
        } else {
          if (typeof part.value !== 'string') fail(`multipart part "${part.name}": value must be a string`);
          form.append(part.name, part.value);
        }
      });
      return { body: form, contentType: undefined };
    }
  }
}
