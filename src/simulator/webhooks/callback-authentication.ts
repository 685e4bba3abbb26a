import type { WebhookErrorDetail } from './webhook-http.js';

/**
 * The three documented `callbackAuthentication` shapes (SDK models CallbackBasicAuth,
 * CallbackHeaderAuth, CallbackOAuth2Auth). SR applies them to every request it makes to the
 * callback URL.
 */
export type CallbackAuthentication =
  | { readonly type: 'basic'; readonly username: string; readonly password: string }
  | { readonly type: 'header'; readonly headerName: string; readonly headerValue: string }
  | { readonly type: 'oauth2'; readonly clientId: string; readonly clientSecret: string; readonly tokenServiceUrl: string };

// RFC 9110 token characters; the SDK adds that custom header names start with "x-".
const HEADER_NAME = /^x-[!#$%&'*+.^_`|~0-9a-z-]+$/i;
const FIELD = 'callbackAuthentication';

/** Validates the request field; errors name the offending sub-field and never echo secret values. */
export function parseCallbackAuthentication(
  value: unknown,
): { ok: true; value: CallbackAuthentication | undefined } | { ok: false; errors: WebhookErrorDetail[] } {
  if (value === undefined || value === null) return { ok: true, value: undefined };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return fail('INVALID_CALLBACK_AUTHENTICATION', `${FIELD} must be an object with a "type" of basic, header or oauth2`);
  }
  const v = value as Record<string, unknown>;
  const errors: WebhookErrorDetail[] = [];
  const str = (name: string): string => {
    const field = v[name];
    if (typeof field !== 'string' || field.trim() === '') {
      errors.push({ code: 'INVALID_CALLBACK_AUTHENTICATION', message: `${FIELD}.${name} is required and must be a non-empty string` });
      return '';
    }
    if (/[\r\n]/.test(field)) {
      errors.push({ code: 'INVALID_CALLBACK_AUTHENTICATION', message: `${FIELD}.${name} must not contain line breaks` });
    }
    return field;
  };
  switch (v.type) {
    case 'basic': {
      const username = str('username');
      const password = str('password');
      if (username.includes(':')) {
        errors.push({ code: 'INVALID_CALLBACK_AUTHENTICATION', message: `${FIELD}.username must not contain ":"` });
      }
      return errors.length ? { ok: false, errors } : { ok: true, value: { type: 'basic', username, password } };
    }
    case 'header': {
      const headerName = str('headerName');
      const headerValue = str('headerValue');
      if (headerName && !HEADER_NAME.test(headerName)) {
        errors.push({ code: 'INVALID_CALLBACK_AUTHENTICATION', message: `${FIELD}.headerName must be a header name starting with "x-"` });
      }
      return errors.length ? { ok: false, errors } : { ok: true, value: { type: 'header', headerName, headerValue } };
    }
    case 'oauth2': {
      const clientId = str('clientId');
      const clientSecret = str('clientSecret');
      const tokenServiceUrl = str('tokenServiceUrl');
      if (tokenServiceUrl && !isHttpUrl(tokenServiceUrl)) {
        errors.push({ code: 'INVALID_CALLBACK_AUTHENTICATION', message: `${FIELD}.tokenServiceUrl must be an absolute http or https URL` });
      }
      return errors.length ? { ok: false, errors } : { ok: true, value: { type: 'oauth2', clientId, clientSecret, tokenServiceUrl } };
    }
    default:
      return fail('INVALID_CALLBACK_AUTHENTICATION', `${FIELD}.type must be one of basic, header, oauth2`);
  }
}

/** The shape shown back to API callers: secrets (password, header value, client secret) left out. */
export function publicCallbackAuthentication(auth: CallbackAuthentication): Record<string, string> {
  switch (auth.type) {
    case 'basic':
      return { type: 'basic', username: auth.username };
    case 'header':
      return { type: 'header', headerName: auth.headerName };
    case 'oauth2':
      return { type: 'oauth2', clientId: auth.clientId, tokenServiceUrl: auth.tokenServiceUrl };
  }
}

/** True for an absolute http(s) URL with a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function fail(code: string, message: string): { ok: false; errors: WebhookErrorDetail[] } {
  return { ok: false, errors: [{ code, message }] };
}
