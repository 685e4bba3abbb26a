import { performance } from 'node:perf_hooks';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from '../app-env.js';

/** Headers worth logging; the logger's redaction still applies to anything secret among them. */
const LOGGED_HEADERS = ['user-agent', 'content-type', 'content-length', 'authorization', 'x-smarttoken'];

/** One structured line per request, with a child logger (bound to the request id) for the handlers. */
export function requestLogger(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const log = logger.child({ request_id: c.get('requestId') });
    c.set('logger', log);
    await next();
    const headers: Record<string, string> = {};
    for (const name of LOGGED_HEADERS) {
      const value = c.req.header(name);
      if (value !== undefined) headers[name] = value;
    }
    log.info(
      { req: { method: c.req.method, path: c.req.path, headers }, res: { status: c.res.status }, duration_ms: Math.round(performance.now() - started) },
      'request',
    );
  };
}
