/** The srconnect HTTP API: accounts, the proxy, the Actions API, OpenAPI and docs. */
export { createApp, DEFAULT_LIMITS, MIN_API_TOKEN_LENGTH, type CreateAppOptions } from './create-app.js';
export { startServer, type RunningServer } from './start-server.js';
export { createLogger, REDACT_PATHS } from './create-logger.js';
export { errorResponse, type ProblemAnswer } from './error-response.js';
export { ApiError } from './api-error.js';
export { ProblemSchema, PROBLEM_CONTENT_TYPE, type Problem } from './problem.js';
export { resolveProxyPath, type ProxyPathDecision } from './routes/proxy/resolve-proxy-path.js';
export type { ServerApp, BodyLimits } from './server-deps.js';
export type { AppEnv } from './app-env.js';
