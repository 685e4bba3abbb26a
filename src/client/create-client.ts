import { apiKeyAuth } from './auth/api-key-auth.js';
import type { AuthStrategy } from './auth/auth-strategy.js';
import { credentialId } from './auth/credential-id.js';
import { fetchClientCredentialsToken } from './auth/fetch-client-credentials-token.js';
import { oauthTokenProvider } from './auth/oauth-token-provider.js';
import type { ClientOptions } from './client-options.js';
import { endpointLimits } from './endpoint-limits.js';
import { credentialKey, limiterFor } from './limits/limiter-registry.js';
import { gatherPages } from './pagination/gather-pages.js';
import { paginate, type PageSender, type PaginateOptions } from './pagination/paginate.js';
import { prepareRequest } from './prepare-request.js';
import { Redactor } from './redactor.js';
import type { SrRequest } from './sr-request.js';
import type { SrPage, SrResponse } from './sr-response.js';
import type { ClientContext, PipelineContext } from './transport/client-context.js';
import { executeRequest } from './transport/execute-request.js';
import type { PreparedRequest } from './transport/prepared-request.js';
import { requestStream, type SrStreamRequest, type SrStreamResponse } from './transport/request-stream.js';
import { validateOptions } from './validate-options.js';

/** A SmartRecruiters API client: auth, limits, retries, typed errors and pagination. */
export interface SmartRecruitersClient {
  readonly baseUrl: string;
  /** One call; throws a SmartRecruitersError subclass for any failure. */
  request<T = unknown>(req: SrRequest): Promise<SrResponse<T>>;
  /**
   * One call with bodies streamed both ways (a proxy, a file transfer): same limiter, auth and
   * typed errors as `request`; the limiter slot is held until the response body ends or is cancelled.
   */
  requestStream(req: SrStreamRequest): Promise<SrStreamResponse>;
  /** Page by page, in the style of `req.operation.pagination`. */
  paginate<T = unknown>(req: SrRequest, opts?: PaginateOptions): AsyncIterable<SrPage<T>>;
  /** Item by item across pages. */
  paginateItems<T = unknown>(req: SrRequest, opts?: PaginateOptions): AsyncIterable<T>;
  /** All items (or the first `maxItems`), fetching no more pages than needed. */
  collect<T = unknown>(req: SrRequest, opts?: { maxItems?: number; pageSize?: number }): Promise<T[]>;
}

/**
 * Builds a client. Options are checked here: a missing or malformed credential or base URL throws
 * SrConfigurationError at once. The rate limiter is shared with every other client in this
 * process that uses the same credential against the same base URL.
 */
export function createClient(options: ClientOptions): SmartRecruitersClient {
  const opts = validateOptions(options);
  const { auth: authOptions } = opts;
  const redactor = new Redactor(authOptions.type === 'api_key' ? [authOptions.apiKey] : [authOptions.clientSecret]);
  const limiter = opts.limits.enabled
    ? limiterFor(credentialKey(opts.baseUrl, credentialId(authOptions)), { concurrency: opts.limits.concurrency, marginMs: opts.limits.safetyMarginMs })
    : undefined;

  // The pipeline first, without limiter or credential: the OAuth token exchange sends through it
  // (see tokenRequest). The credential comes next, then the client's own context.
  const pipeline: PipelineContext = {
    fetch: opts.fetch,
    timeoutMs: opts.timeoutMs,
    retry: opts.retry,
    limiter: undefined,
    auth: undefined,
    redactor,
    hooks: opts.hooks,
    logger: opts.logger,
    userAgent: opts.userAgent,
  };
  let auth: AuthStrategy;
  if (authOptions.type === 'api_key') {
    auth = apiKeyAuth(authOptions.apiKey);
  } else {
    const tokenUrl = new URL(opts.tokenUrl as string);
    const post = (form: Record<string, string>): Promise<SrResponse<unknown>> => executeRequest(pipeline, tokenRequest(tokenUrl, form, opts.limits, redactor));
    auth = oauthTokenProvider({
      fetchToken: () => fetchClientCredentialsToken(post, authOptions.clientId, authOptions.clientSecret),
      now: opts.now,
      onToken: (token) => redactor.add(token),
    });
  }
  const ctx: ClientContext = { ...pipeline, limiter, auth };

  const prepareCtx = { baseUrl: opts.baseUrl, limits: opts.limits, redactor };
  const request = <T>(req: SrRequest): Promise<SrResponse<T>> => {
    let prepared;
    try {
      prepared = prepareRequest(req, prepareCtx);
    } catch (err) {
      return Promise.reject(err);
    }
    return executeRequest<T>(ctx, prepared);
  };
  const sendPage: PageSender = (req, url) => executeRequest(ctx, prepareRequest(req, prepareCtx, url));

  const client: SmartRecruitersClient = {
    baseUrl: opts.baseUrl,
    request,
    requestStream: (req) => requestStream({ ...ctx, baseUrl: opts.baseUrl, limits: opts.limits }, req),
    paginate: <T>(req: SrRequest, o?: PaginateOptions) => paginate<T>(sendPage, opts.baseUrl, req, o),
    async *paginateItems<T>(req: SrRequest, o?: PaginateOptions) {
      for await (const page of paginate<T>(sendPage, opts.baseUrl, req, o)) yield* page.items;
    },
    async collect<T>(req: SrRequest, o: { maxItems?: number; pageSize?: number } = {}) {
      const gathered = await gatherPages(paginate<T>(sendPage, opts.baseUrl, req, { pageSize: o.pageSize }), { maxItems: o.maxItems });
      if (gathered.failure) throw gathered.failure.error;
      return gathered.items;
    },
  };
  return client;
}

/**
 * The client-credentials exchange. Not through the limiter: the identity endpoint is not one of the
 * rate-limited API endpoints, only one refresh is ever in flight, and the request waiting for this
 * token already holds a slot (8 such requests would otherwise wait for a 9th slot forever).
 */
function tokenRequest(tokenUrl: URL, form: Record<string, string>, limits: { perSecond: number; concurrency: number }, redactor: Redactor): PreparedRequest {
  return {
    method: 'POST',
    url: tokenUrl,
    displayPath: redactor.redact(tokenUrl.pathname),
    operationKey: 'POST /identity/oauth/token',
    limits: endpointLimits('standard', limits),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
    responseType: 'json',
    signal: undefined,
    // Issuing a client-credentials token changes nothing on the server: safe to repeat.
    idempotent: true,
  };
}
