import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { ApiError } from '../api-error.js';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Paths anyone may read: liveness and the API's own documentation. */
export const PUBLIC_PATHS = new Set(['/health', '/openapi.json', '/docs']);

/**
 * `Authorization: Bearer <SRCONNECT_API_TOKEN>` on everything else. Both sides are hashed first so
 * the constant-time compare also hides the token's length.
 */
export function bearerToken(apiToken: string): MiddlewareHandler<AppEnv> {
  const expected = digest(apiToken);
  return async (c, next) => {
    if (PUBLIC_PATHS.has(c.req.path)) return next();
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match) {
      throw new ApiError(401, 'unauthorized', 'missing bearer token: send Authorization: Bearer $SRCONNECT_API_TOKEN', 'authorization', {
        'www-authenticate': 'Bearer realm="srconnect"',
      });
    }
    if (!timingSafeEqual(digest(match[1] as string), expected)) {
      throw new ApiError(401, 'unauthorized', 'the bearer token is not valid', 'authorization', {
        'www-authenticate': 'Bearer realm="srconnect", error="invalid_token"',
      });
    }
    return next();
  };
}
