import {
  createClient,
  SmartRecruitersError,
  SrAuthenticationError,
  SrConnectionError,
  SrInvalidResponseError,
  SrNotFoundError,
  SrPermissionError,
  SrValidationError,
  type SrResponse,
} from '../client/index.js';
import { AccountError } from './account-error.js';
import type { AccountAuthInput } from './account-types.js';
import { toClientAuth } from './to-client-auth.js';

/**
 * The live call that proves a credential before it is stored. `GET /configuration/company` is a
 * read every credential type may make (API key and OAuth client credentials alike, on the real API
 * and the simulator), costs one request, and changes nothing.
 */
export const VERIFY_OPERATION = { method: 'GET', path: '/configuration/company' } as const;

export interface Verified {
  /** Headers of the successful answer, for the first health record (rate budget). */
  readonly headers: Headers;
  /** Set when the credential authenticated but may not read the company: kept, with a warning. */
  readonly warning?: string;
}

/** Calls SmartRecruiters with the credential; throws AccountError saying what is wrong. */
export async function verifyCredentials(opts: { baseUrl: string; auth: AccountAuthInput; fetch: typeof fetch }): Promise<Verified> {
  const client = createClient({
    baseUrl: opts.baseUrl,
    auth: toClientAuth(opts.auth),
    fetch: opts.fetch,
    timeoutMs: 15_000,
    // A person is waiting on this answer: retry a blip, but say "unreachable" within seconds.
    retry: { maxRetries: 2, baseDelayMs: 200, maxDelayMs: 1_000 },
  });
  let res: SrResponse<unknown>;
  try {
    res = await client.request({ operation: VERIFY_OPERATION });
  } catch (err) {
    if (err instanceof SrPermissionError) {
      return { headers: new Headers(), warning: 'the credential authenticated but may not read GET /configuration/company (403)' };
    }
    throw accountErrorFrom(err, opts.auth, opts.baseUrl);
  }
  if (!res.data || typeof res.data !== 'object' || Array.isArray(res.data)) throw notSmartRecruiters(`GET ${VERIFY_OPERATION.path} did not answer a JSON object`);
  return { headers: res.headers };
}

function notSmartRecruiters(why: string, cause?: unknown): AccountError {
  return new AccountError({
    status: 422,
    code: 'invalid_base_url',
    field: 'base_url',
    message: `base_url does not look like the SmartRecruiters API (${why}); nothing was stored`,
    cause,
  });
}

function accountErrorFrom(err: unknown, auth: AccountAuthInput, baseUrl: string): AccountError {
  const what = auth.type === 'api_key' ? 'API key' : 'OAuth client credentials';
  if (err instanceof SrAuthenticationError || (err instanceof SrValidationError && isTokenCall(err))) {
    return new AccountError({
      status: 422,
      code: 'invalid_credentials',
      field: 'auth',
      message: `SmartRecruiters rejected the ${what} (${err.status} on ${err.method ?? ''} ${err.path ?? ''}); nothing was stored`.replace(/ {2,}/g, ' '),
      cause: err,
    });
  }
  if (err instanceof SrConnectionError) {
    return new AccountError({
      status: 502,
      code: 'upstream_unreachable',
      field: 'base_url',
      message: `could not reach ${baseUrl} (${err.code}); nothing was stored`,
      cause: err,
    });
  }
  if (err instanceof SrNotFoundError) return notSmartRecruiters(`GET ${VERIFY_OPERATION.path} answered 404`, err);
  if (err instanceof SrInvalidResponseError) return notSmartRecruiters(`GET ${VERIFY_OPERATION.path} did not answer JSON`, err);
  if (err instanceof SmartRecruitersError) {
    return new AccountError({
      status: 502,
      code: 'upstream_error',
      field: 'base_url',
      message: `SmartRecruiters could not verify the ${what}: ${err.message}; nothing was stored`,
      cause: err,
    });
  }
  return new AccountError({ status: 502, code: 'upstream_error', message: `verifying the ${what} failed unexpectedly; nothing was stored`, cause: err });
}

/** A 400 from the token endpoint (`invalid_client`, `invalid_request`) is a credential problem too. */
function isTokenCall(err: SmartRecruitersError): boolean {
  return (err.path ?? '').includes('/identity/oauth/token');
}
