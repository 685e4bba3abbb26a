import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';

/**
 * An answer sent before the request body was read (a 400 on the path, a 401, a 413) leaves the
 * rest of the body on the socket. The adapter drains it only briefly, so the connection is marked
 * `close`: a client must not send its next request down a socket that may be cut under it.
 */
export function closeIfBodyUnread(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const incoming = (c.env as { incoming?: { complete?: boolean } } | undefined)?.incoming;
    if (incoming && incoming.complete === false) c.res.headers.set('connection', 'close');
  };
}
