import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Accounts } from '../accounts/index.js';
import type { Database } from '../store/index.js';
import type { AppEnv } from './app-env.js';

/** What route modules are given: the layers they sit on, never a client they build themselves. */
export interface ServerDeps {
  readonly accounts: Accounts;
  readonly database: Database;
  readonly limits: BodyLimits;
}

export interface BodyLimits {
  /** JSON routes. Default 1 MiB. */
  readonly jsonBytes: number;
  /** Proxy request bodies (attachments). Default 25 MiB. */
  readonly proxyBytes: number;
}

export type ServerApp = OpenAPIHono<AppEnv>;
