import { SmartRecruitersError, SrAuthenticationError, SrInvalidResponseError } from '../errors/sr-errors.js';
import type { IssuedToken } from './oauth-token-provider.js';
import type { SrResponse } from '../sr-response.js';

/** Lifetime assumed when the token response omits `expires_in` (SmartRecruiters issues 1 h tokens). */
const DEFAULT_LIFETIME_S = 3600;

/**
 * The client-credentials exchange: a form POST of grant_type/client_id/client_secret. `post`
 * sends it through the client's pipeline (limiter, retries, redaction). A 400/401 from the
 * token endpoint is a refused credential, so it surfaces as SrAuthenticationError.
 */
export async function fetchClientCredentialsToken(
  post: (form: Record<string, string>) => Promise<SrResponse<unknown>>,
  clientId: string,
  clientSecret: string,
): Promise<IssuedToken> {
  let res: SrResponse<unknown>;
  try {
    res = await post({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
  } catch (err) {
    if (err instanceof SmartRecruitersError && (err.status === 400 || err.status === 401)) {
      throw new SrAuthenticationError({
        status: err.status,
        code: err.code,
        message: `OAuth client credentials refused: ${err.message}`,
        errors: err.errors,
        requestId: err.requestId,
        method: err.method,
        path: err.path,
      });
    }
    throw err;
  }
  const body = (res.data && typeof res.data === 'object' ? res.data : {}) as Record<string, unknown>;
  const invalid = (why: string): never => {
    throw new SrInvalidResponseError({
      status: res.status,
      code: 'invalid_token_response',
      message: `OAuth token response ${why}`,
      requestId: res.requestId,
      method: 'POST',
    });
  };
  if (typeof body.access_token !== 'string' || body.access_token === '') return invalid('has no access_token');
  if (body.token_type !== undefined && String(body.token_type).toLowerCase() !== 'bearer') {
    invalid(`has token_type ${JSON.stringify(String(body.token_type))}, expected bearer`);
  }
  const expires = Number(body.expires_in ?? DEFAULT_LIFETIME_S);
  if (!Number.isFinite(expires) || expires <= 0) invalid('has an invalid expires_in');
  return { accessToken: body.access_token, expiresInSeconds: expires };
}
