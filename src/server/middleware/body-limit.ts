import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-env.js';
import { ApiError } from '../api-error.js';

/** Refuses bodies over `maxBytes` (by Content-Length, or while reading a chunked body) with 413. */
export function bodyLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  return honoBodyLimit({
    maxSize: maxBytes,
    onError: () => {
      // The rest of the body is left unread on the socket, so it cannot carry another request.
      throw new ApiError(413, 'body_too_large', `the request body is larger than the ${maxBytes} bytes this route accepts`, 'body', { connection: 'close' });
    },
  });
}
