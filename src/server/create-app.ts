import { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import type { Accounts } from '../accounts/index.js';
import type { Database } from '../store/index.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';
import { createLogger } from './create-logger.js';
import { errorResponse } from './error-response.js';
import { bearerToken } from './middleware/bearer-token.js';
import { bodyLimit } from './middleware/body-limit.js';
import { closeIfBodyUnread } from './middleware/close-if-body-unread.js';
import { requestId } from './middleware/request-id.js';
import { requestLogger } from './middleware/request-logger.js';
import { PROBLEM_CONTENT_TYPE } from './problem.js';
import { createAccount } from './routes/accounts/create-account.js';
import { deleteAccount } from './routes/accounts/delete-account.js';
import { getAccount } from './routes/accounts/get-account.js';
import { listAccounts } from './routes/accounts/list-accounts.js';
import { updateAccount } from './routes/accounts/update-account.js';
import { listActions } from './routes/actions/list-actions.js';
import { runAction } from './routes/actions/run-action.js';
import { getDocs } from './routes/meta/get-docs.js';
import { getHealth } from './routes/meta/get-health.js';
import { getOpenApi } from './routes/meta/get-openapi.js';
import { mcpEndpoint } from './routes/mcp/mcp-endpoint.js';
import type { ToolSelection } from '../mcp/index.js';
import { documentProxy, proxyRequest } from './routes/proxy/proxy-request.js';
import { registerUnifiedRoutes } from './routes/unified/register-unified-routes.js';
import { UPLOAD_PATH } from './routes/unified/upload-attachment.js';
import type { BodyLimits, ServerApp, ServerDeps } from './server-deps.js';

export interface CreateAppOptions {
  readonly accounts: Accounts;
  readonly database: Database;
  /** SRCONNECT_API_TOKEN: the bearer token every route but /health, /openapi.json and /docs needs. */
  readonly apiToken: string;
  /** Default: JSON lines on stdout at LOG_LEVEL (info). */
  readonly logger?: Logger;
  readonly limits?: Partial<BodyLimits>;
  /** Shown in the OpenAPI document. */
  readonly version?: string;
  /** Which MCP tools `/mcp` exposes (`readOnly`, `tools`); default all. */
  readonly mcp?: ToolSelection;
}

export const DEFAULT_LIMITS: BodyLimits = { jsonBytes: 1024 * 1024, proxyBytes: 25 * 1024 * 1024 };
export const MIN_API_TOKEN_LENGTH = 16;

/** The srconnect HTTP API as a hono app (`app.fetch`); `startServer` puts it on a port. */
export function createApp(opts: CreateAppOptions): ServerApp {
  if (typeof opts.apiToken !== 'string' || opts.apiToken.length < MIN_API_TOKEN_LENGTH) {
    throw new Error(`SRCONNECT_API_TOKEN must be at least ${MIN_API_TOKEN_LENGTH} characters`);
  }
  const logger = opts.logger ?? createLogger();
  const limits: BodyLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const deps: ServerDeps = { accounts: opts.accounts, database: opts.database, limits };
  const version = opts.version ?? '0.1.0';

  // Validation failures are thrown to onError, so one mapper answers every problem.
  const app: ServerApp = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw result.error;
    },
  });

  app.use('*', requestId());
  app.use('*', closeIfBodyUnread());
  app.use('*', requestLogger(logger));
  app.use('*', bearerToken(opts.apiToken));
  const jsonLimit = bodyLimit(limits.jsonBytes);
  // Streamed bodies (the proxy, attachment uploads) count their own bytes against limits.proxyBytes.
  app.use('*', (c, next) => (c.req.path.startsWith('/proxy/') || (c.req.path === UPLOAD_PATH && c.req.method === 'POST') ? next() : jsonLimit(c, next)));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'SRCONNECT_API_TOKEN',
  });

  getHealth(app, deps);
  getOpenApi(app, version);
  getDocs(app, version);
  createAccount(app, deps);
  listAccounts(app, deps);
  getAccount(app, deps);
  updateAccount(app, deps);
  deleteAccount(app, deps);
  listActions(app);
  runAction(app, deps);
  proxyRequest(app, deps);
  documentProxy(app);
  registerUnifiedRoutes(app, deps);
  mcpEndpoint(app, deps, opts.mcp ?? {}, version);

  app.notFound(() => {
    throw new ApiError(404, 'not_found', 'no such route; see /docs');
  });
  app.onError((err, c) => {
    const { problem, headers, internal } = errorResponse(err);
    const requestIdValue = c.get('requestId') ?? 'unknown';
    const log = c.get('logger') ?? logger;
    if (internal) log.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack } }, 'unhandled error');
    else log.info({ problem: { status: problem.status, code: problem.code, field: problem.field } }, 'problem');
    const res = new Response(JSON.stringify({ ...problem, request_id: requestIdValue }), {
      status: problem.status,
      headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'x-request-id': requestIdValue, ...headers },
    });
    return res;
  });
  return app;
}
