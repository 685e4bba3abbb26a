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
import type { AnyOperationRequest, OperationRequest, PaginatedOperationKey } from './operation-request.js';
import type { PageItemOf, ResponseOf } from './operation-responses.js';
import { specRequest } from './spec-request.js';
import type { OperationKey } from '../spec/index.js';

/**
 * A SmartRecruiters API client: auth, limits, retries, typed errors and pagination.
 *
 * Calls are typed by operation key, as openapi-fetch types them from `paths`:
 * `request({ operation: 'candidates.get', pathParams: { id } })` checks the key, the path
 * parameters and the query against the spec table, and answers the operation's response type
 * (`unknown` until the spec types responses; see OperationResponses). Naming the response type,
 * `request<Candidate>({ operation: 'candidates.get', … })`, keeps those checks. A table entry
 * (`OperationSpec`) or a bare `{ method, path }` is the untyped form, checked at run time only.
 */
export interface SmartRecruitersClient {
  readonly baseUrl: string;
  /** One call; throws a SmartRecruitersError subclass for any failure. */
  request<K extends OperationKey>(req: OperationRequest<K>): Promise<SrResponse<ResponseOf<K>>>;
  request<T = unknown>(req: SrRequest | AnyOperationRequest): Promise<SrResponse<T>>;
  /**
   * One call with bodies streamed both ways (a proxy, a file transfer): same limiter, auth and
   * typed errors as `request`; the limiter slot is held until the response body ends or is cancelled.
   * It takes a raw path, not an operation: it forwards what it is given.
   */
  requestStream(req: SrStreamRequest): Promise<SrStreamResponse>;
  /** Page by page, in the style of the operation's pagination. */
  paginate<K extends PaginatedOperationKey>(req: OperationRequest<K>, opts?: PaginateOptions): AsyncIterable<SrPage<PageItemOf<K>>>;
  paginate<T = unknown>(req: SrRequest | AnyOperationRequest<PaginatedOperationKey>, opts?: PaginateOptions): AsyncIterable<SrPage<T>>;
  /** Item by item across pages. */
  paginateItems<K extends PaginatedOperationKey>(req: OperationRequest<K>, opts?: PaginateOptions): AsyncIterable<PageItemOf<K>>;
  paginateItems<T = unknown>(req: SrRequest | AnyOperationRequest<PaginatedOperationKey>, opts?: PaginateOptions): AsyncIterable<T>;
  /** All items (or the first `maxItems`), fetching no more pages than needed. */
  collect<K extends PaginatedOperationKey>(req: OperationRequest<K>, opts?: CollectOptions): Promise<PageItemOf<K>[]>;
  collect<T = unknown>(req: SrRequest | AnyOperationRequest<PaginatedOperationKey>, opts?: CollectOptions): Promise<T[]>;
}

export interface CollectOptions {
  readonly maxItems?: number;
  readonly pageSize?: number;
}

/** Any request the client takes, typed or not. */
type AnyRequest = SrRequest | AnyOperationRequest;

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
  const sendPage: PageSender = (req, url) => executeRequest(ctx, prepareRequest(req, prepareCtx, url));
  const walk = <T>(req: AnyRequest, o?: PaginateOptions): AsyncGenerator<SrPage<T>> => paginate<T>(sendPage, opts.baseUrl, req, o);

  const client: SmartRecruitersClient = {
    baseUrl: opts.baseUrl,
    request<T>(req: AnyRequest): Promise<SrResponse<T>> {
      let prepared;
      try {
        prepared = prepareRequest(specRequest(req), prepareCtx);
      } catch (err) {
        return Promise.reject(err);
      }
      return executeRequest<T>(ctx, prepared);
    },
    requestStream: (req) => requestStream({ ...ctx, baseUrl: opts.baseUrl, limits: opts.limits }, req),
    paginate: walk,
    async *paginateItems<T>(req: AnyRequest, o?: PaginateOptions) {
      for await (const page of walk<T>(req, o)) yield* page.items;
    },
    async collect<T>(req: AnyRequest, o: CollectOptions = {}) {
      const gathered = await gatherPages(walk<T>(req, { pageSize: o.pageSize }), { maxItems: o.maxItems });
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
