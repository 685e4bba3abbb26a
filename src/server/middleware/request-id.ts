import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';

/** A caller's id is kept when it is short and plain enough to put in logs and headers as is. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a sane incoming `X-Request-Id` or makes one; every response carries it. */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const id = incoming && SANE_ID.test(incoming) ? incoming : `req_${randomUUID().replace(/-/g, '')}`;
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
    c.res.headers.set('X-Request-Id', id);
  };
}
